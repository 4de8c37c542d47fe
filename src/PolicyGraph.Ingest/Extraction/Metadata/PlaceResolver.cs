using System.Text.RegularExpressions;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Regions;

namespace PolicyGraph.Ingest.Extraction.Metadata;

/// <summary>
/// Administrative level, province, region and prefecture of a document (domain.md §7, §11 L11–L13), from the first
/// of these that names a place: the issuer's name, the title, the 文号's issuer code, the open-information table's
/// 发布机构, the document speaking of itself (我省, 全市 with the place named nearby). A place the gazetteer does not
/// know (a fictional province, a 市 it does not list) takes its level from its unit and from whom the document
/// addresses (各县(市、区)人民政府 → issued above county level). Nothing is guessed: what no place supports stays null.
/// </summary>
public static partial class PlaceResolver
{
    /// <summary>What the document states that can name its place (search views).</summary>
    public sealed record Statements(string? Issuer, string? Title, string? DocNumber, string? Addressees, string? Publisher, string SearchText);

    public sealed record Result(string? Level, string? Province, string? Region, string? Prefecture, string? From, string? FromText)
    {
        public static readonly Result None = new(null, null, null, null, null, null);
    }

    public static Result Resolve(Statements statements, Gazetteer gazetteer)
    {
        if (statements.Issuer is { } issuer)
        {
            if (NationalIssuer().IsMatch(issuer))
            {
                return new Result(Levels.National, null, null, null, EvidenceSources.Issuer, issuer);
            }
            if (FromName(issuer, statements, gazetteer, knownOnly: false) is { } fromIssuer)
            {
                return fromIssuer with { From = EvidenceSources.Issuer, FromText = issuer };
            }
        }
        if (statements.Title is { } title && TitlePlace(title) is { } titlePlace && FromName(titlePlace, statements, gazetteer, knownOnly: true) is { } fromTitle)
        {
            return fromTitle with { From = EvidenceSources.TitleLine, FromText = title };
        }
        if (statements.DocNumber is { } number && IssuerCode(number) is { } code)
        {
            if (NationalCode().IsMatch(code))
            {
                return new Result(Levels.National, null, null, null, EvidenceSources.IssuerCode, number);
            }
        }
        if (statements.Publisher is { } publisher && FromName(publisher, statements, gazetteer, knownOnly: false) is { } fromPublisher)
        {
            return fromPublisher with { From = EvidenceSources.Publisher, FromText = publisher };
        }
        return FromSelfReference(statements.SearchText, gazetteer);
    }

    /// <summary>
    /// The place an organisation's name (or a title's head) starts with, read against the gazetteer. A title's head
    /// counts only when the gazetteer knows its place: 加快推进质量强市 ends in 市 without being one.
    /// </summary>
    private static Result? FromName(string name, Statements statements, Gazetteer gazetteer, bool knownOnly)
    {
        var bodies = name.Split('、');
        foreach (var body in bodies)
        {
            var chain = PlaceChain(PartyPrefix().Replace(body, string.Empty), gazetteer);
            if (knownOnly)
            {
                chain = chain.TakeWhile(c => gazetteer.FindByName(c.Name) is not null).ToList();
            }
            if (chain.Count == 0)
            {
                continue;
            }
            var (place, level) = chain[^1];
            level ??= LevelFromAddressees(statements.Addressees);
            var province = chain.Select(c => ProvinceOf(c.Name, gazetteer)).FirstOrDefault(p => p is not null);
            if (province is null && level == Levels.Province)
            {
                province = place;
            }
            province ??= DominantProvince(statements.SearchText, gazetteer);
            if (level is null && province is not null && gazetteer.FindProvince(province) is not null && place.EndsWith('市'))
            {
                // The gazetteer lists every prefecture-level city of a real province: a 市 it does not list is county-level.
                level = Levels.County;
            }
            var prefecture = level == Levels.Prefecture ? place
                : level == Levels.County ? chain.Where(c => c.Level == Levels.Prefecture).Select(c => c.Name).LastOrDefault()
                : null;
            return new Result(level, province, place, prefecture, null, null);
        }
        return null;
    }

    /// <summary>
    /// The place a title's head names, after any issuer and 关于(印发): <c>关于印发池州市贵池区…</c> → 池州市贵池区…;
    /// <c>咸宁市实施质量兴市战略规划</c> → 咸宁市…. A title that forwards another's document (转发) names that one's place.
    /// </summary>
    private static string? TitlePlace(string title)
    {
        var about = title.IndexOf("关于", StringComparison.Ordinal);
        var head = about >= 0 ? title[(about + 2)..] : title;
        if (head.StartsWith("转发", StringComparison.Ordinal))
        {
            return null;
        }
        head = TitleLead().Replace(head, string.Empty);
        return head.Length >= 2 ? head : null;
    }

    /// <summary>The places an organisation's name starts with: 池州市贵池区人民政府 → 池州市 (prefecture), 贵池区 (county).</summary>
    internal static List<(string Name, string? Level)> PlaceChain(string organisation, Gazetteer gazetteer)
    {
        var chain = new List<(string, string?)>();
        var rest = organisation.Replace(" ", string.Empty, StringComparison.Ordinal);
        while (rest.Length > 0)
        {
            var known = gazetteer.Regions.Where(r => rest.StartsWith(r.Name, StringComparison.Ordinal)).OrderByDescending(r => r.Name.Length).FirstOrDefault();
            if (known is not null)
            {
                chain.Add((known.Name, known.Level));
                rest = rest[known.Name.Length..];
                continue;
            }
            var m = PlaceUnit().Match(rest);
            if (!m.Success)
            {
                break;
            }
            var name = m.Value;
            var suffix = m.Groups["suffix"].Value;
            if (UnitWord().IsMatch(name))
            {
                break; // 自治区人民政府: a unit without its place names no place
            }
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
            return Result.None;
        }
        var name = DominantProvince(searchText, gazetteer);
        return new Result(Levels.Province, name, name, null, EvidenceSources.SelfReference, null);
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

    /// <summary>The issuer code of a normalised number: 荆政发〔2019〕3号 → 荆政发.</summary>
    private static string? IssuerCode(string number) => DocumentNumber.TryParse(number, out var n) ? n.IssuerCode : null;

    [GeneratedRegex(@"^(?:中共中央|国务院|全国人大|中央|国家|中华人民共和国|最高人民|工业和信息化部|商务部|财政部|农业农村部|住房和城乡建设部|交通运输部|市场监管总局|国家市场监督管理总局|国家质量监督检验检疫总局|质检总局)")]
    private static partial Regex NationalIssuer();

    [GeneratedRegex(@"^(?:国发|国办发|国办函|国函|中发|中办发|厅字|国质检)")]
    private static partial Regex NationalCode();

    [GeneratedRegex(@"^(?:中共|中国共产党)")]
    private static partial Regex PartyPrefix();

    [GeneratedRegex(@"^(?:印发|转发|贯彻落实|贯彻|落实|进一步|加快|推进|全面)*《?")]
    private static partial Regex TitleLead();

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{1,7}?(?<suffix>自治区|自治州|自治县|自治旗|省|地区|盟|市|县|旗|区)")]
    private static partial Regex PlaceUnit();

    [GeneratedRegex(@"^(?:自治区|自治州|自治县|自治旗|特别行政区)$")]
    private static partial Regex UnitWord();

    [GeneratedRegex(@"乡镇|各镇|各乡|街道|办事处")]
    private static partial Regex TownshipAddressees();

    [GeneratedRegex(@"各(?:县|旗|区)|县\(市、?区\)|县、?(?:市、?)?区|旗县区|市\)?、县")]
    private static partial Regex CountyAddressees();

    [GeneratedRegex(@"(?<!\p{IsCJKUnifiedIdeographs})(?<name>\p{IsCJKUnifiedIdeographs}{2}(?:省|自治区))人民政府")]
    private static partial Regex UnknownProvince();
}
