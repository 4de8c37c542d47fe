using Lucene.Net.Index;
using Lucene.Net.Search;
using PolicyGraph.Core.Model;

namespace PolicyGraph.Core.Search;

/// <summary>
/// Clause search: the interpreted query becomes, per keyword, CJK-bigram and dictionary-word terms over the clause
/// text, an exact-phrase boost and a proximity boost, and smaller boosts for the same words in headings and titles;
/// expansions (synonyms, department names) count less than what was typed. Hits are BM25-scored, then spread so that
/// one document cannot fill the first page (at most <see cref="PerDocumentFirstPass"/> of its clauses before others).
/// </summary>
public sealed class SearchService(ClauseIndex index, QueryInterpreter interpreter, SearchTuning? tuning = null)
{
    public const int MaxTop = 100;

    private readonly SearchTuning _tuning = tuning ?? SearchTuning.Default;

    public SearchResponse Search(SearchRequest request)
    {
        var top = Math.Clamp(request.Top, 1, MaxTop);
        var offset = Math.Max(0, request.Offset);
        var interpretation = interpreter.Interpret(request.Query);
        var (query, rescore) = SearchQuery.Build(interpretation, _tuning);
        if (query.Clauses.Count == 0)
        {
            return new SearchResponse(request.Query, 0, [], [], interpretation);
        }
        // Document markers have no text, so with no filter asked for, none is needed.
        var filters = SearchQuery.Filters(request);
        Filter? filter = filters.Clauses.Count == 0 ? null : new QueryWrapperFilter(filters);
        var wanted = Highlighter.Prepare(interpretation.Keywords.Concat(interpretation.Phrases).Concat(interpretation.DocNumbers)
            .Concat(interpretation.Expansions).Concat(interpretation.Aliases.Values.SelectMany(a => a)));
        return index.Search(searcher =>
        {
            // Phase one finds candidates by their terms; phase two adds the phrase, proximity, heading and title
            // boosts to the candidates alone, where positions are read for a few hundred clauses, not for all.
            var depth = Math.Max(_tuning.RescoreDepth, (offset + top) * 3);
            var found = searcher.Search(query, filter, depth);
            var candidates = rescore.Clauses.Count == 0 ? found : SearchRanking.Rescore(searcher, found, rescore);
            // Per-segment doc values: a multi-segment view would build global ordinals on every search.
            var leaves = searcher.IndexReader.Leaves;
            var bytes = new Lucene.Net.Util.BytesRef();
            string Column(int doc, string field)
            {
                var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
                leaf.AtomicReader.GetBinaryDocValues(field).Get(doc - leaf.DocBase, bytes);
                return bytes.Utf8ToString();
            }
            string DocumentOf(int doc) => Column(doc, Fields.DocId);
            var ordered = SearchRanking.Spread(candidates.ScoreDocs.Select(sd => (sd, DocId: DocumentOf(sd.Doc))).ToList(), _tuning.PerDocumentFirstPass);
            var hits = ordered.Skip(offset).Take(top).Select(x => Hit(searcher.Doc(x.sd.Doc), x.sd.Score, wanted)).ToList();
            var groups = ordered.GroupBy(x => x.DocId)
                .Select(g => new SearchGroup(g.Key, Column(g.First().sd.Doc, Fields.DocTitle), g.Count(), Math.Round(g.Max(x => x.sd.Score), 4)))
                .ToList();
            return new SearchResponse(request.Query, found.TotalHits, hits, groups, interpretation)
            {
                Ranked = ordered.Count,
                Facets = request.CountFacets ? FacetCounter.Count(searcher, ordered.Select(x => x.sd.Doc)) : null,
            };
        });
    }

    private static SearchHit Hit(Lucene.Net.Documents.Document doc, float score, IReadOnlyList<string> wanted)
    {
        var text = doc.Get(Fields.Original);
        var traditional = doc.Get(Fields.Script) == Scripts.Traditional;
        return new SearchHit(
            doc.Get(Fields.DocId), doc.Get(Fields.ClauseId), doc.Get(Fields.DocTitle), doc.Get(Fields.Path), doc.Get(Fields.Role), text,
            Math.Round(score, 4), Highlighter.Highlight(text, traditional, wanted), doc.Get(Fields.Facet),
            doc.GetField(Fields.Year)?.GetInt32Value(), doc.Get(Fields.Level), doc.Get(Fields.Province)) { Region = doc.Get(Fields.Region) };
    }
}
