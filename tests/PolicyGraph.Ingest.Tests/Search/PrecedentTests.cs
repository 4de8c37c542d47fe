using System.Text.Json;
using PolicyGraph.Core.Text;
using PolicyGraph.Core.Precedent;
using PolicyGraph.Cli.Evaluation;
using PolicyGraph.Testing;

namespace PolicyGraph.Ingest.Tests.Search;

[Collection(ReferenceCorpus.Name)]
public sealed class PrecedentTests(CorpusAlone data)
{
    private PrecedentService Precedent => new(data.Index, data.Store);

    [Fact]
    public void Development_cases_keep_their_recall()
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryFiles.Gold, "precedent.dev.json")));
        var report = PrecedentEvaluation.Evaluate(gold.RootElement, data.Store, Precedent);
        Assert.True(report.RecallAt5 >= 0.9, string.Join("\n", report.Details.SelectMany(d => d.Missed)));
    }

    [Fact]
    public void A_Traditional_passage_finds_Simplified_precedent_and_marks_what_is_shared()
    {
        var response = Precedent.Find(new SimilarRequest("推行產品質量安全責任保險制度，鼓勵投保企業應保盡保，擴大產品質量安全責任保險覆蓋面。"));
        var fromOthers = response.Hits.Where(h => data.Prefix(h.DocId) != "004").ToList();
        var d000 = fromOthers.First(h => data.Prefix(h.DocId) == "000");
        var shared = d000.Shared.Select(r => d000.Text[r[0]..r[1]]).ToList();
        Assert.Contains(shared, s => s.Contains("产品质量安全责任保险制度", StringComparison.Ordinal));
        Assert.All(d000.Shared, r => Assert.True(r[0] < r[1] && r[1] <= d000.Text.Length));
    }

    [Fact]
    public void A_verbatim_passage_scores_one_and_counts_as_a_use()
    {
        var response = Precedent.Find(new SimilarRequest("推进社会主义先进质量文化建设,大力开展质量强市和质量科普知识宣传工作"));
        Assert.Equal("000", data.Prefix(response.Hits[0].DocId));
        Assert.True(response.Hits[0].Coverage > 0.99);
        Assert.True(response.Precedent.Documents >= 1);
        Assert.Equal(2017, response.Precedent.FirstYear);
    }

    [Fact]
    public void Excluding_the_source_document_leaves_its_clauses_out()
    {
        var id = data.Store.ListDocuments().Single(d => d.Source.Contains("000_", StringComparison.Ordinal)).Id;
        var response = Precedent.Find(new SimilarRequest("形成政府重视质量、企业追求质量、社会崇尚质量、人人关心质量的良好氛围") { ExcludeDoc = id });
        Assert.DoesNotContain(response.Hits, h => h.DocId == id);
        Assert.Equal("001", data.Prefix(response.Hits[0].DocId));
    }

    [Fact]
    public void Alignment_finds_the_longest_shared_runs_without_overlap()
    {
        var a = PassageAligner.Align("加强行政执法和刑事司法的有效衔接", "做好行政执法与刑事司法的有效衔接");
        Assert.Equal([(2, 2, 4), (7, 7, 9)], a.SharedRuns.Select(r => (r.PassageStart, r.ClauseStart, r.Length)));
        Assert.Equal(13.0 / 16, a.PassageCoverage, 3);
    }
}
