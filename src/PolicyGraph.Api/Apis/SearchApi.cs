using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using PolicyGraph.Core.Search;

namespace PolicyGraph.Api.Apis;

/// <summary><c>GET /api/search</c>: the same JSON as <c>search</c>.</summary>
public static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", Search).WithTags("Search").WithName("Search")
            .WithSummary("Clauses matching a query (words, a question, a document number), with filters")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    public static Results<Ok<SearchResponse>, ProblemHttpResult> Search(
        SearchService search, string? q, int? top, int? offset, string? level, string? province, int? yearFrom, int? yearTo,
        string? role, string? docType, string? facet, string? region)
    {
        try
        {
            return TypedResults.Ok(search.Search(new SearchRequest(q ?? string.Empty)
            {
                Top = top ?? 10,
                Offset = offset ?? 0,
                Level = level,
                Province = province,
                Region = region,
                YearFrom = yearFrom,
                YearTo = yearTo,
                Role = role,
                DocType = docType,
                Facet = facet,
            }));
        }
        catch (SearchQueryException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Query not searchable", detail: e.Message);
        }
    }
}
