using PolicyGraph.Core.Citations;
using PolicyGraph.Core.Graph;
using PolicyGraph.Core.Linking;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Text;

namespace PolicyGraph.Core.Store.Neo4j;

/// <summary>
/// The graph store in Neo4j, over its HTTP Query API. What the graph model defines is written from
/// <see cref="GraphProjection"/>, the mapping the export uses: the same labels, relationship types and property
/// names, document-level CITES and IMPLEMENTS to the documents cited (ingested, known from the registry or known only
/// by the citation), SUCCEEDS between the national generations, so <c>cypher/queries</c> answer on a database this
/// store fills as on an imported export. Besides, each node keeps what the store needs to give a document back whole
/// (<see cref="StoredProperties"/>), and citations as written are <c>:Citation</c> nodes, resolved again when the
/// documents they may name change. A document is written in one explicit transaction: readers never see half of it,
/// and a failed write leaves the earlier version. Every statement is a file in <c>cypher/store</c>.
/// </summary>
public sealed class Neo4jGraphStore : IGraphStore
{
    /// <summary>The store's one label beyond the model's: citations as written (cypher/store/citations-create.cypher).</summary>
    public const string CitationLabel = "Citation";

    /// <summary>(:Document)-[:HAS_CITATION]->(:Citation).</summary>
    public const string HasCitation = "HAS_CITATION";

    private readonly Neo4jQueryClient _client;
    private readonly GraphProjection _projection;
    private readonly CitationResolver _resolver;
    private readonly Lock _gate = new();

    public Neo4jGraphStore(Neo4jOptions options, HttpMessageHandler? handler = null, DocumentRegistry? registry = null)
    {
        _client = new Neo4jQueryClient(options, handler);
        _projection = new GraphProjection(this, registry ?? DocumentRegistry.Instance);
        _resolver = new CitationResolver(this, registry ?? DocumentRegistry.Instance);
        foreach (var statement in CypherFiles.Statements("schema.cypher").Concat(CypherFiles.Statements("store/schema.cypher")))
        {
            _client.Run(statement);
        }
    }

    private static string Q(string name) => StoreStatements.Get(name);

    /// <summary>
    /// The document's projection — itself, its parts and departments, CITES and IMPLEMENTS to what it cites as they
    /// resolve now — and its citations as written, in one transaction. Then the documents whose citations reached
    /// its earlier version or reach it now are resolved again (their CITES and IMPLEMENTS went with the node it replaces).
    /// </summary>
    public void Save(DocumentGraph graph)
    {
        graph = graph with { Document = graph.Document with { ClauseCount = graph.Clauses.Count } };
        var d = graph.Document;
        lock (_gate)
        {
            var citing = CitingInGraph(d.Id);
            var projected = ProjectedGraph.Union(GraphProjection.Parts(graph), _projection.Citations(graph));
            using (var tx = _client.Begin())
            {
                tx.Run(Q("document-delete"), new Dictionary<string, object?> { ["id"] = d.Id, ["sourceKey"] = d.SourceKey });
                Neo4jGraphWriter.Write(tx, projected, new StoredProperties(graph));
                tx.Run(Q("citations-create"), new Dictionary<string, object?>
                {
                    ["docId"] = d.Id,
                    ["rows"] = graph.Citations.Select((c, i) => GraphProjection.Properties(
                        ("id", c.Id), ("clauseId", c.ClauseId), ("raw", c.Raw), ("number", c.Number), ("title", c.Title),
                        ("titleKey", c.Title is null ? null : TitleKey.Of(c.Title)), ("relation", c.Relation), ("ordinal", i))).ToList(),
                });
                tx.Commit();
            }
            Resolve(citing.Concat(CitingNow(d.Id)).Where(id => id != d.Id));
        }
    }

    /// <summary>
    /// Writes again, in one transaction, the CITES and IMPLEMENTS of documents whose citations may resolve otherwise
    /// now, and the national generations; then the known and cited-only documents nothing reaches any more go.
    /// </summary>
    private void Resolve(IEnumerable<string> documentIds)
    {
        var citations = documentIds.Distinct(StringComparer.Ordinal).Select(GetDocument).OfType<DocumentGraph>()
            .Select(g => (g.Document.Id, Graph: _projection.Citations(g))).ToList();
        var generations = _projection.Generations();
        using var tx = _client.Begin();
        foreach (var (id, cited) in citations)
        {
            tx.Run(Q("citations-clear"), new Dictionary<string, object?> { ["docId"] = id });
            Neo4jGraphWriter.Write(tx, cited);
        }
        tx.Run(Q("succeeds-clear"));
        Neo4jGraphWriter.Write(tx, generations);
        tx.Run(Q("documents-uncited-delete"), new Dictionary<string, object?> { ["keep"] = generations.Nodes.Select(n => n.Id).ToList() });
        tx.Commit();
    }

    /// <summary>Documents whose CITES or IMPLEMENTS reach this one in the database.</summary>
    private List<string> CitingInGraph(string id) => Run("documents-citing", ("id", id)).Rows.Select(r => r[0].GetString()!).ToList();

    /// <summary>Documents whose citations resolve to this one now.</summary>
    private IEnumerable<string> CitingNow(string id) =>
        _resolver.Node(id) is { } node ? _resolver.Citing(node).Select(c => c.Document.Id) : [];

    public DocumentInfo? FindBySourceKey(string sourceKey) => Documents("document-by-source-key", ("sourceKey", sourceKey)).FirstOrDefault();

    public IReadOnlyList<DocumentInfo> ListDocuments() => Documents("documents-list");

    public DocumentInfo? FindDocument(string id) => Documents("document-by-id", ("id", id)).FirstOrDefault();

    public IReadOnlyList<DocumentInfo> FindByNumber(string number) => Documents("documents-by-number", ("number", number));

    public IReadOnlyList<DocumentInfo> FindByTitleKey(string titleKey) => Documents("documents-by-title-key", ("titleKey", titleKey));

    private List<DocumentInfo> Documents(string statement, params (string Name, object? Value)[] parameters) =>
        Run(statement, parameters).Records.Select(r => Neo4jRecords.Document(r["document"])).ToList();

    public DocumentGraph? GetDocument(string id) =>
        Run("document-get", ("id", id)).Records.Select(Neo4jRecords.Graph).FirstOrDefault();

    /// <summary>Deletes a document with its parts; the documents citing it are resolved again (to a known or cited-only node).</summary>
    public bool Delete(string id)
    {
        lock (_gate)
        {
            var citing = CitingInGraph(id);
            var deleted = Run("document-delete", ("id", id), ("sourceKey", null)).Rows.Select(r => r[0].GetInt64()).FirstOrDefault();
            if (deleted > 0)
            {
                Resolve(citing);
            }
            return deleted > 0;
        }
    }

    public IReadOnlyList<(string DocumentId, Citation Citation)> FindCitations(string? number, IReadOnlyCollection<string> titleKeys) =>
        Run("citations-find", ("number", number), ("titleKeys", titleKeys.ToList())).Records
            .Select(r => (r["docId"].GetString()!, Neo4jRecords.Citation(r["citation"])))
            .DistinctBy(x => x.Item2.Id)
            .ToList();

    /// <summary>The links, as the projection maps them (IMPLEMENTS between clauses), replacing the document's earlier ones in one transaction.</summary>
    public void ReplaceLinks(string childDocumentId, IReadOnlyList<ClauseLink> links)
    {
        lock (_gate)
        {
            using var tx = _client.Begin();
            tx.Run(Q("links-clear"), new Dictionary<string, object?> { ["docId"] = childDocumentId });
            Neo4jGraphWriter.Write(tx, new ProjectedGraph([], links.Select(GraphProjection.Link).ToList()));
            tx.Commit();
        }
    }

    public IReadOnlyList<string> PendingLinks() => Run("links-pending").Rows.Select(r => r[0].GetString()!).ToList();

    public void MarkLinksPending(IEnumerable<string> documentIds)
    {
        lock (_gate)
        {
            Run("links-mark-pending", ("ids", documentIds.ToList()));
        }
    }

    public IReadOnlyList<ClauseLink> LinksFrom(string documentOrClauseId) => Links("links-from", documentOrClauseId);

    public IReadOnlyList<ClauseLink> LinksTo(string documentOrClauseId) => Links("links-to", documentOrClauseId);

    private List<ClauseLink> Links(string statement, string id) => Run(statement, ("id", id)).Records.Select(Neo4jRecords.Link).ToList();

    public (Clause Clause, DocumentInfo Document)? FindClause(string clauseId)
    {
        var docId = Run("clause-document", ("id", clauseId)).Rows.Select(r => r[0].GetString()).FirstOrDefault();
        var graph = docId is null ? null : GetDocument(docId);
        var clause = graph?.Clauses.FirstOrDefault(c => c.Id == clauseId);
        return clause is null ? null : (clause, graph!.Document);
    }

    public IReadOnlyList<string> DocumentsWithIndicator(string name) => Run("indicator-documents", ("name", name)).Rows.Select(r => r[0].GetString()!).ToList();

    public IReadOnlyList<(string? Number, string? Title)> CitedKeys() =>
        Run("citations-keys").Records.Select(r => (Neo4jRecords.NullableString(r["number"]), Neo4jRecords.NullableString(r["title"]))).ToList();

    private Neo4jResult Run(string statement, params (string Name, object? Value)[] parameters) =>
        _client.Run(Q(statement), parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal));

    public void Dispose() => _client.Dispose();
}
