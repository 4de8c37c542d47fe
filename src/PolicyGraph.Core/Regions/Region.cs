using PolicyGraph.Core.Model;

namespace PolicyGraph.Core.Regions;

/// <summary>
/// A province-, prefecture- or county-level division of mainland China (a row of <c>Data/regions.tsv</c>).
/// Two regions are the same when their NBS codes are: names are not unique (鼓楼区 is in four provinces).
/// </summary>
/// <param name="Code">NBS code: 2 digits for a province, 4 for a prefecture, 6 for a county-level division.</param>
/// <param name="Name">Official name (长阳土家族自治县).</param>
/// <param name="Level">One of <see cref="Levels"/>: province, prefecture or county.</param>
/// <param name="Province">The province-level division's name; the region's own name for a province.</param>
/// <param name="ShortName">The name as running text writes it (长阳, 昆山, 东城, 内蒙古); the full name where no
/// shorter form is usable (赵县, 市中区, 土默特左旗).</param>
/// <param name="Prefecture">The parent prefecture-level division's name; null for provinces, prefectures and for a
/// county-level division directly under its province (仙桃市, 神农架林区, the districts of 北京 and 重庆).</param>
/// <param name="Kind">The kind of division, one of <see cref="RegionKinds"/> (自治县, 县级市, 盟 …).</param>
/// <param name="Aliases">Other full forms documents use: 长阳县 for 长阳土家族自治县, 延边州 for 延边朝鲜族自治州.</param>
public sealed record Region(
    string Code, string Name, string Level, string Province, string ShortName, string? Prefecture, string Kind, IReadOnlyList<string> Aliases)
{
    public bool Equals(Region? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>
    /// The seat of its province's government: in the NBS code scheme the province's first prefecture (PP01: 石家庄 1301,
    /// 西安 6101 … 乌鲁木齐 6501, all 27 and nothing else).
    /// </summary>
    public bool IsProvincialCapital => Level == Levels.Prefecture && Code.Length == 4 && Code.EndsWith("01", StringComparison.Ordinal);

    public override string ToString() => Prefecture is null || Level != Levels.County ? $"{Name} ({Province})" : $"{Name} ({Prefecture}, {Province})";
}

/// <summary>The kinds of division in <c>regions.tsv</c>'s kind column, by level (domain.md §7).</summary>
public static class RegionKinds
{
    public const string Province = "省";
    public const string AutonomousRegion = "自治区";
    public const string Municipality = "直辖市";

    public const string PrefectureCity = "地级市";
    public const string AutonomousPrefecture = "自治州";
    public const string PrefectureArea = "地区";
    public const string League = "盟";

    public const string District = "市辖区";
    public const string County = "县";
    public const string AutonomousCounty = "自治县";
    public const string CountyCity = "县级市";
    public const string Banner = "旗";
    public const string AutonomousBanner = "自治旗";
    public const string ForestryArea = "林区";
    public const string SpecialDistrict = "特区";

    /// <summary>A development zone (经济技术开发区, 工业园区) governed at county level by its 管委会 (NBS x7x codes).</summary>
    public const string Zone = "功能区";

    public static readonly IReadOnlyList<string> All =
    [
        Province, AutonomousRegion, Municipality, PrefectureCity, AutonomousPrefecture, PrefectureArea, League,
        District, County, AutonomousCounty, CountyCity, Banner, AutonomousBanner, ForestryArea, SpecialDistrict, Zone,
    ];
}
