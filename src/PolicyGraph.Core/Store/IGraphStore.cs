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

    /// <summary>Writes a document's graph, replacing the document with the same id or source key.</summary>
    void Save(DocumentGraph graph);

    IReadOnlyList<DocumentInfo> ListDocuments();

    DocumentGraph? GetDocument(string id);

    bool Delete(string id);
}
