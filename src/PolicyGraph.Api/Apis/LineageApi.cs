using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using PolicyGraph.Core.Queries;

namespace PolicyGraph.Api.Apis;

/// <summary><c>GET /api/lineage/{id}</c>: the same JSON as <c>lineage</c>.</summary>
public static class LineageApi
{
    public static IEndpointRouteBuilder MapLineageApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/lineage/{id}", GetLineage).WithTags("Lineage").WithName("GetLineage")
            .WithSummary("A document's parents (what it cites or implements) and children");
        return app;
    }

    public static Results<Ok<Lineage>, ProblemHttpResult> GetLineage(string id, LineageService lineage) =>
        lineage.Of(id) is { } result
            ? TypedResults.Ok(result)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Node not found", detail: $"No document with id '{id}'.");
}
