using PolicyGraph.Core.Persistence;
using PolicyGraph.Core.Store;
using PolicyGraph.Core.Tests.Store;
using PolicyGraph.Testing;

namespace PolicyGraph.Core.Tests.Persistence;

/// <summary>The data directory's layout is where its store, index and lock really are, and reading takes nothing.</summary>
public sealed class DataDirectoryTests : IDisposable
{
    private readonly TemporaryDirectory _temporary = new();

    public void Dispose() => _temporary.Dispose();

    [Fact]
    public void The_store_the_index_and_the_lock_are_where_the_layout_says()
    {
        var data = new DataDirectory(Path.Combine(_temporary.Path, "data"));
        using (var writer = data.LockForWriting("the test"))
        using (var store = data.OpenStore(neo4j: null))
        using (var index = data.OpenIndex())
        {
            var graph = StoreTestGraphs.Full("doc-a", "a.txt", "hash-a", clauses: 3);
            store.Save(graph);
            index.Replace(graph);
            index.Commit();
            Assert.IsType<SqliteGraphStore>(store);
            Assert.True(File.Exists(data.StoreFile), data.StoreFile);
            Assert.True(Directory.EnumerateFiles(data.IndexFolder, "segments*").Any(), data.IndexFolder);
            Assert.True(File.Exists(data.LockFile), data.LockFile);
            var second = Assert.Throws<DataDirectoryInUseException>(() => data.LockForWriting("a second writer"));
            Assert.Contains("the test", second.Message, StringComparison.Ordinal);
        }
        Assert.Equal($"SQLite in {data.StoreFile}", data.DescribeStore(neo4j: null));
    }

    [Fact]
    public void Reading_a_directory_without_an_index_creates_nothing()
    {
        var data = new DataDirectory(Path.Combine(_temporary.Path, "empty"));
        Directory.CreateDirectory(data.Path);
        using (var index = data.OpenIndexForReading())
        {
            Assert.Equal(0, index.Search(searcher => searcher.IndexReader.NumDocs));
        }
        Assert.Empty(Directory.EnumerateFileSystemEntries(data.Path));
    }
}
