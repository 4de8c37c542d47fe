using System.Text.RegularExpressions;
using PolicyGraph.Core.Text;
using PolicyGraph.Ingest.Reading;

namespace PolicyGraph.Ingest.Normalising;

/// <summary>
/// Web page chrome (domain.md §9, §11 L1–L4): breadcrumbs in their many wordings, date widgets, login and
/// accessibility bars, font and print bars, article-info lines (来源/发布时间/作者/责任编辑/阅读/评论), newspaper
/// mastheads, previous/next links, footers, and the open-information table in any of its text forms. A chrome line
/// is never policy text, a title or an issuer; what it states (来源, 时间, 文号 …) is kept as a field.
/// </summary>
public static partial class PageChrome
{
    /// <summary>Words that make a line chrome wherever they stand in it.</summary>
    private static readonly string[] ChromeWords =
    [
        "当前位置", "您的位置", "您现在的位置", "您当前的位置", "当前的位置", "所在位置", "所在的位置", "现在位置", "字体大小", "热门关键词", "打印本页", "关闭窗口", "关闭本页", "分享到",
        "返回顶部", "视频加载中", "©原创", "本页面执行时间", "分辨率以上显示器", "版本浏览器", "最佳浏览效果", "扫一扫", "网站地图", "联系我们", "版权所有", "ICP备", "icp备", "公网安备", "网站标识码", "主办单位", "承办单位", "技术支持",
        "浏览次数", "点击数", "点击量", "访问量", "阅读次数", "阅读量", "【打印】", "【关闭】", "在手机上查看", "相关链接", "上一篇", "下一篇", "上一版", "下一版",
        "责任编辑", "初审编辑", "复审编辑", "终审编辑", "统一刊号", "连续出版物号", "报业集团", "无障碍浏览", "适老化", "长者版", "网站纠错", "我要纠错", "【纠错】", "收藏本页",
        "设为首页", "加入收藏", "用户登录", "登录注册", "请登录", "还未登录", "您未登录", "免费注册", "微信扫一扫", "分享至", "【字体", "[字体", "字号:", "字号：",
        "点击上方", "关注我们", "小编提示", "导读：", "导读:", "在线客服", "长者模式", "关怀模式", "老年模式", "关怀版", "核心提示", "内容提要", "本帖最后由", "只看该作者", "复制链接", "楼主", "沙发", "板凳", "立即注册", "找回密码", "标题导航", "版面导航", "本版导航", "责任编辑", "【校对", "本报社址", "广告经营许可证", "阅读原文", "长按识别", "长按二维码", "识别二维码", "关注公众号", "星标", "发表于", "预览时标签不可点",
        "原文链接", "风格切换", "切换到宽版", "切换到窄版", "上一主题", "下一主题", "威望", "铜币", "返回首页", "返回栏目首页", "关于我们", "本站地图", "刊登广告", "新闻热线", "热线电话", "相关评论", "网友评论", "发表评论", "查看全部评论",
        "下载二维码", "网站二维码", "網站二維碼", "扫描二维码", "掃描二維碼", "返回上一页", "返回上一级", "返回列表", "本篇法规已被", "用户头像", "上传于", "版权说明", "由用户提供并上传", "文档简介", "专业号:", "专业号：", "百家号:", "百家号：", "头条号:", "头条号：", "页未读", "继续阅读", "页预览", "下载后查看", "部分内容阅读",
        "新闻信息许可证", "新闻信息服务许可证", "版权：", "版权:", "©", "分享按钮", "更多>", "更多»", "更多›", "增值电信业务经营许可证", "繁体中文", "简体中文", "出版物:", "出版物：", "年卷期:", "年卷期：", "学科分类:", "学科分类：", "当前版:", "当前版：", "邮政编码", "免责声明", "版权声明", "本期发布:", "本期发布：", "文章字数", "热搜:", "热搜：", "热门搜索", "通版阅读", "展开通版", "收缩通版",
    ];

    /// <summary>The chrome words no sentence of a document holds: a site's registration, copyright and location marks.</summary>
    private static readonly string[] SiteMarks = ["ICP备", "icp备", "公网安备", "网站标识码", "版权所有", "由用户提供并上传", "当前位置", "您的位置", "您现在的位置"];

    /// <summary>The field a post's 发表于 date is kept under (a published date).</summary>
    public const string PostedField = "发表时间";

    /// <summary>The field the site's name is kept under as its breadcrumb opens on it (当前位置: 某某官网 > …).</summary>
    public const string CrumbSiteField = "路径站点";

    /// <summary>The field an article-info line's or a newspaper's date is kept under when no label names it.</summary>
    public const string PageDateField = "页面日期";

    /// <summary>True when <paramref name="line"/> is chrome; fields it states are added to <paramref name="fields"/>.</summary>
    public static bool IsChrome(string line, IDictionary<string, string> fields)
    {
        line = WithoutButton(line);
        var compact = Compact(line);
        if (compact.Length == 0)
        {
            return false;
        }
        if (!IsChromeLine(line, compact, fields))
        {
            ReadInlineBracketedFields(line, fields);
            return false;
        }
        RecordFiling(compact, fields);
        // A list's "more" link and the dates of the list under it (更多>2022-03-08 / 2021-11-26 …) date other pages.
        if (compact.StartsWith("更多", StringComparison.Ordinal))
        {
            return true;
        }
        // A footer's copyright owner (厦门广播电视集团 版权所有, 版权所有：某某日报社) is whose site it is.
        if (CopyrightLine.Owner(line) is { } owner)
        {
            fields.TryAdd(SourceText.FieldNames.CopyrightOwner, owner);
        }
        // An article-info line, a masthead or a newspaper's date line dates the page (never a widget's 今天是); a
        // table's dates are under their labels.
        // A forum post's 发表于 date is when it was published; a member's 注册时间 says nothing about the page.
        if (PostedOn().Match(line) is { Success: true } posted)
        {
            fields.TryAdd(PostedField, posted.Groups["d"].Value);
        }
        else if (ShortYearTime().Match(line) is { Success: true } shortYear)
        {
            fields.TryAdd(PageDateField, "20" + shortYear.Groups["d"].Value); // 时间:16-12-02 10:12:09
        }
        else if (WeekdayDate().Match(line) is { Success: true } weekday)
        {
            fields.TryAdd(WidgetDateField, weekday.Groups["d"].Value); // 2024年04月27日 星期六: a clock, or an e-paper's issue
        }
        // A sharing site's upload line (某用户 上传于:2024-11-17) dates a user's copy, not the page's text.
        else if (!StatesDatesUnderLabels(line) && !compact.Contains("注册时间", StringComparison.Ordinal) && !compact.Contains("上传于", StringComparison.Ordinal)
                 && ChromeDate().Match(TodayWidget().Replace(line, string.Empty)) is { Success: true } date)
        {
            fields.TryAdd(PageDateField, date.Value);
        }
        return true;
    }

    private static bool IsChromeLine(string line, string compact, IDictionary<string, string> fields)
    {
        if (ReadTableLine(line, fields) || ReadLabelledFields(line, fields))
        {
            return true;
        }
        if (IsSiteFurniture(compact))
        {
            return true;
        }
        if (PublicityNote().IsMatch(compact) || OpenInformationTable.IsTableRule(compact) || PageNumber().IsMatch(compact) || IsSharedFilePage(compact, fields))
        {
            return true;
        }
        // A bar or a rule alone on its line (|, ｜, ——): a layout's leftover, no text (not a range's one dash, 2021 / — / 2035年).
        if (compact.All(c => c is '|' or '｜' or '丨' or '/' or '·' or '-' or '—' or '_' or '=') && compact != "—")
        {
            return true;
        }
        // The page's date and time, then its source with the address (2012年02月24日 16:37 信息来源:http://…): however long.
        if (DateThenSourceLine().Match(PinyinAnnotation.Strip(line).Trim()) is { Success: true } dateThenSource)
        {
            fields.TryAdd(PageDateField, dateThenSource.Groups["d"].Value);
            return true;
        }
        if (compact.Contains("字体", StringComparison.Ordinal) &&
            (compact.Contains("打印", StringComparison.Ordinal) || compact.Contains("大中小", StringComparison.Ordinal) || compact.Contains("()", StringComparison.Ordinal)))
        {
            return true;
        }
        // The share and font buttons, emptied (分享 / 更多 / 字体:); an address alone (left of an address, date and source line).
        if (FontButtons().IsMatch(compact) || BareAddress().IsMatch(compact))
        {
            return true;
        }
        // A breadcrumb that opens on the site's name (当前位置: 某某官网 > 最新出台 > 正文): the name a copying site may glue
        // before its headlines.
        if (BreadcrumbSite().Match(compact) is { Success: true } crumb)
        {
            fields.TryAdd(CrumbSiteField, crumb.Groups["site"].Value);
        }
        // A chrome word inside a long run of sentences (…可以拨打热线电话…。) is the text's own word: only a site's registration or
        // copyright marks make such a line chrome, or a chrome label it opens on (核心提示:…, 导读：…: the site's summary).
        var prose = compact.Length > 60 && compact.Contains('。', StringComparison.Ordinal);
        if ((prose ? SiteMarks.Any(w => compact.Contains(w, StringComparison.Ordinal)) || ChromeWords.Any(w => compact.StartsWith(w, StringComparison.Ordinal))
                : ChromeWords.Any(w => compact.Contains(w, StringComparison.Ordinal)))
            || compact is "打印" or "关闭" or "收藏" or "字号" || SiteNotice().IsMatch(compact) || SharedFileMeta().IsMatch(compact) || SiteDisclaimer().IsMatch(compact))
        {
            return true;
        }
        // A breadcrumb's tail (政策法规>正文), a channel's name (商贸频道即时要闻) and a reading-time note (本篇文章412字，读完约1分钟):
        // where the page is, how long it reads.
        if (compact.Length <= 30 && (CrumbToText().IsMatch(compact) || ReadingTime().IsMatch(compact) || ChannelName().IsMatch(compact)))
        {
            return true;
        }
        // A menu's bulleted item (- 国务院部门, • 市州政府): a short name after a bullet, no sentence.
        if (BulletedMenuItem().IsMatch(line.Trim()))
        {
            return true;
        }
        // A site's greeting (欢迎光临本站, 欢迎进入某某局网站！) is never a headline's first line; nor a flipbook's page head (Page 58 - 某县工作手册).
        if (compact.Length <= 30 && (Welcome().Match(compact) is { Success: true } welcome ? Welcomes(welcome, fields) : FlipbookPage().IsMatch(compact)))
        {
            return true;
        }
        // A forum's or portal's article-info line can run long (2013-3-18 10:26| 發布者: … | 查看: 2871| 評論: 0|原作者: …|來自: …):
        // three of its labels make it one at any length (read in Simplified, a mirror's 發布者 being 发布者).
        if (line.Length <= 200 && line.Count(c => c is ':' or '：' or '|' or '｜') >= 3 && !line.Contains('。', StringComparison.Ordinal)
            && ArticleInfoLabel().Matches(SimplifiedInPlace(line)).Count >= 3)
        {
            return true;
        }
        // A spam site's keyword title stamped over a copied page (免费影视大全,高清电影在线看,…; 彩虹影院_在线免费观看…).
        // Or any keyword run: four short phrases or more between commas (a table's row has bars), no sentence and no word of the domain
        // (热门小游戏在线玩,免下载网页游戏大全,…; 二手车估价,新车报价大全,…).
        if (compact.Length <= 120 && (SpamWord().Matches(compact).Select(m => m.Value).Distinct().Count() >= 3 || IsKeywordRun(compact)))
        {
            return true;
        }
        // A footer's contact line (地址：… 电话：… 邮编：…): whom to write to, not what the page says.
        if (compact.Length <= 160 && ContactLabel().Matches(compact).Count >= 2 && !compact.Contains('。', StringComparison.Ordinal))
        {
            return true;
        }
        // A masthead's sponsor line (宽甸满族自治县融媒体中心主办): who runs the site (its place, as a copyright owner's).
        if (compact.Length <= 30 && SponsorLine().Match(compact) is { Success: true } sponsor)
        {
            fields.TryAdd(SourceText.FieldNames.CopyrightOwner, sponsor.Groups["owner"].Value);
            return true;
        }
        if (IsTicker(PinyinAnnotation.Strip(line)))
        {
            return true; // however long: each item is another page's title
        }
        // What follows is only ever short: a policy sentence is never read as chrome for a word it happens to use.
        if (compact.Length > 60 || compact.Contains('。', StringComparison.Ordinal))
        {
            return false;
        }
        var siteName = TrailingLatin().Replace(compact, string.Empty); // 港粤商讯网HKGDBizNews
        if (SiteName().IsMatch(siteName) && !compact.Contains("关于", StringComparison.Ordinal) && compact.IndexOfAny(['《', ',', '，']) < 0)
        {
            fields.TryAdd(SourceText.FieldNames.Site, siteName);
            return true;
        }
        // A site's name with its menu or slogan (惠企政策通 - 政策查询 申报提醒 资讯解读), a menu between bars that opens on
        // 首页 (首页 | 时政 | 图片; a table's row between bars is no menu):
        // three or more short words, nothing else.
        if (IsMenuShaped(line))
        {
            return true;
        }
        // A menu label written twice (海量免费资源 海量免费资源: an icon's text and its caption), or a paper's slogan (服务市场·贴近民生).
        if (DoubledLabel().IsMatch(line.Trim()) || Slogan().IsMatch(compact))
        {
            return true;
        }
        // A column's or a programme's name standing alone over the article (质量资讯, 工作动态, 《厦视新闻》), or a link back to
        // it (<政策法规), or a portal's mark (行政规范性文件:), its English beside it or not (政务要闻 News): where the page is, not what it says.
        if (ColumnName().IsMatch(compact) || ColumnName().IsMatch(siteName))
        {
            return true;
        }
        // A hotline's label or number alone on its line (服务热线 / 022-58316620 / 维权工作站 0771-5860213 / 举报邮箱 x@163.com / 某网-热线:010-…).
        if (Hotline().IsMatch(compact))
        {
            return true;
        }
        // Skip links and accessibility switches (跳转到正文内容, 跳到主要内容, 无障碍浏览 长者模式): for screen readers, not text.
        if (SkipLinks().IsMatch(compact))
        {
            return true;
        }
        // A news app's promotion (周口日报客户端 一端在手 信息全有, …APP获取), or its slogan; links back (返回某某网 返回微动态).
        if ((AppPromotion().IsMatch(compact) && compact.Length <= 30) || BackLinks().IsMatch(compact))
        {
            return true;
        }
        if (LinkItem().IsMatch(compact) || BulletLink().IsMatch(compact))
        {
            return true;
        }
        if (PageDateOfLine(line) is { } pageDate)
        {
            fields.TryAdd(PageDateField, pageDate); // 2024-05-06 536: a page's date and its views
            if (PrintEditionLine().Match(PinyinAnnotation.Strip(line).Trim()) is { Success: true } print)
            {
                fields.TryAdd(OpenInformationTable.Source, print.Groups["paper"].Value); // 《 人民日报 》( 2021年11月26日 18 版): the paper is the source
            }
            return true;
        }
        if (Masthead().IsMatch(compact) && MastheadOwner().Match(compact) is { Success: true } owner)
        {
            fields.TryAdd(SourceText.FieldNames.Site, owner.Groups["owner"].Value); // 中共台州市黄岩区委主管主办: the paper's place
        }
        return Breadcrumb().IsMatch(compact) || TableOfContents().IsMatch(compact) || WeChatMeta().IsMatch(compact) || DateWidget().IsMatch(compact) || WeekdayDate().IsMatch(compact) || ArticleInfo(compact) || Masthead().IsMatch(compact)
            || PinyinAnnotation.Strip(line) is var plain && (IsBar(plain) || (IsNavigation(plain) && !IsJointSignature(plain))) || PromotionTag().IsMatch(compact) || LoginPrompt().IsMatch(compact) || ImageLabel().IsMatch(compact) || IsStamp(line, fields);
    }

    /// <summary>
    /// <c>来源: 某某网 发布时间: 2021-06-30 作者: … 阅读: 1234</c>: two or more article-info labels on one short line
    /// (with or without colons), or a line that is only a view counter.
    /// </summary>
    private static bool ArticleInfo(string compact)
    {
        var labels = ArticleInfoLabel().Matches(compact).Count;
        return labels >= 2 || ViewCounter().IsMatch(compact);
    }

    [GeneratedRegex(@"【(?<label>[\p{IsCJKUnifiedIdeographs} \u3000]{2,8})】")]
    private static partial Regex InlineBracketedLabel();

    /// <summary>The line with each Traditional character written in Simplified and all else as it was (spaces between cells kept).</summary>
    private static string SimplifiedInPlace(string line)
    {
        var characters = Core.Text.ScriptTables.Instance.Characters;
        return string.Concat(PinyinAnnotation.Strip(line).Select(c => characters.TryGetValue(c, out var simple) && simple.Length == 1 ? simple : c.ToString()));
    }

    private static string Compact(string line) =>
        SearchNormaliser.ToSearchText(line, traditional: null).Replace(" ", string.Empty, StringComparison.Ordinal);

    [GeneratedRegex(@"[|｜\t]|[ \u3000\u00A0]{2,}")]
    private static partial Regex CellSeparator();

    [GeneratedRegex(@"\S[ \u3000\u00A0]{2,}\S")]
    private static partial Regex WideSpace();

    [GeneratedRegex(@"[|｜丨\t]|[ \u3000]{2,}|\s[/·\-–—]\s")]
    private static partial Regex NavigationSeparator();

    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9.&' -]{2,}$")]
    private static partial Regex TrailingLatin();

    /// <summary>A bulleted link in a page's list (· 各地各部门积极响应…, 1. >某某宣传片): short, no sentence, no headline's ——subtitle.</summary>
    [GeneratedRegex(@"^(?:[·•▪◆■●]\s*(?!.*——)|[0-9]{1,2}\.\s*[>›»]\s*)\S.{0,58}$")]
    private static partial Regex BulletLink();

    /// <summary>Whether a line is a bulleted link or item (• 市州政府, • 关于…的通知): a list's, unless a headline over its bulleted info line.</summary>
    public static bool IsBulletLink(string line) => BulletLink().IsMatch(line.Trim());

    /// <summary>A list's link: another page's title and its date (…的通知2022-06-13, …的意见[05-20]).</summary>
    [GeneratedRegex(@"(?:通知|意见|方案|规划|决定|办法|要点|计划|公告|通告|纲要)[\[(]?(?:19|20)?[0-9]{2}[-/.][0-9]{1,2}(?:[-/.][0-9]{1,2})?[\])]?$")]
    private static partial Regex LinkItem();

    [GeneratedRegex(@"^(?<w>\S{2,12})\s+\k<w>$")]
    private static partial Regex DoubledLabel();

    /// <summary>A site's name on a line of its own: 准格尔旗人民政府门户网站, 塞上新闻网, 云岭日报, 华夏质量周刊数字报, 365文库.</summary>
    [GeneratedRegex(@"^.{2,30}?(?:门户网站|政府网站|官方网站|网站|政府网|政务网|信息网|新闻网|在线|门户|客户端|日报|晚报|报社|数字报|电子报|周刊|期刊|论坛|社区|贴吧|文库|文汇|娱乐平台|娱乐城)$")]
    private static partial Regex SiteName();

    /// <summary>What a date field holds: digits and date separators only (0000-00-00 included), or nothing.</summary>
    [GeneratedRegex(@"^[\s0-9\-/.:年月日]*$")]
    private static partial Regex DateValue();

    [GeneratedRegex(@"发表于\s*(?<d>(?:19|20)[0-9]{2}[-/.][0-9]{1,2}[-/.][0-9]{1,2}|(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日)")]
    private static partial Regex PostedOn();

    [GeneratedRegex(@"登录\s*[|｜/]?\s*注册|注册\s*[|｜/]\s*登录|^(?:请)?登录$|个人中心")]
    private static partial Regex LoginPrompt();

    [GeneratedRegex(@"(?:19|20)[0-9]{2}(?:-[0-9]{1,2}-[0-9]{1,2}|/[0-9]{1,2}/[0-9]{1,2}|\.[0-9]{1,2}\.[0-9]{1,2}|年[0-9]{1,2}月[0-9]{1,2}日)")]
    private static partial Regex ChromeDate();

    [GeneratedRegex(@"[\[【〔]\s*(?<label>[\p{IsCJKUnifiedIdeographs} \u3000]{2,12}?)\s*[\]】〕]")]
    private static partial Regex BracketedLabel();

    [GeneratedRegex(@"^(?<owner>\p{IsCJKUnifiedIdeographs}{4,20}?(?:委员会|委|人民政府|政府))主管")]
    private static partial Regex MastheadOwner();

    /// <summary>A table of contents' line (a gazette's): a title, dot leaders, a page number.</summary>
    [GeneratedRegex(@"(?:\.{6,}|…{2,}|·{6,}|-{8,})\s*[(（]?[0-9]{1,4}[)）]?$")]
    private static partial Regex TableOfContents();

    /// <summary>A WeChat article's meta line (原创 account-name date 发表于广东; 在看, 赞); an e-paper's page and word count (第A11版：广东·城事, 本文字数：376).</summary>
    [GeneratedRegex(@"^原创\S{0,4}\s|^(?:在看|点赞|赞|分享|收藏|推荐阅读|往期回顾|往期推荐)$|^第[A-Z]?[0-9]{1,3}版[:：]\S{0,12}$|^本文字数[:：]?[0-9]+$")]
    private static partial Regex WeChatMeta();

    /// <summary>Page furniture of PDF text: — 3 —, - 4 -, 第3页, 第3页共12页, 3/12, a bare page number, a flipbook's P. 58.</summary>
    [GeneratedRegex(@"^(?:[—\-－–]+[0-9]{1,3}[—\-－–]+|第[0-9]{1,3}页(?:[,，/]?共[0-9]{1,3}页)?|[0-9]{1,3}/[0-9]{1,3}|[0-9]{1,3}|P\.?[0-9]{1,4})$")]
    private static partial Regex PageNumber();

    /// <summary>Whether a line is a page number (PDF text): the lines next to it may be running headers or footers.</summary>
    public static bool IsPageNumber(string line) => PageNumber().IsMatch(Compact(line));

    [GeneratedRegex(@"(?:来源|来自|转自|转载自|摘自|媒体(?=[:：])|发布时间|发表时间|发布日期|更新时间|发布者|发布人|发布(?=[:：])|作者|原作者|编辑|责任编辑|阅读|浏览|点击|评论|字号|访问|日期|时间|信息来源|文章来源|稿源|查看|回复|帖子|积分|注册时间|关键词|关键字|标签|页数|大小|上传人|上传者|上传时间|下载|栏目|所属栏目)(?:[:：]|次数|量|\(|【|\d)")]
    private static partial Regex ArticleInfoLabel();

    [GeneratedRegex(@"^《?\p{IsCJKUnifiedIdeographs}{2,4}(?:资讯|動態|资讯|資訊|动态|要闻|要聞|快讯|快訊|公告|新闻|新聞|聚焦|导读|導讀|频道|頻道|专栏|專欄)》?$|^[<‹«]\s*\p{IsCJKUnifiedIdeographs}{2,8}$|^(?:行政)?规范性文件[:：]?$")]
    private static partial Regex ColumnName();

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,8}(?:\s*[-|｜]\s*|\s+)\p{IsCJKUnifiedIdeographs}{2,6}(?:\s+\p{IsCJKUnifiedIdeographs}{2,6}){1,6}$|^(?:首页|网站首页|主页|返回首页)(?:\s*[|｜]\s*[\p{IsCJKUnifiedIdeographs}0-9A-Za-z]{1,8}){2,8}$")]
    private static partial Regex MenuLine();

    [GeneratedRegex(@"^(?:阅读|浏览|点击|访问)(?:次数|量|数)?[:：]?\s*[0-9.]+万?次?$|^[☆★◆●■□【\[]?(?:打印|关闭|收藏|分享|纠错)[】\]]?$")]
    private static partial Regex ViewCounter();
}
