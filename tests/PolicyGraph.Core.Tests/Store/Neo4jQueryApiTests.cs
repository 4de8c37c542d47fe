using PolicyGraph.Core.Graph;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Persistence;
using System.Text;
using System.Text.Json.Nodes;
using PolicyGraph.Core.Store;
using PolicyGraph.Core.Store.Neo4j;

namespace PolicyGraph.Core.Tests.Store;

/// <summary>
/// The requests the Neo4j store sends, checked against the Query API's documented shapes
/// (neo4j.com/docs/query-api: /db/{database}/query/v2, /tx, /tx/{id}, /tx/{id}/commit, DELETE to roll back,
/// <c>neo4j-cluster-affinity</c> echoed, <c>{"statement","parameters"}</c> bodies, <c>data.fields/values</c> and
/// <c>errors[].code/message</c> answers), with a recording stand-in for the server.
/// </summary>
public sealed class Neo4jQueryApiTests : IDisposable
{
    private static readonly Neo4jOptions Options = new(new Uri("http://graph.example:7474"), "policy", "neo4j", "s3cret");
    private readonly FakeQueryApi _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public void A_query_is_posted_with_its_parameters_to_the_databases_query_endpoint_and_its_rows_read()
    {
        const string statement = "MATCH (d:Document {id: $id}) RETURN d.title AS title, d.year AS year";
        _server.Answers[statement] = (["title", "year"], [["关于加快推进质量强市建设的实施意见", 2017L]]);
        using var client = new Neo4jQueryClient(Options, _server);

        var result = client.Run(statement, new Dictionary<string, object?> { ["id"] = "doc-1" });

        var request = Assert.Single(_server.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("/db/policy/query/v2", request.Path);
        Assert.Equal("application/json", request.Headers["accept"]);
        Assert.StartsWith("application/json", request.Headers["content-type"]);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:s3cret")), request.Headers["authorization"]);
        Assert.Equal(["statement", "parameters"], request.Body!.AsObject().Select(p => p.Key));
        Assert.Equal(statement, request.Statement);
        Assert.Equal("doc-1", request.Parameters!["id"]!.GetValue<string>());

        Assert.Equal(["title", "year"], result.Fields);
        var record = Assert.Single(result.Records);
        Assert.Equal("关于加快推进质量强市建设的实施意见", record["title"].GetString());
        Assert.Equal(2017, record["year"].GetInt32());
    }

    [Fact]
    public void A_database_name_is_escaped_into_the_path_and_no_credentials_means_no_authorization_header()
    {
        using var client = new Neo4jQueryClient(new Neo4jOptions(new Uri("https://x.databases.neo4j.io/"), "a b/c", null, null), _server);
        client.Run("RETURN 1 AS n");
        var request = Assert.Single(_server.Requests);
        Assert.Equal("/db/a%20b%2Fc/query/v2", request.Path);
        Assert.False(request.Headers.ContainsKey("authorization"));
    }

    [Fact]
    public void A_server_error_is_raised_with_its_neo4j_code_and_message()
    {
        _server.FailStatement = "links-pending";
        using var store = new Neo4jGraphStore(Options, _server);
        var error = Assert.Throws<Neo4jException>(() => store.PendingLinks());
        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code);
        Assert.Contains("already exists", error.Message);
    }

    [Fact]
    public void A_transaction_opens_runs_with_the_servers_affinity_and_commits_and_an_uncommitted_one_rolls_back()
    {
        using var client = new Neo4jQueryClient(Options, _server);
        using (var tx = client.Begin())
        {
            tx.Run("CREATE (d:Document {id: $id})", new Dictionary<string, object?> { ["id"] = "doc-1" });
            tx.Commit();
        }
        using (var tx = client.Begin())
        {
            tx.Run("CREATE (d:Document {id: $id})", new Dictionary<string, object?> { ["id"] = "doc-2" });
        }

        Assert.Equal(
        [
            ("POST", "/db/policy/query/v2/tx"), ("POST", "/db/policy/query/v2/tx/lyU"), ("POST", "/db/policy/query/v2/tx/lyU/commit"),
            ("POST", "/db/policy/query/v2/tx"), ("POST", "/db/policy/query/v2/tx/lyU"), ("DELETE", "/db/policy/query/v2/tx/lyU"),
        ], _server.Requests.Select(r => (r.Method.Method, r.Path)));
        Assert.Null(_server.Requests[0].Body);
        Assert.False(_server.Requests[0].Headers.ContainsKey(Neo4jQueryClient.AffinityHeader));
        Assert.All(_server.Requests.Where(r => r.Path.Contains("/tx/", StringComparison.Ordinal)), r => Assert.Equal(FakeQueryApi.Affinity, r.Headers[Neo4jQueryClient.AffinityHeader]));
        Assert.Equal("doc-1", _server.Requests[1].Parameters!["id"]!.GetValue<string>());
    }

    [Fact]
    public void Saving_a_document_writes_its_projection_label_by_label_in_one_transaction_with_text_only_in_parameters()
    {
        using var store = new Neo4jGraphStore(Options, _server);
        // Opening runs the schema: every statement of cypher/schema.cypher and cypher/store/schema.cypher, each on its own.
        var schema = CypherFiles.Statements("schema.cypher").Concat(CypherFiles.Statements("store/schema.cypher")).ToList();
        Assert.Equal(schema, _server.Requests.Select(r => r.Statement));
        Assert.All(_server.Requests, r => Assert.Equal("/db/policy/query/v2", r.Path));
        _server.Requests.Clear();

        const string hostile = "\"}) MATCH (n) DETACH DELETE n // '); DROP TABLE documents; --";
        var graph = StoreTestGraphs.Full("doc-1", "a.txt", "h1", clauses: 3);
        graph = graph with { Clauses = [graph.Clauses[0] with { Text = hostile }, .. graph.Clauses.Skip(1)] };
        store.Save(graph);

        // The document goes in one transaction: its projection, label by label and type by type, and its citations as written.
        var open = _server.Requests.FindIndex(r => r.Path == "/db/policy/query/v2/tx");
        var commit = _server.Requests.FindIndex(r => r.Path == "/db/policy/query/v2/tx/lyU/commit");
        Assert.True(open >= 0 && commit > open, string.Join("\n", _server.Requests.Select(r => r.Path)));
        var statements = _server.Requests.Skip(open + 1).Take(commit - open - 1).ToList();
        Assert.All(statements, r => Assert.Equal("/db/policy/query/v2/tx/lyU", r.Path));
        Assert.Equal(
        [
            "document-delete", "nodes-Document", "nodes-Section", "nodes-Clause", "nodes-Goal", "nodes-Task", "nodes-Indicator", "nodes-Department",
            "relationships-HAS_SECTION", "relationships-HAS_CLAUSE", "relationships-CITES", "relationships-IMPLEMENTS", "relationships-STATES",
            "relationships-MEASURED_BY", "relationships-LED_BY", "relationships-SUPPORTED_BY", "citations-create",
        ], statements.Select(r => FakeQueryApi.StoreStatementName(r.Statement)));
        // Reads before and after the transaction resolve citations; nothing else is written outside a transaction.
        string[] writes = ["nodes-", "relationships-", "-create", "-delete", "-clear"];
        Assert.All(_server.Requests.Where(r => r.Path == "/db/policy/query/v2"),
            r => Assert.False(writes.Any(w => (FakeQueryApi.StoreStatementName(r.Statement) ?? "").Contains(w, StringComparison.Ordinal)), r.Statement));
        Assert.All(_server.Requests, r => Assert.DoesNotContain("DETACH DELETE n //", r.Statement ?? "", StringComparison.Ordinal));
        var clauses = statements.Single(r => FakeQueryApi.StoreStatementName(r.Statement) == "nodes-Clause").Parameters!;
        Assert.Equal(hostile, clauses["rows"]![0]!["properties"]!["text"]!.GetValue<string>());
        Assert.Equal("doc-1", clauses["rows"]![0]!["properties"]!["docId"]!.GetValue<string>());
        // The nodes carry the projection's properties; what the store keeps besides travels apart.
        var documents = statements.Single(r => FakeQueryApi.StoreStatementName(r.Statement) == "nodes-Document").Parameters!["rows"]!.AsArray();
        var document = documents.Single(d => d!["properties"]!["id"]!.GetValue<string>() == "doc-1")!;
        Assert.Equal("document", document["properties"]!["kind"]!.GetValue<string>());
        Assert.Equal(graph.Document.Title, document["properties"]!["title"]!.GetValue<string>());
        Assert.Equal(graph.OriginalText, document["stored"]!["originalText"]!.GetValue<string>());
        Assert.False(document["properties"]!.AsObject().ContainsKey("published") && document["properties"]!["published"] is null, "nulls are left out (Neo4j stores no null properties)");
        // The documents it cites are there, as the registry knows them, with CITES or IMPLEMENTS as the citation says.
        Assert.Equal(["known", "known"], documents.Where(d => d!["properties"]!["id"]!.GetValue<string>() != "doc-1").Select(d => d!["properties"]!["kind"]!.GetValue<string>()));
        Assert.Contains(_server.Relationships, r => r is { Type: "IMPLEMENTS", Start: "doc-1", End: "guofa-2012-9" });
        Assert.Contains(_server.Relationships, r => r is { Type: "CITES", Start: "doc-1" } && _server.Nodes[r.End].Properties["title"]!.GetValue<string>() == StoreTestGraphs.CitedTitle);
    }

    [Fact]
    public void A_saved_document_reads_back_whole_through_the_answer_shapes()
    {
        using var store = new Neo4jGraphStore(Options, _server);
        var graph = StoreTestGraphs.Full("doc-1", "a.txt", "h1", clauses: 3);
        store.Save(graph);

        var read = store.GetDocument("doc-1")!;
        Assert.Equal(graph.Document, read.Document);
        Assert.Equal(graph.OriginalText, read.OriginalText);
        Assert.Equal(graph.Sections, read.Sections);
        Assert.Equal(graph.Clauses, read.Clauses);
        Assert.Equal(graph.Goals, read.Goals);
        Assert.Equal(graph.Indicators, read.Indicators);
        Assert.Equal(graph.Citations, read.Citations);
        Assert.Equal(graph.Tasks.SelectMany(t => t.Lead.Concat(t.Support)), read.Tasks.SelectMany(t => t.Lead.Concat(t.Support)));
        Assert.Equal("/db/policy/query/v2", _server.Requests[^1].Path);
        Assert.Equal("doc-1", _server.Requests[^1].Parameters!["id"]!.GetValue<string>());
    }

    [Fact]
    public void A_statement_failing_halfway_rolls_the_transaction_back_and_keeps_the_earlier_version()
    {
        using var store = new Neo4jGraphStore(Options, _server);
        store.Save(StoreTestGraphs.Full("doc-1", "a.txt", "h1", clauses: 2));
        _server.Requests.Clear();
        _server.FailStatement = "nodes-Clause";

        var error = Assert.Throws<Neo4jException>(() => store.Save(StoreTestGraphs.Full("doc-1", "a.txt", "h2", clauses: 3)));

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code);
        Assert.Equal(("DELETE", "/db/policy/query/v2/tx/lyU"), (_server.Requests[^1].Method.Method, _server.Requests[^1].Path));
        Assert.DoesNotContain(_server.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
        _server.FailStatement = null;
        Assert.Equal("h1", store.GetDocument("doc-1")!.Document.ContentHash);
    }

    [Fact]
    public void A_citation_follows_the_document_it_names_as_it_arrives_and_goes_and_the_database_holds_the_exports_graph_throughout()
    {
        using var store = new Neo4jGraphStore(Options, _server);
        var child = StoreTestGraphs.Full("child", "child.txt", "h1", clauses: 3);
        var parent = StoreTestGraphs.Full("parent", "parent.txt", "h1", clauses: 2);
        parent = parent with { Document = parent.Document with { DocNumber = StoreTestGraphs.CitedNumber }, Citations = [] };

        store.Save(child);
        AssertHoldsTheExportOf(child);
        Assert.Contains(_server.Relationships, r => r is { Start: "child", Type: "IMPLEMENTS", End: "guofa-2012-9" });

        // 国发〔2012〕9号 ingested: the child implements it, and it takes the registry's place among the generations.
        store.Save(parent);
        AssertHoldsTheExportOf(child, parent);
        Assert.Contains(_server.Relationships, r => r is { Start: "child", Type: "IMPLEMENTS", End: "parent" });
        Assert.Contains(_server.Relationships, r => r is { Start: "parent", Type: "SUCCEEDS", End: "guofa-1996-51" });
        Assert.False(_server.Nodes.ContainsKey("guofa-2012-9"));

        Assert.True(store.Delete("parent"));
        AssertHoldsTheExportOf(child);
        Assert.Contains(_server.Relationships, r => r is { Start: "child", Type: "IMPLEMENTS", End: "guofa-2012-9" });
    }

    /// <summary>The fake's database holds, node for node and relationship for relationship, what the export gives for these documents in a SQLite store.</summary>
    private void AssertHoldsTheExportOf(params DocumentGraph[] documents)
    {
        using var directory = new PolicyGraph.Testing.TemporaryDirectory();
        using var sqlite = new SqliteGraphStore(directory.Path);
        foreach (var document in documents)
        {
            sqlite.Save(document);
        }
        var export = new GraphProjection(sqlite, Core.Citations.DocumentRegistry.Instance).All();
        Assert.Equal(export.Nodes.Select(n => $"{n.Label} {n.Id}").Order(StringComparer.Ordinal), _server.Nodes.Select(n => $"{n.Value.Label} {n.Key}").Order(StringComparer.Ordinal));
        Assert.Equal(export.Relationships.Select(r => $"{r.StartId} {r.Type} {r.EndId}").Order(StringComparer.Ordinal),
            _server.Relationships.Select(r => $"{r.Start} {r.Type} {r.End}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_environment_chooses_the_store_and_a_bad_url_is_named()
    {
        Assert.Null(Neo4jOptions.From(_ => null));
        var options = Neo4jOptions.From(name => name == Neo4jOptions.UrlVariable ? "http://localhost:7474" : name == Neo4jOptions.PasswordVariable ? "s3cret" : null)!;
        Assert.Equal(("neo4j", "localhost"), (options.Database, options.Url.Host));
        Assert.DoesNotContain("s3cret", options.ToString());
        var error = Assert.Throws<ArgumentException>(() => Neo4jOptions.From(name => name == Neo4jOptions.UrlVariable ? "bolt://localhost:7687" : null));
        Assert.Contains(Neo4jOptions.UrlVariable, error.Message);

        using var directory = new PolicyGraph.Testing.TemporaryDirectory();
        using var sqlite = new DataDirectory(directory.Path).OpenStore(neo4j: null);
        Assert.IsType<SqliteGraphStore>(sqlite);
    }

    [Fact]
    public void Every_store_statement_file_holds_one_statement_and_every_one_is_used()
    {
        var files = CypherFiles.All().Where(p => p.StartsWith("store/", StringComparison.Ordinal) && p != "store/schema.cypher").ToList();
        Assert.True(files.Count >= 20, string.Join(", ", files));
        Assert.All(files, f => Assert.Single(CypherFiles.Statements(f)));
        var source = string.Concat(Directory.GetFiles(Path.Combine(PolicyGraph.Testing.RepositoryFiles.Root, "src", "PolicyGraph.Core", "Store", "Neo4j"), "*.cs").Select(File.ReadAllText));
        // The projection's statements are named after what they write: one per label and one per type of the model.
        var projection = NodeLabels.All.Select(l => $"store/nodes-{l}.cypher").Concat(RelationshipTypes.All.Select(t => $"store/relationships-{t}.cypher")).ToList();
        Assert.Equal(projection.Order(StringComparer.Ordinal), files.Where(f => f.StartsWith("store/nodes-", StringComparison.Ordinal) || f.StartsWith("store/relationships-", StringComparison.Ordinal)));
        Assert.All(files.Except(projection), f => Assert.Contains($"\"{f["store/".Length..^".cypher".Length]}\"", source));
    }
}
