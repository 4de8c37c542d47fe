using PolicyGraph.Core.Citations;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Store;

namespace PolicyGraph.Core.Queries;

public sealed record LineageNode(string Id, string Kind, string? Title);

public sealed record LineageLink(string Id, string Kind, string? Title, string? Number, string Relation, double? Score, bool Resolved);

/// <summary>contract.md's <c>lineage</c>: a node, the documents it cites or implements, and those that cite or implement it.</summary>
public sealed record Lineage(LineageNode Node, IReadOnlyList<LineageLink> Parents, IReadOnlyList<LineageLink> Children);

/// <summary>Walks the citation graph one step up and down from a document, a known document or a cited-only one.</summary>
public sealed class LineageService(IGraphStore store, DocumentRegistry registry)
{
    private readonly CitationResolver _resolver = new(store, registry);

    public Lineage? Of(string id)
    {
        if (store.GetDocument(id) is { } graph)
        {
            var d = graph.Document;
            var parents = _resolver.ResolveAll(graph)
                .Select(r => new LineageLink(r.Target.Id, r.Target.Kind, r.Target.Title, r.Target.Number, r.Relation, null, r.Target.Resolved))
                .ToList();
            var keys = new[] { d.Title, d.AttachmentTitle }.OfType<string>().Select(TitleKey.Of).ToList();
            return new Lineage(new LineageNode(d.Id, DocumentKinds.Document, d.Label), parents, Children(id, d.DocNumber, keys));
        }
        if (registry.ById(id) is { } known)
        {
            var keys = known.Aliases.Prepend(known.Title).Select(TitleKey.Of).ToList();
            return new Lineage(new LineageNode(known.Id, DocumentKinds.Known, known.Title), [], Children(id, known.Number, keys));
        }
        foreach (var (number, title) in store.CitedKeys())
        {
            var key = title is null ? null : TitleKey.Of(title);
            if (CitationResolver.CitedId(number, key) == id)
            {
                return new Lineage(new LineageNode(id, DocumentKinds.Cited, title ?? number), [], Children(id, number, key is null ? [] : [key]));
            }
        }
        return null;
    }

    /// <summary>Documents whose citations resolve to <paramref name="id"/>, once each.</summary>
    private List<LineageLink> Children(string id, string? number, IReadOnlyCollection<string> titleKeys)
    {
        var children = new List<LineageLink>();
        foreach (var group in store.FindCitations(number, titleKeys).GroupBy(c => c.DocumentId))
        {
            if (group.Key == id)
            {
                continue;
            }
            // A citation by title may name another document with a similar title: keep those that resolve here.
            var reaching = group.Where(c => _resolver.Resolve(c.Citation.Number, c.Citation.Title, group.Key).Id == id).ToList();
            if (reaching.Count == 0 || store.GetDocument(group.Key)?.Document is not { } child)
            {
                continue;
            }
            var relation = reaching.Any(c => c.Citation.Relation == Relations.Implements) ? Relations.Implements : Relations.Cites;
            children.Add(new LineageLink(child.Id, DocumentKinds.Document, child.Label, child.DocNumber, relation, null, true));
        }
        return children;
    }
}
