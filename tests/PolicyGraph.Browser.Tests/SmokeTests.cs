// Browser tests: the site started as users start it (SiteProcess: dotnet PolicyGraph.Web.dll on 127.0.0.1, a fresh
// data directory, samples/ ingested on first start) and Debian's chromium driven by Playwright (Chromium).
//
// To add a page test, write a class in this project like SmokeTests below:
//
//     [Collection(BrowserCollection.Name)]
//     public sealed class SearchPageTests(SiteProcess site, Chromium chromium, ITestOutputHelper output)
//         : SitePageTest(site, chromium, output)
//     {
//         [Fact]
//         public async Task Results_come_without_JavaScript()
//         {
//             await Page.GotoAsync("/search?q=" + Uri.EscapeDataString("首席质量官"));   // relative to BaseUrl
//             await Expect(Page.Locator("mark").First).ToBeVisibleAsync();
//             await Screenshot();   // TestResults/screenshots/SearchPageTests.Results_come_without_JavaScript.png
//         }
//     }
//
// The [Collection] attribute is what shares the one site and the one browser; without it xunit fails the class for
// want of fixtures. Each test gets its own browser context and Page; Api is HTTP through that context. Tests run one
// after another against the same store: a test that changes it (upload) must leave the samples as they were.
// Sample ids are derived from file names and content: look them up by 文号 (SampleId) rather than writing them in.

using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace PolicyGraph.Browser.Tests;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Slow")] // left out of ./test.sh --fast (README: running the tests)
public sealed class SmokeTests(SiteProcess site, Chromium chromium, ITestOutputHelper output) : SitePageTest(site, chromium, output)
{
    /// <summary>The titles of the samples that have one, as the site extracts them.</summary>
    public static readonly string[] SampleTitles =
    [
        "苍澜省人民政府关于加快建设质量强省的实施意见",
        "望川市人民政府关于印发望川市质量强市建设实施方案的通知",
        "临溪县人民政府办公室关于印发临溪县创建质量强县工作方案的通知",
        "松湖区人民政府关于印发松湖区全面推进质量强区建设实施方案的通知",
    ];

    /// <summary>The fifth sample, a work plan with no title line, goes by its file name.</summary>
    public const string UntitledSample = "cangland-2019-quality-work-plan-traditional.txt";

    [Fact]
    public async Task The_site_serves_on_loopback_with_the_samples_ingested_from_a_fresh_data_directory()
    {
        Assert.StartsWith("http://127.0.0.1:", BaseUrl, StringComparison.Ordinal);
        var health = await Api.GetAsync("/api/health");
        Assert.True(health.Ok, $"GET /api/health: {health.Status}");
        var json = (await health.JsonAsync())!.Value;
        Assert.Equal("ok", json.GetProperty("status").GetString());
        Assert.Equal(SiteProcess.SampleDocuments, json.GetProperty("documents").GetInt32());
        Output.WriteLine($"site ready in {Site.StartTime.TotalSeconds:0.0} s at {BaseUrl} (data: {Site.DataDirectory}); "
            + $"chromium ({Chromium.ExecutablePath}) launched in {Chromium.StartTime.TotalSeconds:0.0} s");
    }

    [Fact]
    public async Task The_home_page_lists_the_sample_documents()
    {
        var response = await Page.GotoAsync("/");
        Assert.Equal(200, response!.Status);
        await Expect(Page).ToHaveTitleAsync("PolicyGraph 质量政策图谱");
        await Expect(Page.Locator("h1")).ToContainTextAsync("质量政策文件");
        foreach (var title in SampleTitles)
        {
            await Expect(Page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true })).ToBeVisibleAsync();
        }
        await Expect(Page.Locator("table.documents tbody tr", new() { HasText = Path.GetFileNameWithoutExtension(UntitledSample) })).ToHaveCountAsync(1);
        await Expect(Page.Locator("table.documents tbody tr")).ToHaveCountAsync(SiteProcess.SampleDocuments);
        // The 文号 and issuer stand beside each title, escaped but readable.
        await Expect(Page.Locator("tr", new() { HasText = "临政办〔2018〕5号" })).ToContainTextAsync("临溪县人民政府办公室");
        await Screenshot();
        Assert.Empty(ConsoleErrors);
    }

    [Fact]
    public async Task Searching_the_API_through_the_browser_finds_the_chief_quality_officer_clauses()
    {
        var response = await Api.GetAsync("/api/search", new() { Params = new Dictionary<string, object> { ["q"] = "首席质量官", ["top"] = 5 } });
        Assert.True(response.Ok, $"GET /api/search: {response.Status} {await response.TextAsync()}");
        var json = (await response.JsonAsync())!.Value;
        Assert.True(json.GetProperty("total").GetInt32() > 0);
        var hits = json.GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.Contains("<mark>", hits[0].GetProperty("highlight").GetString(), StringComparison.Ordinal);
        Assert.Contains(hits, hit => hit.GetProperty("text").GetString()!.Contains("首席质量官", StringComparison.Ordinal));
        var county = await SampleId(Api, "临政办〔2018〕5号");
        Assert.Contains(hits, hit => hit.GetProperty("docId").GetString() == county);
    }

    /// <summary>A sample's id by its 文号, from <c>/api/docs</c>.</summary>
    internal static async Task<string> SampleId(IAPIRequestContext api, string docNumber)
    {
        var docs = (await (await api.GetAsync("/api/docs")).JsonAsync())!.Value;
        return docs.EnumerateArray().Single(d => d.GetProperty("docNumber").GetString() == docNumber).GetProperty("id").GetString()!;
    }
}
