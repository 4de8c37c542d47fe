namespace PolicyGraph.Core.Text;

/// <summary>Document types (文种, domain.md §3), longest first where one ends another.</summary>
public static class DocumentTypes
{
    public static readonly IReadOnlyList<string> All =
    [
        "实施意见", "指导意见", "意见", "实施方案", "工作方案", "行动方案", "方案", "实施细则", "细则", "纲要", "规划",
        "工作要点", "工作计划", "行动计划", "计划", "决定", "条例", "办法", "规定", "通知", "通报", "通告", "公告", "决议", "报告", "批复", "函",
    ];

    /// <summary>Whether a search-view line ends with a document type (…的实施意见, …工作方案).</summary>
    public static bool Ends(string searchText) => All.Any(d => searchText.EndsWith(d, StringComparison.Ordinal));
}
