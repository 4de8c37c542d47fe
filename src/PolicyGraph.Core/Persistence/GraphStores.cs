using PolicyGraph.Core.Store;
using PolicyGraph.Core.Store.Neo4j;

namespace PolicyGraph.Core.Persistence;

/// <summary>
/// Which graph store a process uses, decided in one place for the command line and the web host: Neo4j when
/// <c>POLICYGRAPH_NEO4J_URL</c> is set (with <c>_USER</c>, <c>_PASSWORD</c>, <c>_DATABASE</c>), else SQLite in
/// the data directory. The Lucene index lives in the data directory either way.
/// </summary>
public static class GraphStores
{
    public static IGraphStore Open(string dataDirectory) => Open(dataDirectory, Neo4jOptions.FromEnvironment());

    public static IGraphStore Open(string dataDirectory, Neo4jOptions? neo4j) =>
        neo4j is null ? new SqliteGraphStore(dataDirectory) : new Neo4jGraphStore(neo4j);

    /// <summary>What a log line or an error says the store is.</summary>
    public static string Describe(string dataDirectory, Neo4jOptions? neo4j) =>
        neo4j is null ? $"SQLite in {Path.Combine(dataDirectory, SqliteGraphStore.FileName)}" : $"Neo4j at {neo4j}";
}
