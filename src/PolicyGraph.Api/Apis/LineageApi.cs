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
            .WithSummary("A document's or clause's parents (what it cites, implements or succeeds) and children, up to a depth")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static Results<Ok<Lineage>, ProblemHttpResult> GetLineage(string id, LineageService lineage, int depth = 1)
    {
        if (depth is < 1 or > LineageService.MaxDepth)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid depth",
                detail: $"depth must be between 1 and {LineageService.MaxDepth}.");
        }
        return lineage.Of(id, depth) is { } result
            ? TypedResults.Ok(result)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Node not found", detail: $"No document or clause with id '{id}'.");
    }
}
