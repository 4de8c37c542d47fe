using PolicyGraph.Core.Text;
using System.Text.RegularExpressions;

namespace PolicyGraph.Ingest.Normalising;

/// <summary>
/// Decides where paragraphs end in text whose lines were broken by a scraper or converter (004's
/// <c>國家標準、\n國際標準和國內外先進標準為\n參照</c>), without merging the lines of well-formed text
/// (003's heading line followed by its paragraph). Works on search-view lines (width-folded, Simplified).
/// </summary>
public static partial class LineJoiner
{
    /// <summary>How a document lays out its paragraphs, judged once over all its lines.</summary>
    /// <param name="FixedWidth">The width most lines are broken at (text laid out in lines of one width, as PDF text is), or 0.</param>
    public sealed record Layout(bool BlankSeparated, bool HardWrapped, int FixedWidth = 0);

    public static Layout DetectLayout(IReadOnlyList<string?> lines)
    {
        var content = 0;
        var blank = 0;
        var openBreaks = 0;
        string? previous = null;
        foreach (var line in lines)
        {
            if (line is null)
            {
                continue;
            }
            if (line.Length == 0)
            {
                blank++;
                previous = null;
                continue;
            }
            content++;
            if (previous is not null && (EndsOpen(previous) || StartsAsContinuation(line)))
            {
                openBreaks++;
            }
            previous = line;
        }
        return new Layout(BlankSeparated: content > 0 && blank * 10 >= content * 3, HardWrapped: openBreaks >= 2, FixedWidth: FixedWidthOf(lines));
    }

    /// <summary>
    /// The width of text laid out in lines of one width (PDF text, a fixed-width dump): at least ten lines, and two
    /// in five of them, within one character of the longest common width; else 0.
    /// </summary>
    private static int FixedWidthOf(IReadOnlyList<string?> lines)
    {
        var lengths = lines.Where(l => l is { Length: >= 8 }).Select(l => l!.Length).ToList();
        if (lengths.Count < 10)
        {
            return 0;
        }
        var (width, count) = lengths.GroupBy(l => l).Select(g => (Width: g.Key, Count: lengths.Count(x => x >= g.Key - 1 && x <= g.Key)))
            .OrderByDescending(x => x.Count).ThenByDescending(x => x.Width).First();
        return count >= 10 && count * 5 >= lengths.Count * 2 ? width : 0;
    }

    /// <summary>Whether <paramref name="next"/> continues the paragraph that <paramref name="previous"/> ends.</summary>
    public static bool Continues(string previous, string next, bool blankBetween, Layout layout)
    {
        if (blankBetween || OutlineMarker.Match(next) is not null || IsDateLine(previous) || IsDateLine(next) || IsNumberLine(previous) || IsNumberLine(next))
        {
            return false;
        }
        // A line that leaves a 《 open (为深入贯彻《中共中央 国务院关于开展质量提升行动 / 的指导意见》，…) breaks a title in two.
        if (EndsOpen(previous) || StartsAsContinuation(next) || previous.Count(c => c == '《') > previous.Count(c => c == '》'))
        {
            return true;
        }
        // A headline ends where a news lead starts (国家出台…纲领性文件 / 记者获悉，9月20日，…; …启动“质量月”活动 / 昨日，…; …提质 /
        // 中新网西宁1月12日电 …;
        // …推出一批地方计量技术规范 / 2023年，…; …开展督导检查 / 为推进全市…工作，…).
        if (previous.Length <= 50 && previous.IndexOfAny(['。', '，', ',', '；', ';']) < 0 && NewsLeadStart().IsMatch(next))
        {
            return false;
        }
        // A headline over the same headline, alone or run into its text (X / X, X / X 研究… 省长…主持召开…): printed twice, read once.
        if (previous.Length is >= 6 and <= 60 && next.Length >= previous.Length && next.StartsWith(previous, StringComparison.Ordinal))
        {
            return false;
        }
        // A reporter's byline (□ 韦良松 本报记者 陈 晓) stands on its own line under the headline; so does a site's name (某某建材网).
        if (IsByline(next) || SiteNameAlone().IsMatch(next))
        {
            return false;
        }
        // A file's name (2023年开展质量提升行动方案.docx) stands on its own line over the file's text.
        if (previous.Length <= 80 && IsFileName(previous))
        {
            return false;
        }
        // A site's name and motto over the page (法律搜索网--中国法规信息检索平台) stand on their own line.
        if (SiteLine().IsMatch(previous))
        {
            return false;
        }
        // A line that ends on a bar ends a cell of the page's layout (…的通知 | |): what follows is another cell.
        if (previous.TrimEnd(' ', '\u3000', '\u00A0').EndsWith('|') || previous.TrimEnd(' ', '\u3000', '\u00A0').EndsWith('｜'))
        {
            return false;
        }
        // A title line (关于…的通知; a year's 2025年全国民生计量工作要点, no punctuation in it) ends its paragraph: what follows
        // is its number, addressees or text.
        if (previous.Length <= 100 && (previous.Contains("关于", StringComparison.Ordinal) || (previous.Length <= 40 && YearLedTitle().IsMatch(previous)))
            && DocumentTypes.Ends(previous))
        {
            return false;
        }
        if (layout.FixedWidth > 0)
        {
            // Lines of one width: a full line goes on, a short one ends its paragraph (a title, a heading, a last line).
            // A full line that ends on a closing quote or bracket (…和《红河州“十四五”质量发展规划》) is mid-sentence.
            return previous.Length >= layout.FixedWidth - 2 && !EndsSentence(previous);
        }
        var marker = OutlineMarker.Match(previous);
        if (marker is not null && IsShortHeading(previous[marker.Length..]))
        {
            // 004's "(三)加強質量" + "品牌創建。深化…": the heading's own first sentence goes on; a heading line
            // followed by its paragraph (003's "一、总体要求" + "以习近平…") does not, nor by a sentence that states a figure
            // (二、完善品牌培育管理体系 + 新增品牌培育示范企业40家。): a heading's words hold none.
            var stop = next.IndexOf('。', StringComparison.Ordinal);
            return stop is > 0 and <= 20 && next.IndexOfAny([',', '，', ';', '；']) is var comma && (comma < 0 || comma > stop)
                && !next.AsSpan(0, stop).ContainsAny("0123456789");
        }
        if (EndsClosed(previous))
        {
            // Only fixed-width wrapping with blank lines between paragraphs breaks lines after a full stop.
            return layout.BlankSeparated && layout.HardWrapped;
        }
        return layout.BlankSeparated || layout.HardWrapped;
    }

    public static bool IsDateLine(string line) => DateLine().IsMatch(line);

    /// <summary>A reporter's byline on a line of its own (□ 韦良松 本报记者 陈 晓, 本报记者 王悦, 楚观新闻记者 周晓帆, 通讯员 柯明亮): under a headline, never part of it.</summary>
    public static bool IsByline(string line) => line.Length <= 40 && (Byline().IsMatch(line) || IsAuthorNames(line));

    /// <summary>
    /// An article's authors on a line of their own (钱思远 陆佳音, 许 峰 周 宁): two to six names of two or three characters
    /// between spaces, each opening on a common surname — nothing a headline says.
    /// </summary>
    private static bool IsAuthorNames(string line)
    {
        var names = AuthorNames().Match(line.Trim());
        return names.Success && names.Groups["n"].Captures.Count is >= 2 and <= 6
            && names.Groups["n"].Captures.All(c => Core.Text.SearchNormaliser.ToSearchText(c.Value[..1], traditional: true) is [var surname] && Surnames.Contains(surname)); // 許 read as 许
    }

    // The commonest surnames (about 90 % of people), enough to tell a line of names from a headline's short phrases.
    private const string Surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";

    /// <summary>Whether a line ends on a document file's extension (…行动方案.docx, …考核细则..doc): a file's name.</summary>
    public static bool IsFileName(string line) => AttachedFileName().IsMatch(line);

    /// <summary>Whether a line leaves what it says open for the next line to finish: an open mark at its end, or a 《 not yet closed.</summary>
    public static bool LeavesOpen(string line) => EndsOpen(line) || line.Count(c => c == '《') > line.Count(c => c == '》');

    /// <summary>
    /// A 文号 alone on its line (柳政发〔2023〕18号, （闽政〔2016〕21号）, one a converter broke: 佳政发〔201612, one written without
    /// its year: 南谯政发74号, or without its issuer code: 〔2013〕9号): never part of a paragraph.
    /// </summary>
    public static bool IsNumberLine(string line)
    {
        // 关于明确琼府〔2012〕88号文件: a title's line that names another document's number.
        if (line.StartsWith("关于", StringComparison.Ordinal) || line.StartsWith("關於", StringComparison.Ordinal))
        {
            return false;
        }
        var found = Core.Model.DocumentNumber.FindAll(line).FirstOrDefault();
        // 通发〔2019〕6号  2019年3月26日: the number on the left, the date on the right of one line.
        if (found.Number is not null && found.Index == 0 && IsDateLine(line[found.Length..].Trim()))
        {
            return true;
        }
        return found.Number is not null && found.Length * 10 >= line.Length * 7
            || Core.Model.DocumentNumber.TryParseLine(line, out _) || Core.Model.DocumentNumber.IsYearless(line) || Core.Model.DocumentNumber.Codeless(line) is not null;
    }

    private static bool IsShortHeading(string rest) =>
        rest.Length <= 30 && rest.IndexOfAny(['。', ';', '；', '!', '?', '！', '？', ',', '，']) < 0;

    private static bool EndsOpen(string line) => line.Length > 0 && "、,，《(（“‘〔[【<—-".Contains(line[^1], StringComparison.Ordinal);

    private static bool EndsClosed(string line) => line.Length > 0 && "。!！?？;；:：)）]】」』”’…》".Contains(line[^1], StringComparison.Ordinal);

    private static bool EndsSentence(string line) => line.Length > 0 && "。!！?？;；:：…".Contains(line[^1], StringComparison.Ordinal);

    private static bool StartsAsContinuation(string line) =>
        line.Length > 0 && "、,，。;；:：)）》”’〕]】".Contains(line[0], StringComparison.Ordinal);

    // A sign-off date as written (its 日 perhaps dropped: 2023年3月6), or with its separators lost in conversion (2019222:
    // domain.md §11 L10), or its characters lost with spaces left between the figures ({ 2016 8 23).
    [GeneratedRegex(@"^(?:\W{0,3}(?:19|20)[0-9]{2}\s+(?:0?[1-9]|1[0-2])\s+(?:0?[1-9]|[12][0-9]|3[01])$|(?:[0-9]{4}|" + PolicyGraph.Core.Text.ChineseNumerals.DigitByDigitYear + @")年(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})日?|(?:19|20)[0-9]{4,6}|(?:19|20)[0-9]{2}\s*[./-]\s*[0-9]{1,2}\s*[./-]\s*[0-9]{1,2})$")]
    private static partial Regex DateLine();

    // A reporter's line may say what the reporter made (鹭岛特区报记者 许文渊 文/图); a commentator's is one too (特约评论员 罗一鸣).
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,10}(?:网|網)$")]
    private static partial Regex SiteNameAlone();

    // Or names the paper's reporter and no one (湖南报业全媒体记者, 本报记者).
    // A speaker's line over a speech or a work report (驻马店市人民政府市长 何振华, 质检总局质量管理司司长 韩志远) is a byline too.
    [GeneratedRegex(@"^(?:[□■]\s*\p{IsCJKUnifiedIdeographs}\s?\p{IsCJKUnifiedIdeographs}|(?:(?:本报|特约|\p{IsCJKUnifiedIdeographs}{2,6}(?:新闻|日报|晚报|报|网|台))?(?:记者|评论员)|通讯员)\s*\p{IsCJKUnifiedIdeographs}\s?\p{IsCJKUnifiedIdeographs}\p{IsCJKUnifiedIdeographs}?\s*(?:通讯员|(?:文/图|图/文|文图|摄影?|文)?$))"
        + @"|^(?:本报|特约|\p{IsCJKUnifiedIdeographs}{2,10}?(?:新闻|日报|晚报|报|报业|网|台|媒体))?(?:全媒体|融媒体)?(?:记者|通讯员)$"
        + @"|^\p{IsCJKUnifiedIdeographs}{2,20}?(?:人民政府|政府|委员会|[省市州县区]委|司|局|厅|部)副?(?:省长|市长|州长|县长|区长|旗长|主任|书记|司长|局长|厅长|部长|处长)\s*(?!讲话|致辞|发言|报告|信箱|热线)\p{IsCJKUnifiedIdeographs}\s?\p{IsCJKUnifiedIdeographs}\p{IsCJKUnifiedIdeographs}?$")]
    private static partial Regex Byline();

    // 许 峰 周 宁 (a two-character name spaced out as 许 峰) reads as 许峰 周宁: names of one character after a surname are joined.
    [GeneratedRegex(@"^(?:(?<n>\p{IsCJKUnifiedIdeographs}\s?\p{IsCJKUnifiedIdeographs}\p{IsCJKUnifiedIdeographs}?)(?:[ \u3000]+|$)){2,6}$")]
    private static partial Regex AuthorNames();

    [System.Text.RegularExpressions.GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}A-Za-z0-9.]{2,20}\s*(?:--|——|—|-|_|\||｜)\s*[\p{IsCJKUnifiedIdeographs}A-Za-z0-9]{2,24}(?:网|网站|平台|门户|数据库|系统)$")]
    private static partial System.Text.RegularExpressions.Regex SiteLine();

    [System.Text.RegularExpressions.GeneratedRegex(@"\.(?:docx?|wps|pdf)(?:VIP|原创|免费)?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AttachedFileName();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:记者(?:近日|日前|今天|今日|昨天|昨日)?(?:从|获悉)|本报讯|新华社|[^，,。\s]{2,20}?[0-9]{1,2}月[0-9]{1,2}日电|[^，,。\s]{2,16}?讯(?:[\s(（:：]|(?=近日|日前|今天|今日|昨天|昨日|近期|[0-9]{1,2}月[0-9]{1,2}日))|(?:今天|今日|昨天|昨日|近日|日前|近期|[0-9]{1,2}月[0-9]{1,2}日(?:至(?:[0-9]{1,2}月)?[0-9]{1,2}日)?(?:上午|下午|晚上?)?|(?:19|20)[0-9]{2}年(?:以来|上半年|下半年)?|今年以来|近年来)[，,]|为(?:了)?(?:推进|进一步|深入|加快|全面|切实|做好|落实|贯彻|加强|推动|提升)[^。，,]{2,40}[，,])")]
    private static partial System.Text.RegularExpressions.Regex NewsLeadStart();

    [System.Text.RegularExpressions.GeneratedRegex(@"^[^，,。；;、:：\s]{0,12}(?:19|20)[0-9]{2}年[^，,。；;、:：\s]{4,30}$")]
    private static partial System.Text.RegularExpressions.Regex YearLedTitle();
}
