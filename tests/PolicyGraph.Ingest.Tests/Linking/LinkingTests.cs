using System.Text.Json;
using PolicyGraph.Core.Citations;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Queries;
using PolicyGraph.Core.Search;
using PolicyGraph.Core.Store;
using PolicyGraph.Cli.Evaluation;
using PolicyGraph.Ingest.Linking;
using PolicyGraph.Ingest.Pipeline;
using PolicyGraph.Ingest.Reading;
using PolicyGraph.Testing;

namespace PolicyGraph.Ingest.Tests.Linking;

/// <summary>Clause links, lineage, the indicator ladder, coverage and reuse on samples/ (three levels) and the corpus.</summary>
[Collection(ReferenceCorpus.Name)]
public sealed class LinkingTests(SamplesAndCorpus data)
{
    private static string Pairs => Path.Combine(RepositoryFiles.Root, "tools", "linker", "pairs.tsv");

    private LineageService Lineage => new(data.Store, DocumentRegistry.Instance);

    [Fact]
    public void Ingest_links_every_document_and_leaves_none_pending()
    {
        Assert.Equal(10, data.Report.Linked.Documents);
        Assert.True(data.Report.Linked.Links > 100, $"{data.Report.Linked.Links} links");
        Assert.Empty(data.Store.PendingLinks());
    }

    [Fact]
    public void Stored_links_agree_with_the_labelled_sample_pairs()
    {
        var samples = LinkTraining.EvaluateStored(Pairs, data.Store, child => !char.IsAsciiDigit(child[0]));
        Assert.True(samples.Positives >= 50, $"{samples.Positives} labelled sample links");
        Assert.True(samples.Precision >= 0.9, $"precision {samples.Precision}");
        Assert.True(samples.Recall >= 0.9, $"recall {samples.Recall}");
    }

    [Fact]
    public void A_model_trained_without_the_held_out_pairs_still_finds_most_of_their_links()
    {
        var linker = new ClauseLinker(data.Store, data.Index, model: null);
        var pairs = LinkTraining.Read(Pairs, data.Store, linker);
        var model = LinkClassifier.Train(pairs.Where(p => !p.HeldOut).Select(p => p.Features).ToList(), modelPath: null);
        var heldOut = LinkTraining.Score(pairs.Where(p => p.HeldOut), model.Probability);
        var baseline = LinkTraining.Score(pairs.Where(p => p.HeldOut), linker.Score);
        Assert.True(heldOut.Pairs >= 30, $"{heldOut.Pairs} held-out pairs");
        Assert.True(heldOut.Precision >= 0.85, $"held-out precision {heldOut.Precision}");
        Assert.True(heldOut.Recall >= 0.75, $"held-out recall {heldOut.Recall}");
        Assert.True(heldOut.Recall > baseline.Recall, $"model recall {heldOut.Recall} against alignment alone {baseline.Recall}");
    }

    [Theory]
    [InlineData("质量文化建设")]
    [InlineData("多元救济")]
    [InlineData("质量事故调查和责任追究")]
    public void The_outline_wording_that_000_and_001_share_links_them_as_siblings(string wording)
    {
        var d000 = data.Graph("000");
        var d001 = data.Graph("001");
        var links = data.Store.LinksFrom(d000.Document.Id).Where(l => l.ParentDocId == d001.Document.Id).ToList();
        var linked = links.Where(l =>
            d000.Clauses.Single(c => c.Id == l.ChildClauseId).SearchText.Contains(wording, StringComparison.Ordinal) &&
            d001.Clauses.Single(c => c.Id == l.ParentClauseId).SearchText.Contains(wording[..2], StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(linked);
        Assert.All(linked, l => Assert.True(l.Inferred));
        var siblings = Lineage.Of(d000.Document.Id)!.Siblings;
        Assert.Contains(siblings, s => s.Id == d001.Document.Id && s.Via == "guofa-2012-9" && s.ClauseLinks >= 3);
    }

    [Fact]
    public void Lineage_of_each_judged_document_lists_the_parents_the_judgments_name()
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryFiles.Gold, "extraction.dev.json")));
        foreach (var doc in gold.RootElement.GetProperty("docs").EnumerateObject())
        {
            var parents = Lineage.Of(data.Id(doc.Name))!.Parents;
            foreach (var cited in doc.Value.GetProperty("cites").EnumerateArray())
            {
                var number = cited.GetProperty("number").GetString();
                Assert.Contains(parents, p => p.Number == number && p.Depth == 1);
            }
        }
    }

    [Fact]
    public void Sample_lineage_reaches_the_top_through_each_level()
    {
        var lineage = Lineage.Of(data.Id("linxi"), depth: 3)!;
        var direct = lineage.Parents.Where(p => p.Depth == 1).ToDictionary(p => p.Id);
        Assert.Contains(data.Id("wangchuan"), direct.Keys);
        Assert.Contains(data.Id("cangland-2016"), direct.Keys);
        Assert.True(direct[data.Id("wangchuan")].ClauseLinks >= 10, $"{direct[data.Id("wangchuan")].ClauseLinks} clause links to the city");
        Assert.Contains(lineage.Parents, p => p.Id == "guofa-2012-9" && p.Depth == 2);
        Assert.Contains(lineage.Parents, p => p.Id == "guofa-1996-51" && p.Depth == 3 && p.Relation == LineageRelations.Succeeds);
    }

    [Fact]
    public void A_county_target_links_to_the_city_target_it_restates_and_through_it_to_the_province()
    {
        var county = data.Graph("linxi");
        var clause = county.Clauses.Single(c => county.Indicators.Any(i => i.ClauseId == c.Id && i.Name == "农业标准化生产普及率"));
        var lineage = Lineage.Of(clause.Id, depth: 2)!;
        Assert.Equal("clause", lineage.Node.Kind);
        var city = Assert.Single(lineage.Parents, p => p.DocId == data.Id("wangchuan") && p.Depth == 1);
        Assert.Contains("农业标准化生产普及率", city.Text, StringComparison.Ordinal);
        Assert.Contains(lineage.Parents, p => p.DocId == data.Id("cangland-2016") && p.Text!.Contains("农业标准化生产普及率", StringComparison.Ordinal));
        Assert.All(lineage.Parents, p => Assert.Equal(Relations.Implements, p.Relation));
        // And downwards from the province.
        var province = Lineage.Of(lineage.Parents.First(p => p.DocId == data.Id("cangland-2016")).Id, depth: 2)!;
        Assert.Contains(province.Children, c => c.Id == clause.Id);
    }

    [Fact]
    public void National_generations_are_linked_as_successors()
    {
        var lineage = Lineage.Of("zhongfa-2017-24")!;
        Assert.Contains(lineage.Parents, p => p.Id == "guofa-2012-9" && p.Relation == LineageRelations.Succeeds);
        Assert.Contains(lineage.Children, c => c.Id == "quality-power-outline-2023" && c.Relation == LineageRelations.Succeeds);
        Assert.Contains(lineage.Children, c => c.Id == data.Id("linxi") && c.Relation == Relations.Implements);
        var oldest = Lineage.Of("quality-power-outline-2023", depth: 3)!;
        Assert.Equal(["zhongfa-2017-24", "guofa-2012-9", "guofa-1996-51"], oldest.Parents.Select(p => p.Id));
    }

    [Fact]
    public void The_ladder_lists_every_document_stating_the_indicator_and_classifies_each_step()
    {
        var ladder = new IndicatorLadder(data.Store, DocumentRegistry.Instance).For("农业标准化生产普及率");
        var byDocument = ladder.Targets.ToDictionary(t => t.DocId);
        Assert.Equal((">", 40.0, 2020), (byDocument[data.Id("000")].Comparator, byDocument[data.Id("000")].Value, byDocument[data.Id("000")].Year));
        Assert.Equal((">", 30.0, 2015), (byDocument[data.Id("001")].Comparator, byDocument[data.Id("001")].Value, byDocument[data.Id("001")].Year));
        Assert.Equal(["province", "province", "prefecture", "prefecture", "county"], ladder.Targets.Select(t => t.Level));
        LadderStep Step(string child, string parent) => ladder.Steps.Single(s => s.ChildDocId == data.Id(child) && s.ParentDocId == data.Id(parent));
        Assert.Equal((LadderChanges.Raised, 45.0), (Step("wangchuan", "cangland-2016").Change, Step("wangchuan", "cangland-2016").Child!.Value));
        Assert.Equal(LadderChanges.Raised, Step("linxi", "wangchuan").Change);
        Assert.Equal(LadderChanges.Dropped, Step("cangland-2019", "cangland-2016").Change);

        var service = new IndicatorLadder(data.Store, DocumentRegistry.Instance).For("服務業顧客滿意度指數");
        var lowered = service.Steps.Single(s => s.ChildDocId == data.Id("linxi") && s.ParentDocId == data.Id("wangchuan"));
        Assert.Equal((LadderChanges.Lowered, 82.0, 80.0, false), (lowered.Change, lowered.Parent.Value, lowered.Child!.Value, lowered.Stricter));
        var copied = service.Steps.Single(s => s.ChildDocId == data.Id("cangland-2019") && s.ParentDocId == data.Id("cangland-2016"));
        Assert.Equal((LadderChanges.Copied, 2020), (copied.Change, copied.Parent.Year));
    }

    [Fact]
    public void Coverage_names_exactly_the_parent_tasks_the_child_leaves_out()
    {
        var coverage = new CoverageService(data.Store);
        var county = coverage.Of(data.Id("wangchuan"), data.Id("linxi"))!;
        Assert.Equal(["实施品牌发展战略"], county.Missing.Where(m => m.Kind == CoverageKinds.Task).Select(m => m.Title));
        Assert.Equal(6, county.Tasks);
        var city = coverage.Of(data.Id("cangland-2016"), data.Id("wangchuan"))!;
        Assert.Equal(6, city.TasksCovered);
        // Targets: the city restates the 竣工验收 variant of the province's 一次验收 target, and leaves out the four it never states.
        Assert.DoesNotContain(city.Missing, m => m.Title.StartsWith("大中型建设工程", StringComparison.Ordinal));
        Assert.Equal(["主导产业采用国际标准和国外先进标准的比例", "国家级质检中心", "中国驰名商标", "省级以上农业标准化示范区"],
            city.Missing.Where(m => m.Kind == CoverageKinds.Target).Select(m => m.Title.Split(' ')[0]));
    }

    [Fact]
    public void Reuse_splits_a_document_into_reused_own_and_boilerplate()
    {
        var coverage = new CoverageService(data.Store);
        var city = coverage.ReuseOf(data.Id("wangchuan"))!;
        Assert.Equal(city.Characters, city.Reused + city.Own + city.Boilerplate);
        Assert.True(city.ReusedShare > 0.6, $"the city reuses {city.ReusedShare:P0}");
        Assert.Equal(data.Id("cangland-2016"), city.Sources[0].DocId);
        Assert.True(city.Boilerplate > 0);
        // The 2023 district document cites no parent: nothing of it is reused, its department lists are boilerplate.
        var district = coverage.ReuseOf(data.Id("songhu"))!;
        Assert.Equal(0, district.Reused);
        Assert.True(district.Boilerplate > 100, $"{district.Boilerplate} boilerplate characters");
    }

    [Fact]
    public void A_parent_ingested_after_its_child_is_linked_from_it_by_the_later_run()
    {
        using var temporary = new TemporaryDirectory();
        using var store = new SqliteGraphStore(temporary.Path);
        using var index = new ClauseIndex(temporary.Path);
        var pipeline = new IngestPipeline(store, new DocumentReaders(ReaderLimits.Default), index);
        var first = pipeline.IngestPaths([RepositoryFiles.SampleFile("wangchuan-2017-quality-city-plan.html")]);
        var child = first.Ingested.Single().Id;
        Assert.DoesNotContain(store.LinksFrom(child), l => !l.Inferred);
        var second = pipeline.IngestPaths([RepositoryFiles.SampleFile("cangland-2016-quality-province-opinions.txt")]);
        var parent = second.Ingested.Single().Id;
        Assert.Equal(2, second.Linked.Documents);
        Assert.True(store.LinksFrom(child).Count(l => l.ParentDocId == parent && !l.Inferred) >= 10);

        // A run cut off before linking leaves the documents pending; the next run draws their links.
        store.MarkLinksPending([child]);
        store.ReplaceLinks(parent, []);
        var before = store.LinksFrom(child).Count;
        store.MarkLinksPending([parent]);
        Assert.Equal(2, store.PendingLinks().Count);
        var resumed = pipeline.IngestPaths([]);
        Assert.Equal(2, resumed.Linked.Documents);
        Assert.Empty(store.PendingLinks());
        Assert.Equal(before, store.LinksFrom(child).Count);
    }
}
