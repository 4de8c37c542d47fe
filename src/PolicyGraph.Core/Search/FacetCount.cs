namespace PolicyGraph.Core.Search;

/// <summary>How many of the ranked candidates carry a value of a filter field.</summary>
public sealed record FacetCount(string Value, int Count);
