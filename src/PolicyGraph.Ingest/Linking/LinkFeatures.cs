using Microsoft.ML.Data;

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
}
