using System.Text.RegularExpressions;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Regions;

namespace PolicyGraph.Ingest.Extraction.Metadata;

/// <summary>When a text that names no issuer is the nation's: the central bodies it names, the places it names beside them.</summary>
public static partial class PlaceResolver
{
    /// <summary>
    /// The central body a text without an issuer names as acting or responsible, when it names three such at least
    /// (〔市场监管总局、工业和信息化部、商务部牵头〕; 市场监管总局会同工业和信息化部、财政部印发…), speaks of no place as its own
    /// (no 我省, 全市) and names no province, or several alike (山东省…四川省…福建省, as a national report's examples); or
    /// one, where the text speaks as the nation (工业和信息化部公示了… 近年来，我国…) whatever province it takes as its angle:
    /// the text is national. Null otherwise.
    /// </summary>
    private static string? NationalScope(Evidence evidence)
    {
        var text = evidence.Statements.SearchText;
        // Bodies inside a title cited (《中共中央、国务院关于…》) are the parent's, not the text's. A headline that opens on a
        // central body (国务院常务会议：部署…) counts with the text.
        var central = CentralBody().Matches(CitedTitle().Replace(text, "《》")).Select(m => m.Value).ToList();
        if (evidence.Statements.Title is { } headline && CentralBody().Match(headline) is { Success: true, Index: 0 } opening)
        {
            central.Insert(0, opening.Value);
        }
        var provinces = evidence.Mentions.Keys.Select(r => r.Province).Distinct().Count();
        // A text that opens on a central body as its subject (中国X促进会第五届…在石家庄召开), not as the maker of what it
        // cites (国务院印发的《纲要》…为泉州…).
        // (After the day it happened, perhaps: 2012年12月20日,工业和信息化部科技司在北京组织召开….)
        var opensOnCentral = central.Count >= 1 && text.IndexOf(central[0], StringComparison.Ordinal) is var at and >= 0 && DayBeforeSubject().IsMatch(text[..at])
            && !CentralMade().IsMatch(text.AsSpan(central[0].Length, Math.Min(6, text.Length - central[0].Length)));
        // A national paper's dateline (本报北京3月18日讯, 新华社北京…电) names where it is written, not what it is about:
        // 北京 named there and nowhere else is no province of the text's.
        // So is the capital as the venue of three central bodies' event (第十六届…论坛24日在北京开幕…由国家质检总局联合国家发展改革委、商务部…主办).
        var datedInCapital = false;
        if (provinces == 1 && evidence.Mentions.Keys.All(r => r.Province == "北京市")
            && ((datedInCapital = CapitalDateline().Match(text) is { Success: true } dateline
                 && text.IndexOf("北京", dateline.Index + 2, StringComparison.Ordinal) < 0 && text.IndexOf("北京", StringComparison.Ordinal) == dateline.Index)
                || (central.Count >= 3 && CapitalVenue().IsMatch(text))))
        {
            provinces = 0;
        }
        // Nor are the provinces named once each at the centre's event in the capital (…推进大会在京召开 … 江苏省人民政府…作交流发言):
        // speakers at the nation's meeting.
        else if (central.Count >= 3 && CapitalVenue().IsMatch(text) && evidence.Mentions.Values.All(times => times == 1))
        {
            provinces = 0;
        }
        // So is any province as the venue of a national meeting (全国质检系统质量管理工作会议在福建厦门市召开) named nowhere else,
        // or of a central body's own meeting that the text opens on (中国X促进会第五届一次常务理事会…在石家庄召开).
        else if (provinces == 1 && (central.Count >= 2 && NationalMeeting().IsMatch(text) || opensOnCentral)
                 && evidence.Gazetteer.CountMentions(Venue().Replace(text, "在召开")).Count == 0)
        {
            provinces = 0;
        }
        // Twice is enough where no place at all is named (质检总局将…, 质检总局日前表示), once where the text speaks as the
        // nation (我国), whatever provinces it takes as examples; never where it speaks of itself as a place's at all (全省 once).
        // So does a text that speaks of every province (各省(区、市)邮政管理局, 各省、自治区、直辖市): it looks down from the centre.
        var asNation = text.Contains("我国", StringComparison.Ordinal) || EveryProvince().IsMatch(text);
        var speaksAsAPlace = evidence.SpeaksAsAPlace;
        // A text that names no place and speaks as none is the nation's, whoever it names as acting, when it speaks as the
        // nation (a digest of the 纲要's aims: 到2025年，我国质量总体水平…) or a central paper prints it (《 人民日报 》(…18 版)).
        if (central.Count == 0 && provinces == 0 && !speaksAsAPlace)
        {
            // So does one that addresses the centre's own addressees (各地区各部门要对照分工…) or every province.
            if (asNation || text.Contains("各地区各部门", StringComparison.Ordinal))
            {
                return "我国";
            }
            if (evidence.Statements.NewsSource is { } paper && CentralPaper().IsMatch(paper))
            {
                return paper;
            }
        }
        // Once is enough too where the headline speaks of the whole country (全国28家五星级饭店…被处理, 国内检验检测行业…, whatever
        // provinces the text lists), or no place is named and the text looks over every place (为各地…提供了路线图, 全国…行业).
        var overTheCountry = (evidence.Statements.Title is { } whole && (whole.Contains("全国", StringComparison.Ordinal) || whole.StartsWith("国内", StringComparison.Ordinal)))
            || (provinces == 0 && (text.Contains("各地", StringComparison.Ordinal) || text.Contains("全国", StringComparison.Ordinal)));
        // Once is enough, too, under the capital's dateline with no other place named (本报北京11月12日电 农业农村部日前公布了…).
        if (central.Count < (asNation || overTheCountry || ((opensOnCentral || datedInCapital) && provinces == 0) ? 1 : provinces == 0 ? 2 : 3) || speaksAsAPlace)
        {
            return null;
        }
        return asNation || overTheCountry || provinces == 0 || provinces >= 3 ? central[0] : null;
    }

    [GeneratedRegex("全国|我国")]
    private static partial Regex WholeCountry();

    /// <summary>The nation's own aims, which only a national text sets itself (a local one builds 质量强省, 质量强市).</summary>
    [GeneratedRegex("质量强国建设取得|建成质量强国|中国品牌影响力|中国制造")]
    private static partial Regex NationsAim();

    /// <summary>
    /// A headline that reports a national meeting held somewhere (全国质量管理工作暨质量提升现场交流会在襄阳召开): the nation's
    /// news, the place its venue only — whatever the host's officials say in the text. Null when the headline names a place
    /// outside the venue.
    /// </summary>
    private static Result? NationalMeetingHeadline(Evidence evidence) =>
        evidence.Statements.Title is { } title && NationalMeetingHeld().Match(title) is { Success: true } held
        && evidence.Gazetteer.CountMentions(title.Remove(held.Groups["venue"].Index, held.Groups["venue"].Length)).Count == 0
            ? new Result(Levels.National, null, null, null, EvidenceSources.TitleLine, title)
            : null;

    [GeneratedRegex(@"^全国\p{IsCJKUnifiedIdeographs}{2,30}?(?:会议|大会|论坛|座谈会|推进会|交流会|现场会|研讨会)(?<venue>在\p{IsCJKUnifiedIdeographs}{2,12}?)?(?:开幕|举行|召开|举办)")]
    private static partial Regex NationalMeetingHeld();

    /// <summary>
    /// Whether an issuer (or a title opening on one) is a central body; joint issuers (科技部、工业和信息化部、民政部…) are when most of
    /// them are, a name the page misspelt (科术部) aside.
    /// </summary>
    private static bool IsNationalIssuer(string text) =>
        IsCentral(text) || (text.Split('、') is { Length: >= 3 } joint && joint.Count(IsCentral) * 2 > joint.Length);

    private static bool IsCentral(string text) => NationalIssuer().IsMatch(text) || CentralBody().Match(text) is { Success: true, Index: 0 };

    // The central bodies, and the national associations, institutes and committees named for the whole country (中国质量协会,
    // 中国标准化研究院, 中国质量奖评审表彰委员会, a national association's branch: 中国某某协会质量管理分会); never a party committee.
    [GeneratedRegex(@"^(?:中国(?=市场监管总局|国家|国务院))?(?:中共中央|党中央|国务院|全国人大|中央|国家|中华人民共和国|最高人民|工业和信息化部|商务部|财政部|农业农村部|住房和城乡建设部|交通运输部|市场监管总局|国家市场监督管理总局|国家质量监督检验检疫总局|质检总局)|^中国(?!共产党|人民政治|人民银行)\p{IsCJKUnifiedIdeographs}{2,10}?(?:协会|学会|联合会|研究院|促进会|委员会)(?:\p{IsCJKUnifiedIdeographs}{2,12}?分会)?$")]
    private static partial Regex NationalIssuer();

    // The central bodies by name, and by form: a national bureau, administration or commission (国家邮政局, 国家粮食和物资储备局,
    // 国家食品药品监督管理总局, 国家标准化管理委员会 — never 国家级), a national committee (全国旅游星级饭店评定委员会) or
    // inter-ministerial meeting (全国质量工作部际联席会议), a national association or institute (中国品牌质量促进会, 中国标准化研究院), a ministry's department opening a phrase (质量司, 标准技术管理司: only
    // the centre's bodies are 司, never a firm's 公司).
    [GeneratedRegex(@"国务院|党中央|中共中央|全国人大常委会|全国人大|全国政协|国家市场监督管理总局|市场监管总局|国家质量监督检验检疫总局|质检总局|国家标准委|国家认监委|国家发展改革委|国家发展和改革委员会|工业和信息化部|财政部|商务部|农业农村部|农业部|住房和城乡建设部|住房城乡建设部|建设部|交通运输部|民政部|文化和旅游部|文化部|卫生部|教育部|科技部|生态环境部|环境保护部|人力资源社会保障部|自然资源部|国土资源部|水利部|应急管理部|国家卫生健康委|海关总署|审计署|国家统计局|国家知识产权局|国家药监局|食品药品监管总局|国家(?!级)\p{IsCJKUnifiedIdeographs}{1,10}?(?:总局|局|委员会)|全国\p{IsCJKUnifiedIdeographs}{2,12}?委员会|全国\p{IsCJKUnifiedIdeographs}{2,12}?部际联席会议|中国\p{IsCJKUnifiedIdeographs}{2,10}?(?:协会|学会|联合会|研究院|促进会)|(?<![\p{IsCJKUnifiedIdeographs}])(?:质量|标准|计量|认证|认可|特种设备|产品质量|质量管理|质量发展)\p{IsCJKUnifiedIdeographs}{0,6}?(?<!公)司(?![法机令仪])")]
    private static partial Regex CentralBody();

    [GeneratedRegex(@"^(?:核心提示[:：]\s*)?(?:(?:19|20)[0-9]{2}年)?(?:[0-9]{1,2}月[0-9]{1,2}日)?(?:上午|下午)?[,，]?\s*$")]
    private static partial Regex DayBeforeSubject();
}
