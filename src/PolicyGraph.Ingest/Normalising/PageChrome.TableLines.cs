using System.Text.RegularExpressions;
using PolicyGraph.Core.Text;
using PolicyGraph.Ingest.Reading;

namespace PolicyGraph.Ingest.Normalising;

/// <summary>
/// The open-information table in the text forms a page flattens it into (domain.md §11 L1): pipes, bracketed labels,
/// <c>label: value</c> pairs two to a line, spaced-out labels, a label alone over its value; its fields are read, the
/// lines are chrome.
/// </summary>
public static partial class PageChrome
{
    /// <summary>
    /// Whether the cells of a line are a data table's: a figure cell beside a name of four or more characters (a pager's
    /// 上一页 | 1 | 2 | 下一页 has none), or an indicator header beside a year or 目标 header.
    /// </summary>
    public static bool IsTableRow(IReadOnlyList<string> cells) =>
        (cells.Any(c => FigureCell().IsMatch(c)) && cells.Any(c => c.Count(ch => ch is >= '\u4E00' and <= '\u9FFF') >= 4))
        || (cells.SelectMany(c => c.Split([' ', '\u3000', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)).Any(IsIndicatorNameHeader)
            && cells.Any(c => YearOrTargetHeaderCell().IsMatch(c)));

    /// <summary>Whether a table cell is a figure alone (95, ≥94, [30], 98.5%, —).</summary>
    public static bool IsFigureCell(string cell) => FigureCell().IsMatch(cell.Trim());

    /// <summary>Whether a table cell heads a column of figures (2025年, 2020年基期值, 目标值, 现状) or of attributes (属性).</summary>
    public static bool IsYearOrTargetHeader(string cell) => YearOrTargetHeaderCell().IsMatch(cell.Trim());

    /// <summary>Whether a table cell heads the column of indicator names (指标, 主要指标, 具体指标名称, 项目).</summary>
    public static bool IsIndicatorNameHeader(string cell) => IndicatorHeaderCell().IsMatch(cell.Trim());

    /// <summary>A table's label alone on its line, its value on the next (a portal's table copied one cell a line).</summary>
    public static string? LoneLabel(string line) => line.Length <= 16 ? OpenInformationTable.AsLabel(line) : null;

    /// <summary>Whether a line can be the value of the label above it: one short line, not prose.</summary>
    public static bool IsLabelValue(string line) =>
        line.Length <= 150 && line.IndexOf('。', StringComparison.Ordinal) < 0 && OpenInformationTable.AsLabel(line) is null
        && !ReadTableLine(line, new Dictionary<string, string>()) && !ReadLabelledFields(line, new Dictionary<string, string>());

    /// <summary>
    /// The table's text forms that are not <c>label: value</c>: pipes (<c>索引号 | 0113/2021-39769 | 发布机构 | 咸宁市人民政府</c>)
    /// and bracketed labels (<c>[ 发文字号 ] 晋政发〔2019〕8号 [ 成文日期 ] 2019-04-02</c>).
    /// </summary>
    private static bool ReadTableLine(string line, IDictionary<string, string> fields)
    {
        // A mirror's pinyin inside a label (【發(fā)文號】) and a list's number before a field (2. 【標題】…) are neither's part.
        line = ListedField().Replace(PinyinAnnotation.Strip(line), string.Empty);
        // Cells between bars or tabs; or between wide spaces when no colon marks labels (a colon line is label: value).
        if (line.Contains('|', StringComparison.Ordinal) || line.Contains('｜', StringComparison.Ordinal) || line.Contains('\t', StringComparison.Ordinal)
            || (WideSpace().IsMatch(line) && line.IndexOfAny([':', '：']) < 0))
        {
            var cells = CellSeparator().Split(line).Select(c => c.Trim(' ', '\u3000', '\t', '\u00A0')).Where(c => c.Length > 0).ToList();
            if (cells.Count >= 2 && OpenInformationTable.AsLabel(cells[0]) is not null)
            {
                return OpenInformationTable.ReadCells(cells, fields, minimumLabels: 1);
            }
        }
        var bracketed = BracketedLabel().Matches(line).Where(m => OpenInformationTable.AsLabel(m.Groups["label"].Value) is not null).ToList();
        if (bracketed.Count == 0 || bracketed[0].Index > 2)
        {
            return ReadSpacedPairs(line, fields);
        }
        for (var i = 0; i < bracketed.Count; i++)
        {
            var start = bracketed[i].Index + bracketed[i].Length;
            var end = i + 1 < bracketed.Count ? bracketed[i + 1].Index : line.Length;
            var value = line[start..end].Trim(' ', '\u3000', '\t', '\u00A0', ':', '：');
            if (value.Length > 0)
            {
                fields.TryAdd(OpenInformationTable.AsLabel(bracketed[i].Groups["label"].Value)!, value);
            }
        }
        return true;
    }

    /// <summary>
    /// A database page's fields glued into a line of text (…的通知文章属性•【制定机关】咸阳市人民政府•【发布文号】咸政发〔2021〕19号…):
    /// read when at least two known bracketed labels stand in the line, which stays text.
    /// </summary>
    private static void ReadInlineBracketedFields(string line, IDictionary<string, string> fields)
    {
        var labels = InlineBracketedLabel().Matches(line).Where(m => OpenInformationTable.AsLabel(m.Groups["label"].Value) is not null).ToList();
        if (labels.Count < 2)
        {
            return;
        }
        for (var i = 0; i < labels.Count; i++)
        {
            var start = labels[i].Index + labels[i].Length;
            var end = line.IndexOfAny(['【', '•'], start) is var next and >= 0 ? next : line.Length;
            var value = line[start..end].Trim(' ', '\u3000', '·', ':', '：');
            if (value.Length is > 0 and <= 60)
            {
                fields.TryAdd(OpenInformationTable.AsLabel(labels[i].Groups["label"].Value)!, value);
            }
        }
    }

    /// <summary>
    /// Labels and values between single spaces, without colons: <c>索引号 1150…/2024-00004 发布机构 北碚区人民政府</c>. The
    /// line starts with a label; each further label starts a pair. One pair alone counts only for a label that can stand
    /// alone (发文字号, 成文日期 …).
    /// </summary>
    private static bool ReadSpacedPairs(string line, IDictionary<string, string> fields)
    {
        var tokens = SpacedOutLabelsJoined(line.Split([' ', '\u3000', '\t'], StringSplitOptions.RemoveEmptyEntries));
        // (A value's clock time, 2020-11-27 00:00:00, is no label's colon.)
        if (tokens.Count < 2 || OpenInformationTable.AsLabel(tokens[0]) is null || ClockTime().Replace(line, string.Empty).IndexOfAny(['。', ':', '：']) >= 0)
        {
            return false;
        }
        var pairs = new List<(string Label, List<string> Value)>();
        foreach (var token in tokens)
        {
            // The line's first token is its label whatever its length (文號(hào), a label with its pinyin, is long).
            if ((pairs.Count == 0 || token.Length <= 8) && OpenInformationTable.AsLabel(token) is { } label)
            {
                pairs.Add((label, []));
            }
            else
            {
                pairs[^1].Value.Add(token);
            }
        }
        if (pairs.Count == 1 && (pairs[0].Value.Count == 0 || string.Join(" ", pairs[0].Value) is var only && (only.Length > 40 || only.IndexOfAny(['，', ',', '；']) >= 0)))
        {
            return false;
        }
        foreach (var (label, value) in pairs.Where(p => p.Value.Count > 0))
        {
            fields.TryAdd(label, string.Join(" ", value));
        }
        return true;
    }

    /// <summary>Labels spaced out character by character (<c>索 引 号</c>, <c>文    号</c>, <c>有 效 性</c>) joined into one token.</summary>
    private static List<string> SpacedOutLabelsJoined(string[] tokens)
    {
        var joined = new List<string>(tokens.Length);
        for (var i = 0; i < tokens.Length; i++)
        {
            var merged = false;
            if (tokens[i].Length == 1)
            {
                var label = tokens[i];
                for (var k = i + 1; k < Math.Min(tokens.Length, i + 6) && tokens[k].Length == 1; k++)
                {
                    label += tokens[k];
                    if (label.Length >= 2 && OpenInformationTable.AsLabel(label) is not null)
                    {
                        joined.Add(label);
                        i = k;
                        merged = true;
                        break;
                    }
                }
            }
            if (!merged)
            {
                joined.Add(tokens[i]);
            }
        }
        return joined;
    }

    /// <summary>Reads <c>label: value</c> pairs (索 引 号: …  名  称: …, 来源: … 时间: …); true when the line is made of them.</summary>
    private static bool ReadLabelledFields(string line, IDictionary<string, string> fields)
    {
        // An article line that opens on the page's date and time (2008-03-28 00:00:00 作者:… 来源:今日仪征): its labels follow.
        if (LeadingDateTime().Match(line) is { Success: true, Length: > 0 } stamp && LabelPattern.IsMatch(line[stamp.Length..]))
        {
            line = line[stamp.Length..];
        }
        // A two-column table flattened with its first column's colon lost (文号 岚政发〔2016〕19号 成文日期: 2016年10月11日):
        // the line's first word is a label too.
        if (BareFirstLabel().Match(line) is { Success: true } bare && OpenInformationTable.AsLabel(bare.Groups["label"].Value) is not null
            && LabelPattern.IsMatch(line[bare.Length..]))
        {
            line = bare.Groups["label"].Value + "：" + line[bare.Length..];
        }
        var matches = LabelPattern.Matches(line);
        // A mirror's Traditional labels (時間：, 發佈日期：) are the same labels: read the line in Simplified.
        if (matches.Count == 0 && line.IndexOfAny([':', '：']) >= 0 && SimplifiedInPlace(line) is var simplified
            && simplified != line && LabelPattern.IsMatch(simplified))
        {
            line = simplified;
            matches = LabelPattern.Matches(line);
        }
        var labels = matches.Select(m => (Match: m, Label: OpenInformationTable.AsLabel(m.Groups["label"].Value)))
            .Where(x => x.Label is not null)
            .ToList();
        if (labels.Count == 0 || labels[0].Match.Index > 2)
        {
            return false;
        }
        // One label alone (来源:) must look like chrome on its own: a source or time line, not prose with a colon.
        var first = labels[0].Label!;
        // A title label may carry a long value (名 称: 关于印发…的通知).
        var longest = OpenInformationTable.TitleLabels.Contains(first) ? 150 : 60;
        var lone = line[(labels[0].Match.Index + labels[0].Match.Length)..];
        // 废止日期: 2020-01-01 or a database's 备注: http://… (the page it took the text from) states no prose.
        var otherDate = (OpenInformationTable.IsOtherDateLabel(first) && DateValue().IsMatch(lone)) || LinkValue().IsMatch(lone);
        if (labels.Count == 1 && !otherDate && (!OpenInformationTable.LoneLabels.Contains(first) || line.Length - labels[0].Match.Length > longest || line.Contains('。', StringComparison.Ordinal)))
        {
            return false;
        }
        for (var i = 0; i < labels.Count; i++)
        {
            var start = labels[i].Match.Index + labels[i].Match.Length;
            var end = i + 1 < labels.Count ? labels[i + 1].Match.Index : line.Length;
            var value = line[start..end].Trim(' ', '\u3000', '\t', '\u00A0', '|', '｜');
            if (value.Length > 0)
            {
                fields.TryAdd(labels[i].Label!, value);
            }
        }
        return true;
    }

    [GeneratedRegex(@"^\s*(?:https?://|www\.)\S+\s*$")]
    private static partial Regex LinkValue();

    [GeneratedRegex(@"^\s*(?:19|20)[0-9]{2}-[0-9]{1,2}-[0-9]{1,2}(?:\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?\s+")]
    private static partial Regex LeadingDateTime();

    [GeneratedRegex(@"^\s*(?<label>\p{IsCJKUnifiedIdeographs}{2,6})[ \u3000\t]+(?=[^\s:：])")]
    private static partial Regex BareFirstLabel();

    // A known label, possibly spaced out (索 引 号), then a colon; longest labels first so 发布日期 beats 日期. A
    // two-character label must start a word: the 时间 of 废止时间 is not the 时间 label.
    private static readonly Regex LabelPattern = new(
        "(?<label>" + string.Join("|", OpenInformationTable.Labels.OrderByDescending(l => l.Length)
            .Select(l => (l.Length <= 2 ? @"(?<!\p{IsCJKUnifiedIdeographs})" : "") + string.Join(@"[ \u3000]{0,8}", l.Select(c => Regex.Escape(c.ToString())))))
        + @"|(?<![\p{IsCJKUnifiedIdeographs}])\p{IsCJKUnifiedIdeographs}{2,4}(?:日期|时间))(?:[ \u3000]*[A-Za-z][A-Za-z .]{0,30}?)?[ \u3000]*[:：]",
        RegexOptions.Compiled);

    /// <summary>
    /// Whether a line is a table's and names a date by its label (成文日期: …, 发布时间: …): its dates are under their labels.
    /// A date on an article-info line whose labels are others (来源:日照市人民政府2023-11-17, 作者:… 2019/5/16) is the page's.
    /// </summary>
    private static bool StatesDatesUnderLabels(string line)
    {
        var labelled = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!ReadTableLine(line, labelled) && !ReadLabelledFields(line, labelled))
        {
            return false;
        }
        return labelled.Keys.Any(l => OpenInformationTable.WrittenDateLabels.Contains(l) || OpenInformationTable.PublishedDateLabels.Contains(l)
            || OpenInformationTable.IsOtherDateLabel(l) || l.EndsWith("日期", StringComparison.Ordinal) || l.EndsWith("时间", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^\s*[0-9]{1,2}[.．、]\s*(?=[\[【〔])")]
    private static partial Regex ListedField();

    /// <summary>A value's clock time after its date (2020-11-27 00:00:00): its colons are no label's.</summary>
    [GeneratedRegex(@"(?<=[0-9]\s)[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?![0-9])")]
    private static partial Regex ClockTime();
}
