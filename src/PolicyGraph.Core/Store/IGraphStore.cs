using PolicyGraph.Core.Model;

namespace PolicyGraph.Core.Store;

/// <summary>
/// The graph store (architecture.md): SQLite embedded by default. A document is written whole, in one
/// transaction, replacing any earlier version of the same source; readers never see half a document.
/// </summary>
public interface IGraphStore : IDisposable
{
    /// <summary>The stored document for a source key, without its parts; null when none.</summary>
    DocumentInfo? FindBySourceKey(string sourceKey);

    /// <summary>Writes a document's graph, replacing the document with the same id or source key, and marks its links pending.</summary>
    void Save(DocumentGraph graph);

    IReadOnlyList<DocumentInfo> ListDocuments();

    /// <summary>A document's metadata without its parts; null when there is none with this id.</summary>
    DocumentInfo? FindDocument(string id);

    DocumentGraph? GetDocument(string id);

    bool Delete(string id);

    /// <summary>Documents whose number is <paramref name="number"/> (normalised form).</summary>
    IReadOnlyList<DocumentInfo> FindByNumber(string number);

    /// <summary>Documents whose title or attachment title has this <see cref="Core.Text.TitleKey"/>.</summary>
    IReadOnlyList<DocumentInfo> FindByTitleKey(string titleKey);

    /// <summary>Citations, with the citing document's id, that name this number or one of these title keys.</summary>
    IReadOnlyList<(string DocumentId, Citation Citation)> FindCitations(string? number, IReadOnlyCollection<string> titleKeys);

    /// <summary>
    /// Replaces the clause links drawn from a document's clauses (to its parents and siblings), in one transaction,
    /// and takes the document off <see cref="PendingLinks"/>.
    /// </summary>
    void ReplaceLinks(string childDocumentId, IReadOnlyList<Linking.ClauseLink> links);

    /// <summary>Documents saved since their links were last drawn (an interrupted run leaves them here for the next).</summary>
    IReadOnlyList<string> PendingLinks();

    /// <summary>Marks documents' links as to be drawn again (those a batch's documents affect), before drawing them.</summary>
    void MarkLinksPending(IEnumerable<string> documentIds);

    /// <summary>Links whose child clause is in the document (or is the clause), or whose parent clause is.</summary>
    IReadOnlyList<Linking.ClauseLink> LinksFrom(string documentOrClauseId);

    IReadOnlyList<Linking.ClauseLink> LinksTo(string documentOrClauseId);

    /// <summary>A clause with its document, or null.</summary>
    (Clause Clause, DocumentInfo Document)? FindClause(string clauseId);

    /// <summary>Documents stating an indicator whose name contains <paramref name="name"/> or is contained in it (search view).</summary>
    IReadOnlyList<string> DocumentsWithIndicator(string name);

    /// <summary>Every distinct (number, title) that some document cites: the cited-only documents among them have no other record.</summary>
    IReadOnlyList<(string? Number, string? Title)> CitedKeys();
}
