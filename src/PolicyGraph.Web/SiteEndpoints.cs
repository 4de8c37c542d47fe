using System.Reflection;
using System.Security.Cryptography;

namespace PolicyGraph.Web;

/// <summary>
/// What the site serves besides its pages: its stylesheet and script (embedded in the assembly, so the site runs
/// from any working directory), the OpenSearch description, and the security headers of every page.
/// </summary>
public static class SiteEndpoints
{
    private static readonly Dictionary<string, (byte[] Bytes, string ContentType, string ETag)> Assets = new[]
    {
        ("site.css", "text/css; charset=utf-8"),
        ("site.js", "text/javascript; charset=utf-8"),
    }.ToDictionary(a => a.Item1, a =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("PolicyGraph.Web.Assets." + a.Item1)
            ?? throw new InvalidOperationException($"embedded asset {a.Item1} missing");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var bytes = copy.ToArray();
        return (bytes, a.Item2, "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..16] + "\"");
    });

    /// <summary>
    /// Pages allow only their own stylesheet and script: a document's text, should it ever reach a page unescaped,
    /// cannot run. The API reference (/scalar) brings its own script and is left out.
    /// </summary>
    public static IApplicationBuilder UseSiteSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var path = context.Request.Path;
        context.Response.Headers.XContentTypeOptions = "nosniff";
        if (!path.StartsWithSegments("/scalar") && !path.StartsWithSegments("/openapi"))
        {
            context.Response.Headers.ContentSecurityPolicy =
                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
            context.Response.Headers.XFrameOptions = "DENY";
        }
        await next(context);
    });

    public static IEndpointRouteBuilder MapSiteEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/assets/{name}", Asset).ExcludeFromDescription();
        app.MapGet("/opensearch.xml", OpenSearch).ExcludeFromDescription();
        return app;
    }

    private static IResult Asset(string name, HttpContext context)
    {
        if (!Assets.TryGetValue(name, out var asset))
        {
            return Results.NotFound();
        }
        context.Response.Headers.CacheControl = "public, max-age=3600";
        context.Response.Headers.ETag = asset.ETag;
        if (context.Request.Headers.IfNoneMatch == asset.ETag)
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }
        return Results.Bytes(asset.Bytes, asset.ContentType);
    }

    /// <summary>The OpenSearch description, so that the intranet portal and browsers can add the search box.</summary>
    private static IResult OpenSearch(HttpContext context)
    {
        var origin = System.Security.SecurityElement.Escape($"{context.Request.Scheme}://{context.Request.Host}");
        var xml = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
              <ShortName>PolicyGraph</ShortName>
              <Description>质量政策文件检索：条款、指标、部门、文号</Description>
              <InputEncoding>UTF-8</InputEncoding>
              <Language>zh-CN</Language>
              <Url type="text/html" method="get" template="{origin}/search?q={"{searchTerms}"}"/>
              <Url type="application/x-suggestions+json" method="get" template="{origin}/api/suggest?q={"{searchTerms}"}"/>
              <Url type="application/opensearchdescription+xml" rel="self" template="{origin}/opensearch.xml"/>
            </OpenSearchDescription>
            """;
        return Results.Text(xml, "application/opensearchdescription+xml; charset=utf-8");
    }
}
