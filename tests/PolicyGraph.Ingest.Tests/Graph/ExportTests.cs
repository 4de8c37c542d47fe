using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using PolicyGraph.Core.Citations;
using PolicyGraph.Core.Graph;
using PolicyGraph.Core.Store.Neo4j;
using PolicyGraph.Core.Tests.Store;
using PolicyGraph.Ingest.Tests.Linking;
using PolicyGraph.Testing;

namespace PolicyGraph.Ingest.Tests.Graph;

/// <summary>The export of samples/ and the corpus, read back: CSV as neo4j-admin reads it, GraphML with networkx.</summary>
[Collection(ReferenceCorpus.Name)]
public sealed partial class ExportTests(SamplesAndCorpus data) : IDisposable
{
    private readonly TemporaryDirectory _out = new();

    public void Dispose() => _out.Dispose();

    private ProjectedGraph Graph => new GraphProjection(data.Store, DocumentRegistry.Instance).All();

    [Fact]
    public void Node_ids_are_unique_every_relationship_joins_two_nodes_and_counts_equal_the_store()
    {
        var graph = Graph;
        Assert.Equal(graph.Nodes.Count, graph.Nodes.Select(n => n.Id).Distinct(StringComparer.Ordinal).Count());
        var ids = graph.Nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        Assert.All(graph.Relationships, r => Assert.True(ids.Contains(r.StartId) && ids.Contains(r.EndId), $"{r.Type} {r.StartId} → {r.EndId}"));

        var documents = data.Store.ListDocuments().Select(d => data.Store.GetDocument(d.Id)!).ToList();
        int Count(string label) => graph.Nodes.Count(n => n.Label == label);
        Assert.Equal(documents.Count, graph.Nodes.Count(n => n.Label == NodeLabels.Document && (string)n.Properties["kind"] == DocumentKinds.Document));
        Assert.Equal(documents.Sum(d => d.Sections.Count), Count(NodeLabels.Section));
        Assert.Equal(documents.Sum(d => d.Clauses.Count), Count(NodeLabels.Clause));
        Assert.Equal(documents.Sum(d => d.Goals.Count), Count(NodeLabels.Goal));
        Assert.Equal(documents.Sum(d => d.Tasks.Count), Count(NodeLabels.Task));
        Assert.Equal(documents.Sum(d => d.Indicators.Count), Count(NodeLabels.Indicator));
        var links = documents.Sum(d => data.Store.LinksFrom(d.Document.Id).Count(l => l.ChildDocId == d.Document.Id));
        Assert.Equal(links, graph.Relationships.Count(r => r.Type == RelationshipTypes.Implements && r.Properties.ContainsKey("score")));
        // Every clause hangs from its document, directly or through its sections.
        Assert.Equal(documents.Sum(d => d.Clauses.Count), graph.Relationships.Count(r => r.Type == RelationshipTypes.HasClause));
        // The four national generations, cited or not, succeed each other.
        Assert.Equal(3, graph.Relationships.Count(r => r.Type == RelationshipTypes.Succeeds));
    }

    [Fact]
    public void The_neo4j_csv_files_carry_import_headers_and_every_row_read_back()
    {
        var graph = Graph;
        var report = GraphExport.Write(graph, GraphExport.Neo4jCsv, _out.Path);
        Assert.Equal((graph.Nodes.Count, graph.Relationships.Count), (report.Nodes, report.Relationships));
        var nodes = new HashSet<string>(StringComparer.Ordinal);
        var relationships = 0;
        foreach (var file in report.Files)
        {
            var rows = ReadCsv(file);
            var header = rows[0];
            if (Path.GetFileName(file).StartsWith("nodes-", StringComparison.Ordinal))
            {
                Assert.Equal(["id:ID", ":LABEL"], header.Take(2));
                foreach (var row in rows.Skip(1))
                {
                    Assert.True(nodes.Add(row[0]), $"{row[0]} twice");
                    Assert.Equal(header.Length, row.Length);
                }
            }
            else
            {
                Assert.Equal([":START_ID", ":END_ID", ":TYPE"], header.Take(3));
                relationships += rows.Count - 1;
                Assert.All(rows.Skip(1), row => Assert.Equal(header.Length, row.Length));
            }
            Assert.All(header.Skip(2), h => Assert.Matches(@"^[A-Za-z]+(:(long|double|boolean))?$|^:TYPE$|^:END_ID$", h));
        }
        Assert.Equal(graph.Nodes.Count, nodes.Count);
        Assert.Equal(graph.Relationships.Count, relationships);
        var years = ReadCsv(Path.Combine(_out.Path, "nodes-Document.csv"));
        Assert.Contains("year:long", years[0]);
    }

    [Fact]
    public void The_GraphML_is_well_formed_and_networkx_reads_the_same_nodes_and_edges()
    {
        var graph = Graph;
        var file = Assert.Single(GraphExport.Write(graph, GraphExport.GraphMl, _out.Path).Files);
        var xml = XDocument.Load(file);
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        Assert.Equal(graph.Nodes.Count, xml.Descendants(ns + "node").Count());

        var script = """
            import json, sys
            import networkx as nx
            g = nx.read_graphml(sys.argv[1], force_multigraph=True)
            types = {}
            for _, _, data in g.edges(data=True):
                types[data["type"]] = types.get(data["type"], 0) + 1
            clause = next(n for n, d in g.nodes(data=True) if d.get("label") == "Clause")
            print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "directed": g.is_directed(),
                              "types": types, "ids": sorted(g.nodes()), "ordinal_type": type(g.nodes[clause]["ordinal"]).__name__}))
            """;
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(file);
        using var python = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        var output = python.StandardOutput.ReadToEnd();
        var error = python.StandardError.ReadToEnd();
        python.WaitForExit();
        Assert.True(python.ExitCode == 0, $"python3 with networkx failed (install python3-networkx: tools/install-test-deps.sh does):\n{error}");
        using var read = JsonDocument.Parse(output);
        var root = read.RootElement;
        Assert.Equal(graph.Nodes.Count, root.GetProperty("nodes").GetInt32());
        Assert.Equal(graph.Relationships.Count, root.GetProperty("edges").GetInt32());
        Assert.True(root.GetProperty("directed").GetBoolean());
        Assert.Equal(graph.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal), root.GetProperty("ids").EnumerateArray().Select(i => i.GetString()!));
        foreach (var type in graph.Relationships.GroupBy(r => r.Type))
        {
            Assert.Equal(type.Count(), root.GetProperty("types").GetProperty(type.Key).GetInt32());
        }
        Assert.Equal("int", root.GetProperty("ordinal_type").GetString());
    }

    [Fact]
    public void The_Neo4j_store_saving_the_same_documents_writes_the_exports_labels_types_properties_and_graph()
    {
        var export = Graph;
        using var server = new FakeQueryApi();
        using (var store = new Neo4jGraphStore(new Neo4jOptions(new Uri("http://graph.example:7474"), "neo4j", null, null), server))
        {
            var documents = data.Store.ListDocuments();
            foreach (var document in documents)
            {
                store.Save(data.Store.GetDocument(document.Id)!);
            }
            foreach (var document in documents)
            {
                store.ReplaceLinks(document.Id, data.Store.LinksFrom(document.Id).Where(l => l.ChildDocId == document.Id).ToList());
            }
        }

        // What the statements sent create, as their patterns name it and their rows give it.
        var labels = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var stored = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var created = new HashSet<string>(StringComparer.Ordinal);
        foreach (var request in server.Requests.Where(r => r.Statement is not null))
        {
            var statement = request.Statement!;
            var written = CreatedPattern().Matches(statement).SelectMany(m => m.Groups["name"].Captures.Select(c => c.Value)).ToList();
            created.UnionWith(written);
            if (written is [var name] && request.Parameters?["rows"] is JsonArray rows && rows.All(r => r?["properties"] is JsonObject))
            {
                (labels.TryGetValue(name, out var keys) ? keys : labels[name] = new HashSet<string>(StringComparer.Ordinal))
                    .UnionWith(rows.SelectMany(r => r!["properties"]!.AsObject().Select(p => p.Key)));
                (stored.TryGetValue(name, out var own) ? own : stored[name] = new HashSet<string>(StringComparer.Ordinal))
                    .UnionWith(rows.SelectMany(r => r!["stored"]!.AsObject().Select(p => p.Key)));
            }
        }
        var exported = export.Nodes.Select(n => (n.Label, Keys: n.Properties.Keys)).Concat(export.Relationships.Select(r => (Label: r.Type, Keys: r.Properties.Keys)))
            .GroupBy(x => x.Label, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(x => x.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        // Every label and type but CITES (samples/ and the corpus cite nothing without carrying it out; Neo4jQueryApiTests
        // writes one), so that nothing below holds for want of something to compare.
        Assert.Equal(NodeLabels.All.Concat(RelationshipTypes.All).Except([RelationshipTypes.Cites]).Order(StringComparer.Ordinal), exported.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(exported.Keys.Append(Neo4jGraphStore.CitationLabel).Append(Neo4jGraphStore.HasCitation).Order(StringComparer.Ordinal), created.Order(StringComparer.Ordinal));
        Assert.Equal(exported.Keys.Order(StringComparer.Ordinal), labels.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, keys) in exported)
        {
            Assert.Equal(keys, labels[name].Order(StringComparer.Ordinal));
            Assert.True(!stored[name].Overlaps(keys), $"{name}: the store's own {string.Join(", ", stored[name].Intersect(keys))} would stand in for the model's");
        }

        // And what the database holds in the end is the export's graph, node for node and relationship for relationship.
        Assert.Equal(export.Nodes.Select(n => $"{n.Label} {n.Id}").Order(StringComparer.Ordinal), server.Nodes.Select(n => $"{n.Value.Label} {n.Key}").Order(StringComparer.Ordinal));
        Assert.Equal(export.Relationships.Select(r => $"{r.StartId} {r.Type} {r.EndId}").Order(StringComparer.Ordinal),
            server.Relationships.Select(r => $"{r.Start} {r.Type} {r.End}").Order(StringComparer.Ordinal));
    }

    /// <summary>A label a statement MERGEs or CREATEs a node with, or a type it CREATEs a relationship with.</summary>
    [GeneratedRegex(@"(?:MERGE|CREATE)\s*\(\s*\w*\s*(?::\s*(?<name>\w+))?[^)]*\)(?:\s*-\[\s*\w*\s*:\s*(?<name>\w+)\s*\]->\s*\(\s*\w*\s*(?::\s*(?<name>\w+))?[^)]*\))?")]
    private static partial Regex CreatedPattern();

    /// <summary>RFC 4180 as neo4j-admin reads it: quoted fields with doubled quotes, an empty unquoted field for none.</summary>
    internal static List<string[]> ReadCsv(string path)
    {
        var rows = new List<string[]>();
        var text = File.ReadAllText(path);
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                rows.Add([.. fields]);
                fields.Clear();
            }
            else
            {
                field.Append(c);
            }
        }
        return rows;
    }
}
