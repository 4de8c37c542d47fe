using System.Text.RegularExpressions;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Regions;

namespace PolicyGraph.Ingest.Extraction.Metadata;

/// <summary>
/// How a text places itself when it names no issuer: 我省, 全市 and the departments it makes responsible, with the place
/// the text, its site, its headline or its dateline names; and the province it names clearly most.
/// </summary>
public static partial class PlaceResolver
{
    /// <summary>
    /// A document that speaks of itself (我省, 全市, 本区) in one unit clearly more than in others, and names a
    /// division of that unit clearly more than any other, is that division's.
    /// </summary>
    private static Result? FromSelfReference(Evidence evidence)
    {
        if (SelfReferencedUnit(evidence.SelfReferences) is not { } unit)
        {
            // Once (我市, 我省) is enough where the site or the news's dateline names a division of that unit (琼海新闻网9月2日
            // 消息), where the text is about a 直辖市, or, for 我省, where every place it names lies in one province.
            return LoneSelfReferencedUnit(evidence.SelfReferences) switch
            {
                "省" => CountyNamedThroughout(evidence) ?? PrefectureNamedThroughout(evidence) ?? PlaceBeforeColon(evidence) ?? PrefectureHeadlined(evidence) ?? SelfReferencedProvince(evidence) ?? DatelineProvince(evidence) ?? ProvinceOfSource(evidence),
                { } lone => Municipality(evidence, lone) ?? NamedBySiteOrHeadline(evidence, lone),
                // Tied (全省 once, 全市 once, each a comparison): a county named throughout, where no other province's place is.
                null => TiedUnitNamedBySite(evidence)
                    ?? (CountyNamedThroughout(evidence) is { } county && evidence.Mentions.Keys.All(r => r.Province == county.Province) ? county : null),
            };
        }
        if (unit == "省")
        {
            return CountyNamedThroughout(evidence) ?? PrefectureNamedThroughout(evidence) ?? PrefectureHeadlined(evidence) ?? SelfReferencedProvince(evidence) ?? DatelineProvince(evidence) ?? ProvinceOfSource(evidence);
        }
        // 我区 beside the autonomous region's own bodies (自治区党委、政府, 自治区人民政府副主席) is the autonomous region.
        if (unit == "区" && AutonomousRegionBody().IsMatch(evidence.Statements.SearchText)
            && evidence.DominantProvince is { } autonomous && autonomous.EndsWith("自治区", StringComparison.Ordinal))
        {
            return new Result(Levels.Province, autonomous, autonomous, null, EvidenceSources.SelfReference, autonomous);
        }
        var named = evidence.Mentions.Where(m => m.Key.Level != Levels.Province && m.Key.Name.EndsWith(unit, StringComparison.Ordinal))
            .OrderByDescending(m => m.Value).ToList();
        // Named three times at least: a place named once or twice is as often a benchmark (对标苏州工业园区) as home.
        if (named.Count == 0 || named[0].Value < 3 || (named.Count > 1 && named[0].Value < 2 * named[1].Value))
        {
            return Municipality(evidence, unit) ?? NamedBySiteOrHeadline(evidence, unit);
        }
        return Describe(named[0].Key, evidence.Gazetteer) with { From = EvidenceSources.SelfReference, FromText = named[0].Key.Name };
    }

    /// <summary>
    /// Home as the text itself states it: by speaking of itself (我省, 全市) with the place named, by naming one division and no
    /// other, or by naming one clearly most and speaking of it as home.
    /// </summary>
    private static Result? HomeNamedInText(Evidence evidence) => FromSelfReference(evidence) ?? SoleNamedHome(evidence) ?? NamedHome(evidence);

    /// <summary>The province a text that says 我省 names clearly most, at province level.</summary>
    private static Result? SelfReferencedProvince(Evidence evidence) =>
        evidence.DominantProvince is { } province ? new Result(Levels.Province, province, province, null, EvidenceSources.SelfReference, null) : null;

    /// <summary>
    /// The province a text that says 我省 names nowhere but in its source, site or copyright line (来源:山西省人民政府): whose
    /// page it is.
    /// </summary>
    private static Result? ProvinceOfSource(Evidence evidence) =>
        new[] { evidence.Statements.NewsSource, evidence.Statements.Site, evidence.Statements.CopyrightOwner }
            .Select(source => source is null ? null : evidence.Gazetteer.LeadingPlaces(source) is [{ Region: { Level: Levels.Province } province }, ..] ? province : null)
            .FirstOrDefault(province => province is not null) is { } named
            ? new Result(Levels.Province, named.Name, named.Name, null, EvidenceSources.Site, named.Name)
            : null;

    /// <summary>
    /// 我市 in a text about 重庆 (全市, 市政府办公厅): a 直辖市 speaks of itself as a 市, at province level. But a text about the
    /// one district of it that it names, and whose bodies it names by their unit as often (宝山区…区政府…区长…, 全市 once): the
    /// district's, the 全市 being the municipality around it.
    /// </summary>
    private static Result? Municipality(Evidence evidence, string unit)
    {
        if (unit != "市" || evidence.DominantProvince is not { } province || evidence.Gazetteer.FindProvince(province)?.Kind != RegionKinds.Municipality)
        {
            return null;
        }
        return evidence.Mentions.Keys.Where(r => r.Level == Levels.County && r.Province == province).ToList() is [{ } district]
            && evidence.UnitBodies.GetValueOrDefault(district.Name[^1..]) is var bodies && bodies >= 2 && bodies >= evidence.SelfReferences.GetValueOrDefault(unit)
            ? Describe(district, evidence.Gazetteer) with { From = EvidenceSources.SelfReference, FromText = district.Name }
            : new Result(Levels.Province, province, province, null, EvidenceSources.SelfReference, province);
    }

    /// <summary>
    /// The site a text is on (its name or its copyright owner), the source its article line names (来源: 绥化日报), a
    /// report's headline or dateline, the site's other headlines
    /// or the local media the text names, naming a division of the
    /// unit the text speaks of itself in by its short name (玛纳斯新闻网, 保定出台…, 琼海新闻网9月2日消息, for a text that says
    /// 我县, 我市).
    /// </summary>
    private static Result? NamedBySiteOrHeadline(Evidence evidence, string unit) =>
        SiteDivision(evidence.Statements.Site, evidence, unit) is { } site ? Describe(site, evidence.Gazetteer) with { From = EvidenceSources.Site, FromText = evidence.Statements.Site }
        : SiteDivision(evidence.Statements.CopyrightOwner, evidence, unit) is { } owner ? Describe(owner, evidence.Gazetteer) with { From = EvidenceSources.Site, FromText = evidence.Statements.CopyrightOwner }
        : SiteDivision(evidence.Statements.NewsSource, evidence, unit) is { } paper ? Describe(paper, evidence.Gazetteer) with { From = EvidenceSources.Site, FromText = evidence.Statements.NewsSource }
        : (ShortNamedOfUnit(evidence.Statements.Title, evidence, unit) ?? ActorOfHeadline(evidence.Statements.Title, evidence, unit)) is { } titled ? Describe(titled, evidence.Gazetteer) with { From = EvidenceSources.TitleLine, FromText = evidence.Statements.Title }
        : DatelineSource(evidence, unit) is ({ } dateline, { } source) ? Describe(dateline, evidence.Gazetteer) with { From = EvidenceSources.NewsLead, FromText = source }
        : OtherHeadlinesPlace(evidence, unit) is ({ } local, { } headline) ? Describe(local, evidence.Gazetteer) with { From = EvidenceSources.Site, FromText = headline }
        : LocalMediaPlace(evidence, unit) is ({ } served, { } medium) ? Describe(served, evidence.Gazetteer) with { From = EvidenceSources.SelfReference, FromText = medium }
        : NamedWithinHeadline(evidence, unit) is { } headlined ? Describe(headlined, evidence.Gazetteer) with { From = EvidenceSources.TitleLine, FromText = evidence.Statements.Title }
        : ProvinceQualifiedInText(evidence, unit) is ({ } qualified, { } written) ? Describe(qualified, evidence.Gazetteer) with { From = EvidenceSources.SelfReference, FromText = written }
        : FiledDivision(evidence, unit) is { } filed ? Describe(filed, evidence.Gazetteer) with { From = EvidenceSources.Site, FromText = evidence.Statements.FilingCode }
        : ShortNamedInText(evidence, unit) is { } byName ? Describe(byName, evidence.Gazetteer) with { From = EvidenceSources.SelfReference, FromText = byName.ShortName }
        : null;

    /// <summary>
    /// A text that speaks of itself as a place below a province as often as it does as the province (全市 once, 全省 once, of
    /// the province's catalogue): the division of the lower unit its site, paper or own bureau's site names
    /// (可登录秦皇岛质量技术监督网站), where every province the text names is that division's.
    /// </summary>
    private static Result? TiedUnitNamedBySite(Evidence evidence) =>
        SelfUnits.Reverse().Where(unit => unit != "省" && evidence.SelfReferences.GetValueOrDefault(unit) > 0)
            .Select(unit => NamedBySiteOrHeadline(evidence, unit))
            .FirstOrDefault(r => r is { Province: { } province } && evidence.Mentions.Keys.All(m => m.Province == province));

    /// <summary>The one unit a text speaks of itself in at all, however seldom (我市 once, and no 我县 or 全省), or null.</summary>
    private static string? LoneSelfReferencedUnit(IReadOnlyDictionary<string, int> selfReferences) =>
        selfReferences.Where(u => u.Value > 0).Select(u => u.Key).ToList() is [var only] ? only : null;

    private static readonly string[] SelfUnits = ["省", "市", "县", "区", "旗", "州", "盟"];

    /// <summary>
    /// The division a report is about: named three times at least and twice as often as any other below a province (the
    /// prefecture it lies in aside), and spoken of as home at least once (临泉县 … 在全县推广) — or named throughout a text
    /// that speaks of no place as its own.
    /// </summary>
    private static Result? NamedHome(Evidence evidence)
    {
        var named = evidence.Mentions.Where(m => m.Key.Level != Levels.Province).OrderByDescending(m => m.Value).ToList();
        if (named.Count == 0 || named[0].Value < 3)
        {
            return null;
        }
        var home = named[0].Key;
        // The prefecture it lies in is named with it (阜阳市临泉县), not against it.
        if (named.Skip(1).Where(m => !Gazetteer.Contains(m.Key, home)).Any(m => named[0].Value < 2 * m.Value))
        {
            return null;
        }
        // Or, speaking of no place as its own at all, named throughout (six times, four times any other place, other
        // provinces too): 沧州市召开…大会 … 沧州把… (a city report's copy that never says 全市).
        var throughout = named[0].Value >= 6 && !evidence.SpeaksAsAPlace
            && evidence.Mentions.Where(m => !m.Key.Equals(home) && !Gazetteer.Contains(m.Key, home)).All(m => named[0].Value >= 4 * m.Value);
        return evidence.SelfReferences.GetValueOrDefault(home.Name[^1..]) > 0 || throughout
            ? Describe(home, evidence.Gazetteer) with { From = EvidenceSources.SelfReference, FromText = home.Name }
            : null;
    }

    /// <summary>
    /// The one division below a province a text names, with no other place beside it (its own province aside), when the
    /// text also speaks of itself in that division's unit: <c>全市 … 晋中市市场监管局会同有关部门起草…晋中市将建立…</c>. A
    /// benchmark is named beside home, not alone.
    /// </summary>
    private static Result? SoleNamedHome(Evidence evidence)
    {
        var named = evidence.Mentions.Where(m => m.Key.Level != Levels.Province).ToList();
        // The prefecture a county lies in is named with it (传达廊坊市会议精神 … 永清县随即召开), not against it.
        var inner = named.Where(m => !named.Any(o => Gazetteer.Contains(m.Key, o.Key))).ToList();
        if (inner is not [var only])
        {
            return null;
        }
        var home = only.Key;
        var text = evidence.Statements.SearchText;
        if (evidence.Mentions.Keys.Any(r => r.Level == Levels.Province && r.Province != home.Province))
        {
            return null;
        }
        // Named once, it is home only where the text speaks of itself as one of its kind twice (湟源县召开… 全县…全县) and
        // the name is not what it learns from (学习借鉴X经验). A text that never speaks of itself so names its bodies by
        // the unit alone instead (南海区… 区财政部门负责…).
        var selfReferences = evidence.SelfReferences.GetValueOrDefault(home.Name[^1..]);
        if (!evidence.SpeaksAsAPlace)
        {
            selfReferences = evidence.UnitBodies.GetValueOrDefault(home.Name[^1..]);
        }
        // Named three times and nothing else named: what the text is about (南宁市以82.46分…南宁市市场监管局…表示).
        // (Not a county the city's own text names three times: 市政府考核组…分赴镇原县 is the city's; nor an autonomous
        // prefecture's, in its own voice: 我州…茂县.)
        var enough = only.Value >= 3 ? home.Level != Levels.County || (!CityVoice().IsMatch(Regex.Replace(text, Ranking("市"), string.Empty))
                && !(evidence.Gazetteer.PrefectureOf(home) is { } above && !above.Name.EndsWith('市') && SpeaksAsThePrefecture(text, above)))
            : only.Value == 2 ? selfReferences > 0
            : selfReferences >= 2 && text.IndexOf(home.Name, StringComparison.Ordinal) is var at and >= 0
              && !Benchmark().IsMatch(text[Math.Max(0, at - 8)..at]);
        return enough ? Describe(home, evidence.Gazetteer) with { From = EvidenceSources.SelfReference, FromText = home.Name } : null;
    }

    /// <summary>
    /// The one division of the given unit a headline names as the actor of its news, after a kicker
    /// (<c>5方面重点任务22条具体举措宁波出台…意见</c>: 宁波 before 出台).
    /// </summary>
    private static Region? ActorOfHeadline(string? headline, Evidence evidence, string unit)
    {
        if (headline is null)
        {
            return null;
        }
        var found = new HashSet<Region>();
        foreach (Match act in HeadlineAct().Matches(headline))
        {
            found.UnionWith(NamedEndingAt(headline, act.Index, evidence.Gazetteer).Select(named => named.Region)
                .Where(r => r.Level != Levels.Province && r.Name.EndsWith(unit, StringComparison.Ordinal)));
        }
        return found.Count == 1 ? found.Single() : null;
    }

    [GeneratedRegex("学习|借鉴|对标|参照|参考|考察|赴|向")]
    private static partial Regex Benchmark();

    /// <summary>Where people came from (来自山东的游客, 来自北京、上海等地的专家): none of the text's places (see <see cref="Evidence"/>).</summary>
    [GeneratedRegex(@"来自[^，,。；;的]{2,20}?的")]
    private static partial Regex Origin();

    [GeneratedRegex("出台|印发|召开|发布|举行|启动|部署|开展")]
    private static partial Regex HeadlineAct();

    /// <summary>The unit a document speaks of itself in (我省, 全州, 本县) clearly more than in any other, or null.</summary>
    private static string? SelfReferencedUnit(IReadOnlyDictionary<string, int> selfReferences)
    {
        var (unit, count) = selfReferences.MaxBy(u => u.Value);
        return count < 2 || selfReferences.Where(u => u.Key != unit).Any(u => u.Value * 2 > count) ? null : unit;
    }

    /// <summary>
    /// The level of a unit a document speaks of itself in, when the unit has one level only: a text stripped of every
    /// name that still says 全州 and 质量强州 is a 州's. 市 is taken as a prefecture-level city's (most are); 区 (a district
    /// or an autonomous region) says nothing unless a 区长 speaks.
    /// </summary>
    // A unit spoken of once and no other at all (全县 once, 县市场监督管理局 for the rest) says as much; so does a text that
    // never says 我县 but names its own bodies by the unit alone, one unit only (县政协召开…县质监局…县工商局).
    private static string? SelfReferencedLevel(Evidence evidence)
    {
        var text = evidence.Statements.SearchText;
        // 我区 beside 我省 (…我省的有关规定…对我区9家企业…): a district of a province, never an autonomous region.
        if (evidence.SelfReferences["区"] > 0 && evidence.SelfReferences["省"] > 0 && !text.Contains("自治区", StringComparison.Ordinal))
        {
            return Levels.County;
        }
        return (SelfReferencedUnit(evidence.SelfReferences) ?? LoneSelfReferencedUnit(evidence.SelfReferences) ?? BodiesUnit(evidence)) switch
        {
            "省" => Levels.Province,
            "州" or "盟" => Levels.Prefecture,
            "县" or "旗" => Levels.County,
            // 全市 with towns and streets as its parts and no county (各镇(街道), 各乡镇): a county-level city.
            "市" when TownshipAddressees().IsMatch(text) && !CountyAddressees().IsMatch(text) => Levels.County,
            // 全市 with the city's counties as its parts (向各县市区延伸, 各县（市、区）): a prefecture-level city. Without
            // them too, where nothing says which city: most texts that say 我市 are a prefecture-level city's.
            "市" => Levels.Prefecture,
            // 全区 is a district's or an autonomous region's: a 区长 heads only a district, and only a district's government is
            // the 区人民政府 (an autonomous region's is the 自治区人民政府).
            "区" when (text.Contains("区长", StringComparison.Ordinal) || DistrictGovernment().IsMatch(text)) && !text.Contains("自治区", StringComparison.Ordinal) => Levels.County,
            _ => null,
        };
    }

    /// <summary>
    /// How often a text speaks of its own unit: 我省, 全省, 本省, a report's 该县, and the unit's departments it makes responsible
    /// (（省发展改革委、省市场监管局）): a plan names its own government's departments by the unit alone.
    /// </summary>
    private static IReadOnlyDictionary<string, int> SelfReferencesByUnit(string text)
    {
        var uncited = CitedTitle().Replace(text, "《》"); // read once for every unit
        return SelfUnits.ToDictionary(u => u, u => SelfReferences(text, uncited, u), StringComparer.Ordinal);
    }

    private static int SelfReferences(string text, string uncited, string unit) =>
        // Not inside a cited title (按照《…全省产品质量监督抽查计划…》, read in <paramref name="uncited"/>): that is the cited document's voice.
        // Nor a benchmark (不低于全省平均水平): a text below the unit compares itself with it.
        // Nor the compound of a province's cities and prefectures (该市州政府, 全市州): 市州 is a level below the text's; nor a
        // region (该区域, 全区域) or the market (全市场).
        Regex.Matches(uncited, "(?:我|全|本|该)" + unit + (unit == "市" ? "(?![长委州场]|平均)" : unit == "区" ? "(?![长委域]|平均)" : "(?![长委]|平均)")).Count
        // Nor a ranking (居全省第一, 在全省设区市中率先, 在全市各县(市、区)中尚属首次) or a model for it (打造全省…的新样板): a place below
        // the unit placed among its peers.
        - Regex.Matches(uncited, Ranking(unit)).Count
        // (A body's name never runs across a connective: 省政府以及上饶市委 is two bodies, the second another place's.)
        + Regex.Matches(text, "(?<=[（(、])" + unit + @"(?:(?!以及|及|和|与)\p{IsCJKUnifiedIdeographs}){1,10}?(?:厅|局|委员会|委|办公室|办)(?=[、）)，,])").Count;

    /// <summary>A unit's whole named as what a place is ranked in or a model for (居全省第一, 在全市各县(市、区)中尚属首次, 全省…新样板,
    /// 全省质量工作先进单位, 全省市州排名第一).</summary>
    private static string Ranking(string unit) =>
        "全" + unit + @"(?:第[一二三四五六七八九十](?![个家批次届项条])|前列|[^，。,;；]{0,12}?中(?:率先|排名|位居|名列|居|第|尚属首次|首家|首个)|[^，。,;；]{0,6}?排名(?:第|前)|[^，。,;；]{0,16}?(?:新样板|样板|标杆|排头兵|先进单位|先进集体|先进县|先进市|先进区))";

    /// <summary>
    /// The one unit whose bodies a text that speaks of itself in no unit names by the unit alone, twice at least
    /// (县政协召开…县质监局局长…县工商局; 区财政部门负责…区人民政府门户网站), or null. Once is enough for a city's body at the
    /// head of its counties (市市场监督管理局组织各县(市、区)市场监管局…) in a text that names no place at all: only a
    /// prefecture-level city has counties under it.
    /// </summary>
    private static string? BodiesUnit(Evidence evidence) =>
        !evidence.SpeaksAsAPlace
        && evidence.UnitBodies.Where(u => u.Value > 0).ToList() is [{ Value: var times } only]
        && (times >= 2 || (only.Key == "市" && evidence.Mentions.Count == 0 && CountyAddressees().IsMatch(evidence.Statements.SearchText)))
            ? only.Key
            : null;

    /// <summary>
    /// How often a text names a body by its unit alone, at a sentence's or phrase's start (县政协召开, 由市财政给予, 区市场监督管理部门负责,
    /// 《市政府关于…》):
    /// its own government's bodies. Not after a place's name (滁州市政府), in a run of units (市县市场监管部门) nor in
    /// 市场 (由市场监管总局: the market, no city).
    /// </summary>
    private static int UnitBodies(string text, string unit) =>
        Regex.Matches(text, @"(?<=^|[\s,，。；;：:！!“""《在向由经和与及送])" + unit
            + @"(?![县区州省旗场]|市(?!场))(?:委|政府|人民政府|政协|人大|财政|[\p{IsCJKUnifiedIdeographs}]{1,8}?(?:局|部门|委员会|办公室|领导小组|办))", RegexOptions.Multiline).Count;

    /// <summary>The province a text names clearly most (by its name or its divisions'), or null.</summary>
    private static string? DominantProvince(IReadOnlyDictionary<Region, int> mentions, string searchText, Gazetteer gazetteer)
    {
        var votes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (region, count) in mentions)
        {
            votes[region.Province] = votes.GetValueOrDefault(region.Province) + count;
        }
        // Provinces the gazetteer does not know are counted when named as a government (苍澜省人民政府).
        foreach (Match m in UnknownProvince().Matches(searchText))
        {
            var name = m.Groups["name"].Value;
            if (gazetteer.FindProvince(name) is null)
            {
                votes[name] = votes.GetValueOrDefault(name) + 1;
            }
        }
        var ranked = votes.OrderByDescending(v => v.Value).ToList();
        if (ranked.Count == 0 || (ranked.Count > 1 && ranked[0].Value < 2 * ranked[1].Value))
        {
            return null;
        }
        return ranked[0].Key;
    }

    [GeneratedRegex(@"(?<!\p{IsCJKUnifiedIdeographs})(?<name>\p{IsCJKUnifiedIdeographs}{2}(?:省|自治区))人民政府")]
    private static partial Regex UnknownProvince();
}
