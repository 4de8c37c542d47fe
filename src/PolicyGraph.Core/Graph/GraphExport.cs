using System.Globalization;
using System.Text;
using System.Xml;

namespace PolicyGraph.Core.Graph;

/// <summary>What an export wrote.</summary>
public sealed record ExportReport(IReadOnlyList<string> Files, int Nodes, int Relationships);

/// <summary>
/// Writes a <see cref="ProjectedGraph"/> for other tools: <c>neo4j-csv</c> in the format of
/// <c>neo4j-admin database import full</c> (one node file per label with <c>id:ID</c> and <c>:LABEL</c>, one
/// relationship file per type with <c>:START_ID</c>, <c>:END_ID</c>, <c>:TYPE</c>, typed property columns such as
/// <c>year:long</c>; every label and type of the model, an unused one as a header alone), which
/// cypher/import.cypher also reads with LOAD CSV; and <c>graphml</c> (GraphML 1.0, typed
/// <c>key</c> declarations, a directed graph).
/// </summary>
public static class GraphExport
{
    public const string Neo4jCsv = "neo4j-csv";
    public const string GraphMl = "graphml";

    public static readonly IReadOnlyList<string> Formats = [Neo4jCsv, GraphMl];

    public static ExportReport Write(ProjectedGraph graph, string format, string directory)
    {
        Directory.CreateDirectory(directory);
        return format switch
        {
            Neo4jCsv => WriteCsv(graph, directory),
            GraphMl => WriteGraphMl(graph, directory),
            _ => throw new ArgumentException($"unknown export format '{format}' (use {string.Join(" or ", Formats)})", nameof(format)),
        };
    }

    /// <summary>The neo4j-admin type of a property: <c>long</c>, <c>double</c>, <c>boolean</c> or (no suffix) string.</summary>
    public static string? TypeOf(object value) => value switch
    {
        long => "long",
        double => "double",
        bool => "boolean",
        _ => null,
    };

    private static ExportReport WriteCsv(ProjectedGraph graph, string directory)
    {
        var files = new List<string>();
        // A file for every label and type of the model, empty ones too (header only): cypher/import.cypher reads
        // them all, and LOAD CSV fails on a file that is not there (a corpus without plain CITES has none).
        var nodes = graph.Nodes.ToLookup(n => n.Label, StringComparer.Ordinal);
        foreach (var label in NodeLabels.All.Union(nodes.Select(g => g.Key), StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var group = nodes[label];
            var columns = Columns(group.Select(n => n.Properties)).Where(c => c.Name != "id").ToList();
            var path = Path.Combine(directory, $"nodes-{label}.csv");
            WriteCsvFile(path, ["id:ID", ":LABEL", .. columns.Select(Header)],
                group.OrderBy(n => n.Id, StringComparer.Ordinal).Select(n => (IEnumerable<string?>)[n.Id, n.Label, .. columns.Select(c => Value(n.Properties, c))]));
            files.Add(path);
        }
        var relationships = graph.Relationships.ToLookup(r => r.Type, StringComparer.Ordinal);
        foreach (var type in RelationshipTypes.All.Union(relationships.Select(g => g.Key), StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var group = relationships[type];
            var columns = Columns(group.Select(r => r.Properties)).ToList();
            var path = Path.Combine(directory, $"relationships-{type}.csv");
            WriteCsvFile(path, [":START_ID", ":END_ID", ":TYPE", .. columns.Select(Header)],
                group.Select(r => (IEnumerable<string?>)[r.StartId, r.EndId, r.Type, .. columns.Select(c => Value(r.Properties, c))]));
            files.Add(path);
        }
        return new ExportReport(files, graph.Nodes.Count, graph.Relationships.Count);
    }

    /// <summary>Property names with their type; a property whose values disagree in type (never, by construction) is written as a string.</summary>
    private static List<(string Name, string? Type)> Columns(IEnumerable<IReadOnlyDictionary<string, object>> properties)
    {
        var types = new Dictionary<string, HashSet<string?>>(StringComparer.Ordinal);
        foreach (var p in properties)
        {
            foreach (var (name, value) in p)
            {
                (types.TryGetValue(name, out var set) ? set : types[name] = []).Add(TypeOf(value));
            }
        }
        return types.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => (t.Key, t.Value.Count == 1 ? t.Value.Single() : null)).ToList();
    }

    private static string Header((string Name, string? Type) column) => column.Type is null ? column.Name : $"{column.Name}:{column.Type}";

    private static string? Value(IReadOnlyDictionary<string, object> properties, (string Name, string? Type) column) =>
        properties.TryGetValue(column.Name, out var value) ? Format(value) : null;

    private static string Format(object value) => value switch
    {
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>RFC 4180: every field quoted, quotes doubled; an absent value is an empty unquoted field (null in Neo4j).</summary>
    private static void WriteCsvFile(string path, IEnumerable<string> header, IEnumerable<IEnumerable<string?>> rows)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        writer.NewLine = "\n";
        writer.WriteLine(string.Join(',', header.Select(Quote)));
        foreach (var row in rows)
        {
            writer.WriteLine(string.Join(',', row.Select(v => v is null ? "" : Quote(v))));
        }
    }

    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static ExportReport WriteGraphMl(ProjectedGraph graph, string directory)
    {
        var path = Path.Combine(directory, "policygraph.graphml");
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), CheckCharacters = true };
        using (var xml = XmlWriter.Create(path, settings))
        {
            const string ns = "http://graphml.graphdrawing.org/xmlns";
            xml.WriteStartDocument();
            xml.WriteStartElement("graphml", ns);
            var nodeKeys = Columns(graph.Nodes.Select(n => n.Properties)).Prepend(("label", null)).ToList();
            var edgeKeys = Columns(graph.Relationships.Select(r => r.Properties)).Prepend(("type", null)).ToList();
            foreach (var (keys, target, prefix) in new[] { (nodeKeys, "node", "n_"), (edgeKeys, "edge", "e_") })
            {
                foreach (var (name, type) in keys)
                {
                    xml.WriteStartElement("key", ns);
                    xml.WriteAttributeString("id", prefix + name);
                    xml.WriteAttributeString("for", target);
                    xml.WriteAttributeString("attr.name", name);
                    xml.WriteAttributeString("attr.type", type switch { "long" => "long", "double" => "double", "boolean" => "boolean", _ => "string" });
                    xml.WriteEndElement();
                }
            }
            xml.WriteStartElement("graph", ns);
            xml.WriteAttributeString("id", "policygraph");
            xml.WriteAttributeString("edgedefault", "directed");
            foreach (var node in graph.Nodes.OrderBy(n => n.Id, StringComparer.Ordinal))
            {
                xml.WriteStartElement("node", ns);
                xml.WriteAttributeString("id", node.Id);
                Data(xml, ns, "n_label", node.Label);
                foreach (var (name, value) in node.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    Data(xml, ns, "n_" + name, Format(value));
                }
                xml.WriteEndElement();
            }
            var e = 0;
            foreach (var r in graph.Relationships)
            {
                xml.WriteStartElement("edge", ns);
                xml.WriteAttributeString("id", "e" + (e++).ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("source", r.StartId);
                xml.WriteAttributeString("target", r.EndId);
                Data(xml, ns, "e_type", r.Type);
                foreach (var (name, value) in r.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    Data(xml, ns, "e_" + name, Format(value));
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return new ExportReport([path], graph.Nodes.Count, graph.Relationships.Count);
    }

    /// <summary>A data element; characters XML 1.0 cannot carry (control characters from a damaged document) are dropped.</summary>
    private static void Data(XmlWriter xml, string ns, string key, string value)
    {
        xml.WriteStartElement("data", ns);
        xml.WriteAttributeString("key", key);
        var kept = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (i + 1 < value.Length && XmlConvert.IsXmlSurrogatePair(value[i + 1], value[i]))
            {
                kept.Append(value, i++, 2);
            }
            else if (XmlConvert.IsXmlChar(value[i]))
            {
                kept.Append(value[i]);
            }
        }
        xml.WriteString(kept.ToString());
        xml.WriteEndElement();
    }
}
