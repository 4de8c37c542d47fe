using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using PolicyGraph.Core.Search;

namespace PolicyGraph.Api.Apis;

/// <summary>
/// <c>GET /api/suggest?q=</c>: suggestions as you type, in the OpenSearch suggestions format
/// (<c>["typed", ["suggestion", …]]</c>) that browsers and the site's search box read alike.
/// </summary>
public static class SuggestApi
{
    public static IEndpointRouteBuilder MapSuggestApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/suggest", Suggest).WithTags("Search").WithName("Suggest")
            .WithSummary("Phrases from the documents (task titles, indicator names, headings, departments) that start with or contain what was typed");
        return app;
    }

    public static JsonHttpResult<object[]> Suggest(string? q, Suggester suggester)
    {
        var typed = q ?? string.Empty;
        return TypedResults.Json<object[]>([typed, suggester.Suggest(typed)], contentType: "application/x-suggestions+json");
    }
}
