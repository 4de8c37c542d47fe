using System.Security.Cryptography;
using System.Text;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Regions;
using PolicyGraph.Core.Store;
using PolicyGraph.Ingest.Pipeline;
using PolicyGraph.Ingest.Reading;
using PolicyGraph.Testing;

namespace PolicyGraph.Ingest.Tests.Pipeline;

/// <summary>The pipeline's steps one by one: what each hands the next, and what a document carries out of them.</summary>
public sealed class IngestStepsTests : IDisposable
{
    private static readonly DocumentReaders Readers = new(ReaderLimits.Default);

    private readonly TemporaryDirectory _temporary = new();

    public void Dispose() => _temporary.Dispose();

    [Fact]
    public void The_steps_run_in_the_order_named_and_each_hands_the_next_its_input()
    {
        var file = SourceFile.Of("plan.txt", "test:plan", Encoding.UTF8.GetBytes(
            "临川市人民政府关于印发临川市质量强市实施方案的通知\n临政发〔2024〕3号\n一、工作目标\n到2027年，全市制造业产品质量合格率达到95%以上。\n二、重点任务\n（一）加强标准化建设。由市市场监管局牵头负责。\n"));
        var text = new ReadStep(Readers).Run(file);
        var outlined = new OutlineStep().Run(new NormaliseStep().Run(text));
        var metadata = new MetadataStep(Gazetteer.Instance).Run(outlined);
        var parts = new PartsStep().Run(new DescribedDocument(file, text.Format, outlined, metadata));
        var graph = new FacetStep(null).Run(new ContentStep().Run(parts));

        Assert.Equal("临政发〔2024〕3号", metadata.DocNumber);
        Assert.Empty(parts.Indicators);
        Assert.Contains(graph.Indicators, i => i.Name.Contains("合格率", StringComparison.Ordinal) && i.Value == 95);
        Assert.Equal(new DocumentBuilder(Readers, Gazetteer.Instance, null).Build(file).Indicators.Select(i => (i.Id, i.Name, i.Value)),
            graph.Indicators.Select(i => (i.Id, i.Name, i.Value)));
        Assert.Equal(
            [PipelineSteps.Read, PipelineSteps.Normalise, PipelineSteps.Outline, PipelineSteps.Metadata, PipelineSteps.Parts,
             PipelineSteps.Content, PipelineSteps.Facets, PipelineSteps.Store, PipelineSteps.Index, PipelineSteps.Link],
            PipelineSteps.Order);
    }

    [Fact]
    public void A_step_that_fails_is_reported_under_its_name()
    {
        var empty = SourceFile.Of("empty.txt", "test:empty", Encoding.UTF8.GetBytes("关于印发某某方案的通知\n"));
        var refused = Assert.Throws<IngestStepException>(() => new DocumentBuilder(Readers, Gazetteer.Instance, null).Build(empty));
        Assert.Equal(PipelineSteps.Outline, refused.Step);

        var crashed = Assert.Throws<IngestStepException>(() => DocumentBuilder.Run(new Throwing(), 1));
        Assert.Equal("throwing", crashed.Step);
        Assert.StartsWith("throwing step failed: InvalidOperationException: broken", crashed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_document_record_is_the_metadata_step_s_record_with_the_file_s_hash()
    {
        var bytes = File.ReadAllBytes(RepositoryFiles.SampleFile("wangchuan-2017-quality-city-plan.html"));
        var file = SourceFile.Of("wangchuan.html", "test:wangchuan", bytes);
        var outlined = new OutlineStep().Run(new NormaliseStep().Run(new ReadStep(Readers).Run(file)));
        var metadata = new MetadataStep(Gazetteer.Instance).Run(outlined);

        var document = new DocumentBuilder(Readers, Gazetteer.Instance, null).Build(file).Document;

        Assert.NotNull(metadata.Title);
        foreach (var property in typeof(DocumentMetadata).GetProperties())
        {
            Assert.Equal(property.GetValue(metadata), property.GetValue(document));
        }
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), document.ContentHash);
    }

    [Fact]
    public void A_clause_read_back_from_the_store_maps_its_search_view_to_the_text_as_written()
    {
        using var store = new SqliteGraphStore(Path.Combine(_temporary.Path, "data"));
        var report = new IngestPipeline(store, Readers).IngestPaths([RepositoryFiles.SampleFile("cangland-2019-quality-work-plan-traditional.txt")]);
        var built = new DocumentBuilder(Readers, Gazetteer.Instance, null)
            .Build(SourceFile.Of("x.txt", "x", File.ReadAllBytes(RepositoryFiles.SampleFile("cangland-2019-quality-work-plan-traditional.txt"))));
        var read = store.GetDocument(Assert.Single(report.Ingested).Id)!;

        Assert.Equal("Hant", read.Document.Script);
        var clause = read.Clauses.First(c => c.SearchText.Contains("知识产权", StringComparison.Ordinal));
        Assert.True(clause.Traditional);
        Assert.Equal(clause.SearchText, clause.SearchView.Text);
        var at = clause.SearchView.Text.IndexOf("知识产权", StringComparison.Ordinal);
        var (start, end) = clause.SearchView.ToSource(at, at + 4);
        Assert.Equal("智慧財產權", clause.Text[start..end]);
        var same = built.Clauses.Single(c => c.Path == clause.Path);
        Assert.Equal(same.SearchView.Text, clause.SearchView.Text);
        Assert.Equal(same with { Id = clause.Id, SectionId = clause.SectionId, LeadId = clause.LeadId, Facet = clause.Facet, FacetFromHeading = clause.FacetFromHeading }, clause);
    }

    [Fact]
    public void A_copy_with_other_text_or_script_has_its_own_search_view()
    {
        var clause = new DocumentBuilder(Readers, Gazetteer.Instance, null)
            .Build(SourceFile.Of("x.txt", "x", File.ReadAllBytes(RepositoryFiles.SampleFile("cangland-2019-quality-work-plan-traditional.txt")))).Clauses
            .First(c => c.SearchText.Contains("知识产权", StringComparison.Ordinal));
        Assert.Same(clause.SearchView, clause.SearchView);

        var rewritten = clause with { Text = "加強智慧財產權保護。" };
        Assert.Equal("加强知识产权保护。", rewritten.SearchView.Text);
        Assert.Contains("知识产权", clause.SearchView.Text, StringComparison.Ordinal);
        var read = new Clause { Id = "c", Ordinal = 0, Path = "1", Role = "task", Text = "智慧財產權", SearchText = "", Traditional = false };
        Assert.Equal("智慧财产权", read.SearchView.Text);
        Assert.Equal("知识产权", (read with { Traditional = true }).SearchView.Text);
    }

    private sealed class Throwing : IIngestStep<int, int>
    {
        public string Name => "throwing";

        public int Run(int input) => throw new InvalidOperationException("broken");
    }
}
