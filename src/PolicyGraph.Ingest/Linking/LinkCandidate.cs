using PolicyGraph.Core.Model;
using PolicyGraph.Core.Text;

namespace PolicyGraph.Ingest.Linking;

/// <summary>A pair of clauses that might be linked, with what the model needs to decide.</summary>
public sealed record LinkCandidate(Clause Child, Clause Parent, DocumentGraph ParentDocument, LinkFeatures Features, Alignment Alignment, bool Inferred)
{
    /// <summary>What a person checks a link by: the longest shared wording, how much of the child it covers, changed numbers.</summary>
    public string Evidence()
    {
        var runs = Alignment.SharedRuns.OrderByDescending(r => r.Length).Take(3).Select(r => Child.SearchText.Substring(r.PassageStart, r.Length));
        var changed = ParentDocument.Indicators.Where(p => p.ClauseId == Parent.Id)
            .SelectMany(p => Features.SharedIndicators > 0 ? new[] { p } : [])
            .Take(3)
            .Select(p => $"{p.Name} {p.Comparator}{p.Value}{p.Unit}");
        return $"covers {Features.ChildCoverage:P0} of the clause; shared: {string.Join(" | ", runs)}" +
            (Features.SharedIndicators > 0 ? $"; parent targets: {string.Join(", ", changed)}" : string.Empty);
    }
}
