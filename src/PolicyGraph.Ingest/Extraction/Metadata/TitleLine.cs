using System.Text.RegularExpressions;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Text;
using PolicyGraph.Ingest.Outline;

namespace PolicyGraph.Ingest.Extraction.Metadata;

/// <summary>
/// What one title line states (domain.md §11 L3, L9): the title itself, and what pages glue to it — a site's name
/// in front (<c>某某法规网——法规检索</c>), a number before it (<c>X〔2021〕36号《Y》</c>) or after it in brackets
/// (<c>…的意见(辽政发(2013)15号)</c>), the issuer of a headline (<c>市委市政府印发关于…的工作方案</c>: issuer + 印发 +
/// title) — each taken apart.
/// </summary>
public sealed partial record TitleLine(string Title, string? Number, string? HeadlineIssuer, string Written)
{
    /// <summary>
    /// The whole headline the title was taken out of when it names the issuer as the actor (<c>吉林省委、省政府印发质量提升
    /// 行动实施方案</c>): the page's title if the page is a news report about the document rather than the document.
    /// </summary>
    public string? IssuerHeadline { get; init; }

    /// <summary>A date printed after the title in brackets: <c>…的决定（2020年10月28日…会议通过）</c>.</summary>
    public string? Date { get; init; }

    /// <summary>
    /// The whole headline the title was taken out of when it names a place as the actor (<c>乌海市印发《Y》</c>): the
    /// page's title if the page is a news report about Y rather than Y itself.
    /// </summary>
    public string? PlaceHeadline { get; init; }

    /// <summary>Whether the title reads as a document's title: it says 关于, or ends in a document type (纲要, 实施方案 …).</summary>
    public bool ReadsAsTitle
    {
        get
        {
            // What a line quotes (《关于…的意见》提交…会议讨论) is another document's title, not its own.
            var s = Quoted().Replace(SearchNormaliser.ToSearchText(Title, traditional: null), "《》");
            var stem = TrailingNote().Replace(s, string.Empty);
            // News of an act on a document (省政府常务会议审议通过…的意见, 我市出台…方案) is a headline, not the document's title.
            // Nor is a question an interpretation asks (如何建立质量信用信息公开和共享制度): a subhead, whatever it ends on.
            if (NewsOfAnAct().IsMatch(s) || Question().IsMatch(s))
            {
                return false;
            }
            return s.Contains("关于", StringComparison.Ordinal) || DocumentTypes.Ends(stem) || DocumentTypes.Ends(YearRange().Replace(stem, string.Empty));
        }
    }

    /// <summary>Whether the line is only a title's cut tail, its years and its type: <c>(2013-2020年)的通知</c>.</summary>
    public bool IsCutTail => CutTail().IsMatch(SearchNormaliser.ToSearchText(Title, traditional: null));

    [GeneratedRegex(@"^[(（][^()（）]{1,24}[)）]\s*的?(?:通知|意见|决定|通报|批复|函|公告|方案|规划|纲要)$")]
    private static partial Regex CutTail();

    /// <summary>Whether the title ends as a document's title does: in a document type, perhaps with its years or a note.</summary>
    public bool EndsAsTitle
    {
        get
        {
            var stem = TrailingNote().Replace(SearchNormaliser.ToSearchText(Title, traditional: null), string.Empty);
            return DocumentTypes.Ends(stem) || DocumentTypes.Ends(YearRange().Replace(stem, string.Empty));
        }
    }

    /// <summary>The issuer a title names before 关于 (山西省人民政府关于…, 中共中央 国务院关于…), when it is one.</summary>
    public string? IssuerPrefix
    {
        get
        {
            // Read in Simplified where that keeps every character in its place (a mirror writes 關於, 關于 or 关於, and
            // 委員會 for 委员会).
            var simplified = SearchNormaliser.ToSearchText(Title, traditional: true);
            var title = simplified.Length == Title.Length ? simplified : Title;
            var about = title.IndexOf("关于", StringComparison.Ordinal);
            // A party-style notice names its issuers before 印发《Y》的通知 (中共X区委办公室 X区人民政府办公室印发《Y》的通知).
            if (about < 0 && IssuedNotice().Match(title) is { Success: true } issued)
            {
                about = issued.Index;
            }
            // A plan titled by its body and year without 关于 (X县市场监督管理局2022年产品质量监督抽查方案).
            if (about < 0 && OrganisationBeforeYear().Match(title) is { Success: true } dated)
            {
                about = dated.Groups["year"].Index;
            }
            // Who forwards another body's document (X办公厅转发市质量技术监督局关于…) is the issuer, not the body forwarded.
            var forwarded = about > 1 ? title.IndexOf("转发", 0, about, StringComparison.Ordinal) : -1;
            return forwarded > 1 ? IssuerNames.Normalise(title[..forwarded]) : about > 1 ? IssuerNames.Normalise(title[..about]) : null;
        }
    }

    /// <summary>Reads a title line (display text, lines already joined).</summary>
    public static TitleLine Read(string written)
    {
        // Spaces are kept until the parts are taken apart (中共中央 国务院印发… names two issuers), then collapsed.
        // Bars a copied layout left after the title's cell (…的通知 | |) are no part of it.
        // Nor is a run of stars a page put after it (…全链条提质******).
        var text = Spaces().Replace(LookAlikes.Fold(PinyinAnnotation.Strip(Normalising.PageChrome.WithoutButton(written))), " ").Trim().TrimEnd('|', '｜', ' ', '*', '＊', '※', '★', '☆');
        text = StripSiteName(InsertedSpam().Replace(text, string.Empty)); // a spam copy's lottery keyword put inside the headline
        text = EmptyBrackets().Replace(text, string.Empty).Trim(); // a kicker's brackets a page left empty (「」扬州举办…)
        text = StrayComma().Replace(text, string.Empty); // a copy's comma doubled before the headline's own mark (…提质增效,!我市…)
        // A page's furniture run onto the headline's line (…领导小组会议©原创 10-19 09:36 某某融媒体中心): no title holds a
        // copyright mark or a clock time.
        if (GluedFurniture().Match(text) is { Success: true } furniture && furniture.Index > 8)
        {
            text = text[..furniture.Index].TrimEnd();
        }
        string? number = null;
        string? date = null;
        if (TrailingDate().Match(text) is { Success: true } dated)
        {
            date = dated.Groups["d"].Value;
            text = text[..dated.Index].TrimEnd();
        }
        // A number after the title, in brackets (ASCII ones inside: 辽政发(2013)15号), or a converter's without its own (皖质20220002号).
        if (NumberAfter(text) is var (after, at))
        {
            number = after;
            text = text[..at].TrimEnd();
        }
        // A news page's date after its headline (…通过国家级计量认证 (2005-03-15)): when the item happened, no part of it.
        else if (TrailingIsoDate().Match(text) is { Success: true } happened && happened.Index > 8)
        {
            text = text[..happened.Index].TrimEnd();
        }
        // A law site's year after an official title (国务院办公厅关于…的复函(2018年)): the year it files the document under, no
        // part of the title. (After a bare plan name, 衡阳市质量兴市工作方案(2010年), it is the site's own heading and stays.)
        else if (TrailingYear().Match(text) is { Success: true } filedYear && filedYear.Index > 8
                 && (text.Contains("关于", StringComparison.Ordinal) || text.Contains("關於", StringComparison.Ordinal)))
        {
            text = text[..filedYear.Index].TrimEnd();
        }
        // A law site's version after a regulation's title (贵州省计量条例(2004修正)): which text it holds, no part of the title.
        else if (Revision().Match(text) is { Success: true, Index: > 6 } revision)
        {
            text = text[..revision.Index].TrimEnd();
        }
        // A sharing site's year run onto a title that ends in its type (…经费的请示2015): the year it files the copy under.
        else if (GluedYear().Match(text) is { Success: true, Index: > 6 } year
                 && (DocumentTypes.Ends(SearchNormaliser.ToSearchText(text[..year.Index], traditional: null)) || text[..year.Index].EndsWith("请示", StringComparison.Ordinal)))
        {
            text = text[..year.Index];
        }
        // A 公告's number after its title, a year and a serial with no issuer code: …的公告（2020年第41号）, kept as written.
        else if (AnnouncementNumber().Match(text) is { Success: true } announced)
        {
            number = DocumentNumber.Codeless(announced.Groups["n"].Value + "号");
            text = text[..announced.Index].TrimEnd();
        }
        // A number glued after the title without brackets, or after a dash: …的实施意见儋府〔2019〕62号, …的意见—国质检质〔2006〕317号.
        else if (GluedNumber().Match(text) is { Success: true } glued && DocumentNumber.Normalise(glued.Groups["n"].Value) is { } gluedNumber
                 && DocumentTypes.Ends(SearchNormaliser.ToSearchText(text[..glued.Index], traditional: null)))
        {
            number = gluedNumber;
            text = text[..glued.Index].TrimEnd();
        }
        // A number before the title: 某政发〔2021〕36号《Y》 or 某政发〔2021〕36号 关于….
        else if (LeadingNumber().Match(text) is { Success: true } leading && DocumentNumber.Normalise(leading.Groups["n"].Value) is { } before)
        {
            number = before;
            text = text[leading.Length..].Trim();
        }
        // An interview's subtitle naming whom it visits (以质量的尺子丈量发展——访…局长某某): the byline's, not the headline's.
        if (InterviewTail().Match(text) is { Success: true, Index: >= 6 } interview)
        {
            text = text[..interview.Index].TrimEnd();
        }
        string? headlineIssuer = null;
        string? placeHeadline = null;
        string? issuerHeadline = null;
        // X人民政府印发关于Y的通知 is the notice's own title, its issuer the grammar's subject: not a headline to take apart.
        if (Headline().Match(text) is { Success: true } headline && !text.EndsWith("的通知", StringComparison.Ordinal))
        {
            if (IssuerNames.Normalise(headline.Groups["issuer"].Value) is { } issuer)
            {
                headlineIssuer = issuer;
                issuerHeadline = OutlineParser.Collapse(text);
                text = headline.Groups["title"].Value.Trim();
            }
            else if (headline.Groups["title"].Value.StartsWith('《') && Core.Regions.Gazetteer.Instance.FindAll(headline.Groups["issuer"].Value.Trim()).Count > 0)
            {
                // 乌海市印发《Y》: a headline naming the place, not the body that issued Y (that is the signature's). Without
                // the quotes (黄冈印发质量强市建设实施方案) it is a news report's headline, which is its own title.
                placeHeadline = OutlineParser.Collapse(text);
                text = headline.Groups["title"].Value.Trim();
            }
        }
        text = FileExtension().Replace(text, string.Empty); // a document-sharing site's 《…的通知.doc》, its VIP mark after it (….docVIP)
        text = Doubled(text); // a mirror's title printed twice on one line
        if (GluedLabel().Match(text) is { Success: true } label && label.Index > 6)
        {
            text = text[..label.Index]; // …的通知政策发布部门:…: a database page flattened into one line
        }
        if (DoubledNotice().Match(text) is { Success: true } doubled)
        {
            text = text[doubled.Groups["rest"].Index..]; // 关于印发X关于印发Y: a sharing site's 关于印发 before the title's own
        }
        if (BracketedOriginalTitle().Match(text) is { Success: true } original)
        {
            text = original.Groups["t"].Value; // （原标题：X）: a reposting site's note of the headline it replaced
        }
        else if (GluedOriginalTitle().Match(text) is { Success: true, Index: > 6 } noted)
        {
            text = text[..noted.Index].TrimEnd(); // the same note run onto the headline it stands under: the headline is the page's
        }
        text = GamblingWord().Replace(text, string.Empty).Trim(); // 金沙彩票网:《金沙彩票网:…办法》: a hijacked page's keyword where a name stood
        text = PageIndex().Replace(LeadingTag().Replace(NormativeMark().Replace(text, string.Empty), string.Empty), string.Empty); // 【全文】, 【有效】: a site's tag; …(3): a page's index
        text = TrailingPageLabel().Replace(text, string.Empty); // …的意见[现行有效]: a law database's status; …(主题): a part's label; …走...: a list's cut
        text = IssuerPipe().Replace(text, "${org}"); // 工业和信息化部办公厅|关于…: a table's cells run together
        text = ColumnLabel().Replace(text, string.Empty); // 全球报道：…, 奋进新征程|…: the column the site filed the item under
        text = SearchBox().Replace(text, string.Empty); // 法规搜索： 标题 全文 搜索…: a search box's words glued in front
        if (ColumnName().Match(SearchNormaliser.ToSearchText(text, traditional: null)) is { Success: true } column && column.Length < text.Length - 6)
        {
            text = text[column.Length..]; // 政策法规嘉兴市…: the site's column glued in front (政策法規 in Traditional)
        }
        if (CategorySuffix().Match(text) is { Success: true } category && category.Index > 8
            && DocumentTypes.Ends(SearchNormaliser.ToSearchText(text[..category.Index], traditional: null)))
        {
            text = text[..category.Index]; // …的通知-地方规范性文件[范文模版]: the site's category after the title
        }
        if (TrailingColumn().Match(text) is { Success: true } tail && tail.Index > 8)
        {
            text = text[..tail.Index]; // …实施意见政策解读政府政策: the column a mobile page files the interpretation under, glued after it
        }
        if (WholeTextNote().Match(text) is { Success: true } note)
        {
            text = note.Groups["t"].Value; // 《X》全文: a page giving X's text
        }
        if (text.Length > 2 && text[0] == '《' && text[^1] == '》' && text.IndexOf('《', 1) < 0)
        {
            text = text[1..^1];
        }
        return new TitleLine(OutlineParser.Collapse(text), number, headlineIssuer, written) { Date = date, PlaceHeadline = placeHeadline, IssuerHeadline = issuerHeadline };
    }

    [GeneratedRegex(@"\s*[(（](?<d>(?:[0-9]{4}|[〇零一二三四五六七八九]{4})年[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日)[^()（）]{0,48}[)）]$")]
    private static partial Regex TrailingDate();

    [GeneratedRegex(@"(?:[—\-－–]{1,2}\s*)?(?<n>\p{IsCJKUnifiedIdeographs}{1,10}\s*[(（〔\[【][0-9]{4}[)）〕\]】]\s*第?[0-9]{1,5}\s*[号號])$")]
    private static partial Regex GluedNumber();

    [GeneratedRegex(@"(?:联合)?印发《[^《》]{2,100}》的通知$")]
    private static partial Regex IssuedNotice();

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{3,40}?(?:局|委员会|委|厅|办公室|人民政府)(?<year>(?:19|20)[0-9]{2}年)")]
    private static partial Regex OrganisationBeforeYear();

    [GeneratedRegex(@"\s*[(（](?:19|20)[0-9]{2}年[)）]$")]
    private static partial Regex TrailingYear();

    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs})(?:19|20)[0-9]{2}$")]
    private static partial Regex GluedYear();

    [GeneratedRegex(@"(?<=公告)\s*[(（](?<n>(?:19|20)[0-9]{2}年第[0-9]{1,4})[号號][)）]$")]
    private static partial Regex AnnouncementNumber();

    [GeneratedRegex(@"^[(（]\s*原[标標]题[:：]\s*(?<t>.+?)\s*[)）]$")]
    private static partial Regex BracketedOriginalTitle();

    [GeneratedRegex(@"\s*[(（]\s*原[标標]题[:：]")]
    private static partial Regex GluedOriginalTitle();

    [GeneratedRegex(@"^[^关《》]{1,20}?(?:审议(?:并)?(?:原则)?通过(?:了)?|原则通过(?:了)?|出台(?:了)?|正式发布)")]
    private static partial Regex NewsOfAnAct();

    [GeneratedRegex(@"《[^《》]*》")]
    private static partial Regex Quoted();

    /// <summary>Whether a line (search view) asks a question (如何建立…制度, …吗？): an interpretation's subhead, no title.</summary>
    public static bool IsQuestion(string searchText) => Question().IsMatch(searchText);

    [GeneratedRegex(@"^(?:如何|怎样|怎么|为什么|为何|什么是|哪些)|[?？吗]$")]
    private static partial Regex Question();

    // A sharing site's copy number before the extension (中国质量奖评审规则_1.docx, …(1).doc) goes with it.
    [GeneratedRegex(@"(?:_[0-9]{1,2}|[(（][0-9]{1,2}[)）])?\.(?:docx?|wps|pdf|txt|html?)(?:VIP|原创|免费)?$", RegexOptions.IgnoreCase)]
    private static partial Regex FileExtension();

    [GeneratedRegex(@"[\s\u3000\u00A0]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?<site>\p{IsCJKUnifiedIdeographs}{2,16}?(?:网|库|平台|数据库|信息网|门户|频道|专栏)(?:——|—|--|-|_|\||｜|·|:|：)+\s*(?:\p{IsCJKUnifiedIdeographs}{0,6}?(?:检索|查询|正文|详情|首页|全文)(?:——|—|-|_|\||:|：)*)?(?:(?:电话|热线|客服)[:：]?\s*[0-9\-]{6,20}(?![0-9\-])\s*)?)\s*(?<rest>.{6,})$")]
    private static partial Regex GluedSite();

    [GeneratedRegex(@"^(?<site>(?:\p{IsCJKUnifiedIdeographs}{1,8}(?:——|—|--|-)+)?\p{IsCJKUnifiedIdeographs}{2,12}?(?:检索网|搜索网|信息网|资料网|法规网|新闻网|门户网))(?<rest>\p{IsCJKUnifiedIdeographs}.{6,})$")]
    private static partial Regex GluedSearchSite();

    [GeneratedRegex(@"(?:电话|热线|客服)[:：]?\s*[0-9\-]{6,20}")]
    private static partial Regex SitePhone();

    [GeneratedRegex(@"^[\[【(（]?(?<n>\p{IsCJKUnifiedIdeographs}{1,10}\s*[(（〔\[【][0-9]{4}[)）〕\]】]\s*第?[0-9]{1,5}\s*[号號])[\]】)）]?\s*")]
    private static partial Regex LeadingNumber();

    /// <summary>A title printed twice on one line (XX的通知XX的通知) as it is printed once.</summary>
    private static string Doubled(string text)
    {
        var compact = text.Replace(" ", string.Empty, StringComparison.Ordinal);
        return compact.Length >= 12 && compact.Length % 2 == 0 && compact[..(compact.Length / 2)] == compact[(compact.Length / 2)..]
            ? compact[..(compact.Length / 2)]
            : text;
    }

    [GeneratedRegex(@"(?:政策)?(?:发布部门|发布机构|发文机关|发文字号|成文日期|发布日期|来源|时效性|效力级别)[:：]")]
    private static partial Regex GluedLabel();

    [GeneratedRegex(@"^关于印发(?<rest>\p{IsCJKUnifiedIdeographs}{2,30}?(?:人民政府|政府|办公室|办公厅|局|委员会)?关于印发.+)$")]
    private static partial Regex DoubledNotice();

    /// <summary>issuer + (联合)印发(了) + title, where the line is not itself a notice's title (关于印发…的通知).</summary>
    // The title may cite another inside it when it opens with 关于 (省委省政府印发关于贯彻落实《纲要》…的实施意见).
    [GeneratedRegex(@"^(?<issuer>[^《》关於]{2,40}?)(?:联合|聯合)?(?:印发|印發)(?:了)?\s*(?<title>(?:关于|關於)[^。]{2,120}?(?:意见|意見|方案|规划|規劃|决定|決定|办法|辦法|纲要|綱要|计划|計劃)|《?[^《》]{2,100}》?(?:\([^()]{2,20}\))?)$")]
    private static partial Regex Headline();

    [GeneratedRegex(@"^(?<t>《[^《》]{2,100}》)\s*(?:全文|原文|全文发布)$")]
    private static partial Regex WholeTextNote();

    [GeneratedRegex(@"\((?:试行|暂行|征求意见稿|草案|修订|送审稿)\)$|\(征求意见稿\)|全文$")]
    private static partial Regex TrailingNote();

    [GeneratedRegex(@"\s*[(（](?:19|20)[0-9]{2}-[0-9]{1,2}-[0-9]{1,2}[)）]$")]
    private static partial Regex TrailingIsoDate();

    [GeneratedRegex(@"\s*(?:©|(?:(?:19|20)[0-9]{2}[-/.])?[0-9]{1,2}[-/.][0-9]{1,2}\s*[0-9]{1,2}:[0-9]{2}(?![0-9])|(?<![0-9])[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?![0-9])\s)")]
    private static partial Regex GluedFurniture();

    [GeneratedRegex(@"\(?[0-9]{4}\s*[-—–~至]\s*[0-9]{4}年?\)?$")]
    private static partial Regex YearRange();

}
