using Lucene.Net.Index;
using Lucene.Net.Search;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Search;
using Fields = PolicyGraph.Core.Search.Fields;
using PolicyGraph.Core.Store;
using PolicyGraph.Core.Text;

namespace PolicyGraph.Core.Precedent;

public sealed record SimilarRequest(string Text)
{
    public int Top { get; init; } = 10;
    public string? ExcludeDoc { get; init; }
}

/// <summary>A clause that shares wording with the passage; <see cref="Shared"/> are character ranges of <see cref="Text"/>.</summary>
public sealed record SimilarHit(
    string DocId, string ClauseId, string DocTitle, string Text, double Score, IReadOnlyList<int[]> Shared,
    double Coverage, int? Year, string? Level, string? Province, string? Region)
{
    /// <summary>The longest stretch between two shared runs that still reads as one passage reworded.</summary>
    private const int MaxChangedLength = 20;

    /// <summary>
    /// What lies between the shared runs (character ranges of <see cref="Text"/>, ordered): the wording the other
    /// document changed. A wider gap is another passage, not a change.
    /// </summary>
    public IReadOnlyList<int[]> Changed()
    {
        var ordered = Shared.OrderBy(r => r[0]).ToList();
        var changed = new List<int[]>();
        for (var i = 1; i < ordered.Count; i++)
        {
            if (ordered[i][0] > ordered[i - 1][1] && ordered[i][0] - ordered[i - 1][1] <= MaxChangedLength)
            {
                changed.Add([ordered[i - 1][1], ordered[i][0]]);
            }
        }
        return changed;
    }
}

/// <summary>How widely the passage's wording was used before: by how many documents and places, and since when.</summary>
public sealed record PrecedentSummary(int Documents, IReadOnlyList<string> Jurisdictions, int? FirstYear, string? FirstDocId);

public sealed record SimilarResponse(IReadOnlyList<SimilarHit> Hits, PrecedentSummary Precedent);

/// <summary>
/// Precedent wording (similar --text): candidate clauses from the index by the passage's bigrams, re-ranked by
/// character-level alignment on the search view (what share of the passage they restate, how well it aligns
/// locally), returned with the shared spans mapped back onto the clauses as written.
/// </summary>
public sealed class PrecedentService(ClauseIndex index, IGraphStore store)
{
    public const int MaxPassageLength = 5000;
    private const int Candidates = 150;
    private const int PerDocument = 2;

    /// <summary>Hits at least this good count as a use of the wording in <see cref="PrecedentSummary"/>.</summary>
    public const double PrecedentThreshold = 0.5;

    public SimilarResponse Find(SimilarRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Text))
        {
            throw new SearchQueryException("empty passage: paste the wording to find precedent for");
        }
        if (request.Text.Length > MaxPassageLength)
        {
            throw new SearchQueryException($"passage too long ({request.Text.Length:N0} characters; at most {MaxPassageLength:N0})");
        }
        var passage = SearchNormaliser.ToSearchText(request.Text);
        var terms = PolicyAnalysis.Terms(PolicyAnalysis.Bigrams, Fields.Text, passage).Select(t => t.Term).Distinct(StringComparer.Ordinal).Take(BooleanQuery.MaxClauseCount).ToList();
        if (terms.Count == 0)
        {
            return new SimilarResponse([], new PrecedentSummary(0, [], null, null));
        }
        var query = new BooleanQuery(disableCoord: true);
        foreach (var term in terms)
        {
            query.Add(new TermQuery(new Term(Fields.Text, term)), Occur.SHOULD);
        }
        var scored = index.Search(searcher =>
        {
            var top = searcher.Search(query, Candidates);
            return top.ScoreDocs.Select(sd => searcher.Doc(sd.Doc)).Select(doc => new
            {
                DocId = doc.Get(Fields.DocId),
                ClauseId = doc.Get(Fields.ClauseId),
                DocTitle = doc.Get(Fields.DocTitle),
                Text = doc.Get(Fields.Original),
                Traditional = doc.Get(Fields.Script) == Scripts.Traditional,
                Year = doc.GetField(Fields.Year)?.GetInt32Value(),
                Level = doc.Get(Fields.Level),
                Province = doc.Get(Fields.Province),
            }).ToList();
        });
        var hits = new List<(SimilarHit Hit, double Score)>();
        foreach (var c in scored.Where(c => c.DocId != request.ExcludeDoc))
        {
            var view = SearchNormaliser.Normalise(c.Text, c.Traditional);
            var alignment = PassageAligner.Align(passage, view.Text);
            if (alignment.SharedRuns.Count == 0)
            {
                continue;
            }
            // What share of the passage the clause restates, and how closely it follows it.
            var score = 0.6 * alignment.PassageCoverage + 0.4 * alignment.LocalScore;
            var shared = alignment.SharedRuns.Select(r => view.ToSource(r.ClauseStart, r.ClauseStart + r.Length))
                .Select(r => new[] { r.Start, r.End }).ToList();
            hits.Add((new SimilarHit(c.DocId, c.ClauseId, c.DocTitle, c.Text, Math.Round(score, 4), shared, Math.Round(alignment.PassageCoverage, 4),
                c.Year, c.Level, c.Province, null), score));
        }
        var ordered = Spread(hits.OrderByDescending(h => h.Score).Select(h => h.Hit).ToList());
        var top = ordered.Take(Math.Clamp(request.Top, 1, 100)).Select(h => h with { Region = store.FindDocument(h.DocId)?.Region }).ToList();
        return new SimilarResponse(top, Summarise(ordered));
    }

    /// <summary>The best two clauses of each document first, so that a page shows who else wrote it.</summary>
    private static List<SimilarHit> Spread(List<SimilarHit> hits)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var first = new List<SimilarHit>();
        var later = new List<SimilarHit>();
        foreach (var hit in hits)
        {
            var n = seen[hit.DocId] = seen.GetValueOrDefault(hit.DocId) + 1;
            (n <= PerDocument ? first : later).Add(hit);
        }
        return [.. first, .. later];
    }

    private PrecedentSummary Summarise(List<SimilarHit> hits)
    {
        var uses = hits.Where(h => h.Score >= PrecedentThreshold).GroupBy(h => h.DocId).Select(g => g.First()).ToList();
        var documents = uses.Select(u => store.FindDocument(u.DocId)).OfType<Model.DocumentInfo>().ToList();
        var first = documents.Where(d => d.Year is not null).OrderBy(d => d.Year).ThenBy(d => d.Date).FirstOrDefault();
        var places = documents.Select(d => d.Region ?? d.Province).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return new PrecedentSummary(documents.Count, places, first?.Year, first?.Id);
    }
}
