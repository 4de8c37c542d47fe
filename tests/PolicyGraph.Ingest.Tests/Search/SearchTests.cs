using System.Text.Json;
using PolicyGraph.Core.Search;
using PolicyGraph.Core.Store;
using PolicyGraph.Cli.Evaluation;
using PolicyGraph.Ingest.Pipeline;
using PolicyGraph.Ingest.Reading;
using PolicyGraph.Testing;

namespace PolicyGraph.Ingest.Tests.Search;

/// <summary>Search over the reference corpus, ingested once with its index.</summary>
[Collection(ReferenceCorpus.Name)]
public sealed class SearchTests
{
    private readonly CorpusAlone _data;

    public SearchTests(CorpusAlone data) => _data = data;

    [Fact]
    public void Development_queries_keep_their_recall()
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryFiles.Gold, "queries.dev.json")));
        var report = SearchEvaluation.Evaluate(gold.RootElement, _data.Store, _data.Search);
        var missed = string.Join("\n", report.Details.SelectMany(d => d.Missed.Select(m => $"{d.Id} {d.Query}: {m}")));
        Assert.True(report.RecallAt10 >= 0.95, $"recall@10 {report.RecallAt10}\n{missed}");
        Assert.True(report.NdcgAt10 >= 0.9, $"nDCG@10 {report.NdcgAt10}");
    }

    [Fact]
    public void Team_queries_of_every_kind_keep_their_recall()
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryFiles.Root, "tools", "search", "queries.team.json")));
        var report = SearchEvaluation.Evaluate(gold.RootElement, _data.Store, _data.Search);
        var missed = string.Join("\n", report.Details.SelectMany(d => d.Missed.Select(m => $"{d.Id} {d.Query}: {m}")));
        Assert.True(report.RecallAt10 >= 0.95, $"recall@10 {report.RecallAt10}\n{missed}");
        Assert.True(report.NdcgAt10 >= 0.85, $"nDCG@10 {report.NdcgAt10}");
    }

    [Fact]
    public void A_Simplified_query_finds_the_Traditional_clause_and_marks_it_as_written()
    {
        var hit = _data.Search.Search(new SearchRequest("宏观质量统计")).Hits.First(h => _data.Prefix(h.DocId) == "004");
        Assert.Contains("巨觀質量統計", hit.Text, StringComparison.Ordinal);
        Assert.Contains("<mark>巨觀質量</mark>", hit.Highlight, StringComparison.Ordinal);
    }

    [Fact]
    public void Traditional_and_Simplified_queries_return_the_same_hits()
    {
        var traditional = _data.Search.Search(new SearchRequest("電梯安全"));
        var simplified = _data.Search.Search(new SearchRequest("电梯安全"));
        Assert.True(traditional.Total > 0);
        Assert.Equal(simplified.Hits.Select(h => (h.ClauseId, h.Score)), traditional.Hits.Select(h => (h.ClauseId, h.Score)));
        Assert.Equal("004", _data.Prefix(simplified.Hits[0].DocId));
    }

    [Theory]
    [InlineData("中发[2017]24号", "002")]
    [InlineData("中发【2017】24号", "002")]
    [InlineData("內政發(2015)92號", "000")]
    public void Document_numbers_in_any_bracket_find_the_citing_clause(string query, string doc)
    {
        var response = _data.Search.Search(new SearchRequest(query));
        Assert.NotEmpty(response.Interpreted.DocNumbers);
        Assert.Equal(doc, _data.Prefix(response.Hits[0].DocId));
        Assert.Contains("〔", response.Hits[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_question_is_searched_by_its_keywords()
    {
        var question = _data.Search.Search(new SearchRequest("哪些地方要求建立首席质量官制度？"));
        Assert.Equal(["建立首席质量官制度"], question.Interpreted.Keywords);
        Assert.Equal(3, question.Hits.Take(3).Count(h => SearchNormaliserText(h.Text).Contains("首席质量官", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_full_department_name_finds_its_abbreviation()
    {
        var response = _data.Search.Search(new SearchRequest("质量技术监督局"));
        Assert.Contains("质监局", response.Interpreted.Aliases["质量技术监督局"]);
        Assert.Contains("质监局", SearchNormaliserText(response.Hits[0].Text), StringComparison.Ordinal);
    }

    [Fact]
    public void Filters_narrow_the_hits()
    {
        var all = _data.Search.Search(new SearchRequest("质量奖") { Top = 50 });
        var county = _data.Search.Search(new SearchRequest("质量奖") { Top = 50, Level = "county" });
        Assert.True(county.Total > 0 && county.Total < all.Total);
        Assert.All(county.Hits, h => Assert.Equal("county", h.Level));
        var recent = _data.Search.Search(new SearchRequest("质量奖") { Top = 50, YearFrom = 2018 });
        Assert.All(recent.Hits, h => Assert.True(h.Year >= 2018));
        var tasks = _data.Search.Search(new SearchRequest("质量奖") { Top = 50, Role = "task", Province = "山西省" });
        Assert.All(tasks.Hits, h => Assert.Equal(("task", "山西省"), (h.Role, h.Province)));
    }

    [Fact]
    public void Hits_are_grouped_by_document()
    {
        var response = _data.Search.Search(new SearchRequest("质量奖"));
        Assert.Equal(response.Groups.Select(g => g.DocId).Distinct().Count(), response.Groups.Count);
        Assert.True(response.Groups.Sum(g => g.Hits) <= response.Total);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_query_is_refused_with_a_reason(string query) =>
        Assert.Contains("empty query", Assert.Throws<SearchQueryException>(() => _data.Search.Search(new SearchRequest(query))).Message, StringComparison.Ordinal);

    [Fact]
    public void A_huge_query_is_refused_with_a_reason() =>
        Assert.Contains("query too long", Assert.Throws<SearchQueryException>(() => _data.Search.Search(new SearchRequest(new string('质', 10_000)))).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("\"首席质量官")]
    [InlineData("AND OR NOT ( ) * ? ~ ^ :")]
    [InlineData("质量 -- ' ; DROP TABLE clauses")]
    [InlineData("哪些？")]
    public void Odd_queries_are_answered_not_thrown(string query)
    {
        var response = _data.Search.Search(new SearchRequest(query));
        Assert.NotNull(response.Hits);
    }

    private static string SearchNormaliserText(string s) => PolicyGraph.Core.Text.SearchNormaliser.ToSearchText(s);
}
