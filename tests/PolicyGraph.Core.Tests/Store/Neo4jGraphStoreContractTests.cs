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
}
