using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PolicyGraph.Api.Hosting;
using PolicyGraph.Core.Precedent;
using PolicyGraph.Core.Search;

namespace PolicyGraph.Api.Apis;

/// <summary>The body of <c>POST /api/similar</c> (contract.md).</summary>
public sealed record SimilarBody(string? Text, int? Top, string? ExcludeDoc);

/// <summary><c>POST /api/similar</c>: the same JSON as <c>similar</c>.</summary>
public static class SimilarApi
{
    public static IEndpointRouteBuilder MapSimilarApi(this IEndpointRouteBuilder app)
    {
        var limits = app.ServiceProvider.GetRequiredService<PolicyGraphOptions>().Api;
        app.MapPost("/api/similar", Similar).WithTags("Precedent").WithName("Similar")
            .WithSummary("Clauses that share wording with a passage, with the shared character ranges")
            .WithRequestBodyLimit(limits.MaxJsonBytes)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return app;
    }

    public static Results<Ok<SimilarResponse>, ProblemHttpResult> Similar(SimilarBody? body, PrecedentService precedent)
    {
        try
        {
            return TypedResults.Ok(precedent.Find(new SimilarRequest(body?.Text ?? string.Empty) { Top = body?.Top ?? 10, ExcludeDoc = body?.ExcludeDoc }));
        }
        catch (SearchQueryException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Passage not searchable", detail: e.Message);
        }
    }
}
