using Microsoft.Data.Sqlite;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Store;

using PolicyGraph.Testing;

namespace PolicyGraph.Core.Tests.Store;

/// <summary>What only the SQLite store does (the shared promises are in <see cref="GraphStoreContract"/>).</summary>
public sealed class SqliteGraphStoreTests : IDisposable
{
    private readonly TemporaryDirectory _temporary = new();

    private string _dir => _temporary.Path;

    public void Dispose() => _temporary.Dispose();

    /// <summary>
    /// A store written by the first schema (Store/Sql/001) is brought to this build's version when opened: the later steps
    /// run once, its documents are kept and queued for linking; a store newer than this build is refused, untouched.
    /// </summary>
    [Fact]
    public void An_older_store_is_migrated_step_by_step_and_a_newer_one_is_refused()
    {
        var path = Path.Combine(_dir, SqliteGraphStore.FileName);
        var first = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "src", "PolicyGraph.Core", "Store", "Sql", "001-graph.sql"));
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var cmd = connection.CreateCommand();
            cmd.CommandText = first + """
                INSERT INTO documents (id, source, source_key, content_hash, pipeline_version, format, script, clause_count, ingested_at, original_text)
                VALUES ('old-1', 'old.txt', 'old.txt', 'h0', 'ingest-1', 'txt', 'Hans', 0, '2020-01-01T00:00:00+00:00', '旧文本');
                """;
            cmd.ExecuteNonQuery();
        }
        using (var store = new SqliteGraphStore(_dir))
        {
            Assert.Equal("old-1", Assert.Single(store.ListDocuments()).Id);
            Assert.Equal(["old-1"], store.PendingLinks());
            Assert.Null(store.FindDocument("old-1")!.Prefecture);
        }
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var cmd = connection.CreateCommand();
            cmd.CommandText = "PRAGMA user_version";
            Assert.Equal(3L, cmd.ExecuteScalar());
            cmd.CommandText = "PRAGMA user_version = 99";
            cmd.ExecuteNonQuery();
        }
        var refused = Assert.Throws<InvalidOperationException>(() => new SqliteGraphStore(_dir));
        Assert.Contains("schema version 99, newer than this build's 3", refused.Message, StringComparison.Ordinal);
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
