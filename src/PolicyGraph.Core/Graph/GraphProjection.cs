using System.Security.Cryptography;
using System.Text;
using PolicyGraph.Core.Citations;
using PolicyGraph.Core.Linking;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Store;

namespace PolicyGraph.Core.Graph;

/// <summary>A node of the property graph: a stable id, its labels, and properties (string, long, double or bool; nulls left out).</summary>
public sealed record GraphNode(string Id, string Label, IReadOnlyDictionary<string, object> Properties);

/// <summary>A relationship of the property graph, from <see cref="StartId"/> to <see cref="EndId"/>.</summary>
public sealed record GraphRelationship(string StartId, string EndId, string Type, IReadOnlyDictionary<string, object> Properties);

/// <summary>Nodes (each id once) and relationships (each endpoint among the nodes).</summary>
public sealed record ProjectedGraph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphRelationship> Relationships)
{
    /// <summary>Graphs as one, in order: a node in more than one (a department two tasks name, a document cited twice) once, as first given.</summary>
    public static ProjectedGraph Union(params ProjectedGraph[] parts) => new(
        parts.SelectMany(p => p.Nodes).GroupBy(n => n.Id, StringComparer.Ordinal).Select(g => g.First()).ToList(),
        parts.SelectMany(p => p.Relationships).ToList());
}

/// <summary>The graph model's labels (architecture.md), in one place for the export, the Neo4j store and cypher/.</summary>
public static class NodeLabels
{
    public const string Document = "Document";
    public const string Section = "Section";
    public const string Clause = "Clause";
    public const string Goal = "Goal";
    public const string Task = "Task";
    public const string Indicator = "Indicator";
    public const string Department = "Department";

    public static readonly IReadOnlyList<string> All = [Document, Section, Clause, Goal, Task, Indicator, Department];
}

/// <summary>The graph model's relationship types.</summary>
public static class RelationshipTypes
{
    public const string HasSection = "HAS_SECTION";
    public const string HasClause = "HAS_CLAUSE";
    public const string Cites = "CITES";
    public const string Implements = "IMPLEMENTS";
    public const string Succeeds = "SUCCEEDS";
    public const string States = "STATES";
    public const string MeasuredBy = "MEASURED_BY";
    public const string LedBy = "LED_BY";
    public const string SupportedBy = "SUPPORTED_BY";

    public static readonly IReadOnlyList<string> All = [HasSection, HasClause, Cites, Implements, Succeeds, States, MeasuredBy, LedBy, SupportedBy];
}

/// <summary>
/// The store as a property graph (architecture.md's model): documents — ingested, known from the registry, or known
/// only by a citation (property <c>kind</c>) — with their sections, clauses, goals, tasks, indicators and the
/// departments tasks name; CITES / IMPLEMENTS between documents as their citations resolve, SUCCEEDS between the
/// national generations, IMPLEMENTS between clauses with score, evidence and <c>inferred</c>. The export, the
/// Neo4j store and cypher/ all read the graph through this one mapping.
/// </summary>
public sealed class GraphProjection(IGraphStore store, DocumentRegistry registry)
{
    private readonly CitationResolver _resolver = new(store, registry);

    /// <summary>Every document in the store, every document they cite, and the national generations.</summary>
    public ProjectedGraph All()
    {
        var nodes = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        var relationships = new List<GraphRelationship>();
        foreach (var info in store.ListDocuments())
        {
            if (store.GetDocument(info.Id) is not { } graph)
            {
                continue;
            }
            var part = OfDocument(graph);
            foreach (var node in part.Nodes)
            {
                // A known or cited document node arrives once per citing document; an ingested one wins over both.
                if (!nodes.TryGetValue(node.Id, out var existing) || (Kind(existing) != DocumentKinds.Document && Kind(node) == DocumentKinds.Document))
                {
                    nodes[node.Id] = node;
                }
            }
            relationships.AddRange(part.Relationships);
        }
        var generations = Generations();
        foreach (var node in generations.Nodes)
        {
            nodes.TryAdd(node.Id, node);
        }
        relationships.AddRange(generations.Relationships);
        return new ProjectedGraph(nodes.Values.ToList(), relationships.Where(r => nodes.ContainsKey(r.StartId) && nodes.ContainsKey(r.EndId)).ToList());
    }

    /// <summary>One ingested document: its parts, the documents it cites, and the links drawn from its clauses.</summary>
    public ProjectedGraph OfDocument(DocumentGraph graph) => ProjectedGraph.Union(Parts(graph), Citations(graph), Links(graph));

    /// <summary>A document as it was ingested: itself, its sections, clauses, goals, indicators and tasks, and the departments tasks name.</summary>
    public static ProjectedGraph Parts(DocumentGraph graph)
    {
        var d = graph.Document;
        var nodes = new List<GraphNode>
        {
            new(d.Id, NodeLabels.Document, DocumentProperties(d)),
        };
        var relationships = new List<GraphRelationship>();
        foreach (var s in graph.Sections)
        {
            nodes.Add(new GraphNode(s.Id, NodeLabels.Section, SectionProperties(d.Id, s)));
            relationships.Add(new GraphRelationship(s.ParentId ?? d.Id, s.Id, RelationshipTypes.HasSection, Properties(("ordinal", s.Ordinal))));
        }
        foreach (var c in graph.Clauses)
        {
            nodes.Add(new GraphNode(c.Id, NodeLabels.Clause, ClauseProperties(d.Id, c)));
            relationships.Add(new GraphRelationship(c.SectionId ?? d.Id, c.Id, RelationshipTypes.HasClause, Properties(("ordinal", c.Ordinal))));
        }
        foreach (var g in graph.Goals)
        {
            nodes.Add(new GraphNode(g.Id, NodeLabels.Goal, GoalProperties(d.Id, g)));
            relationships.Add(new GraphRelationship(g.ClauseId, g.Id, RelationshipTypes.States, Empty));
        }
        foreach (var i in graph.Indicators)
        {
            nodes.Add(new GraphNode(i.Id, NodeLabels.Indicator, IndicatorProperties(d.Id, i)));
            relationships.Add(new GraphRelationship(i.ClauseId, i.Id, RelationshipTypes.States, Empty));
            if (i.GoalId is not null)
            {
                relationships.Add(new GraphRelationship(i.GoalId, i.Id, RelationshipTypes.MeasuredBy, Empty));
            }
        }
        foreach (var t in graph.Tasks)
        {
            nodes.Add(new GraphNode(t.Id, NodeLabels.Task, TaskProperties(d.Id, t)));
            relationships.Add(new GraphRelationship(t.ClauseId, t.Id, RelationshipTypes.States, Empty));
            foreach (var (departments, type) in new[] { (t.Lead, RelationshipTypes.LedBy), (t.Support, RelationshipTypes.SupportedBy) })
            {
                foreach (var dep in departments)
                {
                    var id = DepartmentId(dep);
                    nodes.Add(new GraphNode(id, NodeLabels.Department, DepartmentProperties(dep)));
                    relationships.Add(new GraphRelationship(t.Id, id, type, Properties(("asWritten", dep.Name))));
                }
            }
        }
        return ProjectedGraph.Union(new ProjectedGraph(nodes, relationships));
    }

    /// <summary>
    /// The documents a document cites, as they resolve now: CITES or IMPLEMENTS to each, with the citation as
    /// written, and a node for each that is known from the registry or only from the citation.
    /// </summary>
    public ProjectedGraph Citations(DocumentGraph graph)
    {
        var d = graph.Document;
        var nodes = new List<GraphNode>();
        var relationships = new List<GraphRelationship>();
        foreach (var cited in _resolver.ResolveAll(graph))
        {
            var target = cited.Target;
            if (target.Kind != DocumentKinds.Document)
            {
                nodes.Add(KnownNode(target));
            }
            else if (target.Id == d.Id)
            {
                continue;
            }
            relationships.Add(new GraphRelationship(d.Id, target.Id, cited.Relation, Properties(("raw", cited.Citation.Raw))));
        }
        return new ProjectedGraph(nodes, relationships);
    }

    /// <summary>The links the store holds from a document's clauses, as IMPLEMENTS between clauses.</summary>
    public ProjectedGraph Links(DocumentGraph graph)
    {
        var clauses = graph.Clauses.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        return new ProjectedGraph([], store.LinksFrom(graph.Document.Id).Where(l => clauses.Contains(l.ChildClauseId)).Select(Link).ToList());
    }

    /// <summary>A clause link as the graph holds it: child clause IMPLEMENTS parent clause, with score, evidence and <c>inferred</c>.</summary>
    public static GraphRelationship Link(ClauseLink link) => new(link.ChildClauseId, link.ParentClauseId, RelationshipTypes.Implements,
        Properties(("score", link.Score), ("evidence", link.Evidence), ("inferred", link.Inferred)));

    /// <summary>
    /// The national generations (1996 → 2012 → 2017 → 2023), whole, cited or not: a node for each national document
    /// not ingested, and SUCCEEDS from each to the one before (ends that are ingested documents are theirs).
    /// </summary>
    public ProjectedGraph Generations()
    {
        var resolved = new Dictionary<string, CitationTarget>(StringComparer.Ordinal);
        CitationTarget Resolve(KnownDocument known) =>
            resolved.TryGetValue(known.Id, out var target) ? target : resolved[known.Id] = _resolver.Resolve(known.Number, known.Title);
        var nodes = registry.Documents.Where(k => k.Level == Levels.National).Select(Resolve)
            .Where(t => t.Kind != DocumentKinds.Document).Select(KnownNode).ToList();
        var relationships = registry.Documents.Where(k => k.Succeeds is not null)
            .Select(k => new GraphRelationship(Resolve(k).Id, Resolve(registry.ById(k.Succeeds!)!).Id, RelationshipTypes.Succeeds, Empty))
            .ToList();
        return new ProjectedGraph(nodes, relationships);
    }

    // Each label's properties, named once: the export writes them and the Neo4j store stores them (with what it
    // needs besides to give a document back whole), so cypher/queries reads the same names from either.

    public static Dictionary<string, object> DocumentProperties(DocumentInfo d) => Properties(
        ("id", d.Id), ("kind", DocumentKinds.Document), ("title", d.Label), ("docNumber", d.DocNumber), ("issuer", d.Issuer),
        ("date", d.Date), ("published", d.Published), ("year", d.Year), ("level", d.Level), ("province", d.Province), ("region", d.Region),
        ("prefecture", d.Prefecture), ("docType", d.DocType), ("source", d.Source), ("script", d.Script), ("clauseCount", d.ClauseCount));

    public static Dictionary<string, object> SectionProperties(string docId, Section s) => Properties(
        ("id", s.Id), ("docId", docId), ("path", s.Path), ("number", s.Number), ("heading", s.Heading), ("role", s.Role), ("kind", s.Kind), ("ordinal", s.Ordinal));

    public static Dictionary<string, object> ClauseProperties(string docId, Clause c) => Properties(
        ("id", c.Id), ("docId", docId), ("path", c.Path), ("number", c.Number), ("heading", c.Heading), ("role", c.Role),
        ("facet", c.Facet), ("text", c.Text), ("searchText", c.SearchText), ("ordinal", c.Ordinal));

    public static Dictionary<string, object> GoalProperties(string docId, Goal g) => Properties(("id", g.Id), ("docId", docId), ("title", g.Title));

    public static Dictionary<string, object> TaskProperties(string docId, PolicyTask t) => Properties(("id", t.Id), ("docId", docId), ("title", t.Title));

    public static Dictionary<string, object> IndicatorProperties(string docId, Indicator i) => Properties(
        ("id", i.Id), ("docId", docId), ("name", i.Name), ("comparator", i.Comparator), ("value", i.Value), ("unit", i.Unit), ("year", i.Year), ("kind", i.Kind), ("text", i.Text));

    public static Dictionary<string, object> DepartmentProperties(DepartmentRef dep) => Properties(
        ("id", DepartmentId(dep)), ("name", dep.Canonical), ("function", dep.Function), ("jurisdiction", dep.Jurisdiction));

    /// <summary>A document the graph knows without its text: from the registry, or only from a citation.</summary>
    private static GraphNode KnownNode(CitationTarget target) => new(target.Id, NodeLabels.Document, Properties(
        ("id", target.Id), ("kind", target.Kind), ("title", target.Title), ("docNumber", target.Number), ("level", target.Level), ("year", target.Year)));

    /// <summary>A department's id: its full name in its jurisdiction, hashed to a stable, URL-safe id.</summary>
    public static string DepartmentId(DepartmentRef department) =>
        "dept-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(department.Canonical + "\u001f" + department.Jurisdiction)))[..16];

    private static string? Kind(GraphNode node) => node.Properties.GetValueOrDefault("kind") as string;

    private static readonly IReadOnlyDictionary<string, object> Empty = new Dictionary<string, object>();

    /// <summary>A property map without nulls, ints widened to long (Cypher's INTEGER).</summary>
    public static Dictionary<string, object> Properties(params (string Name, object? Value)[] values)
    {
        var properties = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            switch (value)
            {
                case null:
                    break;
                case int i:
                    properties[name] = (long)i;
                    break;
                default:
                    properties[name] = value;
                    break;
            }
        }
        return properties;
    }
}
