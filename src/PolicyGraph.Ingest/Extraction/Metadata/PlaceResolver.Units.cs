using System.Text.RegularExpressions;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Regions;

namespace PolicyGraph.Ingest.Extraction.Metadata;

/// <summary>
/// The level a unit governs at when its place is left out: 区政府办 a county's, 市人民政府 by whom it addresses; a town's news
/// at the county it is governed from.
/// </summary>
public static partial class PlaceResolver
{
    /// <summary>The level an issuer that leaves its place out governs at: 区政府办 → county; 市人民政府 → from its addressees.</summary>
    private static string? LevelOfUnit(string issuer, string? addressees)
    {
        var unit = issuer.Split('、').Select(IssuerNames.AbbreviatedUnit).FirstOrDefault(u => u is not null);
        return unit switch
        {
            "省" or "自治区" => Levels.Province,
            "州" or "盟" or "自治州" => Levels.Prefecture,
            "区" or "县" or "旗" or "自治县" => Levels.County,
            "市" => LevelFromAddressees(addressees),
            _ => null,
        };
    }

    /// <summary>The units a division of a level is named with (a prefecture: 市, 州, 盟; a county: 县, 区, 市, 旗).</summary>
    private static string[] UnitsOfLevel(string level) => level switch
    {
        Levels.Prefecture => ["市", "州", "盟"],
        Levels.County => ["县", "区", "市", "旗"],
        _ => [],
    };

    private static string? LevelFromAddressees(string? addressees)
    {
        if (addressees is null)
        {
            return null;
        }
        if (TownshipAddressees().IsMatch(addressees))
        {
            return Levels.County;
        }
        return CountyAddressees().IsMatch(addressees) ? Levels.Prefecture : null;
    }

    /// <summary>
    /// A 市 that addresses its 区县(自治县) (各区县(自治县)市场监管局): the one 直辖市 that governs autonomous counties directly, as
    /// the gazetteer has it (重庆市); the other three govern districts alone.
    /// </summary>
    private static Result? MunicipalityOfItsAddressees(Evidence evidence)
    {
        if (evidence.Statements.Addressees is not { } addressees || !MunicipalAddressees().IsMatch(addressees)
            || (evidence.Statements.Issuer is { } issuer ? IssuerNames.AbbreviatedUnit(issuer.Split('、')[0]) != "市" : !evidence.SpeaksAsAPlace))
        {
            return null;
        }
        var municipalities = evidence.Gazetteer.Regions.Where(r => r.Kind == RegionKinds.Municipality
            && evidence.Gazetteer.ChildrenOf(r).Any(c => c.Kind == RegionKinds.AutonomousCounty)).ToList();
        return municipalities is [{ } only] ? new Result(Levels.Province, only.Name, only.Name, null, EvidenceSources.Addressees, addressees) : null;
    }

    [GeneratedRegex(@"区县[(（]自治县[)）]")]
    private static partial Regex MunicipalAddressees();

    /// <summary>
    /// A town's news (横村镇召开…推进会 … 全镇上下) that speaks as no county or city: the county-level division its site, its
    /// sponsor, its paper or its headline names (桐庐县新闻传媒中心 主办), or the text itself, a town being governed from there.
    /// </summary>
    private static Result? CountyOfItsTown(Evidence evidence) =>
        evidence.Statements.Issuer is null && !evidence.SpeaksAsAPlace && TownVoice().IsMatch(evidence.Statements.SearchText)
            ? new[] { "县", "区", "市", "旗" }.Select(unit => NamedBySiteOrHeadline(evidence, unit)).FirstOrDefault(r => r?.Level == Levels.County)
              // Or the one county the text names, where every other place it names holds it (上庄镇地处绩溪县西北部).
              ?? (CountyNamed(evidence) is { } county && evidence.Mentions.Keys.All(r => r.Equals(county) || Gazetteer.Contains(r, county))
                  ? Describe(county, evidence.Gazetteer) with { From = EvidenceSources.SelfReference, FromText = county.Name } : null)
            : null;

    [GeneratedRegex(@"全镇|全乡|镇党委|乡党委|镇政府|乡政府|镇人民政府|乡人民政府|街道党工委")]
    private static partial Regex TownVoice();

    [GeneratedRegex(@"乡镇|各镇|各乡|街道|办事处|苏木")]
    private static partial Regex TownshipAddressees();
    [GeneratedRegex(@"各(?:县|旗|区)|县\(市、?区\)|县、?(?:市、?)?区|旗县区|市\)?、县")]
    private static partial Regex CountyAddressees();

    /// <summary>A place a copy left unnamed (某市, X县, ××区, **市): a template's blank, no place.</summary>
    [GeneratedRegex(@"^(?:某|[XxＸ×*＊]+)")]
    private static partial Regex PlaceholderPlace();

    /// <summary>
    /// An autonomous region's own bodies named by its unit alone (自治区党委, 自治区人民政府副主席, 按照自治区市场监管厅…), not the end of
    /// a region's name (宁夏回族自治区人民政府, 内蒙古自治区, 西藏自治区).
    /// </summary>
    [GeneratedRegex(@"(?<![族古藏])自治区(?:党委|人民政府|政府|政协|人大|主席|副主席|\p{IsCJKUnifiedIdeographs}{1,10}?(?:厅|局|委员会|领导小组|办公室))")]
    private static partial Regex AutonomousRegionBody();

    /// <summary>A district's own government named by its unit (区人民政府, 区政府), never an autonomous region's.</summary>
    [GeneratedRegex(@"(?<=^|[^\p{IsCJKUnifiedIdeographs}]|[，。；：、“《在由经和与及是])区(?:人民)?政府")]
    private static partial Regex DistrictGovernment();

    /// <summary>
    /// The autonomous region a text without an issuer names clearly, where it names the region's bodies by the unit alone
    /// (…表示，自治区市场监督管理局将…): a report from the region's capital, as the region's own bodies speak of themselves. A
    /// text that names no place at all and tells of those bodies three times is still the region's: its level, no place.
    /// </summary>
    private static Result? RegionOfItsBodies(Evidence evidence)
    {
        // Not a text that speaks as a city or county (全市, 全县: a city's news of the region's award).
        if (evidence.Statements.Issuer is not null || SpeaksBelowAProvince(evidence)
            || AutonomousRegionBody().Matches(evidence.Statements.SearchText) is not { Count: > 0 } bodies)
        {
            return null;
        }
        // A report that tells of the bodies again and again (记者从自治区质监局获悉 … 自治区质监局将…).
        var told = bodies.Count >= 2;
        if (evidence.DominantProvince is { } region && region.EndsWith("自治区", StringComparison.Ordinal)
            // Not where a division of the region is named again and again (呼和浩特市赛罕区…赛罕区质量技术监督局) and the bodies
            // are not: its news, the region's bureau only whose plan it follows.
            && (told || evidence.Mentions.Where(m => m.Key.Level != Levels.Province).All(m => m.Value <= 1)))
        {
            return new Result(Levels.Province, region, region, null, EvidenceSources.SelfReference, bodies[0].Value);
        }
        return told && bodies.Count >= 3 && evidence.DominantProvince is null && evidence.Mentions.Count == 0
            ? new Result(Levels.Province, null, null, null, EvidenceSources.SelfReference, bodies[0].Value)
            : null;
    }
}
