using Microsoft.Data.Sqlite;

namespace PolicyGraph.Testing;

/// <summary>A data directory for one test, deleted afterwards (after SQLite lets go of its files).</summary>
public sealed class TemporaryDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("policygraph-test-").FullName;

    public override string ToString() => Path;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
