using PolicyGraph.Core.Model;

namespace PolicyGraph.Ingest.Extraction;

/// <summary>An indicator found in a search-view text: [Start, End) is the span it was read from.</summary>
public sealed record IndicatorMatch(string Name, string Comparator, double Value, string Unit, int? Year, int Start, int End)
{
    /// <summary>Level, change or growth (<see cref="IndicatorKinds"/>).</summary>
    public string Kind { get; init; } = IndicatorKinds.Level;
}

/// <summary>
/// What <see cref="IndicatorExtractor.Read"/> found in a passage, the voice it ended in and whether it stated a target
/// cue anywhere (到2025年, 力争): a lead paragraph passes its voice on to its items only when it is a review throughout.
/// </summary>
public sealed record IndicatorReading(IReadOnlyList<IndicatorMatch> Matches, StatementVoice Voice, bool TargetCue)
{
    /// <summary>The last year the passage itself set targets for (到2025年, 2016年度，…目标：), or null: what its items are for.</summary>
    public int? Year { get; init; }
}
