using System.Net.Http.Json;
using System.Net;
using System.Text.Json;

namespace PolicyGraph.Web.Tests;

[Collection(SamplesSite.Name)]
public sealed class HostTests(PolicyGraphHost host)
{
    [Fact]
    public async Task First_start_on_an_empty_store_ingests_the_samples()
    {
        using var client = host.CreateClient();
        using var health = JsonDocument.Parse(await client.GetStringAsync("/api/health"));
        Assert.Equal("ok", health.RootElement.GetProperty("status").GetString());
        Assert.Equal(5, health.RootElement.GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task Documents_come_as_the_command_line_gives_them()
    {
        using var client = host.CreateClient();
        using var docs = JsonDocument.Parse(await client.GetStringAsync("/api/docs"));
        var county = docs.RootElement.EnumerateArray().Single(d => d.GetProperty("docNumber").GetString() == "临政办〔2018〕5号");
        Assert.Equal("county", county.GetProperty("level").GetString());
        Assert.Equal("临溪县人民政府办公室关于印发临溪县创建质量强县工作方案的通知", county.GetProperty("title").GetString());

        using var show = JsonDocument.Parse(await client.GetStringAsync("/api/docs/" + county.GetProperty("id").GetString()));
        Assert.Contains(show.RootElement.GetProperty("clauses").EnumerateArray(),
            c => c.GetProperty("text").GetString()!.StartsWith("(一)落实企业质量主体责任。", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_document_is_a_404_problem()
    {
        using var client = host.CreateClient();
        var response = await client.GetAsync("/api/docs/no-such-doc");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task The_home_page_lists_documents_with_their_text_escaped()
    {
        using var client = host.CreateClient();
        // Pages write Chinese as character references (Blazor's renderer encodes everything beyond ASCII).
        var html = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync("/"));
        Assert.Contains("望川市人民政府关于印发望川市质量强市建设实施方案的通知", html, StringComparison.Ordinal);
        Assert.Contains("苍政发〔2016〕12号", html, StringComparison.Ordinal);
    }
}

[Collection(SamplesSite.Name)]
public sealed class SearchApiTests(PolicyGraphHost host)
{
    [Fact]
    public async Task Searches_the_samples_ingested_on_first_start()
    {
        using var client = host.CreateClient();
        using var response = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("首席质量官") + "&top=5"));
        Assert.True(response.RootElement.GetProperty("total").GetInt32() > 0);
        var hit = response.RootElement.GetProperty("hits")[0];
        foreach (var field in new[] { "docId", "clauseId", "docTitle", "path", "role", "text", "score", "highlight" })
        {
            Assert.True(hit.TryGetProperty(field, out _), field);
        }
        Assert.Contains("<mark>", hit.GetProperty("highlight").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?q=")]
    public async Task An_empty_query_is_a_400_problem(string query)
    {
        using var client = host.CreateClient();
        var response = await client.GetAsync("/api/search" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_ten_thousand_character_query_is_a_400_problem()
    {
        using var client = host.CreateClient();
        var response = await client.GetAsync("/api/search?q=" + new string('质', 10_000));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("query too long", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

[Collection(SamplesSite.Name)]
public sealed class SimilarApiTests(PolicyGraphHost host)
{
    [Fact]
    public async Task Finds_precedent_wording_with_the_shared_ranges()
    {
        using var client = host.CreateClient();
        var response = await client.PostAsJsonAsync("/api/similar", new { text = "产品质量监督抽查合格率稳定在92%以上，主要农产品质量安全抽检合格率达到97%以上。", top = 5 });
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var hit = json.RootElement.GetProperty("hits")[0];
        var text = hit.GetProperty("text").GetString()!;
        var shared = hit.GetProperty("shared").EnumerateArray().Select(r => text[r[0].GetInt32()..r[1].GetInt32()]).ToList();
        Assert.Contains(shared, s => s.Contains("产品质量监督抽查合格率", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"text\": \"\"}")]
    [InlineData("{\"text\": 42")]
    public async Task A_missing_or_malformed_passage_is_a_400_problem(string body)
    {
        using var client = host.CreateClient();
        var response = await client.PostAsync("/api/similar", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task<string> SampleId(HttpClient client, string number)
    {
        using var docs = JsonDocument.Parse(await client.GetStringAsync("/api/docs"));
        return docs.RootElement.EnumerateArray().Single(d => d.GetProperty("docNumber").GetString() == number).GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task Lineage_comes_with_clause_links_drawn_at_first_start_and_a_depth()
    {
        using var client = host.CreateClient();
        var county = await SampleId(client, "临政办〔2018〕5号");
        var city = await SampleId(client, "望政发〔2017〕8号");
        using var lineage = JsonDocument.Parse(await client.GetStringAsync($"/api/lineage/{county}?depth=2"));
        var parents = lineage.RootElement.GetProperty("parents").EnumerateArray().ToList();
        var toCity = parents.Single(p => p.GetProperty("id").GetString() == city);
        Assert.Equal("IMPLEMENTS", toCity.GetProperty("relation").GetString());
        Assert.True(toCity.GetProperty("clauseLinks").GetInt32() >= 10);
        Assert.Contains(parents, p => p.GetProperty("id").GetString() == "guofa-2012-9" && p.GetProperty("depth").GetInt32() == 2);

        var badDepth = await client.GetAsync($"/api/lineage/{county}?depth=99");
        Assert.Equal(HttpStatusCode.BadRequest, badDepth.StatusCode);
    }

    [Fact]
    public async Task The_indicator_ladder_coverage_and_reuse_answer_as_the_command_line_does()
    {
        using var client = host.CreateClient();
        var county = await SampleId(client, "临政办〔2018〕5号");
        var city = await SampleId(client, "望政发〔2017〕8号");
        using var ladder = JsonDocument.Parse(await client.GetStringAsync("/api/indicators?name=" + Uri.EscapeDataString("农业标准化生产普及率")));
        Assert.Equal([40.0, 45.0, 50.0], ladder.RootElement.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("value").GetDouble()));
        Assert.Contains(ladder.RootElement.GetProperty("steps").EnumerateArray(),
            s => s.GetProperty("childDocId").GetString() == county && s.GetProperty("parentDocId").GetString() == city && s.GetProperty("change").GetString() == "raised");

        using var coverage = JsonDocument.Parse(await client.GetStringAsync($"/api/compare/{county}/{city}"));
        Assert.Equal(["实施品牌发展战略"], coverage.RootElement.GetProperty("coverage").GetProperty("missing").EnumerateArray()
            .Where(m => m.GetProperty("kind").GetString() == "task").Select(m => m.GetProperty("title").GetString()));

        using var reuse = JsonDocument.Parse(await client.GetStringAsync($"/api/reuse/{county}"));
        Assert.True(reuse.RootElement.GetProperty("reusedShare").GetDouble() > 0.3);

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/indicators?name=")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/compare/{county}/no-such-doc")).StatusCode);
    }
}
