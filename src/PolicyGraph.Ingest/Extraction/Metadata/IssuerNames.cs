using System.Text.RegularExpressions;
using PolicyGraph.Core.Text;
using PolicyGraph.Ingest.Outline;

namespace PolicyGraph.Ingest.Extraction.Metadata;

/// <summary>
/// Issuing bodies as documents name them (domain.md §11 L11, L12): one body (<c>山西省人民政府</c>), joint bodies
/// written with a space, a 、 or nothing between them (<c>中共中央 国务院</c>, <c>中共银川市委银川市人民政府</c>,
/// <c>省委省政府</c>) — written out as one name per body joined by 、 — and abbreviated bodies that leave their place
/// out (<c>市人民政府</c>, <c>区政府办</c>), which only the document's own place can complete.
/// </summary>
public static partial class IssuerNames
{
    /// <summary>
    /// The bodies named in <paramref name="name"/> (display text), joined by 、; null when it does not read as the
    /// name of one or more organisations.
    /// </summary>
    public static string? Normalise(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }
        // A site's arrows or bullets before the name (>>>中共河南省委…) are no part of it.
        var cleaned = PinyinAnnotation.Strip(name).Trim().TrimStart('>', '》', '»', '›', '＞', '·', '•', '●', '■', '◆', ' ');
        // 贵池区人民政府(办公室) is how tables write 贵池区人民政府办公室.
        cleaned = ParenthesisedUnit().Replace(cleaned, "$1");
        // 区发展改革局(区粮食物资局): one body under two names, the first its own.
        cleaned = SecondName().Replace(cleaned, "${first}");
        var bodies = new List<string>();
        var rejoined = false;
        foreach (var part in Separators().Split(cleaned).Where(p => p.Length > 0))
        {
            // Read in the search view (Simplified, half width): 國務院 is 国务院. Joint bodies are written out Simplified.
            var search = SearchNormaliser.ToSearchText(part, traditional: null);
            // A body in brackets under another (…评审委员会办公室 / （蚌埠市市场监督管理局）) says where that one sits: no issuer of its own.
            if (bodies.Count > 0 && search.StartsWith('(') && search.EndsWith(')'))
            {
                rejoined = true;
                continue;
            }
            if (bodies.Count > 0 && SubUnit().IsMatch(search))
            {
                bodies[^1] += search; // 容县人民政府 / 办公室: a signature broken before its office
                rejoined = true;
                continue;
            }
            var split = SplitGlued(search);
            if (split is null)
            {
                bodies.Clear();
                break;
            }
            bodies.AddRange(split);
        }
        if (bodies.Count > 1)
        {
            return string.Join("、", bodies.Select(PartyCommittee).Select(NationalBody).Select(FullName).Distinct(StringComparer.Ordinal));
        }
        // One body: as written (spaces between Han characters dropped), whatever else its name holds.
        return bodies.Count == 1 || SplitGlued(SearchNormaliser.ToSearchText(cleaned, traditional: null)) is { Count: 1 }
            ? FullName(NationalBody(rejoined ? bodies[0] : OutlineParser.Collapse(cleaned)))
            : null;
    }

    /// <summary>A body whose name ends in a short form (兰州新区管委会, 某市市场监管局) by its full name (兰州新区管理委员会).</summary>
    private static string FullName(string body) =>
        Core.Departments.DepartmentNames.Instance.Abbreviations.Any(a => body.EndsWith(a.Short, StringComparison.Ordinal) && a.Short != a.Full)
            ? Core.Departments.DepartmentNames.Instance.Expand(body)
            : body;

    /// <summary>
    /// A national body by its full name: 市场监管总局 → 国家市场监督管理总局, 质检总局 → 国家质量监督检验检疫总局, 国家发展改革委
    /// → 国家发展和改革委员会, 国务院国资委 → 国务院国有资产监督管理委员会.
    /// </summary>
    public static string NationalBody(string body) => SearchNormaliser.ToSearchText(body, traditional: null) is var search && search.Length <= 12
        && search.EndsWith("总局", StringComparison.Ordinal) && !search.StartsWith("国家", StringComparison.Ordinal)
            ? "国家" + Core.Departments.DepartmentNames.Instance.Expand(search)
            : search.StartsWith("国家", StringComparison.Ordinal) && search.Length <= 12 ? "国家" + Core.Departments.DepartmentNames.Instance.Expand(search[2..])
            : search.StartsWith("国务院", StringComparison.Ordinal) && search.Length is > 3 and <= 12 ? "国务院" + Core.Departments.DepartmentNames.Instance.Expand(search[3..])
            : CentralDepartment().IsMatch(body) ? "中共" + body // 中央宣传部 is the 中共中央宣传部
            : body; // a copy in Traditional (國家認監委) is read as in Simplified

    /// <summary>A party committee by the name documents use for it: 中共芜湖市委员会 → 中共芜湖市委.</summary>
    private static string PartyCommittee(string body) => PartyCommitteeInFull().Replace(body, "$1委");

    /// <summary>Whether <paramref name="name"/> (one or more bodies) reads as issuing organisations.</summary>
    public static bool IsIssuer(string? name) => Normalise(name) is not null;

    /// <summary>
    /// Whether a body's name leaves its place out (<c>市人民政府</c>, <c>区政府办公室</c>, <c>省委</c>): it starts with the
    /// unit alone. Returns the unit (市, 区, 县, 省, 州, 旗, 盟) or null.
    /// </summary>
    public static string? AbbreviatedUnit(string body)
    {
        // Read in Simplified: a mirror signs 自治州質量強州工作領導小組辦公室.
        var m = Abbreviated().Match(SearchNormaliser.ToSearchText(body, traditional: null));
        return m.Success ? m.Groups["unit"].Value : null;
    }

    /// <summary>
    /// An abbreviated body completed with its place (<c>市人民政府</c> + 咸宁市 → 咸宁市人民政府, <c>市委</c> + 银川市 →
    /// 中共银川市委); null when the place's unit is not the one the body leaves out (a 区政府 is not completed by a 市).
    /// </summary>
    public static string? Complete(string body, string place, string? municipality = null)
    {
        var unit = AbbreviatedUnit(body);
        if (unit is null || !PlaceHasUnit(place, unit))
        {
            return null;
        }
        var rest = body[unit.Length..];
        // 省委 and 省党委 are one body: the party committee, written 中共X省委 — and 中共X自治区委员会, the only form an
        // autonomous region's committee is named in.
        if (rest.StartsWith("党委", StringComparison.Ordinal))
        {
            rest = "委" + rest[2..];
        }
        if (unit == "自治区" && rest.StartsWith('委') && !rest.StartsWith("委员会", StringComparison.Ordinal))
        {
            rest = "委员会" + rest[1..];
        }
        // 市政府 is what people call the 市人民政府: written out, it is the official name; 市政府办 is its 办公室; 省府办公厅 is
        // the 省人民政府办公厅.
        if (rest.StartsWith("政府", StringComparison.Ordinal))
        {
            rest = "人民" + rest;
        }
        else if (rest.StartsWith("府办", StringComparison.Ordinal) || rest == "府")
        {
            rest = "人民政" + rest;
        }
        if (rest.EndsWith("政府办", StringComparison.Ordinal))
        {
            rest += "公室";
        }
        // A department's name is written out as well (市场监管厅 → 市场监督管理厅).
        if (DepartmentEnding().IsMatch(rest))
        {
            rest = Core.Departments.DepartmentNames.Instance.Expand(rest);
        }
        var completed = place + rest;
        // A 直辖市's district is named with its city: 北京市通州区人民政府办公室.
        if (municipality is not null && !completed.StartsWith(municipality, StringComparison.Ordinal))
        {
            completed = municipality + completed;
        }
        // 市委 is the party committee: its full name is 中共X市委.
        return rest.StartsWith('委') && !completed.StartsWith("中共", StringComparison.Ordinal) ? "中共" + completed : completed;
    }

    private static bool PlaceHasUnit(string place, string unit) => unit switch
    {
        "县" => place.EndsWith('县') || place.EndsWith("自治县", StringComparison.Ordinal),
        "旗" => place.EndsWith('旗'),
        "州" => place.EndsWith('州'),
        "自治区" or "自治州" or "自治县" => place.EndsWith(unit, StringComparison.Ordinal),
        _ => place.EndsWith(unit, StringComparison.Ordinal),
    };

    /// <summary>Splits bodies written without a separator: 中共银川市委银川市人民政府, 省委省政府, 中共中央国务院.</summary>
    private static List<string>? SplitGlued(string part)
    {
        var compact = part.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (IsBody(compact))
        {
            // A body that could also be two (中共中央国务院) is split only where both halves are bodies on their own,
            // the first as long as it can be (中共银川市委员会|银川市人民政府, not 中共银川市委|员会…).
            for (var k = compact.Length - 2; k >= 2; k--)
            {
                var left = compact[..k];
                var right = compact[k..];
                // A national agency's local bureau (国家税务总局宁夏回族自治区税务局) is one body, named under its agency.
                var localBureau = left.StartsWith("国家", StringComparison.Ordinal) && left.EndsWith("总局", StringComparison.Ordinal) && left.Length > 4
                    && right.EndsWith(left[2..^2] + "局", StringComparison.Ordinal);
                if (!localBureau && BodyEnding().IsMatch(left) && IsBody(left) && BodyStart().IsMatch(right) && SplitGlued(right) is { } rest)
                {
                    return [left, .. rest];
                }
            }
            return [compact];
        }
        return null;
    }

    private static bool IsBody(string s) =>
        s is "国务院" or "中共中央" or "中央" || (FrontMatterReader.IsOrganisationLine(s) && !s.EndsWith("文件", StringComparison.Ordinal) && s.Length <= 30 && s.IndexOfAny(['《', '》']) < 0
            // A campaign's leading group names its campaign in quotes (创建“全国质量强市示范城市”工作领导小组办公室); no other body does.
            && (s.IndexOfAny(['“', '”']) < 0 || CampaignGroup().IsMatch(s)))
        || AbbreviatedParty().IsMatch(s);

    [GeneratedRegex(@"”(?:工作)?(?:领导小组|推进小组|指挥部)(?:办公室)?$")]
    private static partial Regex CampaignGroup();

    [GeneratedRegex(@"^中央(?:宣传部|组织部|统战部|政法委员会|网信办|财经委员会办公室|机构编制委员会办公室)$")]
    private static partial Regex CentralDepartment();

    [GeneratedRegex(@"^(?:办公室|办公厅|办公室\)|秘书处)$")]
    private static partial Regex SubUnit();

    // An autonomous region's committee keeps its full name (中共广西壮族自治区委员会): 自治区委 is no name in use.
    [GeneratedRegex(@"^(中共\p{IsCJKUnifiedIdeographs}{1,12}?(?<!自治)(?:省|市|县|区|州|旗|盟))委员会$")]
    private static partial Regex PartyCommitteeInFull();

    /// <summary>A name that ends as a department's does (…局, …厅, …委员会, …委).</summary>
    [GeneratedRegex(@"(?:局|厅|委员会|委)$")]
    internal static partial Regex DepartmentEnding();

    [GeneratedRegex(@"\((办公室|办公厅)\)")]
    private static partial Regex ParenthesisedUnit();

    [GeneratedRegex(@"[ \u3000、，,]+|(?<=[府委厅室院局])(?:和|与|及)(?=\p{IsCJKUnifiedIdeographs}{2})")]
    private static partial Regex Separators();

    /// <summary>A body ends with a word that closes an organisation's name.</summary>
    [GeneratedRegex(@"(?:人民政府|政府|委员会|办公厅|办公室|国务院|中共中央|省委|市委|县委|区委|州委|旗委|盟委|党委|党工委|管委会|领导小组|局|厅|委|部|院)$")]
    private static partial Regex BodyEnding();

    /// <summary>A body starts with a party prefix, a central organ, a bare unit or a place name.</summary>
    [GeneratedRegex(@"^(?:中共|中国共产党|国务院|中央|全国|国家|省|市|县|区|州|旗|盟|自治区|\p{IsCJKUnifiedIdeographs}{1,8}?(?:省|自治区|市|自治州|州|盟|地区|县|自治县|区|旗|自治旗))")]
    private static partial Regex BodyStart();

    [GeneratedRegex(@"^(?<unit>自治区|自治州|自治县|省|市|区|县|州|旗|盟)(?:人民政府|政府|委|委员会|政府办公室|政府办公厅|人民政府办公室|人民政府办公厅|政府办|委办公室|委办公厅|委办|办公室|办公厅|质量工作领导小组|[\p{IsCJKUnifiedIdeographs}]{1,10}(?:局|厅|委员会|委|办公室)|[\p{IsCJKUnifiedIdeographs}“”]{1,24}领导小组(?:办公室)?)$")]
    private static partial Regex Abbreviated();

    /// <summary>Party committees written short: 省委, 市委办公室, 中共X市委.</summary>
    [GeneratedRegex(@"^(?:中共)?\p{IsCJKUnifiedIdeographs}{0,10}?(?:省|市|县|区|州|旗|盟)委(?:办公室|办公厅)?$")]
    private static partial Regex AbbreviatedParty();

    [GeneratedRegex(@"^(?<first>[^()（）]{3,30}?(?:局|委|办|厅|委员会|办公室|中心))[(（][^()（）]{2,20}?(?:局|委|办|厅|委员会|办公室|中心)[)）]$")]
    private static partial Regex SecondName();
}
