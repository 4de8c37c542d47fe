namespace PolicyGraph.Core.Search;

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
