using System.Text.Json;
using PolicyGraph.Core.Store;
using PolicyGraph.Core.Store.Neo4j;

namespace PolicyGraph.Core.Tests.Store;

/// <summary>
/// The store contract on a live Neo4j server, when <c>POLICYGRAPH_NEO4J_URL</c> (and _USER, _PASSWORD, _DATABASE)
/// name one. No server can be installed on the build machines: then every test here is reported skipped, saying
/// so. The tests touch only documents whose ids carry their own prefix, and delete them afterwards.
/// </summary>
public sealed class Neo4jGraphStoreContractTests : GraphStoreContract, IRequiresServer
{
    public static string? SkipReason => Neo4jOptions.FromEnvironment() is null
        ? $"NOT RUN: no Neo4j server — set {Neo4jOptions.UrlVariable} (and {Neo4jOptions.UserVariable}, {Neo4jOptions.PasswordVariable}) to run the store contract against one"
        : null;

    protected override IGraphStore Open() => new Neo4jGraphStore(Neo4jOptions.FromEnvironment()!);

    /// <summary>Read from the server: the relationships leaving the document or a part of it (docId), with their ends' labels; its citations as written left out.</summary>
    protected override (IReadOnlyList<string> Nodes, IReadOnlyList<string> Relationships)? Held(string documentId)
    {
        const string statement = """
            MATCH (a)-[r]->(b)
            WHERE (a.id = $id OR a.docId = $id) AND NOT b:Citation
            RETURN a.id AS start, labels(a) AS startLabels, type(r) AS type, b.id AS end, labels(b) AS endLabels
            """;
        using var client = new Neo4jQueryClient(Neo4jOptions.FromEnvironment()!);
        var records = client.Run(statement, new Dictionary<string, object?> { ["id"] = documentId }).Records.ToList();
        string Node(JsonElement labels, JsonElement id) => $"{string.Join(':', labels.EnumerateArray().Select(l => l.GetString()))} {id.GetString()}";
        return (
            records.SelectMany(r => new[] { Node(r["startLabels"], r["start"]), Node(r["endLabels"], r["end"]) }).Distinct(StringComparer.Ordinal).ToList(),
            records.Select(r => $"{r["start"].GetString()} {r["type"].GetString()} {r["end"].GetString()}").ToList());
    }
}
