using System.Text.RegularExpressions;
using PolicyGraph.Core.Citations;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Regions;
using PolicyGraph.Core.Text;
using PolicyGraph.Ingest.Normalising;
using PolicyGraph.Ingest.Outline;
using PolicyGraph.Ingest.Reading;

namespace PolicyGraph.Ingest.Extraction.Metadata;

/// <summary>Where in a document a metadata value is stated, as the resolver ranks the places (<see cref="MetadataResolver.Precedence"/>).</summary>
public enum StatedIn
{
    /// <summary>The reprinted text's own title line, under a reprint's lead.</summary>
    ReprintedTitleLine,
    NewsLead,
    TitleLine,
    TitleNumber,
    Headline,
    NumberLine,
    Masthead,
    SignOff,
    DateUnderTitle,
    OpenInformationTable,
    Publisher,
    PageTitle,
    PageDate,

    /// <summary>A title line that does not read as a document's title (a news item's headline).</summary>
    OtherTitleLine,

    /// <summary>A signature inside a paragraph of a page that flattened its text (…请认真贯彻执行。X人民政府2022年8月12日…).</summary>
    InlineSignOff,

    /// <summary>The 文号 a page that flattened its text opens with (五政办发〔2021〕17号 五常市人民政府办公室 关于…).</summary>
    OpeningNumber,

    /// <summary>The title line of what a notice whose own title the page left out wraps (the plan after the cover).</summary>
    AttachmentTitleLine,

    /// <summary>A document-sharing site's file name line (…规划.doc), near the head of the page.</summary>
    FileName,
}

/// <summary>One value a document states for a metadata field, where it states it, and what that place says.</summary>
public sealed record MetadataCandidate(string Field, string Value, StatedIn Where, string? Text)
{
    /// <summary>The place as the document page names it (<see cref="EvidenceSources"/>).</summary>
    public string From => Where switch
    {
        StatedIn.ReprintedTitleLine or StatedIn.TitleLine or StatedIn.OtherTitleLine or StatedIn.AttachmentTitleLine => EvidenceSources.TitleLine,
        StatedIn.FileName => EvidenceSources.FileName,
        StatedIn.NewsLead => EvidenceSources.NewsLead,
        StatedIn.TitleNumber => EvidenceSources.TitleNumber,
        StatedIn.Headline => EvidenceSources.Headline,
        StatedIn.NumberLine or StatedIn.OpeningNumber => EvidenceSources.NumberLine,
        StatedIn.Masthead => EvidenceSources.Masthead,
        StatedIn.SignOff or StatedIn.InlineSignOff => EvidenceSources.SignOff,
        StatedIn.DateUnderTitle => EvidenceSources.DateUnderTitle,
        StatedIn.OpenInformationTable => EvidenceSources.OpenInformationTable,
        StatedIn.Publisher => EvidenceSources.Publisher,
        StatedIn.PageTitle => EvidenceSources.PageTitle,
        StatedIn.PageDate => EvidenceSources.PageDate,
        _ => throw new ArgumentOutOfRangeException(nameof(Where), Where, null),
    };
}

/// <summary>
/// The metadata step (issue 13, domain.md §2–3, §7, §11): gathers, for each field, every value the document states —
/// the open-information table in any of its forms, the title line(s), the 文号 line, the title's own bracketed number,
/// a headline's issuer, a news lead, the masthead, the signature block and the date under it or under the title, the
/// page's own title — and chooses among them by a stated precedence, keeping where the chosen value came from.
/// Nothing is guessed: a field no place states stays null.
/// </summary>
/// <remarks>
/// The order in which the places are believed is <see cref="Precedence"/>, field by field (the README tabulates it). Then:
/// a date whose separators were lost (2019222) only when another place states the same day; an abbreviated issuer (市人民政府)
/// written out from another place that names it in full, or completed from the document's own place when that place has
/// the unit the name leaves out; a place's short official form written out (互助县 → 互助土族自治县); level, province,
/// region and prefecture from <see cref="PlaceResolver"/>. A page's 发布日期/生成日期 is only ever the publication date.
/// </remarks>
public static partial class MetadataResolver
{
    public static DocumentMetadata Resolve(NormalisedDocument document, ParsedOutline outline, Gazetteer gazetteer)
    {
        var front = outline.Front;
        var candidates = Gather(document, front);
        var evidence = new Dictionary<string, FieldEvidence>(StringComparer.Ordinal);

        var title = Untruncated(WithIssuerPrinted(Choose(candidates, MetadataFields.Title, evidence), document, evidence), document, evidence);
        var docNumber = Choose(candidates, MetadataFields.DocNumber, evidence);
        var issuer = OfficialPlaceName(SignedForm(FullIssuer(Choose(candidates, MetadataFields.Issuer, evidence), candidates, evidence), candidates, evidence, gazetteer), gazetteer);
        // The body a portal's table names as publishing a news item (发布机构: 市质监局 over …开展四大系列活动) issued nothing; an
        // interpretation's (…政策解读) is its author.
        if (issuer is not null && evidence[MetadataFields.Issuer].From.StartsWith(EvidenceSources.Publisher, StringComparison.Ordinal) && docNumber is null
            && title is not null && !TitleLine.Read(title).EndsAsTitle && !Interpretation().IsMatch(title))
        {
            issuer = null;
            evidence.Remove(MetadataFields.Issuer);
        }
        var published = Choose(candidates, MetadataFields.Published, evidence);
        var date = ChooseDate(candidates, front, docNumber, evidence);

        var search = string.Join("\n", document.Paragraphs.Select(p => p.SearchText));
        var place = PlaceResolver.Resolve(new PlaceResolver.Statements(
            Issuer: issuer is null ? null : SearchNormaliser.ToSearchText(issuer, document.Traditional),
            Title: title is null ? null : SearchNormaliser.ToSearchText(title, document.Traditional),
            DocNumber: docNumber,
            Addressees: front.Addressees?.SearchText,
            Publisher: Field(document.Fields, OpenInformationTable.PublisherLabels) is { } publisher ? SearchNormaliser.ToSearchText(publisher, document.Traditional) : null,
            Site: SiteName(document.Fields) is { } site ? SearchNormaliser.ToSearchText(site, document.Traditional) : null,
            SearchText: search)
        {
            ReportedIssuer = document.Paragraphs.Take(12).Select(p => NewsLead.Read(p.SearchText)).FirstOrDefault(l => l is not null) is { } lead ? ReportedIssuerOf(lead) : null,
            CopyrightOwner = document.Fields.GetValueOrDefault(SourceText.FieldNames.CopyrightOwner),
            NewsSource = Field(document.Fields, OpenInformationTable.SourceLabels) is { Length: >= 3 } source
                ? SearchNormaliser.ToSearchText(source, document.Traditional) : null,
            // A listed headline may pair a kicker with its main line (春运返程客流高峰到来 泸州港客运站加开班次): each phrase apart.
            OtherHeadlines = front.OtherHeadlines.SelectMany(p => p.Text.Split([' ', '\u3000', '\t'], StringSplitOptions.RemoveEmptyEntries))
                .Select(phrase => SearchNormaliser.ToSearchText(phrase, document.Traditional)).ToList(),
            // A mirror that flattened the table keeps the 索引号's value on a line of its own at the head.
            IndexNumber = Field(document.Fields, [OpenInformationTable.IndexNumber])
                ?? document.Paragraphs.Take(6).Select(p => p.Text.Trim()).FirstOrDefault(t => t.Length <= 40 && IndexNumberLine().IsMatch(t)),
            FilingCode = document.Fields.GetValueOrDefault(Normalising.PageChrome.FilingField),
        }, gazetteer);
        foreach (var (field, value) in new[]
                 {
                     (MetadataFields.Level, place.Level), (MetadataFields.Province, place.Province),
                     (MetadataFields.Region, place.Region), (MetadataFields.Prefecture, place.Prefecture),
                 })
        {
            if (value is not null && place.From is not null)
            {
                evidence[field] = new FieldEvidence(place.From, place.FromText);
            }
        }
        // The 直辖市 a district lies directly under (its prefecture is none).
        var municipality = place.Level == Levels.County && place.Prefecture is null && place.Province is { } p0 && gazetteer.FindProvince(p0)?.Kind == RegionKinds.Municipality ? p0 : null;
        if (issuer is not null && place.Region is not null && Complete(issuer, place.Region, municipality) is { } completed)
        {
            issuer = completed;
            evidence[MetadataFields.Issuer] = evidence[MetadataFields.Issuer] with { From = evidence[MetadataFields.Issuer].From + "+" + place.From };
        }
        issuer = WithItsCity(issuer, place, municipality, document, search);

        if (issuer is null && (place.Region is not null ? IssuerOfNumber(docNumber, place.Region, search) : NationalIssuerOfNumber(docNumber)) is { } coded)
        {
            issuer = coded;
            evidence[MetadataFields.Issuer] = new FieldEvidence(EvidenceSources.IssuerCode, docNumber);
        }

        if (issuer is null && place.Level == Levels.Province && place.Region is not null
            && BureauOfItsAddressees(front.Addressees?.SearchText, search, place.Region) is { } bureau)
        {
            issuer = bureau;
            evidence[MetadataFields.Issuer] = new FieldEvidence(EvidenceSources.Addressees, front.Addressees!.Text);
        }

        var titleSearch = title is null ? null : SearchNormaliser.ToSearchText(title, document.Traditional);
        // A document's own text that is a known document (the 纲要 reprinted) is of the registry's year when it states none.
        var known = (docNumber is null ? null : DocumentRegistry.Instance.ByNumber(docNumber)) ?? (title is null ? null : DocumentRegistry.Instance.ByTitleKey(TitleKey.Of(title)));
        var year = YearOf(date) ?? (DocumentNumber.TryParse(docNumber, out var n) ? n.Year : (int?)null) ?? PlanYear(titleSearch, front.Body.FirstOrDefault()?.SearchText) ?? known?.Year;
        return new DocumentMetadata
        {
            Title = title,
            DocNumber = docNumber,
            Issuer = issuer,
            Date = date,
            Published = published,
            Year = year,
            Level = place.Level,
            Province = place.Province,
            Region = place.Region,
            Prefecture = place.Prefecture,
            DocType = DocType(titleSearch, front.Body.Take(2).Select(p => p.SearchText)),
            AttachmentTitle = front.AttachmentTitle is null ? null : OutlineParser.Collapse(LookAlikes.Fold(PinyinAnnotation.Strip(front.AttachmentTitle))),
            Evidence = new MetadataEvidence(evidence),
        };
    }

    /// <summary>Sources in order of precedence, field by field (see the remarks on <see cref="MetadataResolver"/>).</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<StatedIn>> Precedence = new Dictionary<string, IReadOnlyList<StatedIn>>(StringComparer.Ordinal)
    {
        [MetadataFields.Title] = [StatedIn.ReprintedTitleLine, StatedIn.NewsLead, StatedIn.TitleLine, StatedIn.OpenInformationTable, StatedIn.Headline, StatedIn.PageTitle, StatedIn.OtherTitleLine,
            StatedIn.FileName, StatedIn.AttachmentTitleLine],
        [MetadataFields.DocNumber] = [StatedIn.NumberLine, StatedIn.TitleNumber, StatedIn.OpenInformationTable, StatedIn.NewsLead, StatedIn.OpeningNumber],
        [MetadataFields.Issuer] = [StatedIn.TitleLine, StatedIn.Headline, StatedIn.NewsLead, StatedIn.SignOff, StatedIn.Masthead,
            StatedIn.OpenInformationTable, StatedIn.InlineSignOff, StatedIn.DateUnderTitle, StatedIn.Publisher],
        [MetadataFields.Date] = [StatedIn.SignOff, StatedIn.DateUnderTitle, StatedIn.OpenInformationTable, StatedIn.NewsLead, StatedIn.InlineSignOff],
        [MetadataFields.Published] = [StatedIn.OpenInformationTable, StatedIn.DateUnderTitle, StatedIn.PageDate],
    };

    private static string? Choose(IReadOnlyList<MetadataCandidate> candidates, string field, Dictionary<string, FieldEvidence> evidence)
    {
        foreach (var where in Precedence[field])
        {
            if (candidates.FirstOrDefault(c => c.Field == field && c.Where == where) is { } chosen)
            {
                evidence[field] = new FieldEvidence(chosen.From, chosen.Text);
                return chosen.Value;
            }
        }
        return null;
    }

    /// <summary>
    /// The 成文日期 by precedence; failing that, a sign-off date whose separators were lost, when another source agrees: states
    /// the same day, or publishes the one day the run can be within a season after it.
    /// </summary>
    private static string? ChooseDate(IReadOnlyList<MetadataCandidate> candidates, FrontMatter front, string? docNumber, Dictionary<string, FieldEvidence> evidence)
    {
        if (Choose(candidates, MetadataFields.Date, evidence) is { } date)
        {
            return date;
        }
        var compact = ChineseDate.CompactCandidates(front.SignOffDate?.SearchText);
        var others = candidates.Where(c => c.Field is MetadataFields.Date or MetadataFields.Published).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var agreed = compact.Where(others.Contains).ToList();
        // A run that reads one way only (201889: 2018-08-09) agrees with a page that published it within a season after, or
        // with the year of the document's own number (2013514 under 赣府厅发〔2013〕29号).
        if (agreed.Count == 0 && compact is [var only] && DateOnly.TryParse(only, System.Globalization.CultureInfo.InvariantCulture, out var signed)
            && (candidates.Any(c => c.Field == MetadataFields.Published && DateOnly.TryParse(c.Value, System.Globalization.CultureInfo.InvariantCulture, out var published)
                    && published.DayNumber - signed.DayNumber is >= 0 and <= 92)
                || (DocumentNumber.TryParse(docNumber, out var number) && number.Year == signed.Year)))
        {
            agreed.Add(only);
        }
        if (agreed.Count == 1)
        {
            evidence[MetadataFields.Date] = new FieldEvidence(EvidenceSources.SignOff, front.SignOffDate!.Text);
            return agreed[0];
        }
        return null;
    }

    [GeneratedRegex(@"^(?:人民政府|政府|党委)")]
    private static partial Regex UnitlessBody();

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
            stem = TrailingYears().Replace(stem, string.Empty);
            var type = DocumentTypes.All.FirstOrDefault(d => stem.EndsWith(d, StringComparison.Ordinal));
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
                return DocumentTypes.All.FirstOrDefault(d => named.StartsWith(d, StringComparison.Ordinal));
            }
        }
        return null;
    }

    [GeneratedRegex(@"^(?:政策)?解读|解读$|答记者问|一图(?:读懂|看懂|了解)")]
    private static partial Regex Interpretation();

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}.{3,55}\.(?:docx?|wps|pdf)(?:VIP|原创|免费)?$", RegexOptions.IgnoreCase)]
    private static partial Regex FileNameLine();

    [GeneratedRegex(@"^[0-9A-Z]{9,18}\s*[/-]\s*(?:19|20)[0-9]{2}\s*-\s*[0-9]{1,8}$")]
    private static partial Regex IndexNumberLine();

    [GeneratedRegex(@"^\s*《(?<name>\p{IsCJKUnifiedIdeographs}[^《》]{3,55}?\.(?:docx?|wps|pdf))》", RegexOptions.IgnoreCase)]
    private static partial Regex SharedFileName();

    // …行动计划（2025—2026年）-质量管理-某某电子: a hyphen between a closing bracket or a character and a character parts a
    // page title from its column and site too (never the hyphen of a year range).
    [GeneratedRegex(@"[_|｜]|\s[-—–]\s|——|(?<![0-9])--(?![0-9])|(?<=[\p{IsCJKUnifiedIdeographs})）])-(?=\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex SiteSuffix();

    [GeneratedRegex(@"(?:网|网站|官网|平台|门户|在线|之家|百科|文库)$")]
    private static partial Regex SiteWord();

    /// <summary>A title as a page that flattened its text writes it: an issuer, 关于 (or 转发, 印发), the subject, the type.</summary>
    private const string FlattenedTitlePattern = @"[^,，。;；:：]{2,80}?(?:关于|转发|印发)[^,，。;；:：]{2,80}?的(?:通知|意见|决定|批复|函)";

    [GeneratedRegex("^" + FlattenedTitlePattern + "$")]
    private static partial Regex FlattenedTitle();

    // A flattened page's signature: after the cover's last sentence, opening the text, closing it (perhaps before an empty
    // article-info tail: …多作贡献。 湖州市人民政府 2016年1月12日 作者: 信息来源: |), or after the meeting that passed it.
    [GeneratedRegex(@"(?:给你们|予以印发|印发实施)[^。]{0,40}。(?<org>[^,，。、;；:：《》]{3,40}?(?:人民政府|政府|办公室|办公厅|委员会|局|厅))?(?<date>(?:(?:19|20)[0-9]{2}|[〇○零一二三四五六七八九]{4})年(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})月(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})日)|^(?<org>[^,，。、;；:：《》]{3,40}?(?:人民政府|政府|办公室|办公厅|委员会|局|厅))(?<date>(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日)(?=\p{IsCJKUnifiedIdeographs}{4,})|(?<=[,，。；;]\s*)(?<org>[^,，。、;；:：《》]{3,40}?(?:人民政府|政府|办公室|办公厅|委员会|局|厅)|国务院)\s*(?<date>(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日)(?=[\s,，。]*(?:(?:作者|信息来源|来源|责任编辑|编辑)[:：]\s*)*[|｜\s]*$)|(?<=(?:研究通过|同意|审议通过|讨论通过)[,，])(?<org>[^,，。、;；:：《》]{3,30}?(?:人民政府|政府办公室|人民政府办公室|办公厅))(?<date>(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日)(?=\p{IsCJKUnifiedIdeographs}{4,})")]
    private static partial Regex InlineSignature();

    [GeneratedRegex(@"^(?<place>\p{IsCJKUnifiedIdeographs}{2,4}?)(?=人民政府|政府)")]
    private static partial Regex ShortNamedGovernment();

    [GeneratedRegex(@"^[0-9]{2}-[0-9]{1,2}-[0-9]{1,2}(?=\s|$)")]
    private static partial Regex TwoDigitYear();

    [GeneratedRegex(@"^(?:到|至|截至)?(?:19|20)[0-9]{2}年|^[0-9]|^[—-]{1,2}")]
    private static partial Regex Subtitle();

    /// <summary>A 引题 that ends on a verb of saying (…推进会提出, …会议要求): what follows is what was said.</summary>
    [GeneratedRegex(@"^\S{4,30}?(?:提出|要求|强调|指出|表示|号召)[:：]?$")]
    private static partial Regex SayingKicker();

    [GeneratedRegex(@"[-—–][^-—–]{2,30}(?:人民政府|政府|网|网站|门户|门户网站|政务网|在线|公众信息网)(?:\s.*)?$")]
    private static partial Regex GluedSiteSuffix();

    [GeneratedRegex(@"(?:网|网站|门户|政府网|频道|平台|在线|之窗|首页)$")]
    private static partial Regex SiteName();

    /// <summary>The second line of a title broken in two: its years (<c>(2011-2015年)</c>) or a trailing note.</summary>
    [GeneratedRegex(@"^\(?[0-9]{4}\s*[-—–~至]\s*[0-9]{4}年?\)?(?:》?的(?:通知|意见|决定))?$|^\((?:试行|暂行|征求意见稿|草案|修订)\)$|^》?的(?:通知|意见|决定|批复|函)$")]
    private static partial Regex ContinuationLine();

    [GeneratedRegex(@"(?<y>(?:19|20)[0-9]{2})年度?[^()。,]{0,16}?(?:工作要点|工作重点|工作计划|行动计划|工作方案)")]
    private static partial Regex PlanYearPattern();

    [GeneratedRegex(@"\((?:试行|暂行|征求意见稿|草案|修订|送审稿)\)$")]
    private static partial Regex TrailingNote();

    [GeneratedRegex(@"\(?[0-9]{4}\s*[-—–~至]\s*[0-9]{4}年?\)$")]
    private static partial Regex TrailingYears();

    [GeneratedRegex(@"(?:制定|制订|提出|印发)(?:本|如下|以下)(?<type>[\p{IsCJKUnifiedIdeographs}]{1,6})")]
    private static partial Regex SelfNamedType();
}
