using PolicyGraph.Core.Facets;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Text;

namespace PolicyGraph.Ingest.Extraction;

/// <summary>
/// A facet for every clause (domain.md §10): from the nearest heading that names one — the clause's own, then its
/// sections' from the nearest up — else from the facet model.
/// </summary>
public static class FacetAssigner
{
    public static IReadOnlyList<Clause> Assign(IReadOnlyList<Clause> clauses, IReadOnlyList<Section> sections, FacetClassifier? classifier)
    {
        var vocabulary = FacetVocabulary.Instance;
        var byId = sections.ToDictionary(s => s.Id);
        return clauses.Select(c =>
        {
            var fromHeading = FromHeadings(c, byId, vocabulary);
            return fromHeading is not null
                ? c with { Facet = fromHeading, FacetFromHeading = true }
                : c with { Facet = classifier?.Predict(c.SearchText), FacetFromHeading = false };
        }).ToList();
    }

    /// <summary>The facet the clause's headings decide, nearest first; null when none names a facet.</summary>
    public static string? FromHeadings(Clause clause, IReadOnlyDictionary<string, Section> sections, FacetVocabulary vocabulary)
    {
        if (clause.Heading is { } own && vocabulary.FromHeading(SearchNormaliser.ToSearchText(own, traditional: true)) is { } facet)
        {
            return facet;
        }
        for (var id = clause.SectionId; id is not null && sections.TryGetValue(id, out var section); id = section.ParentId)
        {
            if (section.Kind == SectionKinds.Part && vocabulary.FromHeading(SearchNormaliser.ToSearchText(section.Heading, traditional: true)) is { } inherited)
            {
                return inherited;
            }
        }
        return null;
    }
}
