namespace PolicyGraph.Core.Search;

public sealed record SearchHit(
    string DocId, string ClauseId, string DocTitle, string Path, string Role, string Text, double Score, string Highlight,
    string? Facet, int? Year, string? Level, string? Province)
{
    /// <summary>The issuing jurisdiction of the hit's document.</summary>
    public string? Region { get; init; }
}
