using System.Text.RegularExpressions;
using PolicyGraph.Ingest.Reading;

namespace PolicyGraph.Ingest.Normalising;

// A site's bars and furniture copied as text: notice tickers, menus and breadcrumbs, login and language bars, newspaper
// mastheads, promotion tags, search-keyword runs.
public static partial class PageChrome
{
    /// <summary>
    /// A site's furniture in the text: a betting banner a hijacked page prints over it, a site's banner over a rule of equals
    /// signs, a picture's caption, the item's record number, the search keywords run together. None is a sentence (no 。).
    /// </summary>
    private static bool IsSiteFurniture(string compact) =>
        !compact.Contains('。', StringComparison.Ordinal)
        // A betting site's banner (新葡京娱乐场_葡京赌场app-【官方正版】), or a run of them between bars however long
        // (时时彩稳赚计划群|北京赛车pk10开奖网|…); not a headline whose place a hijack replaced by the betting name
        // (鸿运彩票网全面推开企业首席质量官制度), which still says its news.
        && (((compact.Length <= 40 || compact.Count(c => c is '|' or '｜') >= 2) && BettingBanner().IsMatch(compact) && !NewsWord().IsMatch(compact))
            // A site's banner with its column after a rule of equals signs (某某税务师事务所有限公司===财税广角).
            || compact.Contains("===", StringComparison.Ordinal)
            // A picture's caption line (图:全国产业计量测试中心分布), the item's record number (编号:418207), the site's search
            // keywords (专利交易,专利检索,政策查询,商标交易,…).
            || (compact.Length <= 40 && PictureCaption().IsMatch(compact)) || RecordNumber().IsMatch(compact) || KeywordRun().IsMatch(compact));

    /// <summary>
    /// A site's scrolling notice bar copied as text: two or more tagged items between bars
    /// (【通知】关于开展…的通知 | 【公告】…信息公告 | 【提示】…). Each item may be a title, but of other pages.
    /// </summary>
    private static bool IsTicker(string line)
    {
        if (line.IndexOfAny(['【', '[']) < 0)
        {
            return false;
        }
        var items = NavigationSeparator().Split(line).Select(t => t.Trim()).Where(t => t.Length > 0).ToList();
        return items.Count >= 2 && items.All(t => TickerTag().IsMatch(t));
    }

    [GeneratedRegex(@"^[【\[][^】\]]{1,6}[】\]]\S")]
    private static partial Regex TickerTag();

    /// <summary>An image's label or file name a copy kept as text (menu-icon, anue logo, image.png, 1124_153806_612.png, a phone's
    /// copy of it: mmexport1688301422715_副本.jpg), a forum member's status and counts (离线admin, 发帖4871铜币29506): the site's furniture.</summary>
    [GeneratedRegex(@"^[A-Za-z0-9_\-]{0,30}(?:icon|logo)$|^[A-Za-z0-9_\-]{1,40}(?:_?\p{IsCJKUnifiedIdeographs}{1,4})?\.(?:png|jpe?g|gif|bmp|webp)$|^(?:离线|在线)[A-Za-z0-9_\-]{2,20}$|^(?:(?:发帖|帖子|积分|威望|铜币|金币|经验|精华)[:：]?[0-9]+\s*)+$", RegexOptions.IgnoreCase)]
    private static partial Regex ImageLabel();

    // …and a paper's links to its phone and WeChat editions (手机看中经经济日报微信中经网微信, 某某网手机版移动继续看新闻).
    [GeneratedRegex(@"客户端|^一端在手|APP(?:获取|下载)|(?:下载|打开)APP|^手机(?:看|读|版)|网手机版|继续看新闻|(?:微信|微博)$", RegexOptions.IgnoreCase)]
    private static partial Regex AppPromotion();

    // (Or the site's name with the channel after a dash: 某某新闻网-上海新闻.)
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,6}频道(?:\p{IsCJKUnifiedIdeographs}{2,6})?$|^\p{IsCJKUnifiedIdeographs}{2,10}网\s*[-—_|｜]\s*\p{IsCJKUnifiedIdeographs}{2,6}(?:新闻|频道|资讯)$")]
    private static partial Regex ChannelName();

    [GeneratedRegex(@"^(?:返回\p{IsCJKUnifiedIdeographs}{2,10}){2,4}$")]
    private static partial Regex BackLinks();

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,6}(?:[·•・]\p{IsCJKUnifiedIdeographs}{2,6}){1,3}$")]
    private static partial Regex Slogan();

    [GeneratedRegex(@"^(?<owner>\p{IsCJKUnifiedIdeographs}{4,26}(?:中心|报社|集团|网|台|局|办公室|政府))(?:主办|承办|主管)$")]
    private static partial Regex SponsorLine();

    /// <summary>
    /// A navigation bar: three or more short items between bars or wide spaces (首页 | 政务公开 | 走进准格尔). A row of
    /// a copied table has the same shape (| 服务质量 | 公共服务质量满意度 | 78.5 | ≥82 |), but a bar never holds a figure
    /// cell (78.5, ≥82, —) nor a target table's header (指标 beside 2025年目标值).
    /// </summary>
    private static bool IsNavigation(string line)
    {
        var items = NavigationSeparator().Split(line).Select(t => t.Trim()).Where(t => t.Length > 0).ToList();
        // Menu items are words: a row of figures (制造业产品质量合格率  93%  95%  预期性) or a target table's header is a
        // table's, not a menu's.
        // A pager's page numbers (上一页 | 1 | 2 | 3 | 下一页) are its items; a cell that mixes figures and words (2025年) is
        // a table header's.
        // A path that opens on the site's name (新华网 | 时政 | 2017全国两会) is a breadcrumb, whatever its items hold.
        var fromSite = items.Count >= 3 && (SiteName().IsMatch(items[0]) || items[0].EndsWith('网'));
        return items.Count >= 3 && items.All(t => t.Length <= 10 && t.IndexOfAny(['。', '，', ',', '；', ';', '：', ':']) < 0
                && (fromSite || t.All(char.IsAsciiDigit) || !t.Any(char.IsAsciiDigit)) && !t.Contains('%'))
            && !IsTableRow(items);
    }

    [GeneratedRegex(@"^[≥≤><＞＜≧≦~～]?=?\s*[\[［【(（]?[0-9]+(?:\.[0-9]+)?[\]］】)）]?\s*(?:%|‰|％)?$|^[—\-－–]{1,2}$")]
    private static partial Regex FigureCell();

    [GeneratedRegex(@"^(?:主要|具体)?(?:指标|指标名称|名称|项目)$")]
    private static partial Regex IndicatorHeaderCell();

    [GeneratedRegex(@"(?:19|20)[0-9]{2}年|目标|基期|基数|现状|属性")]
    private static partial Regex YearOrTargetHeaderCell();

    /// <summary>Short tokens of login, language and accessibility bars; a short line made only of them is chrome.</summary>
    private static readonly HashSet<string> BarTokens = new(StringComparer.Ordinal)
    {
        "登录", "注册", "退出", "无障碍", "长者版", "关怀版", "English", "ENGLISH", "繁体", "简体", "繁體", "手机版", "移动版", "微信", "微博",
        "首页", "搜索", "高级搜索", "打印", "关闭", "收藏", "字号", "大", "中", "小", "分享", "|", "/", "·", "返回", "顶部", "今天是", "个人中心",
        "政务服务", "政务公开", "互动交流", "走进", "新闻中心", "信息公开", "网站首页", "办事服务", "【", "】", "[", "]", "专题专栏",
        "会员登录", "用户登录", "会员注册", "用户注册", "登录注册", "客服中心", "网站导航", "设为首页", "加入收藏",
        "政民互动", "公众参与", "互动参与", "在线办事", "便民服务", "政府信息公开", "中文", "ENG", "EN", "中文ENG", "中文版", "英文版", "English版",
    };

    /// <summary>A short line whose every token belongs to a login, language or accessibility bar.</summary>
    private static bool IsBar(string line)
    {
        var tokens = line.Split([' ', '\u3000', '\t', '|', '｜', '丨', '/'], StringSplitOptions.RemoveEmptyEntries);
        return tokens.Length > 0 && line.Length <= 60 && tokens.All(t => BarTokens.Contains(t.Trim('【', '】', '[', ']', ':', '：')) || t.Trim('【', '】', '[', ']', ':', '：').Length == 0);
    }

    [GeneratedRegex(@"^(?:当前位置|您的位置|您现在的位置|您当前的位置|当前的位置|所在位置|现在位置|位置)\s*[:：]?\s*(?<site>[^>»›＞\s:：]{2,20}?(?:官网|官方网站|网站|网|平台|门户))\s*(?:>|»|›|＞)")]
    private static partial Regex BreadcrumbSite();

    /// <summary>Whether a line is a breadcrumb path (首页 > 中国品牌 > 正文), in any script.</summary>
    public static bool IsBreadcrumb(string line) => Breadcrumb().IsMatch(Compact(line));

    /// <summary>首页 > 信息公开 > 文件, 首页»政务公开», 首页>>规划信息>>正文, 位置: 首页 / 新闻.</summary>
    [GeneratedRegex(@"(?:[^>»›＞]{1,20}(?:>|»|›|＞)){3}|^首页\p{IsCJKUnifiedIdeographs}{4,24}$|(?:首页|主页|网站首页|位置)\s*(?:>|>>|»|›|→|＞|/|\\|-|—)|(?:>|»|›|＞).{0,12}(?:>|»|›|＞).{0,12}(?:正文|详情|内容|文件|公开|通知公告)?$|(?:>>|»|›).{0,16}正文$|^(?:首页|主页).{0,20}[—–-]\s*正文$")]
    private static partial Regex Breadcrumb();

    [GeneratedRegex(@"^(?:(?:服务|客服|咨询|投诉|举报|订阅|广告)热线[:：]?(?:[0-9()（）\-]{7,16})?|[0-9]{3,4}-[0-9]{7,8}|\p{IsCJKUnifiedIdeographs}{2,16}(?:(?:——|—|--|-|_|\||·)\p{IsCJKUnifiedIdeographs}{1,8})?[:：]?(?:[0-9]{3,4}-[0-9]{7,8}|[A-Za-z0-9._\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+))$")]
    private static partial Regex Hotline();

    [GeneratedRegex(@"^(?:(?:跳转到|跳转至|跳到|跳至|跳过)\p{IsCJKUnifiedIdeographs}{0,6}?(?:导航栏?|正文(?:内容)?|主要内容|内容区?|主体|菜单|搜索|页脚|首页)|无障碍(?:浏览|阅读|服务)?|长者模式|关怀(?:模式|版)|读屏专用|适老化(?:服务|版)?|(?:关闭|打开|展开|收起)导航|目录[XxＸ×]?)+$")]
    private static partial Regex SkipLinks();

    /// <summary>A greeting is chrome; the site it welcomes to (欢迎访问某某市人民政府网站) is the site's name.</summary>
    private static bool Welcomes(Match welcome, IDictionary<string, string> fields)
    {
        if (welcome.Groups["site"].Success)
        {
            fields.TryAdd(SourceText.FieldNames.Site, welcome.Groups["site"].Value);
        }
        return true;
    }

    // 欢迎光临本站, 欢迎进入某某局网站！; with the site's name first: 某某旅行社欢迎您到云南旅游!
    [GeneratedRegex(@"^(?:[您你]好[,，!！]?|\p{IsCJKUnifiedIdeographs}{2,16}?)?(?:欢迎|歡迎)[您你]?(?:访问|訪問|光临|光臨|来到|來到|登录|登錄|进入|進入|莅临|蒞臨|到)(?:(?<site>\p{IsCJKUnifiedIdeographs}{2,24}?(?:门户网站|网站|网|平台))[!！]?$)?")]
    private static partial Regex Welcome();

    [GeneratedRegex(@"^Page[0-9]{1,4}[-–—]\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex FlipbookPage();

    /// <summary>
    /// A line without the button a forum or site prints after its headline (罗田召开…创建动员会 [复制链接]): the headline is
    /// read for what it is, the button dropped. A button alone on its line is left as it is (chrome by its word).
    /// </summary>
    public static string WithoutButton(string line) =>
        TrailingButton().Match(line) is { Success: true, Index: >= 8 } button ? line[..button.Index] : line;

    [GeneratedRegex(@"\s*[\[【](?:复制链接|打印|关闭|收藏|分享|纠错)[\]】]\s*$")]
    private static partial Regex TrailingButton();

    /// <summary>Newspaper mastheads and page furniture: 国内统一刊号:CN64-0001, 宁夏日报报业集团出版, 第3版, 版名: 要闻.</summary>
    [GeneratedRegex(@"CN[0-9]{2}-[0-9]{4}|总第[0-9]+期|[0-9]编印$|^[A-Z]?[0-9]{1,2}[:：]\p{IsCJKUnifiedIdeographs}{2,4}(?:版|总第|>|\s|$)|主管主办|主管.{0,12}主办|主办.{0,20}出版$|报业(?:集团|传媒)|^第[0-9]{1,3}版|第[0-9]{1,3}版[:：]|版次[:：]|版名[:：]|^[0-9]{1,3}版[:：]|本版编辑|^日报\s*[0-9]{4}")]
    private static partial Regex Masthead();

    /// <summary>Links to other pages in a tag: 『图文解读』…, 【相关解读】…, 相关文件:….</summary>
    [GeneratedRegex(@"^(?:『[^』]{1,8}』|【(?:相关|图文|图解|视频|政策)[^】]{0,6}】|相关(?:解读|文件|阅读|新闻|稿件)[:：]|(?:附件|相关)下载[:：]?$|(?i:app)\p{IsCJKUnifiedIdeographs}{0,6}$|\p{IsCJKUnifiedIdeographs}{0,6}(?i:app)$)")]
    private static partial Regex PromotionTag();

    [GeneratedRegex(@"(?:\p{IsCJKUnifiedIdeographs}{2,8},){5,}")]
    private static partial Regex KeywordRun();

    [GeneratedRegex(@"^[-•·*▪►]\s*\p{IsCJKUnifiedIdeographs}{2,10}$")]
    private static partial Regex BulletedMenuItem();

    // (Or its last step glued to 正文 with the arrow lost: 上海分社正文.)
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,12}[>›»＞]正文$|^\p{IsCJKUnifiedIdeographs}{2,6}正文$")]
    private static partial Regex CrumbToText();

    [GeneratedRegex(@"^本(?:篇|文)(?:文章)?(?:共)?[0-9]+字[,，]?(?:预计)?(?:阅读|读完)(?:需要|约|时间)?[0-9]+分钟$")]
    private static partial Regex ReadingTime();

    [GeneratedRegex(@"^(?:编号|编號|文章编号|稿件编号)[:：][0-9A-Za-z\-]{3,20}$")]
    private static partial Regex RecordNumber();

    [GeneratedRegex(@"赌场|娱乐场|娱乐城|博彩|彩票|投注|棋牌|百家乐|老虎机|时时彩|赛车pk10|现金网")]
    private static partial Regex BettingBanner();

    [GeneratedRegex(@"质量|标准|计量|品牌|监管|认证|检验|检测|政府|工作|制度|活动|会议|通知|方案|意见|办法|发展|建设|合格")]
    private static partial Regex NewsWord();

    [GeneratedRegex(@"^(?:图|圖|图片|圖片)[:：]")]
    private static partial Regex PictureCaption();

    /// <summary>A site's disclaimer under a copied text (本站部分信息来源于…，如信息涉及侵权，请…): the site's words, however long.</summary>
    [GeneratedRegex(@"^本站.{0,60}?(?:侵权|转载|整理发布|仅供参考|版权)")]
    private static partial Regex SiteDisclaimer();

    /// <summary>The share and font buttons with their labels emptied: <c>分享更多字体:</c>.</summary>
    [GeneratedRegex(@"^(?:分享|更多|分享到)*(?:字体|字號|字号)[:：]?[大中小\[\]【】()（）]*$|^(?:分享|更多|分享到){2,3}$")]
    private static partial Regex FontButtons();

    /// <summary>A web address alone: <c>http://news.example.cn</c>.</summary>
    [GeneratedRegex(@"^(?:https?://|www\.)[A-Za-z0-9./_\-]+/?$", RegexOptions.IgnoreCase)]
    private static partial Regex BareAddress();

    /// <summary>A government page's publicity note: <c>(此件公开发布)</c>.</summary>
    [GeneratedRegex(@"^[(\[【]?此件(?:公开发布|主动公开|依申请公开|不予公开|不公开|删减后公开)[)\]】]?$")]
    private static partial Regex PublicityNote();
}
