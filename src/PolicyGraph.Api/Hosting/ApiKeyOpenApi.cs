using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace PolicyGraph.Api.Hosting;

/// <summary>
/// Describes the API key in the OpenAPI document: a security scheme <c>ApiKey</c> (header <c>X-Api-Key</c>), required
/// by the operations that ask for <see cref="ApiKeyAuthentication.WritePolicy"/>, so that the reference at
/// <c>/scalar</c> offers a field for the key.
/// </summary>
internal sealed class ApiKeyOpenApi : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var writes = context.Description.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>()
            .Any(a => a.Policy == ApiKeyAuthentication.WritePolicy);
        if (!writes || context.Document is not { } document)
        {
            return Task.CompletedTask;
        }
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes.TryAdd(ApiKeyAuthentication.Scheme, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyAuthentication.HeaderName,
            Description = "The key configured on the server in POLICYGRAPH_API_KEY; writes are refused while none is.",
        });
        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyAuthentication.Scheme, document)] = [] });
        return Task.CompletedTask;
    }
}
