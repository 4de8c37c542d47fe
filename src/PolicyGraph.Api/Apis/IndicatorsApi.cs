using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using PolicyGraph.Core.Queries;

namespace PolicyGraph.Api.Apis;

/// <summary>
/// <c>GET /api/indicators?name=</c> (the ladder, as <c>indicators</c>), <c>GET /api/compare/{childId}/{parentId}</c>
/// (对照 with coverage, as <c>compare</c>) and <c>GET /api/reuse/{id}</c> (as <c>reuse</c>): how documents restate their parents.
/// </summary>
public static class IndicatorsApi
{
    public static IEndpointRouteBuilder MapIndicatorsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/indicators", GetLadder).WithTags("Lineage").WithName("GetIndicatorLadder")
            .WithSummary("Every document's target for an indicator, and whether each lower level copied, raised, lowered or dropped its parent's")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        app.MapGet("/api/compare/{childId}/{parentId}", GetComparison).WithTags("Lineage").WithName("GetComparison")
            .WithSummary("The two documents side by side (对照): clause links with shared wording and changed numbers, the parent clauses without counterpart, and which tasks and targets the child leaves out")
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

    public static Results<Ok<Comparison>, ProblemHttpResult> GetComparison(string childId, string parentId, ComparisonService comparison) =>
        comparison.Of(childId, parentId) is { } result
            ? TypedResults.Ok(result)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Document not found", detail: $"No document with id '{childId}' or '{parentId}'.");

    public static Results<Ok<Reuse>, ProblemHttpResult> GetReuse(string id, CoverageService coverage) =>
        coverage.ReuseOf(id) is { } result
            ? TypedResults.Ok(result)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Document not found", detail: $"No document with id '{id}'.");
}
