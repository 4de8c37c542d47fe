using PolicyGraph.Core.Text;

namespace PolicyGraph.Core.Facets;

public sealed record Facet(string Id, string Label, IReadOnlyList<string> HeadingWords);

/// <summary>The facets of domain.md §10 and the heading words that decide them (Data/facets.tsv).</summary>
public sealed class FacetVocabulary
{
    private static readonly Lazy<FacetVocabulary> Shared = new(() => new FacetVocabulary(
        EmbeddedData.ReadTsv("facets.tsv").Select(r => new Facet(r[0], r[1], r[2].Split('|', StringSplitOptions.RemoveEmptyEntries))).ToList()));

    public FacetVocabulary(IReadOnlyList<Facet> facets)
    {
        Facets = facets;
    }

    public static FacetVocabulary Instance => Shared.Value;

    public IReadOnlyList<Facet> Facets { get; }

    public Facet? ById(string id) => Facets.FirstOrDefault(f => f.Id == id);

    /// <summary>The facet a search-view heading names, by the earliest facet word in it; null when it names none.</summary>
    public string? FromHeading(string searchHeading)
    {
        string? best = null;
        var bestAt = int.MaxValue;
        var bestLength = 0;
        foreach (var facet in Facets)
        {
            foreach (var word in facet.HeadingWords)
            {
                var at = searchHeading.IndexOf(word, StringComparison.Ordinal);
                if (at >= 0 && (at < bestAt || (at == bestAt && word.Length > bestLength)))
                {
                    best = facet.Id;
                    bestAt = at;
                    bestLength = word.Length;
                }
            }
        }
        return best;
    }
}
