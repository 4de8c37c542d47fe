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

    /// <summary>A cited-only node's id, from its number or else its title key: stable and URL-safe.</summary>
    public static string CitedId(string? number, string? titleKey) =>
        "cited-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(number ?? titleKey ?? string.Empty)))[..12];
}
