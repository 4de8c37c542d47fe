using System.Globalization;
using PolicyGraph.Core.Graph;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Text;

namespace PolicyGraph.Core.Store.Neo4j;

/// <summary>
/// Writes part of the <see cref="GraphProjection"/> into Neo4j: each label's nodes and each type's relationships in
/// one parameterised batch (<c>cypher/store/nodes-LABEL.cypher</c>, <c>relationships-TYPE.cypher</c>), labels,
/// types and property names as the projection gives them, with what the store keeps besides kept apart
/// (<c>stored</c>) so that it never stands in for a property of the model.
/// </summary>
internal static class Neo4jGraphWriter
{
    private static readonly IReadOnlyDictionary<string, object> None = new Dictionary<string, object>();

    /// <summary>Nodes first (relationships find their ends by id), in the model's order of labels and types.</summary>
    public static void Write(Neo4jTransaction tx, ProjectedGraph graph, StoredProperties? stored = null)
    {
        foreach (var label in NodeLabels.All.Union(graph.Nodes.Select(n => n.Label), StringComparer.Ordinal))
        {
            var rows = graph.Nodes.Where(n => n.Label == label).Select(n => new Dictionary<string, object?>
            {
                ["properties"] = n.Properties, ["stored"] = stored?.Nodes.GetValueOrDefault(n.Id) ?? None,
            }).ToList();
            if (rows.Count > 0)
            {
                tx.Run(StoreStatements.Nodes(label), new Dictionary<string, object?> { ["rows"] = rows });
            }
        }
        foreach (var type in RelationshipTypes.All.Union(graph.Relationships.Select(r => r.Type), StringComparer.Ordinal))
        {
            var rows = graph.Relationships.Where(r => r.Type == type).Select(r => new Dictionary<string, object?>
            {
                ["start"] = r.StartId, ["end"] = r.EndId, ["properties"] = r.Properties, ["stored"] = stored?.Relationship(r) ?? None,
            }).ToList();
            if (rows.Count > 0)
            {
                tx.Run(StoreStatements.Relationships(type), new Dictionary<string, object?> { ["rows"] = rows });
            }
        }
    }
}

/// <summary>
/// What the store keeps on a document's nodes and relationships beyond the model's properties, to give the document
/// back whole: the ids parts hang from, offsets, order, the original text and keys on the document, and whether its
/// links are still to be drawn.
/// </summary>
internal sealed class StoredProperties
{
    private readonly Dictionary<(string Task, string Type, string Department), long> _departments = [];

    public StoredProperties(DocumentGraph graph)
    {
        var d = graph.Document;
        Nodes[d.Id] = GraphProjection.Properties(
            ("sourceKey", d.SourceKey), ("contentHash", d.ContentHash), ("pipelineVersion", d.PipelineVersion), ("format", d.Format),
            ("documentTitle", d.Title), ("attachmentTitle", d.AttachmentTitle), ("evidence", EvidenceJson.Write(d.Evidence)),
            ("ingestedAt", d.IngestedAt.ToString("O", CultureInfo.InvariantCulture)), ("originalText", graph.OriginalText),
            ("titleKey", d.Title is null ? null : TitleKey.Of(d.Title)), ("attachmentKey", d.AttachmentTitle is null ? null : TitleKey.Of(d.AttachmentTitle)),
            ("linksPending", true));
        foreach (var s in graph.Sections)
        {
            Nodes[s.Id] = GraphProjection.Properties(("parentId", s.ParentId));
        }
        foreach (var c in graph.Clauses)
        {
            Nodes[c.Id] = GraphProjection.Properties(("sectionId", c.SectionId), ("leadId", c.LeadId), ("sourceStart", c.SourceStart),
                ("sourceEnd", c.SourceEnd), ("facetFromHeading", c.FacetFromHeading));
        }
        foreach (var (g, i) in graph.Goals.Select((g, i) => (g, i)))
        {
            Nodes[g.Id] = GraphProjection.Properties(("clauseId", g.ClauseId), ("ordinal", i));
        }
        foreach (var (t, i) in graph.Tasks.Select((t, i) => (t, i)))
        {
            Nodes[t.Id] = GraphProjection.Properties(("clauseId", t.ClauseId), ("ordinal", i));
            foreach (var (departments, type) in new[] { (t.Lead, RelationshipTypes.LedBy), (t.Support, RelationshipTypes.SupportedBy) })
            {
                foreach (var (department, n) in departments.Select((x, n) => (x, n)))
                {
                    _departments.TryAdd((t.Id, type, GraphProjection.DepartmentId(department)), n);
                }
            }
        }
        foreach (var (x, i) in graph.Indicators.Select((x, i) => (x, i)))
        {
            Nodes[x.Id] = GraphProjection.Properties(("clauseId", x.ClauseId), ("goalId", x.GoalId), ("start", x.Start), ("end", x.End), ("ordinal", i));
        }
    }

    /// <summary>By node id.</summary>
    public Dictionary<string, Dictionary<string, object>> Nodes { get; } = new(StringComparer.Ordinal);

    /// <summary>A task's departments keep the order the task names them in: <c>ordinal</c> on LED_BY and SUPPORTED_BY.</summary>
    public IReadOnlyDictionary<string, object> Relationship(GraphRelationship r) =>
        _departments.TryGetValue((r.StartId, r.Type, r.EndId), out var ordinal) ? GraphProjection.Properties(("ordinal", ordinal)) : new Dictionary<string, object>();
}
