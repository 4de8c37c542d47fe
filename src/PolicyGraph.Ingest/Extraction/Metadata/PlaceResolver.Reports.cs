using System.Text.RegularExpressions;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Regions;

namespace PolicyGraph.Ingest.Extraction.Metadata;

/// <summary>
/// How a news item or report that names no issuer is placed: who acts in its opening, the counties or the prefecture it
/// names, the local media and other headlines of its site, the central bodies it makes responsible.
/// </summary>
public static partial class PlaceResolver
{
    /// <summary>
    /// The division that acts in a news item's opening sentence (12月20日上午，曲靖市麒麟区召开…; 哈密市质量强市工作领导小组召开…):
    /// the place the item is about, when the text names no other place (the prefecture it lies in aside).
    /// </summary>
    private static Result? ActorOfOpening(Evidence evidence)
    {
        var firstSentence = FirstSentence(evidence);
        // Else the body that opens the sentence after its date or year (5月22日，山东省沂南县市场监管局围绕…主题，在…开展…;
        // 2011年，福建省政和县质监局把…), where the act's words name no place.
        var subject = OpeningSubject().Match(firstSentence);
        var (act, actor) = new[] { OpeningAct().Match(firstSentence), subject.Success && BodyWord().IsMatch(subject.Groups["actor"].Value) ? subject : Match.Empty, TimedBody().Match(firstSentence) }
            .Where(m => m.Success)
            .Select(m => (Match: m, Region: evidence.Gazetteer.LeadingPlaces(m.Groups["actor"].Value) is [.., { Region: { } placed }] ? placed : null))
            .FirstOrDefault(found => found.Region is not null);
        if (act is null || actor is null)
        {
            return null;
        }
        // A body acting names its own counties and cities as examples or venues (贵州省质监局…荔波县…; 扬州市市场监管局…走进广陵区…):
        // only places elsewhere count.
        var others = evidence.Mentions.Keys.Where(r => r.Level != Levels.Province && !r.Equals(actor) && !Gazetteer.Contains(r, actor)
            && !Gazetteer.Contains(actor, r));
        return others.Any() ? null : Describe(actor, evidence.Gazetteer) with { From = EvidenceSources.NewsLead, FromText = act.Value };
    }

    /// <summary>
    /// A province's event that its opening sentence or its headline says was held in one of its cities (2021年内蒙古自治区“质量月”
    /// 活动在包头市拉开帷幕; 广西2025年“质量月”系列活动10日在南宁正式拉开帷幕): the province's news, the city its venue.
    /// </summary>
    private static Result? ProvinceEventInACity(Evidence evidence) =>
        ProvinceEventIn(FirstSentence(evidence), evidence) ?? (evidence.Statements.Title is { } headline ? ProvinceEventIn(headline, evidence) : null);

    private static Result? ProvinceEventIn(string sentence, Evidence evidence)
    {
        if (evidence.Statements.Issuer is not null || ProvinceEvent().Match(sentence) is not { Success: true } held
            || ProvinceLeading(sentence[held.Groups["p"].Index..held.Groups["c"].Index], evidence.Gazetteer) is not { } province
            || (evidence.Gazetteer.LeadingPlaces(held.Groups["c"].Value) is [.., { Region: { } named }] ? named
                : evidence.Gazetteer.LeadingPlaces(held.Groups["c"].Value + "市") is [.., { Region: { } city }] ? city : null) is not { } venue
            || venue.Province != province.Name)
        {
            return null;
        }
        return Describe(province, evidence.Gazetteer) with { From = EvidenceSources.NewsLead, FromText = held.Value };
    }

    /// <summary>
    /// Whether a text speaks of itself as a unit below a province (我州, 全市, 本县 — not 全区, which an autonomous region says too):
    /// then a province's event in its opening is only the occasion of its own news (我州…入选, told at the province's launch).
    /// </summary>
    private static bool SpeaksBelowAProvince(Evidence evidence) =>
        evidence.SelfReferences.Any(u => u.Key is not ("省" or "区") && u.Value > 0);

    /// <summary>The province a phrase opens on, by its name or its short name (内蒙古自治区“质量月”…, 广西2025年…).</summary>
    private static Region? ProvinceLeading(string phrase, Gazetteer gazetteer) =>
        gazetteer.LeadingPlaces(phrase) is [{ Region: { Level: Levels.Province } named }, ..] ? named
        : Enumerable.Range(2, Math.Max(0, Math.Min(4, phrase.Length - 1))).Select(n => gazetteer.FindProvince(phrase[..n])).FirstOrDefault(p => p is not null);

    private static string FirstSentence(Evidence evidence)
    {
        var text = OpeningLine(evidence) ?? evidence.Statements.SearchText;
        var end = text.IndexOfAny(['。', '\n']);
        return end > 0 ? text[..end] : text;
    }

    [GeneratedRegex(@"(?:^|[,，\s]|(?:19|20)[0-9]{2}年)(?<p>\p{IsCJKUnifiedIdeographs}{2,8}?)(?:(?:19|20)[0-9]{2}年(?:度)?)?[“""]?[^,，。在]{0,16}?(?:活动|大会|会议|仪式|论坛|发布会|博览会)[^,，。在]{0,8}?在(?<c>\p{IsCJKUnifiedIdeographs}{2,8}?)(?:正式)?(?:拉开帷幕|启动|举行|召开|开幕)")]
    private static partial Regex ProvinceEvent();

    /// <summary>The first line that reads as a sentence: menu words a page left over its article (新闻源 财富源) open nothing.</summary>
    private static string? OpeningLine(Evidence evidence) =>
        evidence.Statements.SearchText.Split('\n').FirstOrDefault(l => l.Length >= 16 && l.IndexOfAny([',', '，']) >= 0);

    /// <summary>
    /// An autonomous prefecture's bodies name it by its unit alone (自治州质量强州工作领导小组办公室), as an autonomous region's
    /// do: the one autonomous prefecture the page names.
    /// </summary>
    private static Result? AutonomousPrefectureOfItsBodies(Evidence evidence) =>
        (evidence.Statements.Issuer ?? evidence.Statements.ReportedIssuer) is { } bodies && bodies.Split('、').Any(b => IssuerNames.AbbreviatedUnit(b) == "自治州")
        && evidence.Mentions.Keys.Where(r => r.Level == Levels.Prefecture && r.Name.EndsWith("自治州", StringComparison.Ordinal)).ToList() is [{ } prefecture]
            ? Describe(prefecture, evidence.Gazetteer) with { From = EvidenceSources.SelfReference, FromText = bodies }
            : null;

    /// <summary>
    /// The one province a report without an issuer names, where it names no other place, no central body (or one it names far
    /// less often) and speaks of no
    /// place as its own nor as the nation (本报讯 日前，“江西省强制检定计量器具服务平台”建设项目通过审批…): what it reports is
    /// that province's.
    /// </summary>
    private static Result? ProvinceAlone(Evidence evidence)
    {
        // A deputy's seat (全国政协委员, 全国人大代表) and the sessions (全国两会) name a person and an occasion, not the nation as actor.
        var text = DeputySeat().Replace(evidence.Statements.SearchText, string.Empty);
        return evidence.Statements.Issuer is null && evidence.Mentions.Keys.ToList() is [{ Level: Levels.Province } province]
               && !evidence.SpeaksAsAPlace
               // A central body named beside it is its partner (贵州省政府与国家质检总局签署…备忘录) when the province is named
               // twice as often.
               && (CentralBody().Matches(text).Count is var central && (central == 0 || evidence.Mentions[province] >= Math.Max(4, 2 * central)))
               && !text.Contains("我国", StringComparison.Ordinal) && !text.Contains("全国", StringComparison.Ordinal)
            ? new Result(Levels.Province, province.Name, province.Name, null, EvidenceSources.SelfReference, province.Name)
            : null;
    }

    /// <summary>
    /// The one division below a province a report without an issuer names, twice at least, where every other place it names
    /// holds it (安徽霍邱县…《霍邱县…承诺书》): no central body, no 全国 or 我国 — what it reports happened there.
    /// </summary>
    private static Result? DivisionAlone(Evidence evidence)
    {
        var text = evidence.Statements.SearchText;
        var lowest = evidence.Mentions.Keys.Where(r => r.Level != Levels.Province).ToList();
        return evidence.Statements.Issuer is null && lowest.Count > 0 && lowest.FirstOrDefault(r => lowest.All(o => o.Equals(r) || Gazetteer.Contains(o, r))) is { } place
               && evidence.Mentions[place] >= 2 && evidence.Mentions.Keys.All(r => r.Level != Levels.Province || r.Name == place.Province)
               && ((!CentralBody().IsMatch(text) && !WholeCountry().IsMatch(text)) || OpensOn(evidence.Statements.Title, place, evidence.Gazetteer))
            ? Describe(place, evidence.Gazetteer) with { From = EvidenceSources.SelfReference, FromText = place.Name }
            : null;
    }

    /// <summary>
    /// The province whose prefectures a report without an issuer names, three at least, and no division of another province
    /// (福州…三明…厦门…莆田, a compilation of a province's cities' measures), where it speaks of no place as its own nor as
    /// the nation: the province's. A central body it names (商务部's list a city rewards) does not make it national.
    /// </summary>
    private static Result? ProvinceOfItsPrefectures(Evidence evidence)
    {
        var text = evidence.Statements.SearchText;
        var prefectures = evidence.Mentions.Keys.Where(r => r.Level == Levels.Prefecture).ToList();
        var provinces = evidence.Mentions.Keys.Select(r => r.Level == Levels.Province ? r.Name : r.Province).Distinct().ToList();
        return evidence.Statements.Issuer is null && prefectures.Count >= 3 && provinces is [{ } province]
               && !evidence.SpeaksAsAPlace
               && !text.Contains("我国", StringComparison.Ordinal) && !text.Contains("全国", StringComparison.Ordinal)
            ? new Result(Levels.Province, province, province, null, EvidenceSources.SelfReference, province)
            : null;
    }

    /// <summary>
    /// An interpretation of a national document (《质量发展纲要》…相关内容解读) that names no place and speaks as none: the
    /// centre's reading of its own text.
    /// </summary>
    private static Result? NationalInterpretation(Evidence evidence)
    {
        if (evidence.Statements.Title is not { } title || !title.Contains("解读", StringComparison.Ordinal) || evidence.Mentions.Count > 0
            || evidence.SpeaksAsAPlace || QuotedTitle().Match(title) is not { Success: true } quoted)
        {
            return null;
        }
        return Core.Citations.DocumentRegistry.Instance.ByTitleKey(Core.Text.TitleKey.Of(quoted.Groups["t"].Value)) is { Level: Levels.National }
            ? new Result(Levels.National, null, null, null, EvidenceSources.TitleLine, title)
            : null;
    }

    [GeneratedRegex("^(?:人民日报|经济日报|光明日报|新华社|新华网|中国质量报|中国市场监管报|中国标准化报|求是|中国政府网|央视网|中央广播电视总台)")]
    private static partial Regex CentralPaper();

    [GeneratedRegex("全国(?:政协|人大)(?:委员|代表)|全国两会")]
    private static partial Regex DeputySeat();

    [GeneratedRegex(@"《(?<t>[^《》]{4,60})》")]
    private static partial Regex QuotedTitle();

    /// <summary>
    /// The one county-level division a report without an issuer names, no other beside it and no place as its own, when
    /// it names one of that county's bodies (…与赛罕区质量技术监督局联合开展的…活动 in 呼和浩特市赛罕区): the county's news.
    /// </summary>
    private static Result? CountyOfItsBody(Evidence evidence)
    {
        var text = evidence.Statements.SearchText;
        if (evidence.Statements.Issuer is not null || evidence.SpeaksAsAPlace
            || evidence.Mentions.Keys.Where(r => r.Level == Levels.County).ToList() is not [{ } county]
            || evidence.Mentions.Keys.Any(r => r.Level == Levels.Prefecture && !Gazetteer.Contains(r, county))
            || evidence.Mentions.Keys.Select(r => r.Level == Levels.Province ? r.Name : r.Province).Distinct().Count() > 1
            || !Regex.IsMatch(text, Regex.Escape(county.Name) + @"\p{IsCJKUnifiedIdeographs}{1,12}?(?:局|人民政府|委员会)"))
        {
            return null;
        }
        return Describe(county, evidence.Gazetteer) with { From = EvidenceSources.SelfReference, FromText = county.Name };
    }

    /// <summary>
    /// The prefecture whose counties a text names, two at least (or one, with the city's short name: 柯桥区 … 绍兴名牌; or one, in
    /// an autonomous prefecture's or league's own voice: 我州 … 茂县) and none
    /// of another prefecture, when it speaks as the city (市政府质量工作考核组…分赴崆峒区、泾川县、灵台县): the city's text about its counties.
    /// </summary>
    private static Result? PrefectureOfItsCounties(Evidence evidence)
    {
        var text = evidence.Statements.SearchText;
        var counties = evidence.Mentions.Keys.Where(r => r.Level == Levels.County).ToList();
        var prefectures = counties.Select(c => evidence.Gazetteer.PrefectureOf(c)).Distinct().ToList();
        // Four of its counties or more, and no other place below a province, name it however the text speaks (a table of
        // results by county: 广安区 前锋区 岳池县 武胜县 …).
        if (prefectures is not [{ } prefecture] || (!SpeaksAsThePrefecture(text, prefecture) && counties.Count < 4)
            || (counties.Count < 2 && !NamesByShortName(counties.Aggregate(text, (t, c) => t.Replace(c.Name, "", StringComparison.Ordinal)), prefecture) && prefecture.Name.EndsWith('市'))
            || evidence.Mentions.Keys.Any(r => r.Level == Levels.Prefecture && !r.Equals(prefecture)))
        {
            return null;
        }
        return Describe(prefecture, evidence.Gazetteer) with { From = EvidenceSources.SelfReference, FromText = prefecture.Name };
    }

    /// <summary>
    /// Whether a text names a city by its short name too (绍兴名牌 for 绍兴市), read in a text with its counties' names taken out
    /// (苏州工业园区 names no 苏州 of its own).
    /// </summary>
    private static bool NamesByShortName(string text, Region prefecture) =>
        prefecture.Name.EndsWith('市') && prefecture.Name.Length >= 3 && text.Contains(prefecture.Name[..^1], StringComparison.Ordinal);

    /// <summary>
    /// Whether a text speaks as the prefecture, in its unit: a city's 市政府, 全市 (<see cref="CityVoice"/>); an autonomous
    /// prefecture's 州委、州政府, 州质监局, 全州; a league's 盟.
    /// </summary>
    private static bool SpeaksAsThePrefecture(string text, Region prefecture)
    {
        var unit = prefecture.Name.EndsWith('州') ? "州" : prefecture.Name.EndsWith('盟') ? "盟" : prefecture.Name.EndsWith("地区", StringComparison.Ordinal) ? "地区" : null;
        return CityVoice().IsMatch(text)
            || (unit is not null && Regex.IsMatch(text, @"(?:^|[^\p{IsCJKUnifiedIdeographs}]|[在向由经和与及、送])" + unit + "(?:委|政府|人民政府|质监局|市场监管局|行署)|[我全本]" + unit + "(?![长委])"));
    }

    /// <summary>The prefecture a site, a news source or a dateline names by its short name (汉中新闻网讯), or null.</summary>
    private static Region? PrefectureOfSite(Evidence evidence) =>
        NamedBySiteOrHeadline(evidence, "市") is { Region: { } name, Level: Levels.Prefecture }
            ? evidence.Gazetteer.FindAll(name).FirstOrDefault(r => r.Level == Levels.Prefecture) : null;

    /// <summary>The one prefecture a text names with no county or other prefecture beside it, not as a benchmark.</summary>
    private static Region? SuperiorPrefecture(Evidence evidence)
    {
        var named = evidence.Mentions.Keys.Where(r => r.Level != Levels.Province).ToList();
        if (named is not [{ Level: Levels.Prefecture } prefecture])
        {
            return null;
        }
        var text = evidence.Statements.SearchText;
        var at = text.IndexOf(prefecture.Name, StringComparison.Ordinal);
        return at >= 0 && Benchmark().IsMatch(text[Math.Max(0, at - 8)..at]) ? null : prefecture;
    }

    /// <summary>
    /// The one division of the given unit whose own media the text names (在《宜春日报》开设专栏, 利用X电视台、X新闻网): a
    /// local text publicises its work in its own place's paper. Two places' media, or none, say nothing.
    /// </summary>
    private static (Region, string)? LocalMediaPlace(Evidence evidence, string unit)
    {
        var text = evidence.Statements.SearchText;
        var found = new Dictionary<Region, string>();
        foreach (Match medium in LocalMedium().Matches(text))
        {
            // The place's name stands right before the medium's kind: 宜春 in 开设宜春日报专栏.
            for (var length = 2; length <= Math.Min(4, medium.Index); length++)
            {
                var name = text[(medium.Index - length)..medium.Index];
                foreach (var named in evidence.Gazetteer.FindAll(name).Where(r => r.Level != Levels.Province && r.Name.EndsWith(unit, StringComparison.Ordinal) && !PrefecturesNamesake(r, evidence)))
                {
                    found.TryAdd(named, name + medium.Value);
                }
            }
        }
        return found.Count == 1 ? (found.Keys.Single(), found.Values.Single()) : null;
    }

    /// <summary>
    /// The one division of the given unit that a local news site's other headlines name first in a phrase (泸州港客运站加开班次
    /// under a report that says 全市 and 我市): the place the site serves. Two divisions named, or none, say nothing.
    /// </summary>
    private static (Region, string)? OtherHeadlinesPlace(Evidence evidence, string unit)
    {
        var found = new Dictionary<Region, string>();
        foreach (var phrase in evidence.Statements.OtherHeadlines)
        {
            if (ShortNamedOfUnit(phrase, evidence, unit) is { } named)
            {
                found.TryAdd(named, phrase);
            }
        }
        return found.Count == 1 ? (found.Keys.Single(), found.Values.Single()) : null;
    }

    // A body the sentence times as it acts (…，贵州六盘水市质监局日前把…): the actor.
    [GeneratedRegex(@"(?:^|[,，])(?<actor>[^,，]{2,24}?(?:局|委员会|政府|办公室|中心))(?:日前|近日|近期)")]
    private static partial Regex TimedBody();

    // The actor: the words after the opening's last comma, before the act (…，曲靖市麒麟区召开).
    [GeneratedRegex(@"(?:^|[,，])(?<actor>[^,，]{2,24}?)(?:召开|举行|举办|印发|出台|启动|推出)")]
    private static partial Regex OpeningAct();

    // A dateline perhaps, the day (or the year: 2011年，福建省政和县质监局…; its quarter: 2014年第四季度，…; a season of it:
    // 2014年“质量月”期间，…; or a cut-off:
    // 截止4月10日，…), then the subject up to the next comma.
    [GeneratedRegex(@"^(?:[^,，。]{0,30}?(?:讯|电|消息)[)）\s]*(?:[(（][^()（）,，。]{0,24}[)）]\s*)?)?(?:[^,，。]{2,40}?(?:之际|前夕|期间)[,，])?(?:(?:截止|截至|截止到)?[0-9]{1,2}月[0-9]{1,2}日(?:至[0-9]{1,2}日)?(?:上午|下午|以来|前)?|近日|日前|今天|昨天|昨日|近年来|这些年|多年来|今年以来|(?:19|20)[0-9]{2}年(?:以来|上半年|下半年|第?[一二三四]季度|[^,，。]{1,12}?期间)?)[,，]\s*(?<actor>[^,，]{2,30})")]
    private static partial Regex OpeningSubject();

    [GeneratedRegex("(?:局|政府|委员会|委|办公室|办|中心|院|所)")]
    private static partial Regex BodyWord();

    // 市 alone before its bodies (市政府质量工作考核组, 在市政府督查室带领下), not a named city's (泾川县市场…).
    [GeneratedRegex(@"(?:^|[^\p{IsCJKUnifiedIdeographs}]|[在向由经和与及、送])市(?:政府|委|人民政府|质量|市场监管局|督查室)|[我全本]市")]
    private static partial Regex CityVoice();

    [GeneratedRegex(@"北京\s*(?:[0-9]{1,2}月[0-9]{1,2}日)?\s*(?:电|讯|訊|消息)")]
    private static partial Regex CapitalDateline();

    [GeneratedRegex(@"各省[(（]区、市[)）]|各省、自治区、直辖市|[0-9]{2}个省[(（]区、市[)）]")]
    private static partial Regex EveryProvince();

    [GeneratedRegex(@"全国\p{IsCJKUnifiedIdeographs}{2,24}?(?:会议|大会|论坛|座谈会|推进会)")]
    private static partial Regex NationalMeeting();

    [GeneratedRegex(@"^(?:近日|日前)?(?:印发|发布|出台|颁布|制定|批复)(?:的|了)?")]
    private static partial Regex CentralMade();

    [GeneratedRegex(@"在\p{IsCJKUnifiedIdeographs}{2,12}?(?:开幕|举行|召开|举办)")]
    private static partial Regex Venue();

    [GeneratedRegex(@"在(?:北京|京)(?:[^,，。]{0,12}?)(?:开幕|举行|召开|举办|启动|宣布|揭晓|发布)")]
    private static partial Regex CapitalVenue();

    // A place's own bureau's site (可登录秦皇岛质量技术监督网站查阅) is its medium too.
    [GeneratedRegex("日报|晚报|都市报|广播电视台|电视台|新闻网|融媒体中心|(?:质量技术监督|市场监督管理|市场监管|质监)局?(?:网站|网)")]
    private static partial Regex LocalMedium();

    [GeneratedRegex(@"《[^《》]*》")]
    private static partial Regex CitedTitle();

    /// <summary>Whether <paramref name="text"/> opens with a central body: the Party centre and the State Council, or a ministry, bureau or national committee (<see cref="CentralBody"/>).</summary>
}
