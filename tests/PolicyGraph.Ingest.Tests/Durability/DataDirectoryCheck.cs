using PolicyGraph.Core.Persistence;
using Lucene.Net.Index;
using Lucene.Net.Search;
using PolicyGraph.Core.Search;
using PolicyGraph.Core.Store;
using Fields = PolicyGraph.Core.Search.Fields;

namespace PolicyGraph.Ingest.Tests.Durability;

/// <summary>What "nothing lost, nothing half-written" means for a data directory, checked document by document.</summary>
internal static class DataDirectoryCheck
{
    /// <summary>Opens the directory as a writer does (lock, then the index brought in step), and checks every listed document; returns how many.</summary>
    public static int Whole(string data)
    {
        using var writer = DataDirectoryLock.Acquire(data, "a data directory check");
        using var store = new SqliteGraphStore(data);
        using var index = new ClauseIndex(data);
        index.Reconcile(store);
        var documents = store.ListDocuments();
        Assert.Equal(documents.Count, documents.Select(d => d.SourceKey).Distinct(StringComparer.Ordinal).Count());
        index.Search(searcher =>
        {
            var markers = searcher.Search(new TermQuery(new Term(Fields.Kind, Fields.KindDocument)), int.MaxValue).TotalHits;
            Assert.Equal(documents.Count, markers);
            var clauses = searcher.Search(new TermQuery(new Term(Fields.Kind, Fields.KindClause)), int.MaxValue).TotalHits;
            Assert.Equal(documents.Sum(d => d.ClauseCount), clauses);
            foreach (var info in documents)
            {
                var graph = store.GetDocument(info.Id);
                Assert.NotNull(graph);
                Assert.True(graph.Clauses.Count > 0 && graph.Clauses.Count == info.ClauseCount, $"{info.Source}: {graph.Clauses.Count} clauses, {info.ClauseCount} listed");
                var ofDocument = new TermQuery(new Term(Fields.DocId, info.Id));
                Assert.Equal(info.ClauseCount, searcher.Search(new BooleanQuery { { ofDocument, Occur.MUST }, { new TermQuery(new Term(Fields.Kind, Fields.KindClause)), Occur.MUST } }, 1).TotalHits);
                // Found by its own text: the last clause's bigrams find it among the document's clauses.
                var text = new BooleanQuery();
                foreach (var term in PolicyAnalysis.Terms(PolicyAnalysis.Bigrams, Fields.Text, graph.Clauses[^1].SearchText).Select(t => t.Term).Distinct().Take(64))
                {
                    text.Add(new TermQuery(new Term(Fields.Text, term)), Occur.SHOULD);
                }
                var hits = searcher.Search(new BooleanQuery { { ofDocument, Occur.MUST }, { text, Occur.MUST } }, 3);
                Assert.Contains(graph.Clauses[^1].Id, hits.ScoreDocs.Select(h => searcher.Doc(h.Doc).Get(Fields.ClauseId)));
            }
            return 0;
        });
        return documents.Count;
    }
}
