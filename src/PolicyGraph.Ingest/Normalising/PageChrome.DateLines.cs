using System.Text.RegularExpressions;
using PolicyGraph.Core.Text;

namespace PolicyGraph.Ingest.Normalising;

// A web page's own date lines: kept as the page's date, never read as a document's.
public static partial class PageChrome
{
    /// <summary>
    /// A line that is only a numeric date (2024-09-06, 2024/09/06; a dotted 2022.6.30 is a signature's; with its time, perhaps the page's view count or its publisher (its views glued on: 2021-07-23 某省市场监督管理局715), or 发布126次查看;
    /// its author's and views' labels, filled or empty: 2022-08-09 某某网 点击:次, 2016-07-29 作者: 浏览数:1046; its font buttons: 2021-07-08  A+ A-): a web page's date. Documents
    /// write their own dates 年月日.
    /// </summary>
    [GeneratedRegex(@"^(?<d>(?:19|20)[0-9]{2}(?<sep>[-/])[0-9]{1,2}\k<sep>[0-9]{1,2})(?:\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?(?:\s+[0-9]{1,7}|(?:\s+\p{IsCJKUnifiedIdeographs}{2,20}){1,2}[0-9]{0,7})?(?:\s+(?:作者|编辑|編輯|点击|點擊|浏览|瀏覽|阅读|閱讀)(?:数|數|量|次数|次數)?[:：]?\s*(?:[0-9]*次?|\p{IsCJKUnifiedIdeographs}{2,4}))*(?:\s*(?:发布|發布)\s*[0-9]{1,7}\s*次(?:查看|浏览|瀏覽|阅读|閱讀|点击|點擊))?(?:\s+A\+\s*A-?)?$")]
    private static partial Regex PageDateLine();

    /// <summary>
    /// The publisher, then the page's ISO date: <c>市场监管总局 2022-09-30</c>, <c>某某镜像.新闻汇总 2021-08-19</c>; or a paper's name, then its issue's date
    /// written 年月日 (<c>某某新报 2019年05月21日</c>: an organisation's name and date would be a signature); a public account's
    /// name, date, time and the province its post was sent from (<c>某某号 2025-01-02 15:27 北京</c>); a poster, the date and a
    /// source word (<c>某某社区网友  2017-11-28  互联网</c>); a publisher, a bar and the date (<c>某某省市场监督管理局 | 2025-04-08</c>).
    /// </summary>
    [GeneratedRegex(@"^(?:[\p{IsCJKUnifiedIdeographs}·.•]{2,24}(?:\s+|\s*[|｜]\s*)(?<d>(?:19|20)[0-9]{2}-[0-9]{1,2}-[0-9]{1,2})|[\p{IsCJKUnifiedIdeographs}]{1,12}(?:报|報)\s+(?<d>(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日))(?:\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:\s+\p{IsCJKUnifiedIdeographs}{2,3})?|\s+\p{IsCJKUnifiedIdeographs}{2,6})?$")]
    private static partial Regex PublisherDateLine();

    /// <summary>The lines that are a web page's date (with its time, views, publisher or address): never a document's own.</summary>
    private static readonly Regex[] DateLines = [PageDateLine(), PublisherDateLine(), UrlDateLine(), DayFirstDateLine(), DateTimeOpening(), SiteTimeLine(), PrintEditionLine(), ShortYearSourceLine(), YearThenMonthSlashDay(), PosterDateTimeLine(), UpdatedLine(), ClockUnitsLine(), IssueDateLine()];

    /// <summary>An e-paper's issue line: <c>第33期:第05版 本期出版日期:2018-09-06</c>, the day the page was printed.</summary>
    [GeneratedRegex(@"^[^。，,]{0,24}?(?:本期)?出版日期[:：]\s*(?<d>(?:19|20)[0-9]{2}(?:-[0-9]{1,2}-[0-9]{1,2}|年[0-9]{1,2}月[0-9]{1,2}日))$")]
    private static partial Regex IssueDateLine();

    /// <summary>An essay site's bar: its buttons, the page's update date and its popularity (<c>复制全文 下载文档 更新 2022-07-26 | 人气 318</c>).</summary>
    [GeneratedRegex(@"^(?:\p{IsCJKUnifiedIdeographs}{2,6}\s+){0,4}更新(?:时间|于)?[:：]?\s*(?<d>(?:19|20)[0-9]{2}-[0-9]{1,2}-[0-9]{1,2})(?:\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?(?:\s*[|｜]?\s*(?:人气|阅读|浏览|点击)[:：]?\s*[0-9]+)?$")]
    private static partial Regex UpdatedLine();

    /// <summary>
    /// A page's date with its clock time in characters, then its column and views (<c>2025年01月31日,09时42分27秒 国内动态 阅读 23 views 次</c>):
    /// no document's sentence gives the second.
    /// </summary>
    [GeneratedRegex(@"^(?<d>(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日)[,，\s]*[0-9]{1,2}时[0-9]{1,2}分(?:[0-9]{1,2}秒)?[^。；;]{0,40}$")]
    private static partial Regex ClockUnitsLine();

    /// <summary>
    /// A poster's or a column's name, then the page's date and clock time, then its views, glued or dotted apart
    /// (<c>TZJL5678 · 2017-09-25 09:12 · 41806 次点击</c>, <c>热点2025-05-09 09:47:21128</c>; a site's name in pinyin, <c>Mou Mou Wang·2026-01-16 09:42</c>): no document writes a clock time.
    /// </summary>
    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}A-Za-z0-9_]{1,24}(?:\s[A-Za-z0-9_]{1,24}){0,6}\s*[·•|｜]?\s*(?<d>(?:19|20)[0-9]{2}-[0-9]{1,2}-[0-9]{1,2})\s*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:[0-9]{0,7}|\s*[·•|｜]?\s*[0-9]{1,9}\s*次?(?:点击|點擊|浏览|瀏覽|阅读|閱讀|查看)?)$")]
    private static partial Regex PosterDateTimeLine();

    /// <summary>A two-digit year's date and time before the article's source: <c>18-03-27 10:14 来源:某某新闻网</c>.</summary>
    [GeneratedRegex(@"^(?<yy>[0-9]{2})-(?<m>[01]?[0-9])-(?<day>[0-3]?[0-9])\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\s*(?:来源|來源)[:：]")]
    private static partial Regex ShortYearSourceLine();

    /// <summary>A paper's print line under a web copy: <c>《 人民日报 》( 2021年11月26日 18 版)</c>, the day the item was published.</summary>
    [GeneratedRegex(@"^《\s*(?<paper>\p{IsCJKUnifiedIdeographs}{2,12})\s*》\s*[(（]\s*(?<d>(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日)\s*(?:第?\s*[0-9A-Z]{1,4}\s*版)?\s*[)）]$")]
    private static partial Regex PrintEditionLine();

    /// <summary>A site's name, then the page's time under its label: <c>某某资讯网   时间:2025-11-25</c>.</summary>
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,20}(?:网|網|报|報|台|号|號)\s+(?:时间|時間|日期|发布时间|發布時間)[:：]\s*(?<d>(?:19|20)[0-9]{2}-[0-9]{1,2}-[0-9]{1,2})(?:\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?$")]
    private static partial Regex SiteTimeLine();

    /// <summary>
    /// A line that opens on an ISO date and a clock time, whatever short furniture is glued after it (<c>2016-12-09 08:21综述…
    /// 2016年10期 关键词:…</c>, a magazine site's column, issue and keywords): no document's sentence opens so.
    /// </summary>
    [GeneratedRegex(@"^(?<d>(?:19|20)[0-9]{2}(?:-[0-9]{1,2}-[0-9]{1,2}|年[0-9]{1,2}月[0-9]{1,2}日))\s*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?![0-9])[^。；;]{0,50}$")]
    private static partial Regex DateTimeOpening();

    /// <summary>
    /// The date a line states when the line is only a web page's date line (pinyin annotations aside): as written, or
    /// year-month-day for a date written day first or with two digits of its year (this century's).
    /// </summary>
    private static string? PageDateOfLine(string line)
    {
        var plain = PinyinAnnotation.Strip(line).Trim();
        return DateLines.Select(r => r.Match(plain)).FirstOrDefault(m => m.Success) is not { } dated ? null
            : dated.Groups["yy"].Success ? $"20{dated.Groups["yy"].Value}-{dated.Groups["m"].Value}-{dated.Groups["day"].Value}"
            : dated.Groups["day"].Success ? $"{dated.Groups["y"].Value}-{dated.Groups["m"].Value}-{dated.Groups["day"].Value}"
            : dated.Groups["d"].Value;
    }

    /// <summary>
    /// The page's date and time, then its source (<c>2012年02月24日 16:37  信息来源:http://…</c>, <c>2015-05-21 09:42:16 来源:某某晨报</c>),
    /// garbled bytes between perhaps.
    /// </summary>
    [GeneratedRegex(@"^(?<d>(?:19|20)[0-9]{2}(?:年[0-9]{1,2}月[0-9]{1,2}日|-[0-9]{1,2}-[0-9]{1,2}))\s*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?.{0,8}?(?:信息来源|信息來源|文章来源|文章來源|来源|來源)[:：]")]
    private static partial Regex DateThenSourceLine();

    /// <summary>A portal's address, the page's date and time, its source: <c>http://www.example.cn  2009年09月14日07:32  某某新闻网</c> (a
    /// site and its paper: 某某新闻网-某某晨报; a journal and its issue: 某某导刊 2020年第28期; or <c>来源: 某某网站</c>).</summary>
    [GeneratedRegex(@"^(?:https?://|www\.)[\w./-]+\s+(?<d>(?:19|20)[0-9]{2}(?:年[0-9]{1,2}月[0-9]{1,2}日|-[0-9]{1,2}-[0-9]{1,2}))\s*(?:[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?(?:\s+\p{IsCJKUnifiedIdeographs}[\p{IsCJKUnifiedIdeographs}\-－—·]{1,29}(?:\s+(?:19|20)[0-9]{2}年第[0-9]{1,3}期)?|\s*(?:来源|來源)[:：]\s*[^\s]{2,24})?$")]
    private static partial Regex UrlDateLine();

    /// <summary>A news agency's page time, the year apart from month/day: <c>2024 09/26 17:52:08</c>.</summary>
    [GeneratedRegex(@"^(?<y>(?:19|20)[0-9]{2})\s+(?<m>[01]?[0-9])/(?<day>[0-3]?[0-9])\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?$")]
    private static partial Regex YearThenMonthSlashDay();

    /// <summary>A date written day first with dots, then its time: <c>17.05.2017  10:42</c> (a page's, never a document's).</summary>
    [GeneratedRegex(@"^(?<day>[0-3]?[0-9])\.(?<m>[01]?[0-9])\.(?<y>(?:19|20)[0-9]{2})\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?$")]
    private static partial Regex DayFirstDateLine();

    /// <summary>今天是2019年3月5日 星期二; a line ending on its weekday (a date with a weekday is a widget, never a 成文日期, see <see cref="WeekdayDate"/>); a weather or river widget left empty (孝妇河水位：).</summary>
    [GeneratedRegex(@"^今天是|^今天是?[:：]?$|^\p{IsCJKUnifiedIdeographs}{0,8}(?:水位|天气|气温|温度|湿度|限行尾号|尾号限行)[:：]\S{0,12}$|星期[一二三四五六日天]$")]
    private static partial Regex DateWidget();

    /// <summary>A date widget's date is today's, not the page's: 今天是2019年5月10日.</summary>
    [GeneratedRegex(@"今天是?[:：]?\s*(?:19|20)[0-9]{2}[年/.-][0-9]{1,2}[月/.-][0-9]{1,2}日?")]
    private static partial Regex TodayWidget();

    /// <summary>
    /// The field a line's date with its weekday is kept under (2024年04月27日 星期六, after the site's name perhaps): a site's clock, which dates nothing,
    /// unless the page is a newspaper's (第03版), whose issue it dates (see <see cref="DocumentNormaliser"/>).
    /// </summary>
    public const string WidgetDateField = "日期星期";

    [GeneratedRegex(@"^\s*(?:[^\s:：]{2,30}\s+)?(?<d>(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日)\s*(?:星期|周)[一二三四五六日天]")]
    private static partial Regex WeekdayDate();

    /// <summary>A page time with a two-digit year: <c>时间:16-12-02 10:12:09</c>.</summary>
    [GeneratedRegex(@"(?:时间|日期)[:：]\s*(?<d>[0-9]{2}-[0-9]{1,2}-[0-9]{1,2})(?=\s|$)")]
    private static partial Regex ShortYearTime();

    /// <summary>A date alone on its line, or after a list's 更多 link: one of the dates a site lists beside other pages' links.</summary>
    [GeneratedRegex(@"^(?:更多\s*[>»›]?\s*)?(?<d>(?:19|20)[0-9]{2}-[0-9]{1,2}-[0-9]{1,2})$")]
    public static partial Regex ListedDate();
}
