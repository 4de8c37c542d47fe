using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using PolicyGraph.Core.Queries;

namespace PolicyGraph.Api.Apis;

/// <summary>
/// <c>GET /api/indicators?name=</c> (the ladder, as <c>indicators</c>), <c>GET /api/compare/{childId}/{parentId}</c>
/// (coverage, as <c>compare</c>) and <c>GET /api/reuse/{id}</c> (as <c>reuse</c>): how documents restate their parents.
/// </summary>
public static class IndicatorsApi
{
    public static IEndpointRouteBuilder MapIndicatorsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/indicators", GetLadder).WithTags("Lineage").WithName("GetIndicatorLadder")
            .WithSummary("Every document's target for an indicator, and whether each lower level copied, raised, lowered or dropped its parent's")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        app.MapGet("/api/compare/{childId}/{parentId}", GetCoverage).WithTags("Lineage").WithName("GetCoverage")
            .WithSummary("Which of the parent's tasks and targets the child implements, and which it leaves out")
            .ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/api/reuse/{id}", GetReuse).WithTags("Lineage").WithName("GetReuse")
            .WithSummary("The share of a document's text reused from its parents, against its own (boilerplate counts as neither)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static Results<Ok<Ladder>, ProblemHttpResult> GetLadder(string? name, IndicatorLadder ladder)
    {
        try
        {
            return TypedResults.Ok(ladder.For(name ?? string.Empty));
        }
        catch (ArgumentException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid indicator name", detail: e.Message);
        }
    }

    public static Results<Ok<Coverage>, ProblemHttpResult> GetCoverage(string childId, string parentId, CoverageService coverage) =>
        coverage.Of(parentId, childId) is { } result
            ? TypedResults.Ok(result)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Document not found", detail: $"No document with id '{childId}' or '{parentId}'.");

    public static Results<Ok<Reuse>, ProblemHttpResult> GetReuse(string id, CoverageService coverage) =>
        coverage.ReuseOf(id) is { } result
            ? TypedResults.Ok(result)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Document not found", detail: $"No document with id '{id}'.");
}
