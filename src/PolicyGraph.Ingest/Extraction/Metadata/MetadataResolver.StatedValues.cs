using System.Text.RegularExpressions;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Text;
using PolicyGraph.Ingest.Normalising;
using PolicyGraph.Ingest.Outline;
using PolicyGraph.Ingest.Reading;

namespace PolicyGraph.Ingest.Extraction.Metadata;

/// <summary>How the candidates' values are read from what a page states: numbers, fields, dates and the patterns of flattened and noted texts.</summary>
public static partial class MetadataResolver
{
    /// <summary>
    /// A 文号 as written, pinyin annotations and all (濱政辦發(fā)〔2021〕14號), in its normal form; one without a year
    /// (容政办108号) as written, when it is all the line or cell says.
    /// </summary>
    private static string? Number(string? text)
    {
        if (text is null)
        {
            return null;
        }
        var stripped = PinyinAnnotation.Strip(text);
        // A table's value that left the 号 off (宿豫政办发〔2025〕14) is the number with it.
        if (NumberWithoutHao().IsMatch(stripped.Trim()))
        {
            stripped = stripped.Trim() + "号";
        }
        return DocumentNumber.Normalise(stripped) ?? (DocumentNumber.TryParseLine(stripped, out var broken) ? broken.ToString() : null)
            ?? (DocumentNumber.IsYearless(stripped) ? stripped.Trim() : null) ?? DocumentNumber.Codeless(stripped);
    }

    // After the cover's last sentence (…印发给你们，请认真贯彻执行。X人民政府2022年8月12日…), or opening the paragraph after it
    // when a page kept its paragraphs but flattened the signature onto the plan's title (X人民政府 2018年6月12日 Y方案).
    /// <summary>The 文号 a flattened paragraph opens with, alone or after the document's title (read where the title ends).</summary>
    private static DocumentNumber? OpeningNumber(Paragraph opening)
    {
        // An index's abstract field may open with its marker and the date before the number (<正>(2022年11月30日)津政发〔2022〕26号…).
        var lead = OpeningDateMark().Match(opening.SearchText).Length;
        if (DocumentNumber.FindAll(opening.SearchText).FirstOrDefault() is { Number: { } first } found0 && found0.Index == lead)
        {
            return first;
        }
        return DocumentNumber.FindAll(opening.Text).FirstOrDefault() is { Number: { } afterTitle } found
            && FlattenedTitle().IsMatch(SearchNormaliser.ToSearchText(opening.Text[..found.Index], traditional: null)) ? afterTitle : null;
    }

    /// <summary>
    /// A notice's number run together with the title it heads inside a paragraph (豫质监标发2008137号关于印发X的通知各…), in
    /// the first paragraphs: the number, the title as written and where it was read.
    /// </summary>
    private static (string Number, string Title, string Text)? NumberedHead(NormalisedDocument document)
    {
        // Read as written: the search view closes the space that parts the number from the filler before it.
        foreach (var paragraph in document.Paragraphs.Take(12))
        {
            foreach (var (number, index, length) in DocumentNumber.FindAll(paragraph.Text))
            {
                if (HeadedTitle().Match(paragraph.Text, index + length) is { Success: true } title && title.Index == index + length)
                {
                    var t = title.Groups["t"];
                    return (number.ToString(), t.Value, paragraph.Text[index..(t.Index + t.Length)]);
                }
            }
        }
        return null;
    }

    /// <summary>
    /// A document's own heading inside a paragraph of a preview, spaced off from what precedes it and from its preamble
    /// (… 2011年X质量强市工作考核办法   为推动…): the title as written and where it was read.
    /// </summary>
    private static (string Title, string Text)? SpacedHead(NormalisedDocument document)
    {
        foreach (var paragraph in document.Paragraphs.Take(12))
        {
            if (SpacedHeading().Match(paragraph.Text) is { Success: true } heading && DocumentTypes.Ends(SearchNormaliser.ToSearchText(heading.Groups["t"].Value, traditional: null)))
            {
                return (heading.Groups["t"].Value, heading.Value);
            }
        }
        return null;
    }

    [GeneratedRegex(@"(?:^|\s)(?<t>(?:19|20)?[0-9]{0,2}年?\p{IsCJKUnifiedIdeographs}[^\s,，。;；:：]{4,40})[ \u3000]{2,}(?=为|根据|按照|依据|第一章|第一条)")]
    private static partial Regex SpacedHeading();

    /// <summary>
    /// A preview that printed the document's heading twice, glued (—PAGE11—【泰州市】X细则(部门)X细则(部门)考核项目…): the
    /// heading, when it ends as a document does.
    /// </summary>
    private static (string Title, string Text)? DoubledHead(NormalisedDocument document)
    {
        foreach (var paragraph in document.Paragraphs.Take(3))
        {
            if (DoubledHeading().Match(paragraph.SearchText) is { Success: true } heading
                && DocumentTypes.Ends(BracketedTail().Replace(heading.Groups["t"].Value, string.Empty)))
            {
                return (heading.Groups["t"].Value, paragraph.Text);
            }
        }
        return null;
    }

    /// <summary>
    /// The signature and date a flattened paragraph ends on: the date, and before it the longest organisation's name that
    /// opens on a place (清单东莞市市场监督管理局2023年11月28日 → 东莞市市场监督管理局).
    /// </summary>
    private static (string Organisation, string Date)? RunOnSignOff(string paragraph)
    {
        if (EndingDate().Match(paragraph) is not { Success: true } date)
        {
            return null;
        }
        var before = paragraph[..date.Index];
        for (var length = Math.Min(30, before.Length); length >= 5; length--)
        {
            var candidate = before[^length..];
            if (FrontMatterReader.IsOrganisationLine(candidate) && Core.Regions.Gazetteer.Instance.LeadingPlaces(candidate) is [{ Region: not null } first, ..] && first.Length >= 2)
            {
                return (candidate, date.Groups["d"].Value);
            }
        }
        return null;
    }

    [GeneratedRegex(@"(?<d>(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日)[。.]?$")]
    private static partial Regex EndingDate();

    [GeneratedRegex(@"^(?:[—\-]*PAGE[0-9]+[—\-]*|【[^】]{1,12}】|\s)*(?<t>[^\s,，。;；:：【】]{8,60}?)\k<t>")]
    private static partial Regex DoubledHeading();

    [GeneratedRegex(@"[(（][^()（）]{1,8}[)）]$")]
    private static partial Regex BracketedTail();

    /// <summary>A notice's title right after its number, up to the addressees (各…) or the paragraph's end.</summary>
    [GeneratedRegex(@"\G\s*(?<t>关于[^,，。;；:：《》]{4,80}?的(?:通知|意见|决定|通报|批复|公告))(?=各|\s*$)")]
    private static partial Regex HeadedTitle();

    /// <summary>The site's name: a line of its own, or what follows the title in the page's &lt;title&gt; (…_玛纳斯新闻网).</summary>
    private static string? SiteName(IReadOnlyDictionary<string, string> fields) =>
        fields.GetValueOrDefault(SourceText.FieldNames.Site)
        ?? (fields.GetValueOrDefault(SourceText.FieldNames.PageTitle) is { } page
            ? SiteSuffix().Split(page) is { Length: > 1 } parts ? parts[^1].Trim()
            : GluedSiteSuffix().Match(page) is { Success: true } glued ? glued.Value[1..].Trim() // 标题-某某官网
            : null
            : null);

    /// <summary>
    /// A brand's name a copying site stamps on the page's first line and again inside its text (bob最新官网国务院办公厅关于…,
    /// …的统一领导和统筹协调。bob最新官网现就…): a run that says it is a brand's site (…官网) or holds Latin letters, opening
    /// the first line and found twice more in the text. Null when there is none.
    /// </summary>
    private static string? StampedSite(NormalisedDocument document)
    {
        if (document.Paragraphs.FirstOrDefault() is not { } first || StampedPrefix().Match(first.Text) is not { Success: true } stamp
            || !(stamp.Value.Any(char.IsAsciiLetter) || StampedBrandWord().IsMatch(stamp.Value)))
        {
            return null;
        }
        var times = 0;
        foreach (var paragraph in document.Paragraphs.Skip(1).Take(60))
        {
            for (var at = paragraph.Text.IndexOf(stamp.Value, StringComparison.Ordinal); at >= 0; at = paragraph.Text.IndexOf(stamp.Value, at + stamp.Length, StringComparison.Ordinal))
            {
                times++;
            }
        }
        return times >= 2 ? stamp.Value : null;
    }

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}A-Za-z0-9]{1,10}?(?:官方网站|官网|网站|平台)(?=\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex StampedPrefix();

    [GeneratedRegex(@"(?:官方网站|官网)$")]
    private static partial Regex StampedBrandWord();

    /// <summary>The first of the labels whose value is a date (废止时间 0000-00-00 states none).</summary>
    private static string? DateField(IReadOnlyDictionary<string, string> fields, IEnumerable<string> names) =>
        names.Select(n => fields.GetValueOrDefault(n)).Select(ShortYear).FirstOrDefault(v => ChineseDate.Parse(v) is not null)?.Trim();

    /// <summary>A page's date with a two-digit year (时间:16-12-02 10:12:09) read as this century's.</summary>
    private static string? ShortYear(string? value) =>
        value is not null && TwoDigitYear().Match(value.Trim()) is { Success: true } m ? "20" + m.Value : value;

    private static string? Field(IReadOnlyDictionary<string, string> fields, IEnumerable<string> names) =>
        names.Select(n => fields.GetValueOrDefault(n)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

    /// <summary>A law's note under its title naming the legislature that passed it ((1995年6月20日江西省第八届人民代表大会常务委员会第十六次会议通过).</summary>
    [GeneratedRegex(@"^[(（](?:[0-9]{4}|[〇零一二三四五六七八九]{4})年[^()（）]{2,12}?日(?<place>\p{IsCJKUnifiedIdeographs}{2,12}?)第[一二三四五六七八九十]{1,3}届(?<body>人民代表大会常务委员会|人民代表大会)第[一二三四五六七八九十]{1,4}次会议(?:通过|批准)")]
    private static partial Regex PassedBy();

    /// <summary>A bracketed issuer line a copy kept the opening of ((国务院办公厅).</summary>
    [GeneratedRegex(@"^[(（]\s*(?<org>\p{IsCJKUnifiedIdeographs}{3,30})\s*[)）]?$")]
    private static partial Regex BracketedIssuer();

    /// <summary>A journal index's marker and the bracketed date before a flattened text's number (<正>(2022年11月30日)).</summary>
    [GeneratedRegex(@"^(?:<正>)?(?:[(（](?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日[)）])?")]
    private static partial Regex OpeningDateMark();

    /// <summary>A signature and its date on one line (肇庆市人民政府 2017年1月25日).</summary>
    [GeneratedRegex(@"^(?<org>[^,，。、;；:：《》]{3,40}?(?:人民政府|政府|办公室|办公厅|委员会|局|厅|领导小组))\s*(?<date>(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日)$")]
    private static partial Regex GluedSignOff();

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,10}\s*[〔\[(（【](?:19|20)[0-9]{2}[〕\])）】]\s*[0-9]{1,4}$")]
    private static partial Regex NumberWithoutHao();
}
