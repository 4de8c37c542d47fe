using Microsoft.ML.Data;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Text;

namespace PolicyGraph.Ingest.Linking;

/// <summary>What the link model sees of a candidate pair of clauses (child, parent), and the label when training.</summary>
public sealed class LinkFeatures
{
    /// <summary>Share of the child clause covered by runs it shares with the parent.</summary>
    public float ChildCoverage { get; set; }

    /// <summary>Share of the parent clause covered by the shared runs.</summary>
    public float ParentCoverage { get; set; }

    /// <summary>Smith–Waterman local alignment score over the child's length.</summary>
    public float LocalScore { get; set; }

    /// <summary>The longest shared run over the shorter clause's length.</summary>
    public float LongestRun { get; set; }

    /// <summary>Jaccard overlap of the two clauses' character bigrams.</summary>
    public float BigramOverlap { get; set; }

    /// <summary>How many indicator names the two clauses share, and how many of those carry the same value.</summary>
    public float SharedIndicators { get; set; }

    public float SameIndicatorValues { get; set; }

    public float SameRole { get; set; }

    public float SameFacet { get; set; }

    /// <summary>Difference of the clauses' relative positions in their documents (0 = same place, 1 = opposite ends).</summary>
    public float PositionGap { get; set; }

    public float YearGap { get; set; }

    /// <summary>Levels between the documents (national = 0 … county = 3); 0 for siblings.</summary>
    public float LevelGap { get; set; }

    [ColumnName("Label")]
    public bool Label { get; set; }

    public static readonly string[] Names =
    [
        nameof(ChildCoverage), nameof(ParentCoverage), nameof(LocalScore), nameof(LongestRun), nameof(BigramOverlap),
        nameof(SharedIndicators), nameof(SameIndicatorValues), nameof(SameRole), nameof(SameFacet), nameof(PositionGap),
        nameof(YearGap), nameof(LevelGap),
    ];

    /// <summary>The features of a candidate pair: how its texts align, what targets they share, how far apart they stand.</summary>
    internal static LinkFeatures Of(DocumentGraph child, Clause clause, DocumentGraph parentDocument, Clause parent, Alignment alignment, bool sibling)
    {
        var childIndicators = child.Indicators.Where(i => i.ClauseId == clause.Id).ToList();
        var parentIndicators = parentDocument.Indicators.Where(i => i.ClauseId == parent.Id).ToList();
        var sharedNames = childIndicators.Where(c => parentIndicators.Any(p => Indicator.SameName(c.Name, p.Name))).ToList();
        var sameValues = sharedNames.Count(c => parentIndicators.Any(p => Indicator.SameName(c.Name, p.Name) && p.Value == c.Value));
        var shorter = Math.Max(1, Math.Min(clause.SearchText.Length, parent.SearchText.Length));
        return new LinkFeatures
        {
            ChildCoverage = (float)alignment.PassageCoverage,
            ParentCoverage = (float)alignment.ClauseCoverage,
            LocalScore = (float)alignment.LocalScore,
            LongestRun = (float)(alignment.SharedRuns.Count == 0 ? 0 : alignment.SharedRuns.Max(r => r.Length)) / shorter,
            BigramOverlap = (float)Jaccard(clause.SearchText, parent.SearchText),
            SharedIndicators = sharedNames.Count,
            SameIndicatorValues = sameValues,
            SameRole = clause.Role == parent.Role ? 1 : 0,
            SameFacet = clause.Facet is not null && clause.Facet == parent.Facet ? 1 : 0,
            PositionGap = (float)Math.Abs(RelativePosition(child, clause) - RelativePosition(parentDocument, parent)),
            YearGap = child.Document.Year is { } cy && parentDocument.Document.Year is { } py ? Math.Abs(cy - py) : 0,
            LevelGap = sibling ? 0 : Math.Max(0, Levels.Rank(child.Document.Level) - Levels.Rank(parentDocument.Document.Level)),
        };
    }

    private static double RelativePosition(DocumentGraph doc, Clause clause) =>
        doc.Clauses.Count <= 1 ? 0 : (double)clause.Ordinal / (doc.Clauses.Count - 1);

    /// <summary>Jaccard overlap of the two texts' character pairs (every pair, punctuation included), each pair an int.</summary>
    private static double Jaccard(string a, string b)
    {
        var x = Bigrams(a);
        var y = Bigrams(b);
        if (x.Count + y.Count == 0)
        {
            return 0;
        }
        var shared = x.Count(y.Contains);
        return (double)shared / (x.Count + y.Count - shared);
    }

    private static HashSet<int> Bigrams(string s)
    {
        var set = new HashSet<int>(s.Length);
        for (var i = 0; i + 1 < s.Length; i++)
        {
            set.Add((s[i] << 16) | s[i + 1]);
        }
        return set;
    }
}
