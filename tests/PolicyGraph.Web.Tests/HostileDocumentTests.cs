using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PolicyGraph.Ingest.Pipeline;
using PolicyGraph.Testing;

namespace PolicyGraph.Web.Tests;

/// <summary>The samples plus a document whose text carries markup (<c>&lt;script&gt;</c>, <c>&lt;img onerror&gt;</c>).</summary>
public sealed class HostileDocumentHost : IDisposable
{
    public static string File => RepositoryFiles.TestDocument("hostile-county-plan.txt");

    public PolicyGraphHost Host { get; } = new();

    public string DocumentId { get; }

    public HostileDocumentHost()
    {
        using var client = Host.CreateClient();
        client.GetAsync("/api/health").GetAwaiter().GetResult().EnsureSuccessStatusCode();
        var report = Host.Services.GetRequiredService<IngestPipeline>().IngestBytes("hostile-county-plan.txt", "test:hostile", System.IO.File.ReadAllBytes(File));
        DocumentId = Assert.Single(report.Ingested).Id;
    }

    public void Dispose() => Host.Dispose();
}

/// <summary>Document text is hostile: every page shows its markup as text and never as markup.</summary>
public sealed class HostileDocumentTests(HostileDocumentHost fixture) : IClassFixture<HostileDocumentHost>
{
    private static readonly string[] Markup = ["<script>window.__pwned", "<script>alert", "<img src=x", "<b onmouseover"];

    public static TheoryData<string> Pages() => new()
    {
        "/",
        "/search?q=" + Uri.EscapeDataString("首席质量官制度 script"),
        "/search?q=" + Uri.EscapeDataString("<script>alert('x')</script>"),
        "/docs/{id}",
        "/lineage/{id}",
        "/lineage/{id}?depth=3",
        "/compare/{id}/{parent}",
        "/indicators?name=" + Uri.EscapeDataString("农业标准化生产普及率"),
        "/precedent?text=" + Uri.EscapeDataString("推行首席质量官制度<script>alert('x')</script>，落实企业产品质量首负责任制"),
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_shows_the_markup_as_text(string page)
    {
        using var client = fixture.Host.CreateClient();
        var parent = await ParentId(client);
        var response = await client.GetAsync(page.Replace("{id}", fixture.DocumentId, StringComparison.Ordinal).Replace("{parent}", parent, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        foreach (var markup in Markup)
        {
            Assert.DoesNotContain(markup, html, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_document_page_shows_the_markup_as_written()
    {
        using var client = fixture.Host.CreateClient();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/docs/" + fixture.DocumentId));
        Assert.Contains("关于印发<script>window.__pwned=1</script>测溪县质量强县工作方案的通知", html, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=\"window.__pwned=2\">工作目标", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_API_returns_the_text_as_written_and_the_highlight_escaped()
    {
        using var client = fixture.Host.CreateClient();
        using var search = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("首席质量官制度")));
        var hit = search.RootElement.GetProperty("hits").EnumerateArray().First(h => h.GetProperty("docId").GetString() == fixture.DocumentId);
        Assert.Contains("<script>alert('x')</script>", hit.GetProperty("text").GetString(), StringComparison.Ordinal);
        var highlight = hit.GetProperty("highlight").GetString()!;
        Assert.Contains("&lt;script&gt;", highlight, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", highlight, StringComparison.Ordinal);
    }

    private static async Task<string> ParentId(HttpClient client)
    {
        using var docs = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/docs"));
        return docs.RootElement.EnumerateArray().Single(d => d.GetProperty("docNumber").GetString() == "苍政发〔2016〕12号").GetProperty("id").GetString()!;
    }
}
