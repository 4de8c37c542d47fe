using Lucene.Net.Index;
using Lucene.Net.Search;

namespace PolicyGraph.Core.Search;

/// <summary>The order of a search's candidates: rescored by the boosts that need positions, then spread over documents.</summary>
internal static class SearchRanking
{
    /// <summary>
    /// Adds the rescoring query's score to each candidate it matches and re-sorts them (Lucene's QueryRescorer does
    /// the same but, in this Lucene.Net version, fails on a segment the query does not match at all).
    /// </summary>
    internal static TopDocs Rescore(IndexSearcher searcher, TopDocs first, Query query)
    {
        var hits = first.ScoreDocs.Select(h => new ScoreDoc(h.Doc, h.Score)).OrderBy(h => h.Doc).ToArray();
        if (hits.Length == 0)
        {
            return first;
        }
        var weight = searcher.CreateNormalizedWeight(query);
        var leaves = searcher.IndexReader.Leaves;
        var leaf = -1;
        var end = 0;
        var docBase = 0;
        Scorer? scorer = null;
        foreach (var hit in hits)
        {
            while (hit.Doc >= end)
            {
                var context = leaves[++leaf];
                docBase = context.DocBase;
                end = docBase + context.Reader.MaxDoc;
                scorer = weight.GetScorer(context, null);
            }
            if (scorer is null)
            {
                continue;
            }
            var target = hit.Doc - docBase;
            var at = scorer.DocID < target ? scorer.Advance(target) : scorer.DocID;
            if (at == target)
            {
                hit.Score += scorer.GetScore();
            }
        }
        Array.Sort(hits, (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
        return new TopDocs(first.TotalHits, hits, hits[0].Score);
    }

    /// <summary>Score order, except that a document's clauses after its first few wait until every other document has had its turn.</summary>
    internal static List<(ScoreDoc sd, string DocId)> Spread(List<(ScoreDoc sd, string DocId)> hits, int perDocument)
    {
        var first = new List<(ScoreDoc, string)>();
        var later = new List<(ScoreDoc, string)>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var hit in hits)
        {
            var doc = hit.DocId;
            var n = seen[doc] = seen.GetValueOrDefault(doc) + 1;
            (n <= perDocument ? first : later).Add(hit);
        }
        first.AddRange(later);
        return first;
    }
}
