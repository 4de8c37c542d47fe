using System.Text.RegularExpressions;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Regions;

namespace PolicyGraph.Ingest.Extraction.Metadata;

/// <summary>A division a text names throughout while it speaks as its province once: the 全省 is the province above it.</summary>
public static partial class PlaceResolver
{
    /// <summary>
    /// A county-level division a text names three times at least and clearly most (or twice, and no other division below a
    /// province), where it speaks as a province only once (湖南省醴陵市委… 全省园区…): the 全省 compares the county with the
    /// rest of its province. Twice, where it names the county four times at least and one of the county's bodies (黄骅市市场监督管理局
    /// … 全省…试点 … 在全省推广).
    /// </summary>
    private static Result? CountyNamedThroughout(Evidence evidence) =>
        evidence.SelfReferences.GetValueOrDefault("省") is var province and (1 or 2) && CountyNamed(evidence) is { } county && evidence.Mentions[county] is var times
        && (times >= 3 || (times == 2 && evidence.Mentions.Keys.Count(r => r.Level != Levels.Province) == 1))
        && (province == 1 || (times >= 4 && Regex.IsMatch(evidence.Statements.SearchText, Regex.Escape(county.Name) + @"(?:人民政府|政府|\p{IsCJKUnifiedIdeographs}{1,8}?局)")))
            ? Describe(county, evidence.Gazetteer) with { From = EvidenceSources.SelfReference, FromText = county.Name }
            : null;

    /// <summary>
    /// The one prefecture a text names three times at least, with its bodies (丽水市质监局, or by the unit: 市局), where it speaks
    /// as a province only once (丽水市质量与标准化工作会议…通报了全省…会议的精神): the 全省 is the province above the city.
    /// </summary>
    private static Result? PrefectureNamedThroughout(Evidence evidence) =>
        evidence.SelfReferences.GetValueOrDefault("省") == 1
        && evidence.Mentions.Where(m => m.Key.Level == Levels.Prefecture).ToList() is [{ Value: >= 3, Key: var prefecture }]
        && evidence.Mentions.All(m => m.Key.Province == prefecture.Province)
        && (evidence.UnitBodies.GetValueOrDefault("市") + evidence.SelfReferences.GetValueOrDefault("市") > 0
            || Regex.IsMatch(evidence.Statements.SearchText, Regex.Escape(prefecture.Name) + @"(?:人民政府|政府|市委|\p{IsCJKUnifiedIdeographs}{1,6}?局)"))
            ? Describe(prefecture, evidence.Gazetteer) with { From = EvidenceSources.SelfReference, FromText = prefecture.Name }
            : null;

    /// <summary>
    /// The province around a text placed below it without its division (全市 … 湖南省市场监管局 … 省里), where the text names that
    /// province itself and names it clearly most: a city's news names its own province, a benchmark elsewhere by its place.
    /// Null at province level and when no province is named.
    /// </summary>
    private static string? ProvinceNamedAround(Evidence evidence, string level) =>
        level is Levels.Prefecture or Levels.County && evidence.DominantProvince is { } province
        && evidence.Mentions.Keys.Any(r => r.Level == Levels.Province && r.Name == province)
        // A 直辖市 has districts and counties, no prefectures.
        && (level == Levels.County || evidence.Gazetteer.FindProvince(province)?.Kind != RegionKinds.Municipality)
            ? province
            : null;
}
