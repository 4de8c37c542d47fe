using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace PolicyGraph.Browser.Tests;

/// <summary>The site's pages, used as a reader uses them: typing, clicking, following links, pasting a draft.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Slow")] // left out of ./test.sh --fast (README: running the tests)
public sealed class PageTests(SiteProcess site, Chromium chromium, ITestOutputHelper output) : SitePageTest(site, chromium, output)
{
    [Fact]
    public async Task A_search_typed_in_the_box_lists_highlighted_clauses_by_document_and_narrows_by_level()
    {
        await Page.GotoAsync("/");
        await Page.Locator("#q").FillAsync("首席质量官");
        await Page.Locator("#q").PressAsync("Enter");
        await Page.WaitForURLAsync("**/search?q=*", new() { WaitUntil = WaitUntilState.Commit });
        await Expect(Page.Locator(".hit-group").First).ToBeVisibleAsync();
        await Expect(Page.Locator(".hit mark", new() { HasText = "首席质量官" }).First).ToBeVisibleAsync();
        Assert.True(await Page.Locator(".hit-group").CountAsync() >= 3);
        await Screenshot("results");

        // The facet is a plain link (no script handles it): the test follows its href rather than a click, whose navigation
        // was lost twice in clean-clone runs with every test assembly running at once (WaitForURL timed out after 120 s).
        var facet = Page.Locator(".facets a", new() { HasText = "县级" });
        var href = await facet.GetAttributeAsync("href");
        Assert.NotNull(href);
        Assert.Contains("level=county", href, StringComparison.Ordinal);
        await Page.GotoAsync(href, new() { WaitUntil = WaitUntilState.Commit });
        await Expect(Page.Locator(".facets li.active")).ToContainTextAsync("县级");
        var levels = await Page.Locator(".hit-group .meta").AllInnerTextsAsync();
        Assert.NotEmpty(levels);
        Assert.All(levels, l => Assert.StartsWith("县级", l, StringComparison.Ordinal));
        Assert.Empty(ConsoleErrors);
    }

    [Fact]
    public async Task Search_works_without_JavaScript_and_suggests_as_you_type_with_it()
    {
        await using (var plain = await Chromium.Browser.NewContextAsync(new() { BaseURL = BaseUrl, JavaScriptEnabled = false, Locale = "zh-CN" }))
        {
            var page = await plain.NewPageAsync();
            await page.GotoAsync("/search?q=" + Uri.EscapeDataString("質量信用"));
            await Expect(page.Locator(".hit mark").First).ToBeVisibleAsync();
            await page.Locator("nav.pages a", new() { HasText = "2" }).First.ClickAsync();
            await Expect(page.Locator("nav.pages .current")).ToHaveTextAsync("2");
        }
        await Page.GotoAsync("/");
        await Page.Locator("#q").PressSequentiallyAsync("农业", new() { Delay = 30 });
        await Expect(Page.Locator("#suggestions option").First).ToBeAttachedAsync();
        var suggestions = await Page.Locator("#suggestions option").EvaluateAllAsync<string[]>("options => options.map(o => o.value)");
        Assert.Contains(suggestions, s => s.Contains("农业标准化生产普及率", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_document_shows_its_outline_targets_tasks_and_the_documents_it_cites()
    {
        await Page.GotoAsync("/docs/" + await SmokeTests.SampleId(Api, "望政发〔2017〕8号"));
        await Expect(Page.Locator("h1")).ToHaveTextAsync("望川市人民政府关于印发望川市质量强市建设实施方案的通知");
        await Expect(Page.Locator("dl.meta")).ToContainTextAsync("2017-04-10");
        await Expect(Page.Locator("table.indicators tr", new() { HasText = "农业标准化生产普及率" })).ToContainTextAsync("≥ 45%");
        await Expect(Page.Locator("table.tasks tr", new() { HasText = "强化企业质量主体责任" })).ToContainTextAsync("市市场监管局");
        await Expect(Page.Locator("ul.outline summary").First).ToBeVisibleAsync();
        await Expect(Page.Locator("li.clause").First).ToBeVisibleAsync();
        await Screenshot();

        // The province the city implements is a link to the province's own page.
        await Page.Locator("ul.citations a", new() { HasText = "苍澜省人民政府关于加快建设质量强省的实施意见" }).ClickAsync();
        await Expect(Page.Locator("h1")).ToHaveTextAsync("苍澜省人民政府关于加快建设质量强省的实施意见");
        Assert.Empty(ConsoleErrors);
    }

    [Fact]
    public async Task Lineage_is_a_picture_whose_nodes_lead_up_the_chain()
    {
        var county = await SmokeTests.SampleId(Api, "临政办〔2018〕5号");
        await Page.GotoAsync("/lineage/" + county);
        var picture = Page.Locator("svg.lineage");
        await Expect(picture).ToBeVisibleAsync();
        Assert.True(await picture.Locator("a.node").CountAsync() >= 4, "the county, the city, the province and a national parent");
        await Expect(picture.Locator("rect.root")).ToHaveCountAsync(1);
        await Expect(Page.Locator("table.lineage-links").First).ToContainTextAsync("望政发〔2017〕8号");
        await Screenshot();

        // Up one level: the city's node leads to the city's lineage, which has the province above it.
        await picture.Locator("a.node", new() { HasText = "望川市" }).ClickAsync();
        await Page.WaitForURLAsync("**/lineage/wangchuan-*", new() { WaitUntil = WaitUntilState.Commit });
        await Expect(Page.Locator("svg.lineage a.node", new() { HasText = "苍澜省" }).First).ToBeVisibleAsync();
        // A clause's lineage: the county's 农业标准化 target under the city's and the province's.
        await Page.GotoAsync("/docs/" + county);
        await Page.Locator("li.clause", new() { HasText = "农业标准化生产普及率达到50%" }).Locator("a", new() { HasText = "沿袭" }).ClickAsync();
        await Expect(Page.Locator("svg.lineage a.node")).Not.ToHaveCountAsync(1);
        await Expect(Page.Locator("table.lineage-links").First).ToContainTextAsync("农业标准化生产普及率达到45%");
        await Screenshot("clause");
        Assert.Empty(ConsoleErrors);
    }

    [Fact]
    public async Task The_indicator_ladder_shows_each_level_as_a_table_and_a_chart()
    {
        await Page.GotoAsync("/indicators");
        await Page.Locator("form.inline input").FillAsync("农业标准化生产普及率");
        await Page.Locator("form.inline button").ClickAsync();
        await Expect(Page.Locator("table.ladder tbody tr")).ToHaveCountAsync(3);
        await Expect(Page.Locator("table.ladder tbody tr").Nth(0)).ToContainTextAsync("> 40%");
        await Expect(Page.Locator("table.ladder tbody tr").Nth(2)).ToContainTextAsync("≥ 50%");
        await Expect(Page.Locator("svg.ladder-chart circle")).ToHaveCountAsync(3);
        await Expect(Page.Locator("table.steps tr", new() { HasText = "临溪县" }).First).ToContainTextAsync("提高");
        await Screenshot();
        Assert.Empty(ConsoleErrors);
    }

    [Fact]
    public async Task The_comparison_sets_a_county_beside_its_city_and_marks_reused_wording_and_changed_numbers()
    {
        var county = await SmokeTests.SampleId(Api, "临政办〔2018〕5号");
        var city = await SmokeTests.SampleId(Api, "望政发〔2017〕8号");
        await Page.GotoAsync($"/compare/{county}/{city}");
        var row = Page.Locator("table.compare tr", new() { HasText = "农业标准化生产普及率达到50%" });
        await Expect(row.Locator("mark.shared").First).ToBeVisibleAsync();
        await Expect(row.Locator("td").Nth(0).Locator("mark.changed", new() { HasText = "50" })).ToBeVisibleAsync();
        await Expect(row.Locator("td").Nth(1).Locator("mark.changed", new() { HasText = "45" })).ToBeVisibleAsync();
        await Expect(Page.Locator("ul.missing li", new() { HasText = "实施品牌发展战略" })).ToHaveCountAsync(1);
        await Expect(Page.Locator("ol.unmatched li").First).ToBeVisibleAsync();
        await Screenshot();
        Assert.Empty(ConsoleErrors);
    }

    [Fact]
    public async Task A_pasted_draft_finds_precedent_with_shared_and_changed_parts_marked()
    {
        await Page.GotoAsync("/precedent");
        await Page.Locator("form.precedent textarea").FillAsync("在规模以上工业企业中推行首席质量官制度，落实企业产品质量首负责任制和缺陷产品召回制度。");
        await Page.Locator("form.precedent button").ClickAsync();
        await Expect(Page.Locator(".precedent-hit").First).ToBeVisibleAsync();
        await Expect(Page.Locator("p.summary")).ToContainTextAsync("份文件用过相近的表述");
        await Expect(Page.Locator(".precedent-hit mark.shared", new() { HasText = "首席质量官" }).First).ToBeVisibleAsync();
        await Expect(Page.Locator(".precedent-hit mark.changed").First).ToBeAttachedAsync();
        // The draft stays in the box after the post.
        await Expect(Page.Locator("form.precedent textarea")).ToHaveValueAsync("在规模以上工业企业中推行首席质量官制度，落实企业产品质量首负责任制和缺陷产品召回制度。");
        await Screenshot();
        Assert.Empty(ConsoleErrors);
    }

    [Fact]
    public async Task The_OpenSearch_description_points_at_the_search_page()
    {
        var response = await Api.GetAsync("/opensearch.xml");
        Assert.True(response.Ok);
        var xml = await response.TextAsync();
        Assert.Contains("template=\"" + BaseUrl + "/search?q={searchTerms}\"", xml, StringComparison.Ordinal);
        await Page.GotoAsync("/");
        await Expect(Page.Locator("link[rel=search]")).ToHaveAttributeAsync("href", "/opensearch.xml");
    }
}
