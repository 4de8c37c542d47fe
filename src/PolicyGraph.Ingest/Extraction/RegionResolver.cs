using System.Text.RegularExpressions;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Regions;

namespace PolicyGraph.Ingest.Extraction;

/// <summary>
/// Administrative level, province and region of a document (domain.md §7), from the issuing organisation's
/// place name read against the gazetteer; where the name alone does not tell (a 市 that is not prefecture-level
/// in the gazetteer may be a county-level city or a place the gazetteer does not know), from whom the document
/// addresses (各县(市、区)人民政府 → it is issued above county level; 各乡镇 → at county level). Nothing is guessed:
/// what the document does not support stays null.
/// </summary>
public static partial class RegionResolver
{
    public sealed record Result(string? Level, string? Province, string? Region);

    public static Result Resolve(string? issuer, string? addressees, string searchText, Gazetteer gazetteer)
    {
        if (issuer is not null && NationalIssuer().IsMatch(issuer))
        {
            return new Result(Levels.National, null, null);
        }
        var chain = issuer is null ? [] : PlaceChain(issuer, gazetteer);
        if (chain.Count == 0)
        {
            return FromSelfReference(searchText, gazetteer);
        }
        var (place, level) = chain[^1];
        if (level is null)
        {
            level = LevelFromAddressees(addressees);
        }
        string? province = chain.Select(c => ProvinceOf(c.Name, gazetteer)).FirstOrDefault(p => p is not null);
        if (province is null && level == Levels.Province)
        {
            province = place;
        }
        province ??= DominantProvince(searchText, gazetteer);
        if (level is null && province is not null && gazetteer.FindProvince(province) is not null && place.EndsWith('市'))
        {
            // The gazetteer lists every prefecture-level city of a real province: a 市 it does not list is county-level.
            level = Levels.County;
        }
        return new Result(level, province, place);
    }

    /// <summary>The places an organisation's name starts with: 池州市贵池区人民政府 → 池州市 (prefecture), 贵池区 (county).</summary>
    internal static List<(string Name, string? Level)> PlaceChain(string organisation, Gazetteer gazetteer)
    {
        var chain = new List<(string, string?)>();
        var rest = organisation.Replace(" ", string.Empty, StringComparison.Ordinal);
        while (rest.Length > 0)
        {
            var known = gazetteer.LeadingPlaces(rest);
            if (known.Count > 0)
            {
                // An alias (长阳县) stands for its division's full name; an ambiguous name (鼓楼区) stays as written.
                chain.AddRange(known.Select(p => (p.Region?.Name ?? p.Text, p.Level)));
                rest = rest[(known[^1].Start + known[^1].Length)..];
                continue;
            }
            var m = PlaceUnit().Match(rest);
            if (!m.Success)
            {
                break;
            }
            var name = m.Value;
            var suffix = m.Groups["suffix"].Value;
            chain.Add((name, suffix switch
            {
                "省" or "自治区" => Levels.Province,
                "自治州" or "地区" or "盟" => Levels.Prefecture,
                "县" or "自治县" or "旗" or "自治旗" or "区" => Levels.County,
                _ => null,
            }));
            rest = rest[name.Length..];
        }
        return chain;
    }

    private static string? ProvinceOf(string name, Gazetteer gazetteer) =>
        gazetteer.FindByName(name) is { } r ? r.Province
        : name.EndsWith('省') || name.EndsWith("自治区", StringComparison.Ordinal) ? name
        : null;

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

    /// <summary>A document with no issuer that speaks of 我省/全省 is a provincial one; its province is the one it names most.</summary>
    private static Result FromSelfReference(string searchText, Gazetteer gazetteer)
    {
        var province = SelfReference(searchText, "省");
        if (province < 2 || province < 2 * Math.Max(SelfReference(searchText, "市"), SelfReference(searchText, "县")))
        {
            return new Result(null, null, null);
        }
        var name = DominantProvince(searchText, gazetteer);
        return new Result(Levels.Province, name, name);
    }

    private static int SelfReference(string text, string unit) =>
        Regex.Matches(text, "(?:我|全|本)" + unit).Count;

    /// <summary>The province a text names clearly most (by its name or its prefectures'), or null.</summary>
    internal static string? DominantProvince(string searchText, Gazetteer gazetteer)
    {
        var votes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (region, count) in gazetteer.CountMentions(searchText))
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

    [GeneratedRegex(@"^(?:中共中央|国务院|全国人大|中央|国家|中华人民共和国|最高人民|工业和信息化部|商务部|财政部|农业农村部|住房和城乡建设部|交通运输部|市场监管总局|国家市场监督管理总局|国家质量监督检验检疫总局|质检总局)")]
    private static partial Regex NationalIssuer();

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{1,7}?(?<suffix>自治区|自治州|自治县|自治旗|省|地区|盟|市|县|旗|区)")]
    private static partial Regex PlaceUnit();

    [GeneratedRegex(@"乡镇|各镇|各乡|街道|办事处")]
    private static partial Regex TownshipAddressees();

    [GeneratedRegex(@"各(?:县|旗|区)|县\(市、?区\)|县、?(?:市、?)?区|旗县区|市\)?、县")]
    private static partial Regex CountyAddressees();

    [GeneratedRegex(@"(?<!\p{IsCJKUnifiedIdeographs})(?<name>\p{IsCJKUnifiedIdeographs}{2}(?:省|自治区))人民政府")]
    private static partial Regex UnknownProvince();
}
