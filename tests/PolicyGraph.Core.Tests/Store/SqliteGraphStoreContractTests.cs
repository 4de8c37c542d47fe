using PolicyGraph.Core.Store;
using PolicyGraph.Testing;

namespace PolicyGraph.Core.Tests.Store;

/// <summary>The store contract on the embedded SQLite store (every run).</summary>
public sealed class SqliteGraphStoreContractTests : GraphStoreContract
{
    private readonly TemporaryDirectory _directory = new();

    protected override IGraphStore Open() => new SqliteGraphStore(_directory.Path);

    public override void Dispose()
    {
        base.Dispose();
        _directory.Dispose();
    }
}
