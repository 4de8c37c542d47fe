using System.Text.RegularExpressions;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Regions;

namespace PolicyGraph.Ingest.Extraction.Metadata;

/// <summary>
/// Administrative level, province, region and prefecture of a document (domain.md §7, §11 L11–L13), from the first
/// of these that names a place: the issuer's name, the title's head, the 文号's issuer code, the open-information
/// table's 发布机构, the site's name, the document speaking of itself (我省, 全市 with the place named in the text).
/// Names are read against the gazetteer (every province, prefecture and county-level division); a name several
/// divisions share (鼓楼区) is decided by the other evidence (the issuer code, the province the text names) or left
/// undecided. A place the gazetteer does not know (a fictional province, a 市 it does not list) takes its level from
/// its unit and from whom the document addresses. An issuer that leaves its place out (区政府办) still tells the
/// level. Nothing is guessed: what no evidence supports stays null.
/// </summary>
public static partial class PlaceResolver
{
    /// <summary>What the document states that can name its place (search views).</summary>
    public sealed record Statements(string? Issuer, string? Title, string? DocNumber, string? Addressees, string? Publisher, string? Site, string SearchText)
    {
        /// <summary>Who a news report's lead says issued the policy it reports (X近日印发《Y》): the report's place when it names none of its own.</summary>
        public string? ReportedIssuer { get; init; }

        /// <summary>The page's open-information 索引号, labelled or on a line of its own at the head, when it has one.</summary>
        public string? IndexNumber { get; init; }

        /// <summary>The division code of the site's public-security filing (浙公网安备 330922…), when its footer prints one.</summary>
        public string? FilingCode { get; init; }

        /// <summary>The source an article-info line names (来源: 绥化日报): a local paper names its place by its short name.</summary>
        public string? NewsSource { get; init; }

        /// <summary>Whom the site's copyright line names (厦门广播电视集团): like the site's name, it may name the place by its short name.</summary>
        public string? CopyrightOwner { get; init; }

        /// <summary>Other pages' headlines a news site lists after a report, phrase by phrase (search views).</summary>
        public IReadOnlyList<string> OtherHeadlines { get; init; } = [];
    }

    public sealed record Result(string? Level, string? Province, string? Region, string? Prefecture, string? From, string? FromText)
    {
        public static readonly Result None = new(null, null, null, null, null, null);
    }

    public static Result Resolve(Statements statements, Gazetteer gazetteer)
    {
        var evidence = new Evidence(statements, gazetteer);
        if (statements.Issuer is { } issuer && IsNationalIssuer(issuer))
        {
            return new Result(Levels.National, null, null, null, EvidenceSources.Issuer, issuer);
        }
        // A title that opens with the central bodies (党中央国务院部署…, 国务院关于…) is national.
        // Not a central body's team visiting a place (国务院质量工作考核组来粤开展实地核查): that is the place's news.
        if (statements.Issuer is null && statements.Title is { } title0 && IsNationalIssuer(title0) && !TeamVisits(evidence) && !NamesAProvince(title0, gazetteer))
        {
            // Nor its act on one city or county (国家市场监管总局将对西宁市创建…考核验收): that place's news.
            return OneDivisionBelowAProvince(title0, gazetteer) is { } acted
                ? Describe(acted, gazetteer) with { From = EvidenceSources.TitleLine, FromText = title0 }
                : new Result(Levels.National, null, null, null, EvidenceSources.TitleLine, title0);
        }
        if (statements.Issuer is null && (JointProvinces(evidence) ?? NationalInterpretation(evidence) ?? NationalMeetingHeadline(evidence)) is { } joint)
        {
            return joint;
        }
        var code = statements.DocNumber is { } number && IssuerCodes.CodeOf(number) is { } c ? IssuerCodes.Instance.Resolve(c) : null;
        foreach (var (text, from, knownOnly) in new[]
                 {
                     (statements.Issuer, EvidenceSources.Issuer, false),
                     (TitlePrefix(statements.Title), EvidenceSources.TitleLine, true),
                     (OpensOnARank(statements.Title, gazetteer) ? null : TitlePlace(statements.Title), EvidenceSources.TitleLine, true),
                 })
        {
            if (text is not null && FromName(text, evidence, knownOnly) is { } named)
            {
                return named with { From = from, FromText = from == EvidenceSources.TitleLine ? statements.Title : text };
            }
        }
        // A report that issues nothing is placed where the policy it reports was issued (五部门近日联合印发《…》: national),
        // unless it is the news of a place that speaks of itself (临泉县…全县: a national body's list the county made).
        if (statements.Issuer is null && statements.ReportedIssuer is { } reported)
        {
            if (HomeNamedInText(evidence) is { Region: not null } home)
            {
                return home;
            }
            if (GrantedDivision(evidence) is { } granted)
            {
                return granted;
            }
            if (IsNationalIssuer(reported))
            {
                return new Result(Levels.National, null, null, null, EvidenceSources.NewsLead, reported);
            }
            if (FromName(reported, evidence, knownOnly: true) is { } place)
            {
                return place with { From = EvidenceSources.NewsLead, FromText = reported };
            }
        }
        if (code is { IsNational: true })
        {
            return new Result(Levels.National, null, null, null, EvidenceSources.IssuerCode, statements.DocNumber);
        }
        // The code names the issuer's own place only at the level the issuer's name has (区人民政府办公室 and 滨政办发:
        // not 滨州市, a prefecture).
        var unitLevel = statements.Issuer is { } named0 ? LevelOfUnit(named0, statements.Addressees) : null;
        if (code is not null && FromCode(code, evidence) is { } region && (unitLevel is null || unitLevel == region.Level))
        {
            return Describe(region, gazetteer) with { From = EvidenceSources.IssuerCode, FromText = statements.DocNumber };
        }
        foreach (var (text, from) in new[] { (statements.Publisher, EvidenceSources.Publisher), (statements.Site, EvidenceSources.Site) })
        {
            // A site's place gives way to the province the text names clearly (another province's association reprinting
            // its news): the site says where the page is, not whose it is.
            // Nor does it stand against the level the issuer's own name gives (省委省政府 on a county's portal).
            if (text is not null && FromName(text, evidence, knownOnly: true) is { } named
                && (from != EvidenceSources.Site || evidence.DominantProvince is not { } dominant || dominant == named.Province)
                && (from != EvidenceSources.Site || unitLevel is null || unitLevel == named.Level)
                // Nor against a text that speaks as a county (县城, 全县) on its prefecture's site: a county of that prefecture.
                && (from != EvidenceSources.Site || named.Level != Levels.Prefecture || SelfReferencedLevel(evidence) != Levels.County)
                // Nor when the text never names it and names another province's place again and again (凤城新闻网 over 泰州's news).
                && (from != EvidenceSources.Site || !UnnamedBesideAnother(named.Region, named.Province, evidence)))
            {
                return named with { From = from, FromText = text };
            }
        }
        // A government portal's 索引号 opens with the division code of the organ that published the page.
        if (statements.IndexNumber is { } index && DivisionOfIndexNumber(index, gazetteer) is { } indexed)
        {
            return Describe(indexed, gazetteer) with { From = EvidenceSources.IndexNumber, FromText = index };
        }
        // A town's or street's government (陈埭镇人民政府) is at county level: of the county-level division the text names.
        if (statements.Issuer is { } town && TownIssuer().IsMatch(town) && CountyNamed(evidence) is { } county)
        {
            return Describe(county, gazetteer) with { From = EvidenceSources.Issuer, FromText = town };
        }
        // An autonomous region's bodies name it by its unit alone (自治区党委、自治区人民政府): the autonomous region the
        // page names most, when it names one clearly (a 全区 also counts as 区, so the self-references cannot tell); the same
        // for the bodies a report says issued what it reports (近日，自治区人民政府办公厅印发《…》).
        if ((statements.Issuer ?? statements.ReportedIssuer) is { } regional && regional.Split('、').Any(b => IssuerNames.AbbreviatedUnit(b) == "自治区")
            && evidence.DominantProvince is { } autonomous && autonomous.EndsWith("自治区", StringComparison.Ordinal))
        {
            return new Result(Levels.Province, autonomous, autonomous, null, EvidenceSources.SelfReference, regional);
        }
        if (RegionOfItsBodies(evidence) is { } regionOfBodies)
        {
            return regionOfBodies;
        }
        if (AutonomousPrefectureOfItsBodies(evidence) is { } autonomousPrefecture)
        {
            return autonomousPrefecture;
        }
        var provinceEvent = ProvinceEventInACity(evidence);
        if (((SpeaksBelowAProvince(evidence) ? null : provinceEvent) ?? VisitingBody(evidence) ?? HomeNamedInText(evidence) ?? provinceEvent ?? GrantedDivision(evidence) ?? ActorOfOpening(evidence) ?? PrefectureOfItsCounties(evidence) ?? ProvinceAlone(evidence) ?? ProvinceOfItsPrefectures(evidence) ?? CountyOfItsBody(evidence) ?? PrefectureOfItsShortBody(evidence) ?? FirmsHome(evidence) ?? DivisionAlone(evidence) ?? CountyOfItsTown(evidence)) is { } self)
        {
            return self;
        }
        // A central team's visit (国务院质量工作考核组来湘…), or a central body's words about a province, is that province's news.
        if (statements.Issuer is null && statements.Title is { } visit && (TeamVisits(evidence) || (IsNationalIssuer(visit) && NamesAProvince(visit, gazetteer))) && evidence.DominantProvince is { } visited)
        {
            return new Result(Levels.Province, visited, visited, null, EvidenceSources.TitleLine, visit);
        }
        if (statements.Issuer is null && NationalScope(evidence) is { } central)
        {
            return new Result(Levels.National, null, null, null, EvidenceSources.SelfReference, central);
        }
        if (UnlistedZone(evidence) is { } zone)
        {
            return zone;
        }
        if (MunicipalityOfItsAddressees(evidence) is { } municipality)
        {
            return municipality;
        }
        // An issuer without its place (区政府办, 市人民政府) still says at which level it governs.
        if (statements.Issuer is { } abbreviated && LevelOfUnit(abbreviated, statements.Addressees) is { } level)
        {
            return new Result(level, ProvinceNamedAround(evidence, level), null, null, EvidenceSources.Issuer, abbreviated);
        }
        if (SelfReferencedLevel(evidence) is { } selfLevel)
        {
            // A county's text that names only the prefecture above it (传达了宣城市…会议精神), or on a site or under a dateline
            // of that prefecture (汉中新闻网讯 … 我县), is in that prefecture; and it is the one county of it the text names,
            // however short its name (来到洋县).
            if (selfLevel == Levels.County && (SuperiorPrefecture(evidence) ?? PrefectureOfSite(evidence)) is { } above)
            {
                var text = evidence.Statements.SearchText;
                return gazetteer.ChildrenOf(above).Where(c => text.Contains(c.Name, StringComparison.Ordinal)).ToList() is [{ } named]
                    ? Describe(named, gazetteer) with { From = EvidenceSources.SelfReference, FromText = named.Name }
                    : new Result(selfLevel, above.Province, null, above.Name, EvidenceSources.SelfReference, above.Name);
            }
            // The division of that level its site, headline, dateline or own words name by its short name (市政府办公室 … 合肥制造).
            return UnitsOfLevel(selfLevel).Select(unit => NamedBySiteOrHeadline(evidence, unit)).FirstOrDefault(r => r?.Level == selfLevel)
                ?? new Result(selfLevel, ProvinceNamedAround(evidence, selfLevel), null, null, EvidenceSources.SelfReference, null);
        }
        // A text that names no place, speaks as none and speaks of the whole country (全国“质量月”…, 我国…) is the nation's
        // whoever it names: a national report's fragment on a site of any kind.
        // So is one that names a central body (市场监管总局 is calling for…) and no place: it reports the centre's work; or the
        // nation's own aims (质量强国建设取得阶段性成效, 中国品牌影响力: a digest of the 纲要).
        if (statements.Issuer is null && evidence.Mentions.Count == 0 && !evidence.SpeaksAsAPlace
            && (WholeCountry().Match(evidence.Statements.SearchText) is { Success: true } country ? country
                : NationsAim().Match(evidence.Statements.SearchText) is { Success: true } aim ? aim
                : CentralBody().Match(CitedTitle().Replace(evidence.Statements.SearchText, "《》"))) is { Success: true } national)
        {
            return new Result(Levels.National, null, null, null, EvidenceSources.SelfReference, national.Value);
        }
        return Result.None;
    }

    /// <summary>What the rest of the document says, each read once and only when a rule asks for it.</summary>
    private sealed class Evidence
    {
        private readonly Lazy<IReadOnlyDictionary<Region, int>> _mentions;
        private readonly Lazy<string?> _dominantProvince;
        private readonly Lazy<IReadOnlyDictionary<string, int>> _selfReferences;
        private readonly Lazy<IReadOnlyDictionary<string, int>> _unitBodies;

        public Evidence(Statements statements, Gazetteer gazetteer)
        {
            Statements = statements;
            Gazetteer = gazetteer;
            // Where people came from (来自山东的游客, 来自北京、上海等地的专家) is none of the text's places.
            _mentions = new(() => gazetteer.CountMentions(Origin().Replace(statements.SearchText, "来自的")));
            _dominantProvince = new(() => PlaceResolver.DominantProvince(Mentions, statements.SearchText, gazetteer));
            _selfReferences = new(() => SelfReferencesByUnit(statements.SearchText));
            _unitBodies = new(() => SelfUnits.ToDictionary(u => u, u => PlaceResolver.UnitBodies(statements.SearchText, u), StringComparer.Ordinal));
        }

        public Statements Statements { get; }

        public Gazetteer Gazetteer { get; }

        public IReadOnlyDictionary<Region, int> Mentions => _mentions.Value;

        /// <summary>The province the text names clearly most (by its own name or its divisions'), or null.</summary>
        public string? DominantProvince => _dominantProvince.Value;

        /// <summary>How often the text speaks of itself in each unit (我省, 全市, 本县, (县市场监管局、…)).</summary>
        public IReadOnlyDictionary<string, int> SelfReferences => _selfReferences.Value;

        /// <summary>Whether the text speaks of any unit as its own (我省, 全市, 该县, 市发展改革委).</summary>
        public bool SpeaksAsAPlace => SelfReferences.Values.Any(count => count > 0);

        /// <summary>How often the text names a body by its unit alone (县政协, 区财政部门): see <see cref="UnitBodies(string, string)"/>.</summary>
        public IReadOnlyDictionary<string, int> UnitBodies => _unitBodies.Value;
    }

    /// <summary>The county-level division a text names clearly most, if any.</summary>
    private static Region? CountyNamed(Evidence evidence)
    {
        var named = evidence.Mentions.Where(m => m.Key.Level == Levels.County).OrderByDescending(m => m.Value).ToList();
        return named.Count > 0 && (named.Count == 1 || named[0].Value >= 2 * named[1].Value) ? named[0].Key : null;
    }

    /// <summary>A team's visit in the headline, or in the opening of a text that names one province clearly (…组成调研组来到贵州).</summary>
    private static bool TeamVisits(Evidence evidence) =>
        TeamVisit().IsMatch(evidence.Statements.Title ?? string.Empty)
        || (evidence.DominantProvince is not null && TeamVisit().IsMatch(evidence.Statements.SearchText[..Math.Min(400, evidence.Statements.SearchText.Length)]));

    [GeneratedRegex(@"(?:考核|督查|检查|验收|核查|调研|评估|暗访)组[^,，。]{0,8}?(?:来|赴|到|抵|对我|在\p{IsCJKUnifiedIdeographs}{1,4}?(?:检查|督查|调研|考核|验收|评估|核查))")]
    private static partial Regex TeamVisit();

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{1,8}(?:镇|乡|街道|街道办事处)(?:人民政府|党委|政府|办事处)")]
    private static partial Regex TownIssuer();

    [GeneratedRegex(@"^(?:中共|中国共产党)")]
    private static partial Regex PartyPrefix();

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{1,7}?(?<suffix>自治区|自治州|自治县|自治旗|省|地区|盟|市|县|旗|区)")]
    private static partial Regex PlaceUnit();

    [GeneratedRegex(@"^(?:自治区|自治州|自治县|自治旗|特别行政区)$")]
    private static partial Regex UnitWord();
}
