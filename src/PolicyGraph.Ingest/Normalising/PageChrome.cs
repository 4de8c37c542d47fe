using System.Text.RegularExpressions;
using PolicyGraph.Core.Text;
using PolicyGraph.Ingest.Reading;

namespace PolicyGraph.Ingest.Normalising;

/// <summary>
/// Web page chrome (domain.md §9): breadcrumbs, font and print bars, 来源/时间 lines, open-information labels,
/// 公开属性 notes, footers. A chrome line is never policy text; what it says (来源, 时间, 文号 …) is kept as a field.
/// </summary>
public static partial class PageChrome
{
    private static readonly string[] ChromeWords =
    [
        "当前位置", "您的位置", "您现在的位置", "打印本页", "关闭窗口", "关闭本页", "分享到", "返回顶部", "扫一扫", "网站地图",
        "联系我们", "版权所有", "ICP备", "主办单位", "承办单位", "技术支持", "浏览次数", "点击数", "访问量", "【打印】", "【关闭】",
        "在手机上查看", "相关链接", "上一篇", "下一篇",
    ];

    /// <summary>True when <paramref name="line"/> is chrome; fields it states are added to <paramref name="fields"/>.</summary>
    public static bool IsChrome(string line, IDictionary<string, string> fields)
    {
        var compact = Compact(line);
        if (compact.Length == 0)
        {
            return false;
        }
        if (ReadLabelledFields(line, fields))
        {
            return true;
        }
        if (PublicityNote().IsMatch(compact))
        {
            return true;
        }
        if (compact.Contains("字体", StringComparison.Ordinal) &&
            (compact.Contains("打印", StringComparison.Ordinal) || compact.Contains("大中小", StringComparison.Ordinal) || compact.Contains("()", StringComparison.Ordinal)))
        {
            return true;
        }
        return ChromeWords.Any(w => compact.Contains(w, StringComparison.Ordinal)) || compact is "打印" or "关闭" or "收藏" or "字号";
    }

    /// <summary>Reads <c>label: value</c> pairs (索 引 号: …  名  称: …, 来源: … 时间: …); true when the line is made of them.</summary>
    private static bool ReadLabelledFields(string line, IDictionary<string, string> fields)
    {
        var matches = LabelPattern.Matches(line);
        var labels = matches.Select(m => (Match: m, Label: OpenInformationTable.AsLabel(m.Groups["label"].Value)))
            .Where(x => x.Label is not null)
            .ToList();
        if (labels.Count == 0 || labels[0].Match.Index > 2)
        {
            return false;
        }
        // One label alone (来源:) must look like chrome on its own: a source or time line, not prose with a colon.
        var first = labels[0].Label!;
        if (labels.Count == 1 && first is not (OpenInformationTable.Source or OpenInformationTable.Time or OpenInformationTable.PublishedDate
                or OpenInformationTable.GeneratedDate or OpenInformationTable.IndexNumber or OpenInformationTable.DocNumber or "发布时间"))
        {
            return false;
        }
        for (var i = 0; i < labels.Count; i++)
        {
            var start = labels[i].Match.Index + labels[i].Match.Length;
            var end = i + 1 < labels.Count ? labels[i + 1].Match.Index : line.Length;
            var value = line[start..end].Trim(' ', '\u3000', '\t', '\u00A0');
            if (value.Length > 0)
            {
                fields.TryAdd(labels[i].Label!, value);
            }
        }
        return true;
    }

    private static string Compact(string line) =>
        SearchNormaliser.ToSearchText(line, traditional: null).Replace(" ", string.Empty, StringComparison.Ordinal);

    // A known label, possibly spaced out (索 引 号), then a colon; longest labels first so 发布日期 beats 发布.
    private static readonly Regex LabelPattern = new(
        "(?<label>" + string.Join("|", OpenInformationTable.Labels.OrderByDescending(l => l.Length)
            .Select(l => string.Join(@"[ \u3000]{0,3}", l.Select(c => Regex.Escape(c.ToString()))))) + @")[ \u3000]*[:：]",
        RegexOptions.Compiled);

    [GeneratedRegex(@"^[(\[【]?此件(?:公开发布|主动公开|依申请公开|不予公开|不公开|删减后公开)[)\]】]?$")]
    private static partial Regex PublicityNote();
}
