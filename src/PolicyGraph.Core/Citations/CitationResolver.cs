using PolicyGraph.Core.Text;
using System.Security.Cryptography;
using System.Text;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Store;

namespace PolicyGraph.Core.Citations;

/// <summary>Kinds of document node: ingested, known from the registry, or known only by being cited.</summary>
public static class DocumentKinds
{
    public const string Document = "document";
    public const string Known = "known";
    public const string Cited = "cited";
}

/// <summary>The document a citation names.</summary>
public sealed record CitationTarget(string Id, string Kind, string? Number, string? Title, string? Level, int? Year)
{
    /// <summary>False for a document known only by its citation (contract.md's <c>resolved</c>).</summary>
    public bool Resolved => Kind != DocumentKinds.Cited;
}

/// <summary>A node that citations reach, with the title keys its citers may use and its registry entry, if any.</summary>
public sealed record CitedNode(CitationTarget Target, IReadOnlyList<string> TitleKeys, KnownDocument? Known);

/// <summary>A citation with the document it reaches and the relation it carries.</summary>
public sealed record ResolvedCitation(Citation Citation, CitationTarget Target, string Relation);

/// <summary>
/// Resolves a citation to an ingested document (by number, else by title), else to a document of the registry,
/// else to a cited-only node whose id is derived from what the citation says — so that every document citing
/// 内政发〔2015〕92号, under either of its titles, reaches the same node. Resolution happens when read, so a
/// parent ingested after its children is found by them.
/// </summary>
public sealed class CitationResolver(IGraphStore store, DocumentRegistry registry)
{
    public CitationTarget Resolve(string? number, string? title, string? citingDocumentId = null)
    {
        var titleKey = title is null ? null : TitleKey.Of(title);
        var known = (number is null ? null : registry.ByNumber(number)) ?? (titleKey is null ? null : registry.ByTitleKey(titleKey));
        var ingested = (number is null ? [] : store.FindByNumber(number))
            .Concat(titleKey is null ? [] : store.FindByTitleKey(titleKey))
            .Concat(known?.Number is { } knownNumber && knownNumber != number ? store.FindByNumber(knownNumber) : [])
            .FirstOrDefault(d => d.Id != citingDocumentId);
        if (ingested is not null)
        {
            return new CitationTarget(ingested.Id, DocumentKinds.Document, ingested.DocNumber, ingested.Label, ingested.Level, ingested.Year);
        }
        if (known is not null)
        {
            return new CitationTarget(known.Id, DocumentKinds.Known, known.Number, known.Title, known.Level, known.Year);
        }
        return new CitationTarget(CitedId(number, titleKey), DocumentKinds.Cited, number, title, null,
            number is not null && DocumentNumber.TryParse(number, out var n) ? n.Year : null);
    }

    /// <summary>
    /// The documents a document cites, once each: mentions that reach one target (a number and two titles of
    /// 内政发〔2015〕92号) are one citation, IMPLEMENTS when any mention implements it, shown as first written.
    /// </summary>
    public IReadOnlyList<ResolvedCitation> ResolveAll(DocumentGraph graph)
    {
        var resolved = new List<ResolvedCitation>();
        foreach (var citation in graph.Citations)
        {
            var target = Resolve(citation.Number, citation.Title, graph.Document.Id);
            var existing = resolved.FindIndex(r => r.Target.Id == target.Id);
            if (existing < 0)
            {
                resolved.Add(new ResolvedCitation(citation, target, citation.Relation));
            }
            else if (citation.Relation == Relations.Implements)
            {
                resolved[existing] = resolved[existing] with { Relation = Relations.Implements };
            }
        }
        return resolved;
    }

    /// <summary>
    /// A node of the citation graph by id — an ingested document, a known one, or one known only by being cited —
    /// with the title keys its citers may use; null when no such node exists.
    /// </summary>
    public CitedNode? Node(string id)
    {
        id = DocumentId(id);
        if (store.FindDocument(id) is { } d)
        {
            var known = Known(d);
            var keys = new[] { d.Title, d.AttachmentTitle }.OfType<string>()
                .Concat(known is null ? [] : known.Aliases.Prepend(known.Title))
                .Select(TitleKey.Of).Distinct(StringComparer.Ordinal).ToList();
            return new CitedNode(new CitationTarget(d.Id, DocumentKinds.Document, d.DocNumber ?? known?.Number, d.Label, d.Level, d.Year), keys, known);
        }
        if (registry.ById(id) is { } entry)
        {
            return new CitedNode(new CitationTarget(entry.Id, DocumentKinds.Known, entry.Number, entry.Title, entry.Level, entry.Year),
                entry.Aliases.Prepend(entry.Title).Select(TitleKey.Of).Distinct(StringComparer.Ordinal).ToList(), entry);
        }
        foreach (var (number, title) in store.CitedKeys())
        {
            var key = title is null ? null : TitleKey.Of(title);
            if (CitedId(number, key) == id)
            {
                return new CitedNode(new CitationTarget(id, DocumentKinds.Cited, number, title ?? number, null,
                    number is not null && DocumentNumber.TryParse(number, out var n) ? n.Year : null), key is null ? [] : [key], null);
            }
        }
        return null;
    }

    /// <summary>
    /// The node an id stands for: a registry id (<c>quality-power-outline-2023</c>) whose document's own text has been
    /// ingested stands for that ingested document — its clauses are the national clauses local ones implement; any
    /// other id stands for itself.
    /// </summary>
    public string DocumentId(string id)
    {
        if (registry.ById(id) is not { } entry)
        {
            return id;
        }
        var target = Resolve(entry.Number, entry.Title);
        return target.Kind == DocumentKinds.Document && store.FindDocument(target.Id) is { } ingested && Known(ingested)?.Id == entry.Id ? target.Id : id;
    }

    /// <summary>The registry's entry for an ingested document (a national 纲要 ingested in full), if it has one.</summary>
    public KnownDocument? Known(DocumentInfo document) =>
        (document.DocNumber is { } number ? registry.ByNumber(number) : null)
        ?? new[] { document.Title, document.AttachmentTitle }.OfType<string>().Select(t => registry.ByTitleKey(TitleKey.Of(t))).FirstOrDefault(k => k is not null);

    /// <summary>
    /// The ingested documents whose citations reach <paramref name="node"/>, once each, with IMPLEMENTS when any of
    /// their mentions implements it. A citation by title may name another document with a similar title: only those
    /// that resolve to the node count.
    /// </summary>
    public IReadOnlyList<(DocumentInfo Document, string Relation)> Citing(CitedNode node)
    {
        var citing = new List<(DocumentInfo, string)>();
        foreach (var group in store.FindCitations(node.Target.Number, node.TitleKeys).GroupBy(c => c.DocumentId))
        {
            if (group.Key == node.Target.Id)
            {
                continue;
            }
            var reaching = group.Where(c => Resolve(c.Citation.Number, c.Citation.Title, group.Key).Id == node.Target.Id).ToList();
            if (reaching.Count > 0 && store.FindDocument(group.Key) is { } document)
            {
                citing.Add((document, reaching.Any(c => c.Citation.Relation == Relations.Implements) ? Relations.Implements : Relations.Cites));
            }
        }
        return citing;
    }

    /// <summary>A cited-only node's id, from its number or else its title key: stable and URL-safe.</summary>
    public static string CitedId(string? number, string? titleKey) =>
        "cited-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(number ?? titleKey ?? string.Empty)))[..12];
}
