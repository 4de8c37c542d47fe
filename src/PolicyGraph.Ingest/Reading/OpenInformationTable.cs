namespace PolicyGraph.Ingest.Reading;

/// <summary>
/// The government open-information table (政府信息公开, domain.md §9 and §11 L1): 索引号, 名称, 文号, 发布机构 … .
/// Pages write it as an HTML table, as <c>label: value</c> pairs (two or three to a line, labels spaced out:
/// <c>发 文 机 关 :</c>), as pipes (<c>索引号 | … | 发布机构 | …</c>) or with bracketed labels (<c>[ 发文字号 ] …</c>).
/// Every form ends here: cells or pairs read into fields keyed by the label with its spaces removed. The label
/// groups say which field of the document each label states.
/// </summary>
public static partial class OpenInformationTable
{
    public const string IndexNumber = "索引号";
    public const string Source = "来源";

    /// <summary>The labels an article line names its source under (来源: 绥化日报, 文章来源: …).</summary>
    public static readonly IReadOnlyList<string> SourceLabels = [Source, "文章来源", "本文来源", "新闻来源", "信息来源", "稿源"];
    public const string Time = "时间";

    /// <summary>The label a file's name goes under (a table's, or a sharing site's caption of the file's pages).</summary>
    public const string FileName = "文件名称";

    /// <summary>The document's title.</summary>
    public static readonly IReadOnlyList<string> TitleLabels = ["标题", "名称", FileName, "信息名称", "文件标题", "公文标题", "中文名"]; // 中文名: an encyclopedia's infobox

    /// <summary>Its number (发文字号).</summary>
    public static readonly IReadOnlyList<string> NumberLabels = ["发文字号", "文号", "文件编号", "发文号", "文件字号", "发布文号", "政策文号", "字号"];

    /// <summary>Who issued it. 发布机构 is who put it on the site: often the issuer, sometimes its office, so it ranks last.</summary>
    public static readonly IReadOnlyList<string> IssuerLabels = ["发文机关", "发文单位", "发文机构", "制发机关", "制定机关", "发文部门", "颁布单位", "颁布机关", "发布单位", "政策发布部门", "发布部门", "解读单位", "解读机关", "发布机构", "所属机构", "公开主体"];

    /// <summary>The issuer labels that name who put the page up (the issuer's office, perhaps), not who issued the document.</summary>
    public static readonly IReadOnlyList<string> PublisherLabels = ["发布机构", "所属机构", "公开主体"];

    /// <summary>Its 成文日期 (the date under the signature).</summary>
    public static readonly IReadOnlyList<string> WrittenDateLabels = ["成文日期", "发文日期", "印发日期", "签发日期", "成文时间", "发文时间", "印发时间"];

    /// <summary>When the page published it: never the 成文日期.</summary>
    public static readonly IReadOnlyList<string> PublishedDateLabels = ["发布日期", "公开日期", "生成日期", "发布时间", "公开时间", "颁布日期", "颁布时间", "公布日期", "信息时间", "发表时间", "收录时间", "收录日期", "上传时间", "添加时间", "添加日期", Time, "日期", "更新时间"];

    /// <summary>Every label seen on such tables; a line or table made of them is chrome, not policy.</summary>
    public static readonly IReadOnlySet<string> Labels = new HashSet<string>(
        TitleLabels.Concat(NumberLabels).Concat(IssuerLabels).Concat(WrittenDateLabels).Concat(PublishedDateLabels).Concat(SourceLabels).Concat(
        [
            IndexNumber, "组配分类", "主题", "主题分类", "体裁分类", "服务对象分类", "信息分类", "信息类别", "所属主题", "关键词", "关键字", "主题词",
            "内容概述", "摘要", "生效日期", "废止日期", "施行日期", "有效性", "效力状态", "时效性", "语种", "公开方式", "公开范围", "公开时限",
            "责任部门", "分类", "作者", "发布者", "文种", "统一编号", "登记号", "公开属性", "浏览次数", "查看次数", "访问量", "点击量", "阅读量", "阅读次数", "责任编辑",
            "实施日期", "施行日期", "归档时间", "有效期", "信息索引号", "发文机构", "效力级别", "效力等级", "法规类别", "发布部门", "时效性",
            "解读类型", "解读形式", "解读人", "解读时间", "有效性状态", "时效状态", "备注",
            "政策级别", "政策主题", "政策类型", "政策分类", "政策领域", "所属领域", "适用对象", "文件类别", "文件类型", "文件状态", "文件分类", "公文时效", "时效", "公文种类", "重点领域", "文件下载", "内容概览",
        ]), StringComparer.Ordinal);

    /// <summary>Labels that can stand alone on a line with their value without the line being prose.</summary>
    public static readonly IReadOnlySet<string> LoneLabels = new HashSet<string>(
        NumberLabels.Concat(WrittenDateLabels).Concat(PublishedDateLabels).Concat(TitleLabels).Concat(IssuerLabels).Concat(SourceLabels).Concat(
            [IndexNumber, "责任编辑", "作者", "浏览次数", "阅读次数", "效力状态", "有效性", "有效性状态", "时效状态", "时效性", "效力级别",
                "生效日期", "废止日期", "施行日期", "实施日期", "政策级别", "政策主题", "政策类型", "政策分类", "政策领域"]),
        StringComparer.Ordinal);

    /// <summary>A label with its spaces, brackets and trailing colon removed, or null when <paramref name="cell"/> is not one.</summary>
    public static string? AsLabel(string cell)
    {
        // Traditional labels (發佈日期) read as Simplified; a bilingual label's English (索引号 Index No.) is dropped; a
        // colon with something after it (作者：admin) makes the cell a label and its value, not a label.
        var folded = Core.Text.SearchNormaliser.ToSearchText(cell.Length > 40 ? cell[..40] : cell, traditional: true).TrimEnd(' ', ':', '：');
        if (folded.IndexOfAny([':', '：']) >= 0)
        {
            return null;
        }
        var compact = new string(folded.Where(c => !char.IsWhiteSpace(c) && !char.IsAsciiLetter(c) && c is not ('[' or ']' or '【' or '】' or '〔' or '〕' or '.' or '(' or ')' or '•' or '●' or '·' or '◆' or '■' or '▪')).ToArray())
            .TrimEnd(':', '：');
        // A page's action link glued before a label (打印发布日期:, 【关闭】发布时间:) is the label.
        if (compact.Length > 4 && PageActions.FirstOrDefault(a => compact.StartsWith(a, StringComparison.Ordinal)) is { } action
            && Labels.Contains(compact[action.Length..]))
        {
            return compact[action.Length..];
        }
        return compact.Length > 0 && (Labels.Contains(compact) || IsOtherDateLabel(compact)) ? compact : null;
    }

    private static readonly string[] PageActions = ["打印", "关闭", "收藏", "分享", "返回", "纠错", "保存"];

    /// <summary>A table's other dates (废止时间, 失效日期, 有效期至): labels whose values are never the document's dates.</summary>
    public static bool IsOtherDateLabel(string compact) =>
        compact.Length is >= 4 and <= 6 && (compact.EndsWith("日期", StringComparison.Ordinal) || compact.EndsWith("时间", StringComparison.Ordinal))
        && compact[..^2].All(c => c is >= '\u4E00' and <= '\u9FFF');

    /// <summary>A value without the English translation a bilingual portal adds after it.</summary>
    public static string WithoutTranslation(string value) =>
        value.Any(c => c is >= '\u4E00' and <= '\u9FFF') ? Translation().Replace(value, string.Empty).Trim() : value;

    [System.Text.RegularExpressions.GeneratedRegex(@"\s*[A-Za-z][A-Za-z0-9 ,.'’()\-&:;/]{12,}$")]
    private static partial System.Text.RegularExpressions.Regex Translation();

    /// <summary>
    /// Reads a table's cells in reading order — label cell then value cell, or one cell holding <c>label: value</c> —
    /// into <paramref name="fields"/> (first value of a label wins; an empty value states nothing). True when at least
    /// <paramref name="minimumLabels"/> cells are labels, that is when the cells are an open-information table.
    /// </summary>
    public static bool ReadCells(IReadOnlyList<string> cells, IDictionary<string, string> fields, int minimumLabels = 3)
    {
        if (cells.Count(c => AsLabel(c) is not null || LabelWithValue(c).Label is not null) < minimumLabels)
        {
            return false;
        }
        for (var i = 0; i < cells.Count; i++)
        {
            if (AsLabel(cells[i]) is { } label)
            {
                if (i + 1 < cells.Count && AsLabel(cells[i + 1]) is null && LabelWithValue(cells[i + 1]).Label is null)
                {
                    var value = WithoutTranslation(cells[i + 1].Trim());
                    if (value.Length > 0 && !IsTableRule(value))
                    {
                        fields.TryAdd(label, value);
                    }
                    i++;
                }
            }
            else if (LabelWithValue(cells[i]) is { Label: { } l, Value: { Length: > 0 } v })
            {
                fields.TryAdd(l, WithoutTranslation(v));
            }
        }
        return true;
    }

    /// <summary>A markdown-style rule row (<c>---|---</c>, <c>:---:</c>): layout, no value.</summary>
    public static bool IsTableRule(string cell) =>
        cell.Length >= 3 && cell.Any(c => c is '-' or '—' or '=' or '─' or '━' or '═') && cell.All(c => c is '-' or ':' or '—' or '=' or ' ' or '|' or '+' or '─' or '━' or '═');

    private static (string? Label, string Value) LabelWithValue(string cell)
    {
        var colon = cell.IndexOfAny([':', '：']);
        return colon > 0 && AsLabel(cell[..colon]) is { } label
            ? (label, cell[(colon + 1)..].Trim())
            : (null, string.Empty);
    }
}
