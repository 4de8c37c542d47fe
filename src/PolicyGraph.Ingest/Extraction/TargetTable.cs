using System.Globalization;
using System.Text.RegularExpressions;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Text;

namespace PolicyGraph.Ingest.Extraction;

/// <summary>
/// A table of targets copied as text, one row a paragraph with cells between pipes or tabs (<c>| 类别 | 指标 | 2020年基期值 |
/// 2025年目标值 | 属性 |</c>), as five-year plans print their main indicators (domain.md §11 L14). The header names the
/// indicator column and the target column (目标值, or the latest year that is not a base year); a base-year or current
/// column (基期值, 现状值, 2020年) holds results, which are not targets. A unit comes from the value cell, a 单位 column, or
/// the name's brackets (<c>制造业产品质量合格率（%）</c>). Rows are read from the line as written (the search view
/// drops the tabs between cells); each cell is compared in its search form. A saved web page's table reaches us with
/// its cells between spaces (<c>类别 指标 2020年基期值 2025年目标值</c>): such a table is known only by its header, and
/// its rows are the lines with as many cells.
/// </summary>
public sealed partial class TargetTable
{
    private enum Separator
    {
        Pipe,
        Tab,
        Space,
    }

    private readonly Separator _separator;
    private readonly int _columns;
    private readonly int _name;
    private readonly int _target;
    private readonly int? _unit;
    private readonly int? _year;

    private TargetTable(Separator separator, int columns, int name, int target, int? unit, int? year)
    {
        _separator = separator;
        _columns = columns;
        _name = name;
        _target = target;
        _unit = unit;
        _year = year;
    }

    /// <summary>Whether a line is a row of a table copied with pipes or tabs: at least three cells between them.</summary>
    public static bool IsRow(string line) => SeparatorOf(line) is var separator && separator != Separator.Space && Cells(line, separator).Count >= 3;

    /// <summary>Whether a line is a row of this table: for a table between spaces, a line with as many cells as its header.</summary>
    public bool IsRowOf(string line) => _separator == Separator.Space
        ? !IsRow(line) && Cells(line, Separator.Space).Count == _columns
        : IsRow(line);

    /// <summary>The table a header row opens, or null when the row names no indicator column and no target column.</summary>
    public static TargetTable? FromHeader(string line, int? presentYear)
    {
        var separator = SeparatorOf(line);
        var cells = Cells(line, separator).Select(c => SearchNormaliser.ToSearchText(c.Text)).ToList();
        var name = cells.FindIndex(Normalising.PageChrome.IsIndicatorNameHeader);
        if (name < 0)
        {
            return null;
        }
        // A 目标 column for a year before the present is the previous plan's (| 2020年目标 | 2020年完成情况 |): results.
        var target = cells.FindLastIndex(c => TargetHeader().IsMatch(c) && !BaseHeader().IsMatch(c) && (presentYear is null || YearOf(c) is null || YearOf(c) >= presentYear));
        if (target < 0 && cells.Any(c => TargetHeader().IsMatch(c)))
        {
            return null;
        }
        if (target < 0)
        {
            // No 目标 column: the latest year column that is no base or current value (| 指标 | 2020年 | 2025年 |).
            var years = cells.Select((c, i) => (Index: i, Year: YearOf(c), Base: BaseHeader().IsMatch(c)))
                .Where(c => c.Year is not null && !c.Base && (presentYear is null || c.Year >= presentYear)).OrderByDescending(c => c.Year).ToList();
            if (years.Count == 0)
            {
                return null;
            }
            target = years[0].Index;
        }
        var unit = cells.FindIndex(c => c.Trim() is "单位" or "计量单位");
        return target == name ? null : new TargetTable(separator, cells.Count, name, target, unit < 0 ? null : unit, YearOf(cells[target]));
    }

    /// <summary>
    /// The target a data row states in the target column, if its cell holds a number; its span is the target cell's in
    /// <paramref name="line"/> as written.
    /// </summary>
    public IndicatorMatch? ReadRow(string line, bool traditional, int? contextYear)
    {
        var cells = Cells(line, _separator);
        // A row of fewer cells than the header lost the cells a merged category spans (| 产业质量 | 合格率 | 95 | then
        // | 优良率 | 90 |): its cells are the header's last ones.
        var shift = Math.Max(0, _columns - cells.Count);
        var (nameAt, targetAt, unitAt) = (_name - shift, _target - shift, _unit - shift);
        if (nameAt < 0 || cells.Count <= Math.Max(nameAt, targetAt))
        {
            return null;
        }
        var value = TargetValue().Match(SearchNormaliser.ToSearchText(cells[targetAt].Text, traditional));
        var nameCell = SearchNormaliser.ToSearchText(cells[nameAt].Text, traditional);
        if (!value.Success || nameCell.Length == 0)
        {
            return null;
        }
        var number = double.Parse(value.Groups["num"].Value, CultureInfo.InvariantCulture);
        var bracketUnit = NameUnit().Match(nameCell);
        var name = IndicatorExtractor.Clean(bracketUnit.Success ? nameCell[..bracketUnit.Index] : nameCell);
        var unit = value.Groups["unit"].Value;
        if (unit.Length == 0 && unitAt is { } u && u >= 0 && u < cells.Count)
        {
            unit = SearchNormaliser.ToSearchText(cells[u].Text, traditional);
        }
        if (unit.Length == 0 && bracketUnit.Success)
        {
            unit = bracketUnit.Groups["unit"].Value.Trim();
        }
        if (name.Count(c => c is >= '\u4E00' and <= '\u9FFF') < 2 || !double.IsFinite(number))
        {
            return null;
        }
        var comparator = value.Groups["cmp"].Value switch
        {
            "≥" or ">=" or "≧" => ">=",
            "≤" or "<=" or "≦" => "<=",
            ">" => ">",
            "<" => "<",
            _ => value.Groups["mod"].Value switch
            {
                "以上" or "及以上" => ">=",
                "以下" or "以内" => "<=",
                _ => "=",
            },
        };
        // What the row measures: a yearly rate (…年均增速), a fall (能耗累计下降 13: −13, and ≥13 is a fall of at least
        // 13, ≤ −13), what is added (新增…品牌 5, or a cell 新增60), a figure in brackets (the 注's five-year cumulative [15]), else a level.
        var kind = GrowthName().IsMatch(name) ? IndicatorKinds.Growth
            : DecreaseName().IsMatch(name) || AddedName().IsMatch(nameCell.Trim()) || value.Groups["open"].Success || value.Groups["add"].Success ? IndicatorKinds.Change
            : IndicatorKinds.Level;
        if (kind == IndicatorKinds.Change && DecreaseName().IsMatch(name))
        {
            number = -number;
            comparator = comparator switch { ">=" => "<=", ">" => "<", "<=" => ">=", "<" => ">", _ => comparator };
        }
        var cell = cells[targetAt];
        var lead = cell.Text.Length - cell.Text.TrimStart().Length;
        return new IndicatorMatch(name, comparator, number, unit, _year ?? contextYear, cell.Start + lead, cell.Start + cell.Text.TrimEnd().Length) { Kind = kind };
    }

    private static int? YearOf(string cell) =>
        HeaderYear().Match(cell) is { Success: true } m ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : null;

    private static Separator SeparatorOf(string line) =>
        line.Count(c => c is '|' or '｜') >= 2 ? Separator.Pipe : line.Contains('\t', StringComparison.Ordinal) ? Separator.Tab : Separator.Space;

    /// <summary>The cells of a row with their offsets; a row without an outer pipe (a | b | c) is read the same.</summary>
    private static List<(string Text, int Start)> Cells(string line, Separator separator)
    {
        var cells = new List<(string, int)>();
        if (separator == Separator.Space)
        {
            foreach (Match m in SpaceCell().Matches(line))
            {
                cells.Add((m.Value, m.Index));
            }
            return cells.Count >= 3 ? cells : [];
        }
        var separators = separator == Separator.Pipe ? "|｜" : "\t";
        var start = 0;
        for (var i = 0; i <= line.Length; i++)
        {
            if (i == line.Length || separators.Contains(line[i], StringComparison.Ordinal))
            {
                cells.Add((line[start..i], start));
                start = i + 1;
            }
        }
        // The empty text before a leading pipe is no cell, nor is any run of empty cells at the row's end (a trailing
        // pipe, or the empty cells a page leaves after a row that lost its merged category: …| 约束性 | |).
        if (cells.Count > 0 && cells[0].Item1.Trim().Length == 0)
        {
            cells.RemoveAt(0);
        }
        while (cells.Count > 0 && cells[^1].Item1.Trim().Length == 0)
        {
            cells.RemoveAt(cells.Count - 1);
        }
        return cells.Count >= 3 ? cells : [];
    }

    [GeneratedRegex(@"\S+")]
    private static partial Regex SpaceCell();


    [GeneratedRegex(@"目标")]
    private static partial Regex TargetHeader();

    [GeneratedRegex(@"基期|基数|基准|现状|现值|实际|完成")]
    private static partial Regex BaseHeader();

    [GeneratedRegex(@"(?<y>(?:19|20)[0-9]{2})年?")]
    private static partial Regex HeaderYear();

    [GeneratedRegex(@"^(?<add>(?:累计)?新增)?\s*(?<cmp>≥|≤|≧|≦|>=|<=|>|<)?\s*(?:(?<open>[\[【])\s*)?(?<num>[0-9]+(?:\.[0-9]+)?)\s*(?(open)[\]】])\s*(?<unit>%|个百分点|万件|万亩|亿元|万元|个|家|项|件|分)?\s*(?<mod>及以上|以上|以下|以内|左右)?$")]
    private static partial Regex TargetValue();

    [GeneratedRegex(@"下降|降低|减少|压减")]
    private static partial Regex DecreaseName();

    // Not a rate of what is new (新建房屋建筑工程竣工验收合格率): a level.
    [GeneratedRegex(@"^(?:(?:累计)?新增|新建|新培育|新认定)(?!.*(?:率|占比|比重|比例)(?:\s*[(（][^()（）]*[)）])?$)")]
    private static partial Regex AddedName();

    [GeneratedRegex(@"\s*\((?<unit>[^()]{1,6})\)\s*$")]
    private static partial Regex NameUnit();

    [GeneratedRegex(@"年均增长|年均增速|年均增幅")]
    private static partial Regex GrowthName();
}
