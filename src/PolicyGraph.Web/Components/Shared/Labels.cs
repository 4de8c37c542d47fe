using System.Globalization;

namespace PolicyGraph.Web.Components.Shared;

/// <summary>The site's Chinese names for the model's codes (levels, roles, relations, changes), in one place.</summary>
public static class Labels
{
    public static string Level(string? level) => level switch
    {
        "national" => "国家",
        "province" => "省级",
        "prefecture" => "地级",
        "county" => "县级",
        null => "—",
        _ => level,
    };

    public static string Role(string? role) => role switch
    {
        "principle" => "原则",
        "goal" => "目标",
        "task" => "任务",
        "measure" => "保障措施",
        "timeline" => "步骤",
        "preamble" => "前言",
        "other" => "其他",
        null => "—",
        _ => role,
    };

    public static string Relation(string relation) => relation switch
    {
        "IMPLEMENTS" => "贯彻",
        "CITES" => "引用",
        "SUCCEEDS" => "接续",
        "SIBLING" => "同源",
        _ => relation,
    };

    public static string Change(string change) => change switch
    {
        "copied" => "照搬",
        "raised" => "提高",
        "lowered" => "降低",
        "dropped" => "未列",
        _ => change,
    };

    /// <summary>A quality facet's Chinese label (Data/facets.tsv).</summary>
    public static string Facet(string? facet) =>
        facet is null ? "—" : PolicyGraph.Core.Facets.FacetVocabulary.Instance.ById(facet)?.Label ?? facet;

    public static string Comparator(string comparator) => comparator switch
    {
        ">=" => "≥",
        "<=" => "≤",
        _ => comparator,
    };

    public static string Target(string comparator, double value, string unit) =>
        $"{Comparator(comparator)} {value.ToString("0.##", CultureInfo.InvariantCulture)}{unit}";

    public static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "—";
}
