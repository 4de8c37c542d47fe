namespace PolicyGraph.Core.Model;

/// <summary>A quantitative target (domain.md §5), with the exact text it came from.</summary>
public sealed record Indicator
{
    public required string Id { get; init; }
    public required string ClauseId { get; init; }
    public string? GoalId { get; init; }

    /// <summary>The indicator's name in the search view (Simplified): 农业标准化生产普及率.</summary>
    public required string Name { get; init; }

    /// <summary><c>&gt;=</c> <c>&gt;</c> <c>=</c> <c>&lt;=</c> <c>&lt;</c>.</summary>
    public required string Comparator { get; init; }

    public required double Value { get; init; }

    /// <summary><c>%</c>, <c>个</c>, <c>家</c> …, or empty for a bare index score.</summary>
    public required string Unit { get; init; }

    public int? Year { get; init; }

    /// <summary>
    /// What the value measures (domain.md §11 L15, <see cref="IndicatorKinds"/>): a level to reach (合格率达到95%), a
    /// change (提升3个百分点, 下降10% — a decrease is negative), or an annual growth rate (年均增长8%).
    /// </summary>
    public string Kind { get; init; } = IndicatorKinds.Level;

    /// <summary>The text the indicator was read from, as written in the clause.</summary>
    public required string Text { get; init; }

    /// <summary>Where <see cref="Text"/> lies in the clause's text.</summary>
    public int Start { get; init; }

    public int End { get; init; }

    /// <summary>
    /// Whether two indicator names name the same quantity: one contains the other (主要农产品质量安全抽检合格率 and
    /// 农产品质量安全抽检合格率), as local documents trim or qualify their parents' names.
    /// </summary>
    public static bool SameName(string a, string b) =>
        a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal);

    /// <summary>
    /// Whether two names are variants of one another (大中型建设工程一次验收合格率 / 大中型建设工程竣工验收合格率):
    /// the same measure word at the end and a longest common subsequence of at least three quarters of the longer
    /// name. Looser than <see cref="SameName"/>: use it only between clauses already known to be linked.
    /// </summary>
    public static bool VariantName(string a, string b)
    {
        if (SameName(a, b))
        {
            return true;
        }
        if (a.Length < 4 || b.Length < 4 || a[^2..] != b[^2..])
        {
            return false;
        }
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length] >= 0.75 * Math.Max(a.Length, b.Length);
    }
}

/// <summary>Kinds of indicator value (<see cref="Indicator.Kind"/>).</summary>
public static class IndicatorKinds
{
    public const string Level = "level";
    public const string Change = "change";
    public const string Growth = "growth";
}
