using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using PolicyGraph.Core.Queries;

namespace PolicyGraph.Api.Apis;

/// <summary>What <c>GET /api/health</c> answers: the host is up, and how many documents the store holds.</summary>
public sealed record Health(string Status, int Documents);

/// <summary><c>GET /api/health</c>: up, and how many documents the store holds.</summary>
public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/health", GetHealth).WithTags("Health").WithName("Health");
        return app;
    }

    public static Ok<Health> GetHealth(DocumentQueries documents) => TypedResults.Ok(new Health("ok", documents.Count()));
}
