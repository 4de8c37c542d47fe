using System.Buffers;
using PolicyGraph.Core.Model;

namespace PolicyGraph.Ingest.Linking;

/// <summary>
/// The linkable clauses of a small set of documents (a child's parents, or a few siblings), held in memory with an
/// inverted list of their character bigrams, so that a child clause's candidates come from a BM25 ranking over
/// just those clauses instead of a query over the whole index. Scoring is BM25 with every term frequency taken as
/// one (a clause rarely repeats a bigram that matters).
/// </summary>
internal sealed class ClausePool
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly List<(string DocId, Clause Clause)> _clauses = [];
    private readonly double[] _norm;
    private readonly Dictionary<int, (double Idf, List<int> Postings)> _terms = [];

    public ClausePool(IEnumerable<DocumentGraph> documents, Func<Clause, bool> linkable)
    {
        var lengths = new List<int>();
        foreach (var graph in documents)
        {
            foreach (var clause in graph.Clauses.Where(linkable))
            {
                var index = _clauses.Count;
                _clauses.Add((graph.Document.Id, clause));
                var bigrams = Bigrams(clause.SearchText);
                lengths.Add(bigrams.Count);
                foreach (var bigram in bigrams)
                {
                    if (!_terms.TryGetValue(bigram, out var term))
                    {
                        _terms[bigram] = term = (0, []);
                    }
                    term.Postings.Add(index);
                }
            }
        }
        var average = lengths.Count == 0 ? 1 : Math.Max(1, lengths.Average());
        _norm = lengths.Select(l => (K1 + 1) / (1 + K1 * (1 - B + B * l / average))).ToArray();
        foreach (var key in _terms.Keys.ToList())
        {
            var postings = _terms[key].Postings;
            _terms[key] = (Math.Log(1 + (_clauses.Count - postings.Count + 0.5) / (postings.Count + 0.5)), postings);
        }
    }

    public int Count => _clauses.Count;

    /// <summary>The <paramref name="top"/> clauses outside <paramref name="excludeDocument"/> that best match <paramref name="text"/>.</summary>
    public List<(string DocId, string ClauseId)> Top(string text, string excludeDocument, int top)
    {
        // Scores in a dense array (a group of siblings may hold tens of thousands of clauses, and a common bigram
        // reaches most of them), the best few kept as they come: no dictionary, no sort of every clause touched.
        var scores = ArrayPool<double>.Shared.Rent(_clauses.Count);
        var touched = new List<int>();
        try
        {
            Array.Clear(scores, 0, _clauses.Count);
            foreach (var bigram in Bigrams(text))
            {
                if (_terms.TryGetValue(bigram, out var term))
                {
                    foreach (var i in term.Postings)
                    {
                        if (scores[i] == 0)
                        {
                            touched.Add(i);
                        }
                        scores[i] += term.Idf * _norm[i];
                    }
                }
            }
            // Best first; equal scores in pool order, as a stable sort would give them.
            var best = new List<int>(top + 1);
            foreach (var i in touched)
            {
                if (_clauses[i].DocId == excludeDocument || (best.Count == top && !Better(i, best[^1])))
                {
                    continue;
                }
                var at = best.Count;
                while (at > 0 && Better(i, best[at - 1]))
                {
                    at--;
                }
                best.Insert(at, i);
                if (best.Count > top)
                {
                    best.RemoveAt(top);
                }
            }
            return best.Select(i => (_clauses[i].DocId, _clauses[i].Clause.Id)).ToList();
        }
        finally
        {
            ArrayPool<double>.Shared.Return(scores);
        }

        bool Better(int a, int b) => scores[a] > scores[b] || (scores[a] == scores[b] && a < b);
    }

    /// <summary>The distinct bigrams of letters and digits (the search view has no spaces, punctuation breaks a pair).</summary>
    private static HashSet<int> Bigrams(string text)
    {
        var set = new HashSet<int>();
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsLetterOrDigit(text[i]) && char.IsLetterOrDigit(text[i + 1]))
            {
                set.Add((text[i] << 16) | text[i + 1]);
            }
        }
        return set;
    }
}
