using Microsoft.Playwright;
using PolicyGraph.Testing;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace PolicyGraph.Browser.Tests;

/// <summary>
/// Uploading through the page, and a hostile document (its title, headings, department lists and text carry
/// &lt;script&gt;, &lt;img onerror&gt; and event handlers) shown as text on every page, with nothing run.
/// </summary>
[Collection(WritableSiteCollection.Name)]
[Trait("Category", "Slow")] // left out of ./test.sh --fast (README: running the tests)
public sealed class UploadTests(WritableSite site, Chromium chromium, ITestOutputHelper output) : SitePageTest(site, chromium, output)
{
    private static string Hostile => RepositoryFiles.TestDocument("hostile-county-plan.txt");

    private const string HostileTitle = "测溪县人民政府办公室关于印发<script>window.__pwned=1</script>测溪县质量强县工作方案的通知";

    [Fact]
    public async Task A_wrong_key_is_refused_and_the_right_one_lists_each_file_with_its_result()
    {
        await Page.GotoAsync("/upload");
        await Page.Locator("input[type=file]").SetInputFilesAsync(Hostile);
        await Page.Locator("input[name=apiKey]").FillAsync("not-the-key");
        var refused = await Page.RunAndWaitForResponseAsync(() => Page.Locator("form.upload button").ClickAsync(), r => r.Url.EndsWith("/upload", StringComparison.Ordinal));
        Assert.Equal(401, refused.Status);
        await Expect(Page.Locator("p.error")).ToContainTextAsync("API 密钥不正确");

        await Page.Locator("input[type=file]").SetInputFilesAsync(new[]
        {
            new FilePayload { Name = "hostile-county-plan.txt", MimeType = "text/plain", Buffer = await File.ReadAllBytesAsync(Hostile) },
            new FilePayload { Name = "empty.txt", MimeType = "text/plain", Buffer = [] },
            new FilePayload { Name = "binary.txt", MimeType = "text/plain", Buffer = [0, 1, 2, 0, 0, 255, 0, 3] },
        });
        await Page.Locator("input[name=apiKey]").FillAsync(WritableSite.Key);
        await Page.Locator("form.upload button").ClickAsync();
        await Expect(Page.Locator("tr.ingested")).ToContainTextAsync("hostile-county-plan.txt");
        await Expect(Page.Locator("tr.failed", new() { HasText = "binary.txt" })).ToHaveCountAsync(1);
        await Expect(Page.Locator("tr.failed", new() { HasText = "empty.txt" })).ToHaveCountAsync(1);
        await Screenshot();
    }

    [Fact]
    public async Task A_hostile_document_is_shown_as_text_on_every_page_and_runs_nothing()
    {
        var id = await Uploaded();
        var city = await SmokeTests.SampleId(Api, "苍政发〔2016〕12号");
        var dialogs = 0;
        Page.Dialog += async (_, dialog) =>
        {
            dialogs++;
            await dialog.DismissAsync();
        };
        foreach (var path in new[]
                 {
                     "/", "/docs/" + id, "/lineage/" + id, $"/compare/{id}/{city}",
                     "/search?q=" + Uri.EscapeDataString("首席质量官制度"),
                     "/indicators?name=" + Uri.EscapeDataString("农业标准化生产普及率"),
                 })
        {
            await Page.GotoAsync(path);
            await Page.Locator("main").HoverAsync();
            Assert.Null(await Page.EvaluateAsync<int?>("() => window.__pwned ?? null"));
            Assert.Equal(0, await Page.Locator("main script, main img").CountAsync());
        }
        Assert.Equal(0, dialogs);

        await Page.GotoAsync("/docs/" + id);
        await Expect(Page.Locator("h1")).ToHaveTextAsync(HostileTitle);
        await Expect(Page.Locator("li.clause", new() { HasText = "<img src=x onerror=alert(2)>" })).ToHaveCountAsync(1);
        await Screenshot("document");
        await Page.GotoAsync("/search?q=" + Uri.EscapeDataString("首席质量官制度"));
        await Expect(Page.Locator(".hit", new() { HasText = "<script>alert('x')</script>" }).First).ToBeVisibleAsync();
        await Screenshot("search");
    }

    /// <summary>The hostile document's id, uploaded through the API with the key (unchanged if the other test uploaded it first).</summary>
    private async Task<string> Uploaded()
    {
        var response = await Api.PostAsync("/api/ingest", new()
        {
            Headers = new Dictionary<string, string> { ["X-Api-Key"] = WritableSite.Key },
            Multipart = Context.APIRequest.CreateFormData().Append("files", new FilePayload
            {
                Name = "hostile-county-plan.txt", MimeType = "text/plain", Buffer = await File.ReadAllBytesAsync(Hostile),
            }),
        });
        Assert.True(response.Ok, $"POST /api/ingest: {response.Status} {await response.TextAsync()}");
        var json = (await response.JsonAsync())!.Value;
        return json.GetProperty("ingested").EnumerateArray().Concat(json.GetProperty("unchanged").EnumerateArray()).Single().GetProperty("id").GetString()!;
    }
}
