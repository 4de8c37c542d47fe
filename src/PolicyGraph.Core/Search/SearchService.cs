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
    public int? YearFrom { get; init; }
    public int? YearTo { get; init; }
    public string? Role { get; init; }
    public string? DocType { get; init; }
    public string? Facet { get; init; }
}

public sealed record SearchHit(
    string DocId, string ClauseId, string DocTitle, string Path, string Role, string Text, double Score, string Highlight,
    string? Facet, int? Year, string? Level, string? Province);

/// <summary>Hits grouped by document: how many clauses of each matched, in the order of their best hit.</summary>
public sealed record SearchGroup(string DocId, string DocTitle, int Hits, double BestScore);

public sealed record SearchResponse(string Query, int Total, IReadOnlyList<SearchHit> Hits, IReadOnlyList<SearchGroup> Groups, QueryInterpretation Interpreted);

/// <summary>
/// The weights of the ranking, chosen on the development judgments together with the team's own
/// (tools/search/queries.team.json) so as not to fit the seven development queries alone.
/// </summary>
public sealed record SearchTuning
{
    public static readonly SearchTuning Default = new();

    /// <summary>A document's clauses beyond this many wait until every other document has had its turn.</summary>
    public int PerDocumentFirstPass { get; init; } = 4;

    public float ExactPhrase { get; init; } = 2f;
    public float NearPhrase { get; init; } = 1f;
    public float HeadingPhrase { get; init; } = 1f;
    public float HeadingTerm { get; init; } = 0.4f;
    public float TitleTerm { get; init; } = 0.15f;
    public float Word { get; init; } = 2f;
    public float HeadingWord { get; init; } = 0.3f;
    public float Expansion { get; init; } = 0.3f;
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
        var query = Build(interpretation, _tuning);
        if (query.Clauses.Count == 0)
        {
            return new SearchResponse(request.Query, 0, [], [], interpretation);
        }
        var filter = new QueryWrapperFilter(Filters(request));
        var wanted = interpretation.Keywords.Concat(interpretation.Phrases).Concat(interpretation.DocNumbers).Concat(interpretation.Expansions)
            .Concat(interpretation.Aliases.Values.SelectMany(a => a)).ToList();
        return index.Search(searcher =>
        {
            var candidates = searcher.Search(query, filter, Math.Max(200, (offset + top) * 5));
            var ordered = Spread(candidates.ScoreDocs.Select(sd => (sd, Doc: searcher.Doc(sd.Doc))).ToList(), _tuning.PerDocumentFirstPass);
            var hits = ordered.Skip(offset).Take(top).Select(x => Hit(x.Doc, x.sd.Score, wanted)).ToList();
            var groups = ordered.GroupBy(x => x.Doc.Get(Fields.DocId))
                .Select(g => new SearchGroup(g.Key, g.First().Doc.Get(Fields.DocTitle), g.Count(), Math.Round(g.Max(x => x.sd.Score), 4)))
                .ToList();
            return new SearchResponse(request.Query, candidates.TotalHits, hits, groups, interpretation);
        });
    }

    /// <summary>The Lucene query for an interpretation: typed words at full weight, expansions at less.</summary>
    internal static BooleanQuery Build(QueryInterpretation q, SearchTuning t)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var keyword in q.Keywords)
        {
            if (q.Aliases.TryGetValue(keyword, out var aliases))
            {
                // The keyword or any other name of it, whichever matches best: not their sum.
                var either = new DisjunctionMaxQuery(0.1f) { Keyword(keyword, 1f, t) };
                foreach (var alias in aliases)
                {
                    either.Add(Keyword(alias, 1f, t));
                }
                query.Add(either, Occur.SHOULD);
            }
            else
            {
                query.Add(Keyword(keyword, 1f, t), Occur.SHOULD);
            }
        }
        foreach (var phrase in q.Phrases)
        {
            // A quoted phrase must occur as written.
            query.Add((Query?)Phrase(Fields.Text, phrase, 0, t.ExactPhrase + 1) ?? Keyword(phrase, 1f, t), Occur.MUST);
        }
        foreach (var number in q.DocNumbers)
        {
            var citing = new BooleanQuery(disableCoord: true);
            citing.Add((Query?)Phrase(Fields.Text, number, 0, 2 * t.ExactPhrase) ?? Keyword(number, 1f, t), Occur.SHOULD);
            citing.Add(new TermQuery(new Term(Fields.DocNumber, number)) { Boost = 0.5f }, Occur.SHOULD);
            query.Add(citing, Occur.SHOULD);
        }
        foreach (var expansion in q.Expansions)
        {
            query.Add(Keyword(expansion, t.Expansion, t), Occur.SHOULD);
        }
        return query;
    }

    private static BooleanQuery Keyword(string keyword, float weight, SearchTuning t)
    {
        var q = new BooleanQuery(disableCoord: true) { Boost = weight };
        foreach (var (term, _, _, _) in PolicyAnalysis.Terms(PolicyAnalysis.Bigrams, Fields.Text, keyword).DistinctBy(x => x.Term))
        {
            q.Add(new TermQuery(new Term(Fields.Text, term)), Occur.SHOULD);
            q.Add(new TermQuery(new Term(Fields.Heading, term)) { Boost = t.HeadingTerm }, Occur.SHOULD);
            q.Add(new TermQuery(new Term(Fields.Title, term)) { Boost = t.TitleTerm }, Occur.SHOULD);
        }
        foreach (var (term, _, _, _) in PolicyAnalysis.Terms(PolicyAnalysis.Words, Fields.TextWords, keyword).DistinctBy(x => x.Term))
        {
            q.Add(new TermQuery(new Term(Fields.TextWords, term)) { Boost = t.Word }, Occur.SHOULD);
            q.Add(new TermQuery(new Term(Fields.HeadingWords, term)) { Boost = t.HeadingWord }, Occur.SHOULD);
        }
        if (Phrase(Fields.Text, keyword, 0, t.ExactPhrase) is { } exact)
        {
            q.Add(exact, Occur.SHOULD);
        }
        if (Phrase(Fields.Text, keyword, 4, t.NearPhrase) is { } near)
        {
            q.Add(near, Occur.SHOULD);
        }
        if (Phrase(Fields.Heading, keyword, 0, t.HeadingPhrase) is { } inHeading)
        {
            q.Add(inHeading, Occur.SHOULD);
        }
        return q;
    }

    /// <summary>The bigram phrase of a text, or null when it has fewer than two terms.</summary>
    private static PhraseQuery? Phrase(string field, string text, int slop, float boost)
    {
        var terms = PolicyAnalysis.Terms(PolicyAnalysis.Bigrams, field, text);
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
        var filters = new BooleanQuery
        {
            { new TermQuery(new Term(Fields.Kind, Fields.KindClause)), Occur.MUST },
        };
        void Exact(string field, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                filters.Add(new TermQuery(new Term(field, value.Trim())), Occur.MUST);
            }
        }
        Exact(Fields.Level, r.Level);
        Exact(Fields.Province, r.Province);
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
    private static List<(ScoreDoc sd, Lucene.Net.Documents.Document Doc)> Spread(List<(ScoreDoc sd, Lucene.Net.Documents.Document Doc)> hits, int perDocument)
    {
        var first = new List<(ScoreDoc, Lucene.Net.Documents.Document)>();
        var later = new List<(ScoreDoc, Lucene.Net.Documents.Document)>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var hit in hits)
        {
            var doc = hit.Doc.Get(Fields.DocId);
            var n = seen[doc] = seen.GetValueOrDefault(doc) + 1;
            (n <= perDocument ? first : later).Add(hit);
        }
        first.AddRange(later);
        return first;
    }

    private static SearchHit Hit(Lucene.Net.Documents.Document doc, float score, IReadOnlyList<string> wanted)
    {
        var text = doc.Get(Fields.Original);
        var traditional = doc.Get(Fields.Script) == "Hant";
        return new SearchHit(
            doc.Get(Fields.DocId), doc.Get(Fields.ClauseId), doc.Get(Fields.DocTitle), doc.Get(Fields.Path), doc.Get(Fields.Role), text,
            Math.Round(score, 4), Highlighter.Highlight(text, traditional, wanted), doc.Get(Fields.Facet),
            doc.GetField(Fields.Year)?.GetInt32Value(), doc.Get(Fields.Level), doc.Get(Fields.Province));
    }
}
