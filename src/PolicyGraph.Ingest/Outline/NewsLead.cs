using System.Text.RegularExpressions;

namespace PolicyGraph.Ingest.Outline;

/// <summary>
/// The lead of a news-agency or newspaper item about a policy's issue (domain.md §11 L4, L5):
/// <c>新华社北京2月6日电 近日，中共中央、国务院印发了《质量强国建设纲要》，并发出通知……《质量强国建设纲要》全文如下：</c>.
/// It names who issued the policy and its title; when it announces the text (全文如下, 主要内容如下) the page is a reprint
/// of that policy, otherwise a report about it.
/// </summary>
public sealed partial record NewsLead(string Issuer, string Title, bool AnnouncesText, string? IssuedOn)
{
    /// <summary>The number the lead gives after the title: 印发《Y》（粤府办〔2021〕40号）.</summary>
    public string? Number { get; init; }

    /// <summary>The lead a search-view paragraph opens with, or null when it is not one.</summary>
    public static NewsLead? Read(string searchText)
    {
        var m = Lead().Match(searchText);
        // A lead that opens on the policy's purpose (为落实…，进一步…，文化和旅游部研究制定了《Y》。…全文如下) is one only when it
        // announces the text: a notice's cover may open so too.
        if (!m.Success && Announces().IsMatch(searchText))
        {
            m = PurposeLead().Match(searchText);
        }
        // Or on the title it reprints, its issuer in the title (日前,《X关于…的通知》正式发布。具体内容如下:).
        if (!m.Success && Announces().IsMatch(searchText))
        {
            m = TitledLead().Match(searchText);
        }
        // A lead is a sentence that goes on after the title it names; a headline (X印发《Y》) ends there.
        if (!m.Success || m.Index + m.Length >= searchText.Length - 1 || searchText.IndexOfAny(['。', ',', '，']) < 0)
        {
            return null;
        }
        var issuer = m.Groups["issuer"].Value.Trim(' ', ',', '，');
        // A date the lead gives for the issuing itself (2018年1月9日，X印发了《Y》): with its year, the 成文日期.
        var date = m.Groups["date"].Success ? m.Groups["date"].Value : null;
        var number = NumberAfter().Match(searchText, m.Index + m.Length);
        return new NewsLead(issuer, m.Groups["title"].Value.Trim(), Announces().IsMatch(searchText), date)
        {
            Number = number.Success && number.Index == m.Index + m.Length ? number.Groups["n"].Value : null,
        };
    }

    /// <summary>
    /// The attribution an excerpt closes with (以上内容摘自中共中央办公厅、国务院办公厅近日印发的《关于…的意见》): like a lead
    /// that announces the text, it makes the page the text of the document it names, issued by whom it says.
    /// </summary>
    public static NewsLead? ReadClosing(string searchText) =>
        ClosingAttribution().Match(searchText) is { Success: true } m
            ? new NewsLead(m.Groups["issuer"].Value, m.Groups["title"].Value.Trim(), AnnouncesText: true, IssuedOn: null)
            : null;

    [GeneratedRegex(@"^(?:以上内容|以上|本文|上述内容)(?:摘自|节选自|摘编自|选自)(?<issuer>\p{IsCJKUnifiedIdeographs}[^《》,，。]{2,60}?)(?:近日|日前|最近)?(?:印发|发布|出台)的《(?<title>[^《》]{4,100})》[。.]?$")]
    private static partial Regex ClosingAttribution();

    /// <summary>
    /// Whether a paragraph opens with a news dateline (本报讯（记者 …）, 新华社北京2月6日电, 青禾讯（通讯员 …）): the page
    /// is a news item, whatever it goes on to say.
    /// </summary>
    public static bool OpensWithDateline(string searchText) => Dateline().IsMatch(searchText);

    /// <summary>
    /// Whether a paragraph reports that some body recently issued or passed a document (为推动…，近日，X印发《Y》，决定…):
    /// the opening of a news item about that document, not the document.
    /// </summary>
    public static bool ReportsAnIssue(string searchText) => ReportedIssue().IsMatch(searchText);

    /// <summary>
    /// Whether a paragraph ends with (or is) a reporter's byline, <c>(记者 罗新宇)</c>, <c>（本报记者 张三 通讯员 李四）</c>: the
    /// page is a news item written by a reporter.
    /// </summary>
    public static bool SignedByReporter(string searchText) => ReporterByline().IsMatch(searchText);

    // (记者 罗新宇) closing a paragraph; 中国市场监管报记者 马文斌 or □ 王磊 as a paragraph of its own.
    [GeneratedRegex(@"[(（](?:本报|特约)?(?:记者|通讯员)[^()（）。，,]{2,24}[)）]$|^[□■]\s*\p{IsCJKUnifiedIdeographs}{2,4}(?:[\s、]+\p{IsCJKUnifiedIdeographs}{2,4}){0,3}$|^\p{IsCJKUnifiedIdeographs}{0,12}?(?:记者|通讯员)\s*\p{IsCJKUnifiedIdeographs}{2,4}(?:[\s、]+\p{IsCJKUnifiedIdeographs}{2,4}){0,3}$")]
    private static partial Regex ReporterByline();

    /// <summary>
    /// Whether a paragraph tells what a source told the reporter (据海北州市场监管局有关负责人介绍, 记者从X获悉) or opens on
    /// what a report shows (白皮书显示，…): the text is a news item's, not a policy's.
    /// </summary>
    public static bool CitesItsSource(string searchText) => SourceAttribution().IsMatch(searchText);

    [GeneratedRegex(@"据[^。，,；;]{2,40}?(?:负责人|负责同志|工作人员|局长|主任|处长|科长|专家)(?:[^。，,]{0,6})?(?:介绍|透露|表示|说)|记者(?:今天|今日|昨天|昨日|近日|日前)?从[^。，,]{2,40}?(?:获悉|了解到|得知)|(?:有关|相关)负责(?:人|同志)(?:介绍|说|表示|透露)[。，,:：]|^(?:白皮书|报告|数据|统计|监测结果|调查结果)显示[,，]|据(?:介绍|了解|悉)[,，]|^从[^。，,]{2,40}?(?:获悉|了解到|得知)[,，]")]
    private static partial Regex SourceAttribution();

    /// <summary>
    /// How many kinds of a reporter's words a text uses (会议指出, 会上, 表示, 据了解, 近日, a day's date opening a sentence):
    /// a text that issues nothing and uses three kinds is a news item, whatever its first lines are.
    /// </summary>
    public static int NewsVoice(string searchText) =>
        NewsVoiceCue().Matches(searchText).Select(m => m.Groups["kind"].Value).Distinct(StringComparer.Ordinal).Count();

    [GeneratedRegex(@"(?<kind>记者)|(?<kind>会议(?:指出|强调|要求|认为|提出|号召))|(?<kind>会上)[,，]|(?<kind>(?:表示|介绍|指出|强调|透露))[,，:：]|(?<kind>(?:近日|日前|近期))[,，]|(?:^|[。\n])(?<kind>[0-9]{1,2}月[0-9]{1,2}日)(?:上午|下午|晚)?[,，]|(?<kind>出席会议|参加会议|主持会议)|(?<kind>召开)[^。，,]{0,16}?(?:全体会议|推进会|工作会议|座谈会|动员会|会议)")]
    private static partial Regex NewsVoiceCue();

    /// <summary>
    /// Whether a paragraph opens a news item: a dateline, the news that some body recently issued a document or that a
    /// meeting was held, 近日，… (a policy never opens on when it was made), or what a reporter learned.
    /// </summary>
    public static bool OpensNewsItem(string searchText) => OpensWithDateline(searchText) || ReportsAnIssue(searchText) || ReportsAMeeting().IsMatch(searchText)
        || RecentlyOpening().IsMatch(searchText) || ReporterLearned().IsMatch(searchText) || DocumentReleased().IsMatch(searchText);

    // The news of a document's release on a day, the document its subject (10月27日，《X规划》正式发布，提出…).
    [GeneratedRegex(@"^(?:(?:[0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}日|今天|昨天|近日|日前)[,，]\s*《[^《》]{2,80}》(?:正式|近日|日前)?(?:发布|印发|出台|公布)")]
    private static partial Regex DocumentReleased();

    [GeneratedRegex(@"^(?:近日|日前|近期)[,，]")]
    private static partial Regex RecentlyOpening();

    // A reporter's lead without a dateline (记者前天从市质监局了解到，…; 本报记者日前获悉，…).
    [GeneratedRegex(@"^(?:本报)?记者[^。]{0,24}?(?:了解到|获悉)")]
    private static partial Regex ReporterLearned();

    // A news item's opening on a meeting held on a day it names (今天（3月21日）上午，国务院新闻办公室举行新闻发布会).
    // Perhaps after a purpose (为扎实做好…，12月20日上午，X召开…推进会).
    [GeneratedRegex(@"^(?:为[^。]{2,60}?[,，])?(?:今天|今日|昨天|昨日|近日|日前|(?:[0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}日)[^。]{0,20}?[,，][^。]{0,30}?(?:(?:召开|举行|举办)[^。]{0,30}?(?:会议|发布会|推进会|大会|座谈会|论坛|会)|(?:会议|仪式|大会|发布会|推进会|座谈会|启动会)在[^。，,]{1,16}?(?:召开|举行|举办))")]
    private static partial Regex ReportsAMeeting();

    [GeneratedRegex(@"^[^。]{0,60}?(?:近日|日前|近期)[,，]?[^。《》]{0,40}?(?:联合)?(?:印发|出台|发布|审议通过|原则通过)(?:了)?《")]
    private static partial Regex ReportedIssue();

    // 本报西安2月16日讯 and a chief reporter's bracket ((首席记者 …)) open one too.
    // …讯 is a dateline when a reporter's bracket or the day of the news follows it (灵武融媒讯 4月16日下午，…); so is a site's
    // 消息 before the day (竹溪视窗网消息 3月28日，…).
    [GeneratedRegex(@"^(?:本报讯|本报[^,，。]{0,10}[电讯]|[^,，。]{0,20}?(?:社|台|网|报)[^,，。]{0,10}?[0-9]{1,2}日(?:电|消息)|[^,，。]{0,16}?讯\s*[(（](?:首席|特约|本报)?(?:记者|通讯员)|[^,，。\s]{2,16}?讯[\s:：]*(?:[0-9]{1,2}月[0-9]{1,2}日|[0-9]{1,2}日|近日|日前|昨天|今天|记者|通讯员)|[^,，。\s]{2,16}?(?:网|台|报|社)消息[\s:：]*(?:[0-9]{1,2}月[0-9]{1,2}日|[0-9]{1,2}日|近日|日前|昨天|今天))")]
    private static partial Regex Dateline();

    /// <summary>Whether a paragraph (the lead's next) announces that the text follows: <c>《X》全文如下：</c>.</summary>
    public static bool IsAnnouncement(string searchText) => searchText.Length <= 60 && Announces().IsMatch(searchText);

    // Dateline (…社北京2月6日电, 本报讯, …日讯 (记者 …)), the reporter's source (记者从X获悉，), an optional
    // 近日/日前/昨天, then "issuer (联合)印发(了)《title》".
    [GeneratedRegex(@"^(?:.{0,30}?(?:电|讯|消息)[】\]]?\s*(?:[(（][^)）]{0,30}[)）])?\s*[,，:：]?\s*)?(?:(?:记者)?从[^,，。《》]{2,30}?(?:获悉|了解到|得知|获知)[,，]\s*)?(?:近日|日前|近期|今天|今日|昨天|昨日|(?<date>[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)|[0-9]{1,2}月[0-9]{1,2}日|[0-9]{1,2}日)?\s*[,，]?\s*(?<issuer>[^,，。;；《》:：]{2,40}?)(?:(?:按照|根据|依据|围绕|在)[^。]{2,150}?)?(?:近日|日前|近期|正式)?(?:联合)?(?:印发|发布)(?:了)?(?:关于[^《》,，。]{0,10})?《(?<title>[^《》]{2,80})》")]
    private static partial Regex Lead();

    [GeneratedRegex(@"^为[^。]{2,160}?[,，]\s*(?<issuer>[^,，。;；《》:：]{2,40}?)(?:研究)?(?:制定|印发|出台|发布)(?:了)?《(?<title>[^《》]{2,80})》")]
    private static partial Regex PurposeLead();

    [GeneratedRegex(@"^(?:近日|日前|近期|今天|今日|[0-9]{1,2}月[0-9]{1,2}日)?\s*[,，]?\s*《(?<title>(?<issuer>[^《》,，。]{2,40}?)关于[^《》]{2,80})》(?:近日|日前)?(?:正式)?(?:印发|发布|出台|公布)")]
    private static partial Regex TitledLead();

    // 《Y》（闽政办〔2025〕9号） or with more in the brackets: 《Y》（闽政办〔2025〕9号，以下简称《方案》）.
    [GeneratedRegex(@"\G\s*\((?<n>[^()]{1,12}[(\[〔【][0-9]{4}[)\]〕】][0-9]{1,5}号)(?:[,，;；][^()]{0,40})?\)")]
    private static partial Regex NumberAfter();

    /// <summary>Whether <paramref name="searchText"/> is the title the lead named: the text follows its lead.</summary>
    public bool IsTitleOfText(string searchText) =>
        Core.Text.TitleKey.Of(searchText) == Core.Text.TitleKey.Of(Title);

    [GeneratedRegex(@"(?:全文|主要内容|内容|原文|全文如下)(?:如下)?\s*[:：]\s*$|全文如下|主要内容如下|全文刊发如下|内容如下|全文[↓⬇👇]|看(?:《[^》]{1,30}》)?全文|全文来了|附全文|全文见下|以下为全文")]
    private static partial Regex Announces();
}
