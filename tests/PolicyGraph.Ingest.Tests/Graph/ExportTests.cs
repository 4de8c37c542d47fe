using System.Diagnostics;
using System.Text.Json;
using System.Xml.Linq;
using PolicyGraph.Core.Citations;
using PolicyGraph.Core.Graph;
using PolicyGraph.Ingest.Tests.Linking;
using PolicyGraph.Tests;

namespace PolicyGraph.Ingest.Tests.Graph;

/// <summary>The export of samples/ and the corpus, read back: CSV as neo4j-admin reads it, GraphML with networkx.</summary>
public sealed class ExportTests(LinkingTests.Linked data) : IClassFixture<LinkingTests.Linked>, IDisposable
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
