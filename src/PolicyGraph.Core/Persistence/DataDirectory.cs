using PolicyGraph.Core.Search;
using PolicyGraph.Core.Store;
using PolicyGraph.Core.Store.Neo4j;

namespace PolicyGraph.Core.Persistence;

/// <summary>
/// A data directory, the one place that knows its layout and how a process uses it: the embedded store
/// (<c>policygraph.db</c>), the search index (<c>index/</c>), the writer lock (<c>policygraph.lock</c>); which graph
/// store a process opens — Neo4j when <c>POLICYGRAPH_NEO4J_URL</c> is set (with <c>_USER</c>, <c>_PASSWORD</c>,
/// <c>_DATABASE</c>), else SQLite here, the index here either way —; the index opened for writing (the lock's holder)
/// or for reading (no lock, never written); backup and restore.
/// The command line and the web host open their data through it.
/// </summary>
public sealed class DataDirectory(string path)
{
    public string Path { get; } = path;

    public string StoreFile => System.IO.Path.Combine(Path, SqliteGraphStore.FileName);

    public string IndexFolder => System.IO.Path.Combine(Path, ClauseIndex.FolderName);

    public string LockFile => System.IO.Path.Combine(Path, DataDirectoryLock.FileName);

    /// <summary>Takes the one writer's lock for <paramref name="purpose"/>, or says who holds it.</summary>
    /// <exception cref="DataDirectoryInUseException">another process writes to the directory.</exception>
    public DataDirectoryLock LockForWriting(string purpose) => DataDirectoryLock.Acquire(Path, purpose);

    public IGraphStore OpenStore() => OpenStore(Neo4jOptions.FromEnvironment());

    public IGraphStore OpenStore(Neo4jOptions? neo4j) => neo4j is null ? new SqliteGraphStore(Path) : new Neo4jGraphStore(neo4j);

    /// <summary>What a log line or an error says the store is.</summary>
    public string DescribeStore(Neo4jOptions? neo4j) => neo4j is null ? $"SQLite in {StoreFile}" : $"Neo4j at {neo4j}";

    /// <summary>The index for the lock's holder: written by ingest, created when absent.</summary>
    public ClauseIndex OpenIndex() => new(Path);

    /// <summary>The index's last commit for a read-only verb: no lock taken, nothing written (<see cref="ClauseIndex.OpenReadOnly"/>).</summary>
    public ClauseIndex OpenIndexForReading() => ClauseIndex.OpenReadOnly(Path);

    /// <summary>Backs the store and the index up into <paramref name="outFile"/> (<see cref="DataBackup"/>).</summary>
    public BackupManifest Backup(string outFile) => DataBackup.Create(Path, outFile);

    /// <summary>Restores <paramref name="backupFile"/> here, checked whole first (<see cref="DataBackup"/>).</summary>
    public (BackupManifest Manifest, int Reindexed, int Removed) Restore(string backupFile, bool replace) => DataBackup.Restore(backupFile, Path, replace);
}
