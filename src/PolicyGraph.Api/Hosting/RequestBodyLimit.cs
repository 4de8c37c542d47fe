using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Metadata;

namespace PolicyGraph.Api.Hosting;

/// <summary>
/// An endpoint's own cap on the request body, below the server-wide one: endpoint routing sets the server's
/// <c>IHttpMaxRequestBodySizeFeature</c> from it before the body is read, and a body over it is answered 413.
/// </summary>
public sealed record RequestBodyLimit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata;

public static class RequestBodyLimitExtensions
{
    /// <summary>Caps this endpoint's request body at <paramref name="bytes"/>.</summary>
    public static TBuilder WithRequestBodyLimit<TBuilder>(this TBuilder builder, long bytes) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequestBodyLimit(bytes));
}
