using Microsoft.Data.Sqlite;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Store;

using PolicyGraph.Tests;

namespace PolicyGraph.Core.Tests.Store;

public sealed class SqliteGraphStoreTests : IDisposable
{
    private readonly TemporaryDirectory _temporary = new();

    private string _dir => _temporary.Path;

    public void Dispose() => _temporary.Dispose();

    [Fact]
    public void Saves_and_reads_a_document_whole()
    {
        using var store = new SqliteGraphStore(_dir);
        var graph = Graph("doc-1", "a.txt", "h1", clauses: 3);
        store.Save(graph);

        var read = store.GetDocument("doc-1");
        Assert.NotNull(read);
        Assert.Equal(graph.Document with { IngestedAt = read.Document.IngestedAt }, read.Document);
        Assert.Equal(graph.OriginalText, read.OriginalText);
        Assert.Equal(graph.Sections, read.Sections);
        Assert.Equal(graph.Clauses, read.Clauses);
        Assert.Equal(3, store.ListDocuments().Single().ClauseCount);
    }

    [Fact]
    public void Replaces_a_document_with_the_same_source_whole()
    {
        using var store = new SqliteGraphStore(_dir);
        store.Save(Graph("doc-1", "a.txt", "h1", clauses: 5));
        store.Save(Graph("doc-1", "a.txt", "h2", clauses: 2));

        var read = store.GetDocument("doc-1")!;
        Assert.Equal("h2", read.Document.ContentHash);
        Assert.Equal(2, read.Clauses.Count);
        Assert.Single(store.ListDocuments());
    }

    [Fact]
    public void A_failed_write_leaves_the_earlier_version_in_place()
    {
        using var store = new SqliteGraphStore(_dir);
        store.Save(Graph("doc-1", "a.txt", "h1", clauses: 2));
        var broken = Graph("doc-1", "a.txt", "h2", clauses: 2);
        // Two clauses with one id: the insert fails half-way through the document.
        broken = broken with { Clauses = [broken.Clauses[0], broken.Clauses[0]] };

        Assert.Throws<SqliteException>(() => store.Save(broken));

        var read = store.GetDocument("doc-1")!;
        Assert.Equal("h1", read.Document.ContentHash);
        Assert.Equal(2, read.Clauses.Count);
    }

    [Fact]
    public void Finds_a_document_by_source_key_and_deletes_it_with_its_parts()
    {
        using var store = new SqliteGraphStore(_dir);
        store.Save(Graph("doc-1", "a.txt", "h1", clauses: 2));
        Assert.Equal("doc-1", store.FindBySourceKey("/abs/a.txt")?.Id);
        Assert.Null(store.FindBySourceKey("/abs/b.txt"));

        Assert.True(store.Delete("doc-1"));
        Assert.Null(store.GetDocument("doc-1"));
        Assert.False(store.Delete("doc-1"));
    }

    [Fact]
    public void Text_that_looks_like_SQL_is_stored_as_text()
    {
        using var store = new SqliteGraphStore(_dir);
        var graph = Graph("doc-1", "a.txt", "h1", clauses: 1);
        const string hostile = "'); DROP TABLE documents; --";
        graph = graph with { Document = graph.Document with { Title = hostile }, Clauses = [graph.Clauses[0] with { Text = hostile }] };
        store.Save(graph);
        Assert.Equal(hostile, store.GetDocument("doc-1")!.Document.Title);
        Assert.Equal(hostile, store.GetDocument("doc-1")!.Clauses[0].Text);
    }

    [Fact]
    public void Reopening_the_store_keeps_what_was_written()
    {
        using (var store = new SqliteGraphStore(_dir))
        {
            store.Save(Graph("doc-1", "a.txt", "h1", clauses: 2));
        }
        using var reopened = new SqliteGraphStore(_dir);
        Assert.Equal(2, reopened.GetDocument("doc-1")!.Clauses.Count);
    }

    internal static DocumentGraph Graph(string id, string source, string hash, int clauses)
    {
        var section = new Section { Id = id + ".s1", Ordinal = 0, Path = "1", Number = "一、", Heading = "主要任务", Role = Roles.Task, Kind = SectionKinds.Part };
        return new DocumentGraph
        {
            Document = new DocumentInfo
            {
                Id = id,
                Source = source,
                SourceKey = "/abs/" + source,
                ContentHash = hash,
                PipelineVersion = "test",
                Format = "txt",
                Script = "Hans",
                Title = "关于加快推进质量强市建设的实施意见",
                DocNumber = "呼政发〔2017〕3号",
                Year = 2017,
                Level = Levels.Prefecture,
                ClauseCount = clauses,
                IngestedAt = DateTimeOffset.UtcNow,
            },
            OriginalText = "一、主要任务\n" + string.Concat(Enumerable.Range(1, clauses).Select(i => $"({i})任务{i}。\n")),
            Sections = [section],
            Clauses = Enumerable.Range(1, clauses).Select(i => new Clause
            {
                Id = $"{id}.c1.{i}",
                SectionId = section.Id,
                Ordinal = i - 1,
                Path = $"1.{i}",
                Number = $"({i})",
                Role = Roles.Task,
                Text = $"({i})任务{i}。",
                SearchText = $"({i})任务{i}。",
                SourceStart = 7 + (i - 1) * 7,
                SourceEnd = 13 + (i - 1) * 7,
            }).ToList(),
        };
    }
}
