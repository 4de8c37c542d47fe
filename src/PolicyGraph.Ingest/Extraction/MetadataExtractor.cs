using System.Text.RegularExpressions;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Regions;
using PolicyGraph.Core.Text;
using PolicyGraph.Ingest.Normalising;
using PolicyGraph.Ingest.Outline;
using PolicyGraph.Ingest.Reading;

namespace PolicyGraph.Ingest.Extraction;

/// <summary>
/// Title, number, issuer, dates, year, type, level, province and region of a document. Each comes from where
/// the document states it — its title and number lines, its sign-off, the page's open-information table — and
/// is left null when the document does not state it; a web page's date is a publication date, kept apart.
/// </summary>
public static partial class MetadataExtractor
{
    private static readonly IReadOnlyList<string> DocTypes = FrontMatterReader.DocumentTypes;

    public static DocumentMetadata Extract(NormalisedDocument document, ParsedOutline outline, Gazetteer gazetteer)
    {
        var front = outline.Front;
        var fields = document.Fields;
        var title = Title(front, fields);
        var docNumber = DocumentNumber.Normalise(front.NumberLine?.Text) ?? DocumentNumber.Normalise(Field(fields, OpenInformationTable.DocNumber, "发文字号"));
        var issuer = Issuer(title, front, fields);
        var date = ChineseDate.Parse(front.SignOffDate?.Text) ?? ChineseDate.Parse(Field(fields, OpenInformationTable.WrittenDate));
        var published = ChineseDate.Parse(Field(fields, OpenInformationTable.PublishedDate, "发布时间", OpenInformationTable.Time, OpenInformationTable.GeneratedDate));
        var search = string.Join("\n", document.Paragraphs.Select(p => p.SearchText));
        var titleSearch = title is null ? null : SearchNormaliser.ToSearchText(title, document.Traditional);
        var year = YearOf(date) ?? (DocumentNumber.TryParse(docNumber, out var n) ? n.Year : (int?)null) ?? PlanYear(titleSearch, front.Body.FirstOrDefault()?.SearchText);
        var region = RegionResolver.Resolve(issuer is null ? null : SearchNormaliser.ToSearchText(issuer, document.Traditional),
            front.Addressees?.SearchText, search, gazetteer);
        return new DocumentMetadata
        {
            Title = title,
            DocNumber = docNumber,
            Issuer = issuer,
            Date = date,
            Published = published,
            Year = year,
            Level = region.Level,
            Province = region.Province,
            Region = region.Region,
            DocType = DocType(titleSearch, front.Body.Take(2).Select(p => p.SearchText)),
            AttachmentTitle = front.AttachmentTitle is null ? null : OutlineParser.Collapse(front.AttachmentTitle),
        };
    }

    private static string? Title(FrontMatter front, IReadOnlyDictionary<string, string> fields)
    {
        if (front.Title is { } title)
        {
            return OutlineParser.Collapse(title.Text);
        }
        // The open-information table names the document when its text does not (a name cut short with … does not count).
        var named = Field(fields, OpenInformationTable.Title, OpenInformationTable.Name);
        return named is not null && !named.EndsWith("...", StringComparison.Ordinal) && !named.EndsWith('…') ? OutlineParser.Collapse(named) : null;
    }

    private static string? Issuer(string? title, FrontMatter front, IReadOnlyDictionary<string, string> fields)
    {
        if (title is not null)
        {
            var about = title.IndexOf("关于", StringComparison.Ordinal);
            if (about < 0)
            {
                about = title.IndexOf("關於", StringComparison.Ordinal);
            }
            if (about > 1)
            {
                var prefix = title[..about].Trim();
                if (FrontMatterReader.IsOrganisationLine(SearchNormaliser.ToSearchText(prefix)) || prefix is "国务院" or "中共中央 国务院" or "中共中央、国务院")
                {
                    return prefix;
                }
            }
        }
        if (front.SignOffOrganisation is { } org)
        {
            return OutlineParser.Collapse(org.Text);
        }
        var publisher = Field(fields, OpenInformationTable.IssuingOrgan, OpenInformationTable.Publisher);
        // 贵池区人民政府(办公室) is how such tables write 贵池区人民政府办公室.
        return publisher is null ? null : ParenthesisedUnit().Replace(publisher, "$1").Trim();
    }

    private static int? YearOf(string? date) => date is null ? null : int.Parse(date[..4], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The year a work plan is for, as it names it: 2019年质量工作要点, 明确2016年…工作重点.</summary>
    private static int? PlanYear(string? titleSearch, string? firstParagraph)
    {
        foreach (var text in new[] { titleSearch, firstParagraph })
        {
            if (text is not null && PlanYearPattern().Match(text) is { Success: true } m)
            {
                return int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        return null;
    }

    private static string? DocType(string? titleSearch, IEnumerable<string> opening)
    {
        if (titleSearch is not null)
        {
            var stem = TrailingNote().Replace(titleSearch, string.Empty);
            var type = DocTypes.FirstOrDefault(d => stem.EndsWith(d, StringComparison.Ordinal));
            if (type is not null)
            {
                return type;
            }
        }
        // A document without a title names its own type: 特制定本工作计划, 现提出如下实施意见.
        foreach (var text in opening)
        {
            var m = SelfNamedType().Match(text);
            if (m.Success)
            {
                var named = m.Groups["type"].Value;
                return DocTypes.FirstOrDefault(d => named.StartsWith(d, StringComparison.Ordinal));
            }
        }
        return null;
    }

    private static string? Field(IReadOnlyDictionary<string, string> fields, params string[] names) =>
        names.Select(n => fields.GetValueOrDefault(n)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

    [GeneratedRegex(@"\((办公室|办公厅)\)")]
    private static partial Regex ParenthesisedUnit();

    [GeneratedRegex(@"(?<y>(?:19|20)[0-9]{2})年度?[^()。,]{0,16}?(?:工作要点|工作重点|工作计划|行动计划|工作方案)")]
    private static partial Regex PlanYearPattern();

    [GeneratedRegex(@"\((?:试行|暂行|征求意见稿|草案|修订)\)$")]
    private static partial Regex TrailingNote();

    [GeneratedRegex(@"(?:制定|制订|提出|印发)(?:本|如下|以下)(?<type>[\p{IsCJKUnifiedIdeographs}]{1,6})")]
    private static partial Regex SelfNamedType();
}
