using Lucene.Net.Index;
using Lucene.Net.Search;

namespace PolicyGraph.Core.Search;

/// <summary>The site's filter counts: how many of the ranked candidates carry each value of a filter field.</summary>
internal static class FacetCounter
{
    private static readonly string[] FacetFields = [Fields.Level, Fields.Province, Fields.Region, Fields.Year, Fields.Role, Fields.Facet];

    internal static Dictionary<string, IReadOnlyList<FacetCount>> Count(IndexSearcher searcher, IEnumerable<int> docs)
    {
        var counts = FacetFields.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal));
        var visitor = new HashSet<string>(FacetFields);
        foreach (var doc in docs)
        {
            var stored = searcher.Doc(doc, visitor);
            foreach (var field in FacetFields)
            {
                var value = field == Fields.Year ? stored.GetField(field)?.GetInt32Value()?.ToString(System.Globalization.CultureInfo.InvariantCulture) : stored.Get(field);
                if (!string.IsNullOrEmpty(value))
                {
                    counts[field][value] = counts[field].GetValueOrDefault(value) + 1;
                }
            }
        }
        return counts.ToDictionary(c => c.Key, c => (IReadOnlyList<FacetCount>)c.Value
            .OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).Select(v => new FacetCount(v.Key, v.Value)).ToList());
    }
}
