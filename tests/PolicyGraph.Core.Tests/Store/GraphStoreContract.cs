using PolicyGraph.Core.Citations;
using PolicyGraph.Core.Graph;
using PolicyGraph.Core.Linking;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Store;

namespace PolicyGraph.Core.Tests.Store;

/// <summary>
/// What every graph store promises (IGraphStore), run against each store: SQLite always, Neo4j when a server is
/// configured. Ids carry a per-test prefix so that a live Neo4j database holding other data is left as it was
/// (what a test writes it deletes afterwards).
/// </summary>
public abstract class GraphStoreContract : IDisposable
{
    protected readonly string Prefix = "contract-" + Guid.NewGuid().ToString("N")[..8] + "-";
    private readonly Lazy<IGraphStore> _store;

    protected GraphStoreContract()
    {
        _store = new Lazy<IGraphStore>(Open);
    }

    /// <summary>A store for this test, empty of this test's documents.</summary>
    protected abstract IGraphStore Open();

    protected IGraphStore Store => _store.Value;

    public virtual void Dispose()
    {
        if (_store.IsValueCreated)
        {
            foreach (var document in Store.ListDocuments().Where(d => d.Id.StartsWith(Prefix, StringComparison.Ordinal)))
            {
                Store.Delete(document.Id);
            }
            Store.Dispose();
        }
        GC.SuppressFinalize(this);
    }

    private IEnumerable<DocumentInfo> Mine => Store.ListDocuments().Where(d => d.Id.StartsWith(Prefix, StringComparison.Ordinal));

    protected DocumentGraph Graph(string id, string hash = "h1", int clauses = 3) => StoreTestGraphs.Full(Prefix + id, Prefix + id + ".txt", hash, clauses);

    [StoreFact]
    public void Saves_and_reads_a_document_whole_with_every_part()
    {
        var graph = Graph("a");
        Store.Save(graph);

        var read = Store.GetDocument(graph.Document.Id);
        Assert.NotNull(read);
        Assert.Equal(graph.Document with { IngestedAt = read.Document.IngestedAt }, read.Document);
        Assert.Equal(graph.Document.IngestedAt.ToUnixTimeMilliseconds(), read.Document.IngestedAt.ToUnixTimeMilliseconds());
        Assert.Equal(graph.OriginalText, read.OriginalText);
        Assert.Equal(graph.Sections, read.Sections);
        Assert.Equal(graph.Clauses, read.Clauses);
        Assert.Equal(graph.Goals, read.Goals);
        Assert.Equal(graph.Indicators, read.Indicators);
        Assert.Equal(graph.Citations, read.Citations);
        Assert.Equal(graph.Tasks.Count, read.Tasks.Count);
        foreach (var (expected, actual) in graph.Tasks.Zip(read.Tasks))
        {
            Assert.Equal(expected with { Lead = [], Support = [] }, actual with { Lead = [], Support = [] });
            Assert.Equal(expected.Lead, actual.Lead);
            Assert.Equal(expected.Support, actual.Support);
        }
        Assert.Equal(3, Mine.Single().ClauseCount);
        Assert.Equal(graph.Document.Id, Store.FindDocument(graph.Document.Id)?.Id);
        Assert.Null(Store.GetDocument(Prefix + "missing"));
    }

    [StoreFact]
    public void Replaces_a_document_with_the_same_source_whole()
    {
        Store.Save(Graph("a", "h1", clauses: 5));
        Store.Save(Graph("a", "h2", clauses: 2));

        var read = Store.GetDocument(Prefix + "a")!;
        Assert.Equal("h2", read.Document.ContentHash);
        Assert.Equal(2, read.Clauses.Count);
        Assert.Single(Mine);
        // The first version's clauses went with it: none is found any more.
        Assert.Null(Store.FindClause(Prefix + "a.c1.5"));
        Assert.Equal(Prefix + "a", Store.FindClause(Prefix + "a.c1.2")?.Document.Id);
    }

    [StoreFact]
    public void Finds_a_document_by_source_key_number_and_title_key_and_deletes_it_with_its_parts()
    {
        var graph = Graph("a");
        Store.Save(graph);
        Assert.Equal(graph.Document.Id, Store.FindBySourceKey(graph.Document.SourceKey)?.Id);
        Assert.Null(Store.FindBySourceKey("/abs/" + Prefix + "other.txt"));
        Assert.Contains(Store.FindByNumber(graph.Document.DocNumber!), d => d.Id == graph.Document.Id);
        Assert.Contains(Store.FindByTitleKey(Core.Text.TitleKey.Of(graph.Document.Title!)), d => d.Id == graph.Document.Id);
        Assert.Contains(Store.FindByTitleKey(Core.Text.TitleKey.Of(graph.Document.AttachmentTitle!)), d => d.Id == graph.Document.Id);

        Assert.True(Store.Delete(graph.Document.Id));
        Assert.Null(Store.GetDocument(graph.Document.Id));
        Assert.Null(Store.FindClause(graph.Clauses[0].Id));
        Assert.False(Store.Delete(graph.Document.Id));
    }

    [StoreFact]
    public void Finds_citations_by_number_and_title_key_and_lists_what_is_cited()
    {
        var graph = Graph("a");
        Store.Save(graph);
        var byNumber = Store.FindCitations(StoreTestGraphs.CitedNumber, []);
        Assert.Contains(byNumber, c => c.DocumentId == graph.Document.Id && c.Citation == graph.Citations[0]);
        var byTitle = Store.FindCitations(null, [Core.Text.TitleKey.Of(StoreTestGraphs.CitedTitle)]);
        Assert.Contains(byTitle, c => c.DocumentId == graph.Document.Id && c.Citation == graph.Citations[1]);
        Assert.Contains((StoreTestGraphs.CitedNumber, (string?)null), Store.CitedKeys());
        Assert.Contains(((string?)null, StoreTestGraphs.CitedTitle), Store.CitedKeys());
    }

    [StoreFact]
    public void Finds_documents_by_an_indicator_name_contained_either_way()
    {
        var graph = Graph("a");
        Store.Save(graph);
        Assert.Contains(graph.Document.Id, Store.DocumentsWithIndicator("农产品质量安全抽检合格率"));
        Assert.Contains(graph.Document.Id, Store.DocumentsWithIndicator("全市主要农产品质量安全抽检合格率"));
        Assert.DoesNotContain(graph.Document.Id, Store.DocumentsWithIndicator("品牌价值"));
    }

    [StoreFact]
    public void Draws_links_replaces_them_and_keeps_track_of_what_is_pending()
    {
        var parent = Graph("parent");
        var child = Graph("child");
        Store.Save(parent);
        Store.Save(child);
        Assert.Contains(child.Document.Id, Store.PendingLinks());

        var link = new ClauseLink(child.Clauses[0].Id, parent.Clauses[1].Id, child.Document.Id, parent.Document.Id, 0.875, "共享：任务", Inferred: false);
        var sibling = new ClauseLink(child.Clauses[1].Id, parent.Clauses[2].Id, child.Document.Id, parent.Document.Id, 0.5, "", Inferred: true);
        Store.ReplaceLinks(child.Document.Id, [link, sibling]);
        Assert.DoesNotContain(child.Document.Id, Store.PendingLinks());
        Assert.Equal([link, sibling], Store.LinksFrom(child.Document.Id));
        Assert.Equal([link], Store.LinksFrom(child.Clauses[0].Id));
        Assert.Equal([link, sibling], Store.LinksTo(parent.Document.Id));
        Assert.Equal([sibling], Store.LinksTo(parent.Clauses[2].Id));

        Store.MarkLinksPending([child.Document.Id, Prefix + "never-stored"]);
        Assert.Contains(child.Document.Id, Store.PendingLinks());
        Assert.DoesNotContain(Prefix + "never-stored", Store.PendingLinks());
        Store.ReplaceLinks(child.Document.Id, [link]);
        Assert.Equal([link], Store.LinksFrom(child.Document.Id));
        Assert.DoesNotContain(child.Document.Id, Store.PendingLinks());
    }

    /// <summary>
    /// The graph the store holds for a document, read back from it — each node as "Label id", each relationship from
    /// the document or its parts as "start TYPE end" — or null for a store that holds no graph of its own (SQLite
    /// keeps tables, which the projection reads).
    /// </summary>
    protected virtual (IReadOnlyList<string> Nodes, IReadOnlyList<string> Relationships)? Held(string documentId) => null;

    [StoreFact]
    public void Holds_for_each_document_the_graph_the_projection_yields_for_it()
    {
        var number = Prefix + "〔2017〕1号";
        var parent = Graph("parent");
        parent = parent with { Document = parent.Document with { DocNumber = number } };
        var child = Graph("child");
        child = child with
        {
            Citations = [.. child.Citations, new Citation { Id = child.Document.Id + ".x3", ClauseId = child.Clauses[0].Id, Raw = number, Number = number, Relation = Relations.Implements }],
        };
        // The child first: its citation of the parent resolves again when the parent arrives.
        Store.Save(child);
        Store.Save(parent);
        Store.ReplaceLinks(child.Document.Id, [new ClauseLink(child.Clauses[0].Id, parent.Clauses[1].Id, child.Document.Id, parent.Document.Id, 0.875, "共享：任务", Inferred: false)]);

        var projection = new GraphProjection(Store, DocumentRegistry.Instance);
        var expected = projection.OfDocument(Store.GetDocument(child.Document.Id)!);
        Assert.Contains(expected.Relationships, r => (r.StartId, r.Type, r.EndId) == (child.Document.Id, RelationshipTypes.Implements, parent.Document.Id));
        Assert.Contains(expected.Relationships, r => (r.StartId, r.Type, r.EndId) == (child.Clauses[0].Id, RelationshipTypes.Implements, parent.Clauses[1].Id));
        foreach (var graph in new[] { child, parent })
        {
            var id = graph.Document.Id;
            var read = projection.OfDocument(Store.GetDocument(id)!);
            if (Held(id) is { } held)
            {
                Assert.Equal(read.Nodes.Select(n => $"{n.Label} {n.Id}").Order(StringComparer.Ordinal), held.Nodes.Order(StringComparer.Ordinal));
                Assert.Equal(read.Relationships.Select(r => $"{r.StartId} {r.Type} {r.EndId}").Order(StringComparer.Ordinal), held.Relationships.Order(StringComparer.Ordinal));
            }
            else
            {
                // The projection of what was saved and of what the store gives back agree, every property included.
                Assert.Equal(Describe(projection.OfDocument(graph)), Describe(read));
            }
        }
    }

    private static List<string> Describe(ProjectedGraph graph) =>
        graph.Nodes.Select(n => $"{n.Label} {n.Id} {Describe(n.Properties)}")
            .Concat(graph.Relationships.Select(r => $"{r.StartId} {r.Type} {r.EndId} {Describe(r.Properties)}"))
            .Order(StringComparer.Ordinal).ToList();

    private static string Describe(IReadOnlyDictionary<string, object> properties) =>
        string.Join(", ", properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture)}"));

    [StoreFact]
    public void Text_that_looks_like_SQL_or_Cypher_is_stored_as_text()
    {
        const string sql = "'); DROP TABLE documents; --";
        const string cypher = "\"}) MATCH (n) DETACH DELETE n // $id `x`";
        var graph = Graph("a");
        graph = graph with
        {
            Document = graph.Document with { Title = sql, Issuer = cypher },
            Clauses = [graph.Clauses[0] with { Text = cypher, SearchText = sql }, .. graph.Clauses.Skip(1)],
        };
        Store.Save(graph);
        Store.Save(Graph("b"));
        var read = Store.GetDocument(graph.Document.Id)!;
        Assert.Equal(sql, read.Document.Title);
        Assert.Equal(cypher, read.Document.Issuer);
        Assert.Equal(cypher, read.Clauses[0].Text);
        Assert.Equal(sql, read.Clauses[0].SearchText);
        Assert.Equal(2, Mine.Count());
        Assert.Empty(Store.FindByNumber(cypher));
        Assert.Empty(Store.DocumentsWithIndicator(cypher));
    }
}
