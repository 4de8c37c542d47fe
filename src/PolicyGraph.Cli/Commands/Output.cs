using PolicyGraph.Core.Persistence;
using PolicyGraph.Core.Contract;
using PolicyGraph.Core.Search;
using PolicyGraph.Core.Store;

namespace PolicyGraph.Cli.Commands;

/// <summary>Where a verb writes: JSON or tables on stdout, progress and errors on stderr.</summary>
internal static class Output
{
    public static void WriteJson<T>(T value) => Console.Out.WriteLine(ContractJson.Serialize(value));

    public static int Fail(string message)
    {
        Console.Error.WriteLine($"policygraph: {message}");
        return 1;
    }

    /// <summary>The data directory's writer lock, or null (and the reason on stderr) when another process writes to it.</summary>
    public static DataDirectoryLock? TryLock(string dataDirectory, string purpose)
    {
        try
        {
            return new DataDirectory(dataDirectory).LockForWriting(purpose);
        }
        catch (DataDirectoryInUseException e)
        {
            Fail(e.Message);
            return null;
        }
    }

    /// <summary>Runs a verb against the store and the index in the data directory.</summary>
    public static int WithData(string dataDirectory, Func<IGraphStore, ClauseIndex, int> verb) =>
        WithStore(dataDirectory, store =>
        {
            using var index = new DataDirectory(dataDirectory).OpenIndex();
            return verb(store, index);
        });

    /// <summary>
    /// Runs a read-only verb (search, similar) against the store and the index's last commit: it takes no lock and never
    /// writes the index. An index out of step with the store (an ingest interrupted, or running now) is said on stderr;
    /// the next ingest brings it back in step.
    /// </summary>
    public static int WithDataReadOnly(string dataDirectory, Func<IGraphStore, ClauseIndex, int> verb) =>
        WithStore(dataDirectory, store =>
        {
            using var index = new DataDirectory(dataDirectory).OpenIndexForReading();
            if (index.DocumentsOutOfStep(store) is > 0 and var behind)
            {
                Console.Error.WriteLine($"policygraph: the index is out of step with the store on {behind} document(s) (an ingest interrupted or under way); answering from the index as it is — `policygraph ingest` brings it back in step");
            }
            return verb(store, index);
        });

    private static Core.Store.Neo4j.Neo4jOptions? SafeNeo4jOptions()
    {
        try
        {
            return Core.Store.Neo4j.Neo4jOptions.FromEnvironment();
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Runs a verb against the data directory's store (<see cref="DataDirectory.OpenStore()"/>); a store that cannot open is a fatal error.</summary>
    public static int WithStore(string dataDirectory, Func<IGraphStore, int> verb)
    {
        var data = new DataDirectory(dataDirectory);
        IGraphStore store;
        try
        {
            store = data.OpenStore();
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException or InvalidOperationException
                                      or ArgumentException or HttpRequestException or Core.Store.Neo4j.Neo4jException)
        {
            return Fail($"cannot open the store ({data.DescribeStore(SafeNeo4jOptions())}): {e.Message}");
        }
        using (store)
        {
            return verb(store);
        }
    }
}
