using PolicyGraph.Core.Citations;
using PolicyGraph.Core.Linking;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Store;

namespace PolicyGraph.Core.Queries;

/// <summary>The node a lineage is about: a document (ingested, known or cited-only) or a clause.</summary>
public sealed record LineageNode(string Id, string Kind, string? Title)
{
    /// <summary>For a clause: its document, outline path and original text.</summary>
    public string? DocId { get; init; }

    public string? Path { get; init; }

    public string? Text { get; init; }
}

/// <summary>
/// One edge of a lineage. contract.md's fields first; then <see cref="Depth"/> (1 for a direct parent or child) and
/// <see cref="Via"/> (the node one step nearer), and for clauses the document, path, text and the link's evidence.
/// </summary>
public sealed record LineageLink(string Id, string Kind, string? Title, string? Number, string Relation, double? Score, bool Resolved)
{
    public int Depth { get; init; } = 1;

    public string? Via { get; init; }

    public string? DocId { get; init; }

    public string? Path { get; init; }

    public string? Text { get; init; }

    public string? Evidence { get; init; }

    /// <summary>Between documents: how many clause links join them (null when either side is not ingested).</summary>
    public int? ClauseLinks { get; init; }
}

/// <summary>
/// contract.md's <c>lineage</c>: a node, what it cites, implements or succeeds, and what cites, implements or
/// succeeds it, up to a depth. <see cref="Siblings"/> are the nodes that implement the same parent as this one
/// (inferred clause links, drawn when the parent's text is not ingested).
/// </summary>
public sealed record Lineage(LineageNode Node, IReadOnlyList<LineageLink> Parents, IReadOnlyList<LineageLink> Children)
{
    public IReadOnlyList<LineageLink> Siblings { get; init; } = [];
}

/// <summary>Relations of lineage beyond a citation's CITES and IMPLEMENTS.</summary>
public static class LineageRelations
{
    /// <summary>A national document and the one it replaced (1996 → 2012 → 2017 → 2023, domain.md §1).</summary>
    public const string Succeeds = "SUCCEEDS";

    /// <summary>Two nodes that implement the same parent.</summary>
    public const string Sibling = "SIBLING";
}

/// <summary>Walks the citation graph (documents) or the clause links (clauses) up and down from a node.</summary>
public sealed class LineageService(IGraphStore store, DocumentRegistry registry)
{
    public const int MaxDepth = 5;

    private readonly CitationResolver _resolver = new(store, registry);

    /// <summary>The lineage of a document or clause id, <paramref name="depth"/> steps each way; null when there is no such node.</summary>
    public Lineage? Of(string id, int depth = 1)
    {
        if (depth is < 1 or > MaxDepth)
        {
            throw new ArgumentOutOfRangeException(nameof(depth), depth, $"depth must be between 1 and {MaxDepth}");
        }
        if (_resolver.Node(id) is { } node)
        {
            return OfDocument(node, depth);
        }
        return store.FindClause(id) is { } clause ? OfClause(clause.Clause, clause.Document, depth) : null;
    }

    private Lineage OfDocument(CitedNode node, int depth)
    {
        var links = node.Target.Kind == DocumentKinds.Document ? store.LinksFrom(node.Target.Id) : [];
        var parents = Walk(node, depth, Parents);
        var children = Walk(node, depth, Children);
        foreach (var list in new[] { parents, children })
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i].Depth == 1 && list[i].Kind == DocumentKinds.Document && node.Target.Kind == DocumentKinds.Document)
                {
                    var count = ReferenceEquals(list, parents)
                        ? links.Count(l => !l.Inferred && l.ParentDocId == list[i].Id)
                        : store.LinksFrom(list[i].Id).Count(l => !l.Inferred && l.ParentDocId == node.Target.Id);
                    list[i] = list[i] with { ClauseLinks = count };
                }
            }
        }
        var siblings = new List<LineageLink>();
        if (node.Target.Kind == DocumentKinds.Document)
        {
            var inferred = links.Where(l => l.Inferred).Concat(store.LinksTo(node.Target.Id).Where(l => l.Inferred && l.ParentDocId == node.Target.Id))
                .Select(l => (Other: l.ChildDocId == node.Target.Id ? l.ParentDocId : l.ChildDocId, l.Score, Pair: (l.ChildClauseId, l.ParentClauseId)));
            var mine = store.GetDocument(node.Target.Id);
            foreach (var group in inferred.GroupBy(x => x.Other))
            {
                if (store.GetDocument(group.Key) is not { } other)
                {
                    continue;
                }
                var shared = mine is null ? null : _resolver.ResolveAll(mine).Select(r => r.Target.Id).Intersect(_resolver.ResolveAll(other).Select(r => r.Target.Id)).FirstOrDefault();
                siblings.Add(new LineageLink(other.Document.Id, DocumentKinds.Document, other.Document.Label, other.Document.DocNumber, LineageRelations.Sibling,
                    Math.Round(group.Max(x => x.Score), 4), true) { Via = shared, ClauseLinks = group.Select(x => x.Pair).Distinct().Count() });
            }
        }
        var title = node.Target.Kind == DocumentKinds.Cited ? node.Target.Title ?? node.Target.Number : node.Target.Title;
        return new Lineage(new LineageNode(node.Target.Id, node.Target.Kind, title), parents, children)
        {
            Siblings = siblings.OrderByDescending(s => s.ClauseLinks).ThenBy(s => s.Id, StringComparer.Ordinal).ToList(),
        };
    }

    /// <summary>Breadth first from a node, each node once, at the depth it is first reached.</summary>
    private static List<LineageLink> Walk(CitedNode start, int depth, Func<CitedNode, IEnumerable<(CitedNode Node, LineageLink Link)>> step)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { start.Target.Id };
        var result = new List<LineageLink>();
        var frontier = new List<CitedNode> { start };
        for (var d = 1; d <= depth && frontier.Count > 0; d++)
        {
            var next = new List<CitedNode>();
            foreach (var from in frontier)
            {
                foreach (var (node, link) in step(from))
                {
                    if (seen.Add(node.Target.Id))
                    {
                        result.Add(link with { Depth = d, Via = d == 1 ? null : from.Target.Id });
                        next.Add(node);
                    }
                }
            }
            frontier = next;
        }
        return result;
    }

    /// <summary>What a document cites or implements, then the national document it succeeds.</summary>
    private IEnumerable<(CitedNode, LineageLink)> Parents(CitedNode node)
    {
        if (node.Target.Kind == DocumentKinds.Document && store.GetDocument(node.Target.Id) is { } graph)
        {
            foreach (var r in _resolver.ResolveAll(graph))
            {
                if (_resolver.Node(r.Target.Id) is { } parent)
                {
                    yield return (parent, new LineageLink(r.Target.Id, r.Target.Kind, r.Target.Title, r.Target.Number, r.Relation, null, r.Target.Resolved));
                }
            }
        }
        if (node.Known?.Succeeds is { } previousId && registry.ById(previousId) is { } previous &&
            _resolver.Node(_resolver.Resolve(previous.Number, previous.Title, node.Target.Id).Id) is { } predecessor)
        {
            yield return (predecessor, Link(predecessor, LineageRelations.Succeeds));
        }
    }

    /// <summary>The documents that cite or implement a node, then the national document that succeeds it.</summary>
    private IEnumerable<(CitedNode, LineageLink)> Children(CitedNode node)
    {
        foreach (var (document, relation) in _resolver.Citing(node))
        {
            if (_resolver.Node(document.Id) is { } child)
            {
                yield return (child, new LineageLink(document.Id, DocumentKinds.Document, document.Label, document.DocNumber, relation, null, true));
            }
        }
        if (node.Known is { } known)
        {
            foreach (var next in registry.Documents.Where(d => d.Succeeds == known.Id))
            {
                if (_resolver.Node(_resolver.Resolve(next.Number, next.Title, node.Target.Id).Id) is { } successor)
                {
                    yield return (successor, Link(successor, LineageRelations.Succeeds));
                }
            }
        }
    }

    private static LineageLink Link(CitedNode node, string relation) =>
        new(node.Target.Id, node.Target.Kind, node.Target.Title, node.Target.Number, relation, null, node.Target.Resolved);

    private Lineage OfClause(Clause clause, DocumentInfo document, int depth)
    {
        var parents = WalkClauses(clause.Id, depth, id => store.LinksFrom(id).Where(l => l.ChildClauseId == id && !l.Inferred).Select(l => (l.ParentClauseId, l)));
        var children = WalkClauses(clause.Id, depth, id => store.LinksTo(id).Where(l => l.ParentClauseId == id && !l.Inferred).Select(l => (l.ChildClauseId, l)));
        var siblings = store.LinksFrom(clause.Id).Where(l => l.ChildClauseId == clause.Id && l.Inferred).Select(l => (l.ParentClauseId, l))
            .Concat(store.LinksTo(clause.Id).Where(l => l.ParentClauseId == clause.Id && l.Inferred).Select(l => (l.ChildClauseId, l)))
            .GroupBy(x => x.Item1).Select(g => g.MaxBy(x => x.l.Score))
            .Select(x => ClauseLink(x.Item1, x.l, LineageRelations.Sibling, 1, null)).OfType<LineageLink>()
            .OrderByDescending(l => l.Score).ToList();
        return new Lineage(new LineageNode(clause.Id, "clause", $"{document.Label} {clause.Path}") { DocId = document.Id, Path = clause.Path, Text = clause.Text },
            parents, children) { Siblings = siblings };
    }

    private List<LineageLink> WalkClauses(string start, int depth, Func<string, IEnumerable<(string Other, ClauseLink Link)>> step)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var result = new List<LineageLink>();
        var frontier = new List<string> { start };
        for (var d = 1; d <= depth && frontier.Count > 0; d++)
        {
            var next = new List<string>();
            foreach (var from in frontier)
            {
                foreach (var (other, link) in step(from).OrderByDescending(x => x.Link.Score))
                {
                    if (seen.Add(other) && ClauseLink(other, link, Relations.Implements, d, d == 1 ? null : from) is { } item)
                    {
                        result.Add(item);
                        next.Add(other);
                    }
                }
            }
            frontier = next;
        }
        return result;
    }

    private LineageLink? ClauseLink(string clauseId, ClauseLink link, string relation, int depth, string? via) =>
        store.FindClause(clauseId) is { } found
            ? new LineageLink(clauseId, "clause", $"{found.Document.Label} {found.Clause.Path}", found.Document.DocNumber, relation, link.Score, true)
            {
                Depth = depth, Via = via, DocId = found.Document.Id, Path = found.Clause.Path, Text = found.Clause.Text, Evidence = link.Evidence,
            }
            : null;
}
