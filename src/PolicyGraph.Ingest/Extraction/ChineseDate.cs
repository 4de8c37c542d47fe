using PolicyGraph.Core.Text;
using System.Text.RegularExpressions;

namespace PolicyGraph.Ingest.Extraction;

/// <summary>
/// Dates as documents write them: 2018年5月21日, 二〇一八年五月二十一日 (also with a digit zero or a letter O typed for 〇:
/// 二0一0年), 2018-05-22, 2018/5/22, 2018.05.22, and a line that is nothing but a date whose characters a converter lost
/// (<c>2016 8 23</c>: spaces keep year, month and day apart).
/// </summary>
public static partial class ChineseDate
{
    /// <summary>The first date in <paramref name="text"/> as <c>YYYY-MM-DD</c>, or null.</summary>
    public static string? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        // Full-width digits (２０１８年５月２１日) are digits; the pattern takes ASCII ones only.
        var folded = string.Concat(text.Select(Core.Text.SearchNormaliser.Fold));
        var m = Pattern().Match(folded);
        if (!m.Success)
        {
            m = SpacedPattern().Match(folded);
            if (!m.Success)
            {
                return null;
            }
        }
        var year = Number(m.Groups["y"].Value);
        var month = Number(m.Groups["m"].Value);
        var day = Number(m.Groups["d"].Value);
        if (year is null || month is null || day is null)
        {
            return null;
        }
        try
        {
            return new DateOnly(year.Value, month.Value, day.Value).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>Every date written out in <paramref name="text"/>, as <c>YYYY-MM-DD</c>.</summary>
    public static IEnumerable<string> All(string text)
    {
        var folded = string.Concat(text.Select(Core.Text.SearchNormaliser.Fold));
        foreach (Match m in Pattern().Matches(folded))
        {
            if (Parse(m.Value) is { } date)
            {
                yield return date;
            }
        }
    }

    /// <summary>
    /// The dates a run of digits whose separators were lost could be (<c>2019222</c> → 2019-02-22; <c>2019112</c> →
    /// 2019-01-12 or 2019-11-02). Never a date on its own: a caller accepts one only when another source agrees.
    /// </summary>
    public static IReadOnlyList<string> CompactCandidates(string? text)
    {
        var m = text is null ? null : CompactPattern().Match(text.Trim());
        if (m is not { Success: true })
        {
            return [];
        }
        var digits = m.Groups["d"].Value;
        var year = int.Parse(digits[..4], System.Globalization.CultureInfo.InvariantCulture);
        var rest = digits[4..];
        var found = new List<string>();
        for (var monthLength = 1; monthLength <= 2 && monthLength < rest.Length; monthLength++)
        {
            var dayPart = rest[monthLength..];
            if (dayPart.Length > 2 || (dayPart.Length == 2 && dayPart[0] == '0' && rest.Length == 3))
            {
                continue;
            }
            var month = int.Parse(rest[..monthLength], System.Globalization.CultureInfo.InvariantCulture);
            var day = int.Parse(dayPart, System.Globalization.CultureInfo.InvariantCulture);
            if (month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                found.Add(new DateOnly(year, month, day).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return found.Distinct(StringComparer.Ordinal).ToList();
    }

    private static int? Number(string s)
    {
        if (s.Length > 0 && char.IsAsciiDigit(s[0]))
        {
            return int.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
        }
        // 二〇一八 is written digit by digit; 二十一 with units.
        if (s.Length == 4 && !s.Contains('十', StringComparison.Ordinal))
        {
            var digits = s.Select(c => c is '0' or 'O' or 'o' or 'Ｏ' ? 0 : ChineseNumerals.Parse(c.ToString())).ToList();
            return digits.Any(d => d is null) ? null : digits.Aggregate(0, (acc, d) => acc * 10 + d!.Value);
        }
        return ChineseNumerals.Parse(s);
    }

    [GeneratedRegex(@"^(?<d>(?:19|20)[0-9]{4,6})$")]
    private static partial Regex CompactPattern();

    [GeneratedRegex(@"^\W{0,3}(?<y>(?:19|20)[0-9]{2})\s+(?<m>0?[1-9]|1[0-2])\s+(?<d>0?[1-9]|[12][0-9]|3[01])\s*$")]
    private static partial Regex SpacedPattern();

    [GeneratedRegex(@"(?<y>(?:19|20)[0-9]{2}|" + ChineseNumerals.DigitByDigitYear + @")\s*(?:年|-|/|\.)\s*(?<m>[0-9]{1,2}|[一二三四五六七八九十]{1,2})\s*(?:月|-|/|\.)\s*(?<d>[0-9]{1,2}|[一二三四五六七八九十]{1,3})(?:日|号)?")]
    private static partial Regex Pattern();
}
