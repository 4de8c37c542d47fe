namespace PolicyGraph.Core.Search;

/// <summary>A search as the contract states it, with the filters of the search box.</summary>
public sealed record SearchRequest(string Query)
{
    public int Top { get; init; } = 10;
    public int Offset { get; init; }
    public string? Level { get; init; }
    public string? Province { get; init; }

    /// <summary>The issuing jurisdiction (贵池区, 池州市, 安徽省).</summary>
    public string? Region { get; init; }

    public int? YearFrom { get; init; }
    public int? YearTo { get; init; }
    public string? Role { get; init; }
    public string? DocType { get; init; }
    public string? Facet { get; init; }

    /// <summary>Count the ranked candidates by level, province, region, year, role and facet (for the site's filters).</summary>
    public bool CountFacets { get; init; }
}
