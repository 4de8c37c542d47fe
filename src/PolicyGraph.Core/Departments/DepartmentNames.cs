using PolicyGraph.Core.Text;

namespace PolicyGraph.Core.Departments;

/// <summary>
/// What a department name means (domain.md §6): its full form (质监局 → 质量技术监督局) and its line of function,
/// from two reviewed data tables. Works on Simplified text: names are passed through the search view first.
/// </summary>
public sealed class DepartmentNames
{
    private static readonly Lazy<DepartmentNames> Shared = new(() => new DepartmentNames(
        EmbeddedData.ReadTsv("department-abbreviations.tsv").Select(r => (r[0], r[1])).ToList(),
        EmbeddedData.ReadTsv("department-functions.tsv").Select(r => (r[0], r[1])).ToList()));

    private readonly IReadOnlyList<(string Short, string Full)> _abbreviations;
    private readonly IReadOnlyList<(string Keyword, string Function)> _functions;

    public DepartmentNames(IReadOnlyList<(string Short, string Full)> abbreviations, IReadOnlyList<(string Keyword, string Function)> functions)
    {
        _abbreviations = abbreviations.OrderByDescending(a => a.Short.Length).ToList();
        _functions = functions;
    }

    public static DepartmentNames Instance => Shared.Value;

    public IReadOnlyList<string> Functions => _functions.Select(f => f.Function).Distinct().ToList();

    /// <summary>The full form of a department's core name: 市场监管局 → 市场监督管理局; unknown names come back as they are.</summary>
    public string Expand(string core)
    {
        var simplified = SearchNormaliser.ToSearchText(core, traditional: true);
        foreach (var (shortForm, full) in _abbreviations)
        {
            if (simplified.EndsWith(shortForm, StringComparison.Ordinal))
            {
                return simplified[..^shortForm.Length] + full;
            }
        }
        return simplified;
    }

    /// <summary>The line of function of a department's full name, or null when the table does not know it.</summary>
    public string? FunctionOf(string fullName)
    {
        foreach (var (keyword, function) in _functions)
        {
            if (fullName.Contains(keyword, StringComparison.Ordinal))
            {
                return function;
            }
        }
        return null;
    }

    /// <summary>Every full form a short name may stand for, and the short forms of a full name: for search expansion.</summary>
    public IEnumerable<(string Short, string Full)> Abbreviations => _abbreviations;
}
