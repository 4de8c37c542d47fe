namespace PolicyGraph.Ingest.Reading;

/// <summary>
/// The government open-information table (政府信息公开, domain.md §9): 索引号, 名称, 文号, 发布机构 … .
/// Its labels are written with spaces inside (<c>索 引 号</c>) and values after a colon or in the next cell.
/// </summary>
public static class OpenInformationTable
{
    public const string IndexNumber = "索引号";
    public const string Name = "名称";
    public const string Title = "标题";
    public const string DocNumber = "文号";
    public const string Publisher = "发布机构";
    public const string IssuingOrgan = "发文机关";
    public const string GeneratedDate = "生成日期";
    public const string WrittenDate = "成文日期";
    public const string PublishedDate = "发布日期";
    public const string Source = "来源";
    public const string Time = "时间";

    /// <summary>Every label seen on such tables; a line or table made of them is chrome, not policy.</summary>
    public static readonly IReadOnlySet<string> Labels = new HashSet<string>(StringComparer.Ordinal)
    {
        IndexNumber, Name, Title, DocNumber, "发文字号", Publisher, IssuingOrgan, GeneratedDate, WrittenDate, PublishedDate,
        "组配分类", "主题分类", "体裁分类", "服务对象分类", "关键词", "主题词", "内容概述", "摘要", "生效日期", "废止日期", "有效性",
        "语种", "公开方式", "公开范围", "公开时限", "信息来源", "所属机构", "分类", "发布时间", Source, Time, "作者", "发布者",
    };

    /// <summary>A label with its spaces and trailing colon removed, or null when <paramref name="cell"/> is not one.</summary>
    public static string? AsLabel(string cell)
    {
        var compact = new string(cell.Where(c => !char.IsWhiteSpace(c) && c != '\u3000').ToArray()).TrimEnd(':', '：');
        return Labels.Contains(compact) ? compact : null;
    }
}
