using Lucene.Net.Index;
using Lucene.Net.Search;

namespace PolicyGraph.Core.Search;

/// <summary>A search as the contract states it, with the filters of the search box.</summary>
public sealed record SearchRequest(string Query)
{
    public int Top { get; init; } = 10;
    public int Offset { get; init; }
    public string? Level { get; init; }
    public string? Province { get; init; }

    /// <summary>The issuing jurisdiction (贵池区, 池州市, 安徽省).</summary>
    public string? Region { get; init; }

    public int? YearFrom { get; init; }
    public int? YearTo { get; init; }
    public string? Role { get; init; }
    public string? DocType { get; init; }
    public string? Facet { get; init; }

    /// <summary>Count the ranked candidates by level, province, region, year, role and facet (for the site's filters).</summary>
    public bool CountFacets { get; init; }
}

/// <summary>How many of the ranked candidates carry a value of a filter field.</summary>
public sealed record FacetCount(string Value, int Count);

public sealed record SearchHit(
    string DocId, string ClauseId, string DocTitle, string Path, string Role, string Text, double Score, string Highlight,
    string? Facet, int? Year, string? Level, string? Province)
{
    /// <summary>The issuing jurisdiction of the hit's document.</summary>
    public string? Region { get; init; }
}

/// <summary>Hits grouped by document: how many clauses of each matched, in the order of their best hit.</summary>
public sealed record SearchGroup(string DocId, string DocTitle, int Hits, double BestScore);

public sealed record SearchResponse(string Query, int Total, IReadOnlyList<SearchHit> Hits, IReadOnlyList<SearchGroup> Groups, QueryInterpretation Interpreted)
{
    /// <summary>With <see cref="SearchRequest.CountFacets"/>: field → values with their counts among the ranked candidates, most first.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetCount>>? Facets { get; init; }

    /// <summary>The ranked candidates the hits are paged from (at most the rescoring depth).</summary>
    public int Ranked { get; init; }
}

/// <summary>
/// The weights of the ranking, chosen on the development judgments together with the team's own
/// (tools/search/queries.team.json) so as not to fit the seven development queries alone, and measured for speed
/// with bench/ (per-term heading and title clauses cost time and added nothing on the judgments, so headings and
/// titles count as phrases). A weight of zero leaves its clauses out of the query.
/// </summary>
public sealed record SearchTuning
{
    public static readonly SearchTuning Default = new();

    /// <summary>A document's clauses beyond this many wait until every other document has had its turn.</summary>
    public int PerDocumentFirstPass { get; init; } = 4;

    /// <summary>How many candidates of the term phase the phrase phase rescores.</summary>
    public int RescoreDepth { get; init; } = 30;

    /// <summary>Keywords longer than this get no proximity boost (only exact phrase).</summary>
    public int NearPhraseMaxLength { get; init; } = 6;

    public float ExactPhrase { get; init; } = 2f;
    public float NearPhrase { get; init; } = 1f;
    public float HeadingPhrase { get; init; } = 1f;
    public float TitlePhrase { get; init; } = 0.5f;
    public float Word { get; init; } = 3f;
    public float Expansion { get; init; } = 0.3f;
    public bool ExpansionInRecall { get; init; }
    public bool WordsInRecall { get; init; }
}

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
        var (query, rescore) = Build(interpretation, _tuning);
        if (query.Clauses.Count == 0)
        {
            return new SearchResponse(request.Query, 0, [], [], interpretation);
        }
        // Document markers have no text, so with no filter asked for, none is needed.
        var filters = Filters(request);
        Filter? filter = filters.Clauses.Count == 0 ? null : new QueryWrapperFilter(filters);
        var wanted = Highlighter.Prepare(interpretation.Keywords.Concat(interpretation.Phrases).Concat(interpretation.DocNumbers)
            .Concat(interpretation.Expansions).Concat(interpretation.Aliases.Values.SelectMany(a => a)));
        return index.Search(searcher =>
        {
            // Phase one finds candidates by their terms; phase two adds the phrase, proximity, heading and title
            // boosts to the candidates alone, where positions are read for a few hundred clauses, not for all.
            var depth = Math.Max(_tuning.RescoreDepth, (offset + top) * 3);
            var found = searcher.Search(query, filter, depth);
            var candidates = rescore.Clauses.Count == 0 ? found : Rescore(searcher, found, rescore);
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
            var ordered = Spread(candidates.ScoreDocs.Select(sd => (sd, DocId: DocumentOf(sd.Doc))).ToList(), _tuning.PerDocumentFirstPass);
            var hits = ordered.Skip(offset).Take(top).Select(x => Hit(searcher.Doc(x.sd.Doc), x.sd.Score, wanted)).ToList();
            var groups = ordered.GroupBy(x => x.DocId)
                .Select(g => new SearchGroup(g.Key, Column(g.First().sd.Doc, Fields.DocTitle), g.Count(), Math.Round(g.Max(x => x.sd.Score), 4)))
                .ToList();
            return new SearchResponse(request.Query, found.TotalHits, hits, groups, interpretation)
            {
                Ranked = ordered.Count,
                Facets = request.CountFacets ? CountFacets(searcher, ordered.Select(x => x.sd.Doc)) : null,
            };
        });
    }

    /// <summary>
    /// Adds the rescoring query's score to each candidate it matches and re-sorts them (Lucene's QueryRescorer does
    /// the same but, in this Lucene.Net version, fails on a segment the query does not match at all).
    /// </summary>
    private static TopDocs Rescore(IndexSearcher searcher, TopDocs first, Query query)
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

    /// <summary>For the benchmark's breakdown of where a search spends its time.</summary>
    public static (BooleanQuery Recall, BooleanQuery Rescore) BuildForBench(QueryInterpretation q, SearchTuning? tuning = null) => Build(q, tuning ?? SearchTuning.Default);

    /// <summary>
    /// The two queries of a search: recall (terms: typed words at full weight, their aliases as equals, related
    /// wording as phrases at less) and rescoring (phrases, proximity, headings and titles of the typed words).
    /// </summary>
    internal static (BooleanQuery Recall, BooleanQuery Rescore) Build(QueryInterpretation q, SearchTuning t)
    {
        // Phase one is a flat disjunction of terms, the query shape Lucene scores fastest (its bulk scorer).
        var recall = new BooleanQuery(disableCoord: true);
        var rescore = new BooleanQuery(disableCoord: true);
        var plain = q.Keywords.Where(k => !q.Aliases.ContainsKey(k)).ToList();
        AddTerms(recall, Fields.Text, plain.SelectMany(Bigrams), 1f);
        // Dictionary words sharpen the ranking of what the bigrams found; as recall terms they would only add cost.
        AddTerms(t.WordsInRecall ? recall : rescore, Fields.TextWords, plain.SelectMany(k => Words(k)), t.Word);
        foreach (var keyword in plain)
        {
            rescore.Add(Phrases(keyword, t), Occur.SHOULD);
        }
        foreach (var (keyword, aliases) in q.Aliases)
        {
            // The keyword or any other name of it (质量技术监督局, 质监局), whichever matches best: not their sum.
            var terms = new DisjunctionMaxQuery(0.1f);
            var phrases = new DisjunctionMaxQuery(0.1f);
            foreach (var name in aliases.Prepend(keyword))
            {
                var one = new BooleanQuery(disableCoord: true);
                AddTerms(one, Fields.Text, Bigrams(name), 1f);
                AddTerms(one, Fields.TextWords, Words(name), t.Word);
                terms.Add(one);
                phrases.Add(Phrases(name, t));
            }
            recall.Add(terms, Occur.SHOULD);
            rescore.Add(phrases, Occur.SHOULD);
        }
        foreach (var phrase in q.Phrases)
        {
            // A quoted phrase must occur as written.
            var exact = (Query?)Phrase(Fields.Text, phrase, 0, t.ExactPhrase + 1);
            if (exact is null)
            {
                var terms = new BooleanQuery(disableCoord: true);
                AddTerms(terms, Fields.Text, Bigrams(phrase), 1f);
                exact = terms;
            }
            recall.Add(exact, Occur.MUST);
        }
        foreach (var number in q.DocNumbers)
        {
            if (Phrase(Fields.Text, number, 0, 2 * t.ExactPhrase) is { } citing)
            {
                recall.Add(citing, Occur.SHOULD);
            }
            recall.Add(new TermQuery(new Term(Fields.DocNumber, number)) { Boost = 0.5f }, Occur.SHOULD);
        }
        foreach (var expansion in q.Expansions)
        {
            // Related wording counts when it occurs as such: its exact phrase, not its scattered bigrams. Where it
            // is searched (recall finds clauses that use only the related wording; rescoring only ranks) is tuned.
            if (t.Expansion > 0 && Phrase(Fields.Text, expansion, 0, t.Expansion * t.ExactPhrase) is { } phrase)
            {
                (t.ExpansionInRecall ? recall : rescore).Add(phrase, Occur.SHOULD);
            }
        }
        return (recall, rescore);
    }

    /// <summary>
    /// A keyword's dictionary words longer than two characters: a two-character word is already one of its bigrams,
    /// and counting it twice would only cost time on common words (质量).
    /// </summary>
    private static IEnumerable<(string Term, int Position, int Start, int End)> Words(string keyword) =>
        PolicyAnalysis.Terms(PolicyAnalysis.Words, Fields.TextWords, keyword).Where(w => w.Term.Length > 2 || !IsHan(w.Term[0]));

    // The bigrams of a string, analysed once however many phrases and fields use them (a search asks up to six times).
    [ThreadStatic]
    private static Dictionary<string, List<(string Term, int Position, int Start, int End)>>? _bigrams;

    private static List<(string Term, int Position, int Start, int End)> Bigrams(string text)
    {
        _bigrams ??= new Dictionary<string, List<(string, int, int, int)>>(StringComparer.Ordinal);
        if (_bigrams.Count > 1000)
        {
            _bigrams.Clear();
        }
        if (!_bigrams.TryGetValue(text, out var terms))
        {
            terms = PolicyAnalysis.Terms(PolicyAnalysis.Bigrams, Fields.Text, text);
            _bigrams[text] = terms;
        }
        return terms;
    }

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';

    private static void AddTerms(BooleanQuery query, string field, IEnumerable<(string Term, int Position, int Start, int End)> terms, float boost)
    {
        if (boost <= 0)
        {
            return;
        }
        foreach (var term in terms.Select(x => x.Term).Distinct(StringComparer.Ordinal))
        {
            query.Add(new TermQuery(new Term(field, term)) { Boost = boost }, Occur.SHOULD);
        }
    }

    /// <summary>The boosts that need positions: exact phrase, proximity, heading, title.</summary>
    private static BooleanQuery Phrases(string keyword, SearchTuning t)
    {
        var q = new BooleanQuery(disableCoord: true);
        AddPhrase(q, Fields.Text, keyword, 0, t.ExactPhrase);
        if (keyword.Length <= t.NearPhraseMaxLength)
        {
            // A sloppy phrase costs more with every term: proximity is scored for short keywords only.
            AddPhrase(q, Fields.Text, keyword, 4, t.NearPhrase);
        }
        AddPhrase(q, Fields.Heading, keyword, 0, t.HeadingPhrase);
        AddPhrase(q, Fields.Title, keyword, 0, t.TitlePhrase);
        return q;
    }

    private static void AddPhrase(BooleanQuery q, string field, string text, int slop, float boost)
    {
        if (boost > 0 && Phrase(field, text, slop, boost) is { } phrase)
        {
            q.Add(phrase, Occur.SHOULD);
        }
    }

    /// <summary>The bigram phrase of a text, or null when it has fewer than two terms.</summary>
    private static PhraseQuery? Phrase(string field, string text, int slop, float boost)
    {
        var terms = Bigrams(text);
        if (terms.Count < 2)
        {
            return null;
        }
        var phrase = new PhraseQuery { Slop = slop, Boost = boost };
        foreach (var (term, position, _, _) in terms)
        {
            phrase.Add(new Term(field, term), position);
        }
        return phrase;
    }

    private static BooleanQuery Filters(SearchRequest r)
    {
        var filters = new BooleanQuery();
        void Exact(string field, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                filters.Add(new TermQuery(new Term(field, value.Trim())), Occur.MUST);
            }
        }
        Exact(Fields.Level, r.Level);
        Exact(Fields.Province, r.Province);
        Exact(Fields.Region, r.Region);
        Exact(Fields.Role, r.Role);
        Exact(Fields.DocType, r.DocType);
        Exact(Fields.Facet, r.Facet);
        if (r.YearFrom is not null || r.YearTo is not null)
        {
            filters.Add(NumericRangeQuery.NewInt32Range(Fields.Year, r.YearFrom, r.YearTo, true, true), Occur.MUST);
        }
        return filters;
    }

    /// <summary>Score order, except that a document's clauses after its first few wait until every other document has had its turn.</summary>
    private static List<(ScoreDoc sd, string DocId)> Spread(List<(ScoreDoc sd, string DocId)> hits, int perDocument)
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

    private static readonly string[] FacetFields = [Fields.Level, Fields.Province, Fields.Region, Fields.Year, Fields.Role, Fields.Facet];

    private static Dictionary<string, IReadOnlyList<FacetCount>> CountFacets(IndexSearcher searcher, IEnumerable<int> docs)
    {
        var counts = FacetFields.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal));
        var visitor = new HashSet<string>(FacetFields);
        foreach (var doc in docs)
        {
            var stored = searcher.Doc(doc, visitor);
            foreach (var field in FacetFields)
            {
                var value = field == Fields.Year ? stored.GetField(field)?.GetInt32Value()?.ToString(System.Globalization.CultureInfo.InvariantCulture) : stored.Get(field);
                if (!string.IsNullOrEmpty(value))
                {
                    counts[field][value] = counts[field].GetValueOrDefault(value) + 1;
                }
            }
        }
        return counts.ToDictionary(c => c.Key, c => (IReadOnlyList<FacetCount>)c.Value
            .OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).Select(v => new FacetCount(v.Key, v.Value)).ToList());
    }

    private static SearchHit Hit(Lucene.Net.Documents.Document doc, float score, IReadOnlyList<string> wanted)
    {
        var text = doc.Get(Fields.Original);
        var traditional = doc.Get(Fields.Script) == "Hant";
        return new SearchHit(
            doc.Get(Fields.DocId), doc.Get(Fields.ClauseId), doc.Get(Fields.DocTitle), doc.Get(Fields.Path), doc.Get(Fields.Role), text,
            Math.Round(score, 4), Highlighter.Highlight(text, traditional, wanted), doc.Get(Fields.Facet),
            doc.GetField(Fields.Year)?.GetInt32Value(), doc.Get(Fields.Level), doc.Get(Fields.Province)) { Region = doc.Get(Fields.Region) };
    }
}
