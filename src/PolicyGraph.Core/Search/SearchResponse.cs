namespace PolicyGraph.Core.Search;

public sealed record SearchResponse(string Query, int Total, IReadOnlyList<SearchHit> Hits, IReadOnlyList<SearchGroup> Groups, QueryInterpretation Interpreted)
{
    /// <summary>With <see cref="SearchRequest.CountFacets"/>: field → values with their counts among the ranked candidates, most first.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetCount>>? Facets { get; init; }

    /// <summary>The ranked candidates the hits are paged from (at most the rescoring depth).</summary>
    public int Ranked { get; init; }
}

/// <summary>Hits grouped by document: how many clauses of each matched, in the order of their best hit.</summary>
public sealed record SearchGroup(string DocId, string DocTitle, int Hits, double BestScore);
