using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using PolicyGraph.Core.Store;

namespace PolicyGraph.Web.Pages;

/// <summary>The intranet site. For now one page: the documents in the store. Every document string is HTML-encoded.</summary>
public static class SitePages
{
    public static IEndpointRouteBuilder MapSitePages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", Home).ExcludeFromDescription();
        return app;
    }

    // Escapes markup characters; leaves Chinese readable in the page source.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    private static IResult Home(IGraphStore store)
    {
        var html = Html;
        var page = new StringBuilder("""
            <!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>PolicyGraph</title></head>
            <body><h1>PolicyGraph 质量政策文件</h1><ul>
            """);
        foreach (var doc in store.ListDocuments())
        {
            page.Append("<li><a href=\"/api/docs/").Append(html.Encode(Uri.EscapeDataString(doc.Id))).Append("\">")
                .Append(html.Encode(doc.Title ?? doc.Source)).Append("</a> ")
                .Append(html.Encode(string.Join(" · ", new[] { doc.DocNumber, doc.Issuer, doc.Date ?? doc.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture), doc.Level, doc.Province }.Where(v => v is not null))))
                .Append("</li>");
        }
        page.Append("</ul></body></html>");
        return Results.Content(page.ToString(), "text/html; charset=utf-8");
    }
}
