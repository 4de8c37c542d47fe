using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing;
using PolicyGraph.Api.Hosting;
using Scalar.AspNetCore;

namespace PolicyGraph.Api.Apis;

/// <summary><c>GET /openapi/v1.json</c> (the OpenAPI document of everything under <c>/api</c>) and <c>GET /scalar</c> (a browsable reference of it).</summary>
public static class ApiReference
{
    public const string DocumentName = "v1";

    /// <summary>The document's title and description, and the API key as a security scheme of the operations that write.</summary>
    public static void Describe(OpenApiOptions options) => options
        .AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "PolicyGraph API";
            document.Info.Description = "Chinese quality-policy documents as a graph: the same JSON as the policygraph command line (contract.md). "
                + "Errors are RFC 9457 problem details; writes need the server's API key in X-Api-Key.";
            return Task.CompletedTask;
        })
        .AddOperationTransformer<ApiKeyOpenApi>();

    public static IEndpointRouteBuilder MapApiReference(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi();
        app.MapScalarApiReference(options => options
            .WithTitle("PolicyGraph API")
            .AddPreferredSecuritySchemes(ApiKeyAuthentication.Scheme));
        return app;
    }
}
