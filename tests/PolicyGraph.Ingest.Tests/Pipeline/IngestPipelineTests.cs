using System.IO.Compression;
using System.Text;
using PolicyGraph.Core.Store;
using PolicyGraph.Ingest.Pipeline;
using PolicyGraph.Ingest.Reading;
using PolicyGraph.Testing;

namespace PolicyGraph.Ingest.Tests.Pipeline;

public sealed class IngestPipelineTests : IDisposable
{
    private readonly TemporaryDirectory _temporary = new();

    private string _dir => _temporary.Path;

    public void Dispose() => _temporary.Dispose();

    private string DataDir => Path.Combine(_dir, "data");

    [Fact]
    public void Ingests_the_reference_corpus_and_then_reports_it_unchanged()
    {
        using var store = new SqliteGraphStore(DataDir);
        var pipeline = new IngestPipeline(store, new DocumentReaders(ReaderLimits.Default));

        var first = pipeline.IngestPaths([RepositoryFiles.Corpus]);
        Assert.Empty(first.Failed);
        Assert.Equal(5, first.Ingested.Count);
        var ids = store.ListDocuments().Select(d => d.Id).ToList();

        var second = pipeline.IngestPaths([RepositoryFiles.Corpus]);
        Assert.Empty(second.Ingested);
        Assert.Equal(5, second.Unchanged.Count);
        Assert.Equal(ids, store.ListDocuments().Select(d => d.Id));
        Assert.Equal(0, second.ExitCode);
    }

    [Fact]
    public void The_same_document_in_GB18030_and_UTF8_ingests_to_identical_clauses()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = File.ReadAllText(RepositoryFiles.CorpusFile("002"));
        var utf8 = Path.Combine(_dir, "utf8.txt");
        var gb = Path.Combine(_dir, "gb18030.txt");
        File.WriteAllText(utf8, text, new UTF8Encoding(false));
        File.WriteAllBytes(gb, Encoding.GetEncoding("GB18030").GetBytes(text));
        using var store = new SqliteGraphStore(DataDir);
        var report = new IngestPipeline(store, new DocumentReaders(ReaderLimits.Default)).IngestPaths([utf8, gb]);
        Assert.Equal(2, report.Ingested.Count);

        var a = store.GetDocument(report.Ingested[0].Id)!;
        var b = store.GetDocument(report.Ingested[1].Id)!;
        Assert.True(a.Clauses.Count > 20);
        Assert.Equal(a.Clauses.Select(c => (c.Path, c.Role, c.Text, c.SearchText)), b.Clauses.Select(c => (c.Path, c.Role, c.Text, c.SearchText)));
        Assert.Equal(a.Sections.Select(s => (s.Path, s.Heading, s.Role)), b.Sections.Select(s => (s.Path, s.Heading, s.Role)));
        Assert.Equal(a.Document.DocNumber, b.Document.DocNumber);
    }

    [Fact]
    public void A_batch_with_bad_files_ingests_the_good_one_and_reports_the_rest()
    {
        var batch = Directory.CreateDirectory(Path.Combine(_dir, "batch")).FullName;
        File.WriteAllBytes(Path.Combine(batch, "empty.txt"), []);
        var binary = new byte[2048];
        new Random(11).NextBytes(binary);
        File.WriteAllBytes(Path.Combine(batch, "binary.txt"), binary);
        var docx = File.ReadAllBytes(RepositoryFiles.SampleFile("linxi-2018-quality-county-plan.docx"));
        File.WriteAllBytes(Path.Combine(batch, "truncated.docx"), docx[..(docx.Length * 2 / 3)]);
        File.Copy(RepositoryFiles.CorpusFile("000"), Path.Combine(batch, "good.txt"));

        using var store = new SqliteGraphStore(DataDir);
        var report = new IngestPipeline(store, new DocumentReaders(ReaderLimits.Default)).IngestPaths([batch]);

        Assert.Equal(2, report.ExitCode);
        Assert.Equal("good.txt", Path.GetFileName(report.Ingested.Single().Source));
        var failed = report.Failed.ToDictionary(f => Path.GetFileName(f.Source), f => f.Error);
        Assert.Equal(3, failed.Count);
        Assert.Equal("empty file (0 bytes)", failed["empty.txt"]);
        Assert.Contains("binary", failed["binary.txt"], StringComparison.Ordinal);
        Assert.Contains("truncated or corrupt", failed["truncated.docx"], StringComparison.Ordinal);
        // Nothing half-written: the store holds the good document and nothing of the others.
        var stored = store.ListDocuments().Single();
        Assert.Equal(report.Ingested.Single().Id, stored.Id);
        Assert.Equal(stored.ClauseCount, store.GetDocument(stored.Id)!.Clauses.Count);
    }

    [Fact]
    public void A_changed_file_replaces_its_document_whole_under_the_same_id()
    {
        var path = Path.Combine(_dir, "plan.txt");
        File.Copy(RepositoryFiles.CorpusFile("003"), path);
        using var store = new SqliteGraphStore(DataDir);
        var pipeline = new IngestPipeline(store, new DocumentReaders(ReaderLimits.Default));
        var id = pipeline.IngestPaths([path]).Ingested.Single().Id;
        var before = store.GetDocument(id)!;

        var lines = File.ReadAllLines(path).ToList();
        var lastPart = lines.FindIndex(l => l.StartsWith("九、", StringComparison.Ordinal));
        File.WriteAllLines(path, lines.Take(lastPart));
        var report = pipeline.IngestPaths([path]);

        Assert.Equal(id, report.Ingested.Single().Id);
        var after = store.GetDocument(id)!;
        Assert.Equal(before.Clauses.Count - 3, after.Clauses.Count);
        Assert.DoesNotContain(after.Sections, s => s.Heading == "加强质量治理保障");
        Assert.Single(store.ListDocuments());
        // Parts that did not change keep their ids.
        Assert.Equal(before.Clauses.Take(10).Select(c => c.Id), after.Clauses.Take(10).Select(c => c.Id));
    }

    [Fact]
    public void Ids_are_url_safe()
    {
        using var store = new SqliteGraphStore(DataDir);
        new IngestPipeline(store, new DocumentReaders(ReaderLimits.Default)).IngestPaths([RepositoryFiles.Corpus, RepositoryFiles.Samples]);
        foreach (var doc in store.ListDocuments())
        {
            var graph = store.GetDocument(doc.Id)!;
            foreach (var id in graph.Clauses.Select(c => c.Id).Concat(graph.Sections.Select(s => s.Id)).Append(doc.Id))
            {
                Assert.Equal(Uri.EscapeDataString(id), id);
            }
        }
    }

    [Fact]
    public void A_missing_path_is_reported_not_fatal()
    {
        using var store = new SqliteGraphStore(DataDir);
        var report = new IngestPipeline(store, new DocumentReaders(ReaderLimits.Default))
            .IngestPaths([Path.Combine(_dir, "nope.txt"), RepositoryFiles.CorpusFile("001")]);
        Assert.Equal("no such file or directory", report.Failed.Single().Error);
        Assert.Single(report.Ingested);
    }

    [Fact]
    public void Folders_give_only_the_formats_we_read()
    {
        using var store = new SqliteGraphStore(DataDir);
        var report = new IngestPipeline(store, new DocumentReaders(ReaderLimits.Default)).IngestPaths([RepositoryFiles.Samples]);
        Assert.Empty(report.Failed);
        Assert.Equal(5, report.Ingested.Count);
        Assert.DoesNotContain(report.Ingested, f => f.Source.EndsWith(".md", StringComparison.Ordinal));
    }
}
