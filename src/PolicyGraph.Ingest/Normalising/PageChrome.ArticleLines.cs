using System.Text.RegularExpressions;
using PolicyGraph.Ingest.Reading;

namespace PolicyGraph.Ingest.Normalising;

// Lines shaped like chrome that are not (a headline of parallel phrases, joint signatures), an article's info line, a
// footer's contact line.
public static partial class PageChrome
{
    /// <summary>
    /// A line of three or more short phrases, as a site's menu is (首页 新闻 政务) and a parallel headline may be (订单稳了
    /// 成本降了 口碑响了): which it is, only the line after it tells (<see cref="IsArticleInfoLine"/>).
    /// </summary>
    public static bool IsMenuShaped(string line) => MenuLine().IsMatch(line.Trim()) && !IsJointSignature(line);

    /// <summary>An article's source, date or author line, as it stands under the headline (来源:X, 发布时间:…, 2018-08-21 15:42 文章来源: X).</summary>
    public static bool IsArticleInfoLine(string line)
    {
        var compact = Compact(line);
        return compact.Length <= 80 && (ArticleInfo(compact) || LeadingInfoLabel().IsMatch(compact) || PageDateOfLine(line) is not null);
    }

    [GeneratedRegex(@"^[【\[]?(?:来源|文章来源|本文来源|新闻来源|信息来源|稿源|转自|转载自|摘自|发布时间|发布日期|发表时间|时间|日期|作者|栏目|所属栏目)[:：]")]
    private static partial Regex LeadingInfoLabel();

    /// <summary>
    /// A sharing site's caption of a file's page (某某实施方案.docx_第1页): chrome, and the file's name is the document's title as
    /// the site lists it (kept under 文件名称, as an open-information table's title).
    /// </summary>
    private static bool IsSharedFilePage(string compact, IDictionary<string, string> fields)
    {
        if (SharedFilePage().Match(compact) is not { Success: true } page)
        {
            return false;
        }
        fields.TryAdd(OpenInformationTable.FileName, page.Groups["name"].Value);
        return true;
    }

    // The site's copy number (…评审规则_1.docx) is no part of the name.
    [GeneratedRegex(@"^(?<name>\S{4,80}?)(?:_[0-9]{1,2}|[(（][0-9]{1,2}[)）])?\.(?:docx?|pdf|wps|txt)_第[0-9]{1,4}页$", RegexOptions.IgnoreCase)]
    private static partial Regex SharedFilePage();

    [GeneratedRegex(@"(?:地址|电话|邮编|传真|邮箱|E-?mail|联系电话)[:：]", RegexOptions.IgnoreCase)]
    private static partial Regex ContactLabel();

    /// <summary>
    /// Bodies signing together, several to a line (市市场监管局 市发展改革委 市科委): a menu's shape, but every item names an
    /// organisation that leaves its place out, as joint signatures under a notice do.
    /// </summary>
    private static bool IsJointSignature(string line)
    {
        var items = line.Split([' ', '\u3000', '\t', '|', '｜'], StringSplitOptions.RemoveEmptyEntries);
        return items.Length >= 2 && items.All(t => AbbreviatedBody().IsMatch(SimplifiedInPlace(t)));
    }

    [GeneratedRegex(@"^(?:省|市|区|县|州|旗|盟|自治区)\p{IsCJKUnifiedIdeographs}{1,12}?(?:人民政府|政府|办公厅|办公室|委员会|局|厅|委|办)$")]
    private static partial Regex AbbreviatedBody();

    /// <summary>Words of the film, game and gambling sites whose keyword titles spam copies carry.</summary>
    [GeneratedRegex("免费|在线观看|在线看|在线播放|电影|电视剧|影院|影视|动漫|综艺|高清|新番|彩票|娱乐城|棋牌|一区二区|日韩|欧美|国产精品|久久精品")]
    private static partial Regex SpamWord();

    /// <summary>
    /// A site's copyright or disclaimer paragraph, however long: 凡本网注明来源:…的作品,版权均属…; 凡本网注明“来源:XXX(非本网)”的稿件…;
    /// 免责声明:…. Whose the page is and what it disclaims, not what it says.
    /// </summary>
    [GeneratedRegex(@"^(?:凡本(?:网|站)注明|凡注明[“""]?来源|本(?:网|站)(?:声明|郑重声明)[:：]|(?:免责|版权)声明[:：])")]
    private static partial Regex SiteNotice();

    // Or five or more between hyphens (某某影院-某某影院网-…-久久99…), as a spam page's keyword title runs.
    private static bool IsKeywordRun(string compact) =>
        compact.IndexOfAny(['。', '；', ';', '：', ':', '《', '“', '|', '｜']) < 0 && !DomainWord().IsMatch(compact)
        && ((compact.Split([',', '，'], StringSplitOptions.RemoveEmptyEntries) is { Length: >= 4 } phrases && phrases.All(p => p.Length is >= 2 and <= 12))
            || (compact.Split('-') is { Length: >= 5 } keywords && keywords.All(k => k.Length is >= 2 and <= 16)));

    [GeneratedRegex("质量|質量|标准|標準|计量|計量|品牌|认证|認證|检验|檢驗|检测|檢測|监管|監管|政府|发展|發展|工作|企业|企業")]
    private static partial Regex DomainWord();

    /// <summary>A document-sharing page's badges and file facts, each a line of its own: VIP专免, 侵权投诉, 海报, 19.82KB, 17页, 999+.</summary>
    [GeneratedRegex(@"^(?:VIP专[免享]|VIP免费|侵权投诉|举报|海报|[0-9.]+[KMG]B|[0-9]{1,4}页|[0-9]{1,4}\+)$", RegexOptions.IgnoreCase)]
    private static partial Regex SharedFileMeta();

    /// <summary>
    /// A feed's stamp under a headline: the site or paper (kept as the page's site), the day and the clock time, a share button
    /// (商丘手机报 09-28 21:47 我要分享). A clock time (21:47) is no policy's word.
    /// </summary>
    private static bool IsStamp(string line, IDictionary<string, string> fields)
    {
        if (StampLine().Match(line.Trim()) is not { Success: true } stamp)
        {
            return false;
        }
        fields.TryAdd(SourceText.FieldNames.Site, stamp.Groups["site"].Value);
        return true;
    }

    [GeneratedRegex(@"^(?<site>\p{IsCJKUnifiedIdeographs}{2,16})\s*(?:(?:19|20)[0-9]{2}[-/.])?[0-9]{1,2}[-/.][0-9]{1,2}\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\s*(?:我要分享|分享到?|分享至|转发|收藏)?$")]
    private static partial Regex StampLine();

    /// <summary>The field a footer's public-security filing keeps its division code under (浙公网安备 33092202000217号 → 330922).</summary>
    public const string FilingField = "公网安备";

    /// <summary>
    /// A footer's public-security filing number (浙公网安备 33092202000217号): its first six digits are the division code of
    /// where the site is filed, kept as the site's place.
    /// </summary>
    private static void RecordFiling(string compact, IDictionary<string, string> fields)
    {
        if (Filing().Match(compact) is { Success: true } filed)
        {
            fields.TryAdd(FilingField, filed.Groups["code"].Value);
        }
    }

    [GeneratedRegex(@"公网安备[:：]?(?<code>[1-8][0-9]{5})[0-9]{8}号?")]
    private static partial Regex Filing();
}
