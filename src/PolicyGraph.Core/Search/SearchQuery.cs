using Lucene.Net.Index;
using Lucene.Net.Search;

namespace PolicyGraph.Core.Search;

/// <summary>
/// The queries of a search (<see cref="SearchService"/>): recall (per keyword, CJK-bigram and dictionary-word terms;
/// aliases as equals, related wording at less), rescoring (phrase, proximity, heading and title boosts) and the filters.
/// </summary>
internal static class SearchQuery
{
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

    internal static BooleanQuery Filters(SearchRequest r)
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
}
