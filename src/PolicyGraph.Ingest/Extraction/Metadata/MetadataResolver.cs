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

        var title = WithIssuerPrinted(Choose(candidates, MetadataFields.Title, evidence), document, evidence);
        var docNumber = Choose(candidates, MetadataFields.DocNumber, evidence);
        var issuer = OfficialPlaceName(SignedForm(FullIssuer(Choose(candidates, MetadataFields.Issuer, evidence), candidates, evidence), candidates, evidence, gazetteer), gazetteer);
        var published = Choose(candidates, MetadataFields.Published, evidence);
        var date = ChooseDate(candidates, front, evidence);

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
            ReportedIssuer = document.Paragraphs.Take(12).Select(p => NewsLead.Read(p.SearchText)).FirstOrDefault(l => l is not null)?.Issuer,
            // A mirror that flattened the table keeps the 索引号's value on a line of its own at the head.
            IndexNumber = Field(document.Fields, [OpenInformationTable.IndexNumber])
                ?? document.Paragraphs.Take(6).Select(p => p.Text.Trim()).FirstOrDefault(t => t.Length <= 40 && IndexNumberLine().IsMatch(t)),
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

        if (issuer is null && place.Region is not null && GovernmentOfNumber(docNumber, place.Region) is { } government)
        {
            issuer = government;
            evidence[MetadataFields.Issuer] = new FieldEvidence(EvidenceSources.IssuerCode, docNumber);
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

    /// <summary>Every value the document states, field by field, in the order of <see cref="Precedence"/>'s sources.</summary>
    public static IReadOnlyList<MetadataCandidate> Gather(NormalisedDocument document, FrontMatter front)
    {
        var found = new List<MetadataCandidate>();
        void Add(string field, string? value, StatedIn where, string? text)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                found.Add(new MetadataCandidate(field, value.Trim(), where, text));
            }
        }

        // A reprint's lead: the page is the text of the document it names, issued by whom it says.
        if (front.IsReprint && NewsLead.Read(front.Lead!.SearchText) is { } lead)
        {
            Add(MetadataFields.Title, lead.Title, StatedIn.NewsLead, front.Lead.Text);
            Add(MetadataFields.Issuer, IssuerNames.Normalise(lead.Issuer), StatedIn.NewsLead, front.Lead.Text);
            Add(MetadataFields.Date, ChineseDate.Parse(lead.IssuedOn), StatedIn.NewsLead, front.Lead.Text);
            Add(MetadataFields.DocNumber, Number(lead.Number), StatedIn.NewsLead, front.Lead.Text);
        }

        // The title lines: the one that reads as a title, with what is glued to it; lines broken in two read together.
        // After a reprint's lead, the reprinted text's own title line (a notice wrapping the plan the lead names) is
        // the document's title before the lead's.
        var site = SiteName(document.Fields);
        if (front.IsReprint && TitleLines(front.Titles.Skip(front.TitlesBeforeLead).ToList(), document.Original, site).FirstOrDefault(l => l.Line.ReadsAsTitle && l.Line.HeadlineIssuer is null) is { Line: not null } reprinted)
        {
            Add(MetadataFields.Title, reprinted.Line.Title, StatedIn.ReprintedTitleLine, reprinted.Text);
        }
        var lines = TitleLines(front.Titles, document.Original, site);
        var interpretation = IsInterpretation(lines);
        // A page's headline may repeat the document's own title block before it (with quotes, a number): the document's
        // own, the last before its 文号 line or addressees, is the title when it is the same title.
        var ownHeadEnd = new[] { front.NumberLine?.Index, front.Addressees?.Index }.Where(i => i is not null).Min();
        var readsAsTitle = lines.Where(l => l.Line.ReadsAsTitle && l.Line.HeadlineIssuer is null).ToList();
        var main = readsAsTitle.FirstOrDefault();
        // The same title, or the same with its issuer written before it (a gazette's contents list 关于印发…的通知 over the
        // document's 天津市北辰区人民政府办公室关于印发…的通知).
        if (main.Line is not null && ownHeadEnd is { } end && readsAsTitle.LastOrDefault(l => l.Index < end) is { Line: not null } own
            && TitleKey.Of(own.Line.Title).EndsWith(TitleKey.Of(main.Line.Title), StringComparison.Ordinal))
        {
            main = own;
        }
        // A notice's own title names what its cover issues (现将《X》印发给你们 under 关于印发X的通知): a title line above
        // it that names something else (a sharing site's neighbouring document) gives way to one that names X.
        if (main.Line is not null && front.AttachmentTitle is { } issued && TitleKey.Of(issued) is { Length: >= 6 } issuedKey
            && !TitleKey.Of(main.Line.Title).Contains(issuedKey, StringComparison.Ordinal)
            && readsAsTitle.FirstOrDefault(l => TitleKey.Of(l.Line.Title).Contains(issuedKey, StringComparison.Ordinal)) is { Line: not null } naming)
        {
            main = naming;
        }
        if (main.Line is not null)
        {
            // 拉萨市印发《Y》 over a news report (本报讯 …) titles the report; over Y's own text (its 文号, its notice), Y.
            var isNews = front.Lead is not null || document.Paragraphs.Take(12).Any(p => NewsLead.OpensNewsItem(p.SearchText));
            Add(MetadataFields.Title, isNews && main.Line.PlaceHeadline is { } report ? report : main.Line.Title, StatedIn.TitleLine, main.Text);
            Add(MetadataFields.Issuer, main.Line.IssuerPrefix, StatedIn.TitleLine, main.Text);
        }
        foreach (var (line, text, _) in lines)
        {
            Add(MetadataFields.DocNumber, line.Number, StatedIn.TitleNumber, text);
            Add(MetadataFields.Date, ChineseDate.Parse(line.Date), StatedIn.DateUnderTitle, text);
            if (line.HeadlineIssuer is not null)
            {
                Add(MetadataFields.Issuer, line.HeadlineIssuer, StatedIn.Headline, text);
            }
        }

        var fields = document.Fields;
        var tableTitle = Field(fields, OpenInformationTable.TitleLabels);
        if (tableTitle is not null && !tableTitle.EndsWith("...", StringComparison.Ordinal) && !tableTitle.EndsWith('…'))
        {
            var fromTable = TitleLine.Read(tableTitle);
            Add(MetadataFields.Title, fromTable.Title, StatedIn.OpenInformationTable, tableTitle);
            Add(MetadataFields.Issuer, fromTable.IssuerPrefix, StatedIn.OpenInformationTable, tableTitle);
        }
        foreach (var (line, text, _) in lines.Where(l => l.Line.HeadlineIssuer is not null))
        {
            Add(MetadataFields.Title, line.Title, StatedIn.Headline, text);
        }
        foreach (var name in new[] { SourceText.FieldNames.ArticleTitle, SourceText.FieldNames.PageTitle })
        {
            if (fields.GetValueOrDefault(name) is { } pageTitle && PageTitle(pageTitle) is { } fromPage)
            {
                Add(MetadataFields.Title, fromPage, StatedIn.PageTitle, pageTitle);
            }
        }
        // A headline that is not a document's title (a news item's, a report's) is its title when nothing else is; the
        // one the page's own <title> repeats before any other (a column's name over the headline, 部门动态, is not it).
        var pageTitleKey = TitleKey.Of(fields.GetValueOrDefault(SourceText.FieldNames.ArticleTitle) ?? fields.GetValueOrDefault(SourceText.FieldNames.PageTitle) ?? "");
        // A headline the page prints twice (over the text and again as its 原标题) before a line printed once (a digest
        // site's name and slogan).
        var otherLines = lines.Where(l => !l.Line.ReadsAsTitle && l.Line.HeadlineIssuer is null && !IsChromeTitle(l.Line.Title))
            .OrderByDescending(l => TitleKey.Of(l.Line.Title) is { Length: >= 8 } key && pageTitleKey.Contains(key, StringComparison.Ordinal))
            .ThenByDescending(l => lines.Count(o => TitleKey.Of(o.Line.Title) == TitleKey.Of(l.Line.Title)) > 1);
        foreach (var (line, text, _) in otherLines)
        {
            Add(MetadataFields.Title, line.Title, StatedIn.OtherTitleLine, text);
        }
        // A page that prints its headline only in its <title> (the text opening on its date line) is titled by it, the
        // site's name cut off, when nothing in the text is.
        if (!found.Any(c => c.Field == MetadataFields.Title) && fields.GetValueOrDefault(SourceText.FieldNames.PageTitle) is { } onlyTitle
            && SiteSuffix().Split(onlyTitle) is { Length: > 1 } titleParts && TitleLine.Read(titleParts[0].Trim()) is { Title.Length: >= 8 } headline
            && !IsChromeTitle(headline.Title))
        {
            Add(MetadataFields.Title, headline.Title, StatedIn.PageTitle, onlyTitle);
        }

        // A page that left the notice's own title out still titles what the notice wraps; a document-sharing page names
        // its file (…规划.doc) near its head.
        if (front.AttachmentTitleLine is { } attached)
        {
            Add(MetadataFields.Title, TitleLine.Read(attached.Text).Title, StatedIn.AttachmentTitleLine, attached.Text);
        }
        foreach (var paragraph in document.Paragraphs.Take(8))
        {
            if (paragraph.SearchText.Length <= 60 && FileNameLine().IsMatch(paragraph.SearchText))
            {
                Add(MetadataFields.Title, TitleLine.Read(paragraph.Text).Title, StatedIn.FileName, paragraph.Text);
            }
            else if (SharedFileName().Match(paragraph.Text) is { Success: true } shared)
            {
                // The preview's share line: 《…办法.docx》由会员分享，可在线阅读…
                Add(MetadataFields.Title, TitleLine.Read(shared.Groups["name"].Value).Title, StatedIn.FileName, shared.Value);
            }
        }

        Add(MetadataFields.DocNumber, Number(front.NumberLine?.Text), StatedIn.NumberLine, front.NumberLine?.Text);
        var tableNumber = Field(fields, OpenInformationTable.NumberLabels);
        Add(MetadataFields.DocNumber, Number(tableNumber), StatedIn.OpenInformationTable, tableNumber);

        if (front.SignOffOrganisations.Count > 0)
        {
            var signature = string.Join("  ", front.SignOffOrganisations.Select(p => p.Text));
            Add(MetadataFields.Issuer, IssuerNames.Normalise(signature), StatedIn.SignOff, signature);
        }
        if (front.Masthead is { } masthead)
        {
            Add(MetadataFields.Issuer, IssuerNames.Normalise(OutlineParser.Collapse(masthead.Text)[..^2]), StatedIn.Masthead, masthead.Text);
        }
        foreach (var label in OpenInformationTable.IssuerLabels)
        {
            if (fields.GetValueOrDefault(label) is { } named)
            {
                Add(MetadataFields.Issuer, IssuerNames.Normalise(named), OpenInformationTable.PublisherLabels.Contains(label) ? StatedIn.Publisher : StatedIn.OpenInformationTable, named);
            }
        }

        if (front.SignOffDate is { } signed)
        {
            Add(MetadataFields.Date, ChineseDate.Parse(signed.Text), StatedIn.SignOff, signed.Text);
        }
        if (front.DateUnderTitle is { } underTitle)
        {
            // Under a news headline an unbracketed date is when the item was published, not the policy's date.
            var field = front.Lead is not null && !FrontMatterReader.IsBracketedDate(underTitle.SearchText) ? MetadataFields.Published : MetadataFields.Date;
            Add(field, ChineseDate.Parse(underTitle.Text), StatedIn.DateUnderTitle, underTitle.Text);
        }
        // A page that flattened its text opens with the 文号 (五政办发〔2021〕17号 五常市人民政府办公室 关于…).
        // …or with its title, then the 文号, then the addressees (X人民政府关于印发Y的通知 X政发〔2018〕19号 各县区人民政府：…).
        // The addressees may share the flattened line (X关于印发Y的通知 X政发〔2018〕19号 各县区人民政府：).
        foreach (var opening in new[] { front.Body.FirstOrDefault() is { SearchText.Length: > 100 } body ? body : null, front.Addressees }.OfType<Paragraph>())
        {
            if (OpeningNumber(opening) is { } openingNumber)
            {
                Add(MetadataFields.DocNumber, openingNumber.ToString(), StatedIn.OpeningNumber, opening.Text[..Math.Min(60, opening.Text.Length)]);
                break;
            }
        }
        // A page that flattened its text still signs its cover: organisation and date right after the cover's last sentence.
        foreach (var paragraph in front.Body.Take(3).Concat(front.Cover))
        {
            if (InlineSignature().Match(paragraph.SearchText) is { Success: true } inline)
            {
                Add(MetadataFields.Issuer, IssuerNames.Normalise(inline.Groups["org"].Value), StatedIn.InlineSignOff, inline.Value);
                Add(MetadataFields.Date, ChineseDate.Parse(inline.Groups["date"].Value), StatedIn.InlineSignOff, inline.Value);
                break;
            }
        }
        // An interpretation's table may date the policy it interprets (发文日期 2023年11月20日 where the text says the policy
        // was issued 2023年11月20日); a date the text does not give the policy is the interpretation's own.
        var written = DateField(fields, OpenInformationTable.WrittenDateLabels);
        if (interpretation && ChineseDate.Parse(written) is { } tableDate && document.Paragraphs.Any(p => ChineseDate.All(p.Text).Contains(tableDate)))
        {
            written = null;
        }
        Add(MetadataFields.Date, ChineseDate.Parse(written), StatedIn.OpenInformationTable, written);
        var publishedAt = DateField(fields, OpenInformationTable.PublishedDateLabels);
        Add(MetadataFields.Published, ChineseDate.Parse(publishedAt), StatedIn.OpenInformationTable, publishedAt);
        var pageDate = fields.GetValueOrDefault(Normalising.PageChrome.PageDateField);
        Add(MetadataFields.Published, ChineseDate.Parse(pageDate), StatedIn.PageDate, pageDate);
        // An interpretation has no number of its own: one beside a title or on a line of its own is the policy's it
        // interprets (解读文件：…的通知（安政办发〔2024〕21号）); only its table can give it one.
        if (interpretation)
        {
            found.RemoveAll(c => c.Field == MetadataFields.DocNumber && c.Where != StatedIn.OpenInformationTable);
        }
        return found;
    }

    /// <summary>Sources in order of precedence, field by field (see the remarks on <see cref="MetadataResolver"/>).</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<StatedIn>> Precedence = new Dictionary<string, IReadOnlyList<StatedIn>>(StringComparer.Ordinal)
    {
        [MetadataFields.Title] = [StatedIn.ReprintedTitleLine, StatedIn.NewsLead, StatedIn.TitleLine, StatedIn.OpenInformationTable, StatedIn.Headline, StatedIn.PageTitle, StatedIn.OtherTitleLine,
            StatedIn.FileName, StatedIn.AttachmentTitleLine],
        [MetadataFields.DocNumber] = [StatedIn.NumberLine, StatedIn.TitleNumber, StatedIn.OpenInformationTable, StatedIn.NewsLead, StatedIn.OpeningNumber],
        [MetadataFields.Issuer] = [StatedIn.TitleLine, StatedIn.Headline, StatedIn.NewsLead, StatedIn.SignOff, StatedIn.Masthead,
            StatedIn.OpenInformationTable, StatedIn.InlineSignOff, StatedIn.Publisher],
        [MetadataFields.Date] = [StatedIn.SignOff, StatedIn.DateUnderTitle, StatedIn.OpenInformationTable, StatedIn.NewsLead, StatedIn.InlineSignOff],
        [MetadataFields.Published] = [StatedIn.OpenInformationTable, StatedIn.DateUnderTitle, StatedIn.PageDate],
    };

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
        return DocumentNumber.Normalise(stripped) ?? (DocumentNumber.TryParseLine(stripped, out var broken) ? broken.ToString() : null)
            ?? (DocumentNumber.IsYearless(stripped) ? stripped.Trim() : null) ?? DocumentNumber.Codeless(stripped);
    }

    /// <summary>
    /// The title whole where the page states it whole: a title line printed without the issuers before it (关于表彰…的决定
    /// under a label, 印发《…》的通知 under a line of joint issuers) is the page's or the table's title minus exactly those
    /// issuers, so that fuller title is the document's.
    /// </summary>
    private static string? WithIssuerPrinted(string? title, NormalisedDocument document, Dictionary<string, FieldEvidence> evidence)
    {
        if (title is null)
        {
            return null;
        }
        var key = Compact(title);
        foreach (var (name, stated) in new[]
                 {
                     (SourceText.FieldNames.ArticleTitle, document.Fields.GetValueOrDefault(SourceText.FieldNames.ArticleTitle)),
                     (SourceText.FieldNames.PageTitle, document.Fields.GetValueOrDefault(SourceText.FieldNames.PageTitle) is { } page ? SiteSuffix().Split(page)[0] : null),
                     (EvidenceSources.OpenInformationTable, Field(document.Fields, OpenInformationTable.TitleLabels)),
                 })
        {
            if (stated is null || Compact(stated) is not { } whole || whole.Length <= key.Length || !whole.EndsWith(key, StringComparison.Ordinal))
            {
                continue;
            }
            var issuers = SearchNormaliser.ToSearchText(whole[..^key.Length], document.Traditional);
            if (FrontMatterReader.IsOrganisationLine(issuers))
            {
                evidence[MetadataFields.Title] = new FieldEvidence(evidence[MetadataFields.Title].From + "+" + (name == EvidenceSources.OpenInformationTable ? name : EvidenceSources.PageTitle), stated);
                return stated.Trim();
            }
        }
        return title;

        static string Compact(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
    }

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
    /// An abbreviated issuer (市人民政府 in a title) written out in full where another place of the document names the
    /// same body with its place (the signature 荆州市人民政府).
    /// </summary>
    private static string? FullIssuer(string? issuer, IReadOnlyList<MetadataCandidate> candidates, Dictionary<string, FieldEvidence> evidence)
    {
        if (issuer is null || issuer.Split('、').All(b => IssuerNames.AbbreviatedUnit(b) is null))
        {
            return issuer;
        }
        var bodies = issuer.Split('、');
        var full = candidates.Where(c => c.Field == MetadataFields.Issuer).Select(c => c.Value.Split('、')).FirstOrDefault(other =>
            other.Length == bodies.Length && bodies.Zip(other).All(p => p.First == p.Second ||
                (IssuerNames.AbbreviatedUnit(p.First) is { } unit && IssuerNames.AbbreviatedUnit(p.Second) is null &&
                 p.Second.EndsWith(p.First[unit.Length..], StringComparison.Ordinal) && IssuerNames.Complete(p.First, p.Second[..^(p.First.Length - unit.Length)]) is { } c &&
                 (c == p.Second || c == "中共" + p.Second))));
        if (full is null)
        {
            return issuer;
        }
        var completed = string.Join("、", full);
        var from = candidates.First(c => c.Field == MetadataFields.Issuer && c.Value == completed);
        evidence[MetadataFields.Issuer] = evidence[MetadataFields.Issuer] with { From = evidence[MetadataFields.Issuer].From + "+" + from.From };
        return completed;
    }

    /// <summary>
    /// The government or its office that a 文号 names when nothing else on the page names an issuer (漯政〔2018〕21号 on a
    /// page that prints no title and signs with a date only): a place code in the series of the government (政, 政发, 府发)
    /// or of its office (政办, 政办发, 府办发), of the place the document is found to be of. Any other series (a bureau's, a
    /// party committee's) names no body this way.
    /// </summary>
    private static string? GovernmentOfNumber(string? docNumber, string region)
    {
        if (docNumber is null || IssuerCodes.CodeOf(docNumber) is not { } code
            || IssuerCodes.Instance.Resolve(code) is not { Department: "", Region: { } coded } resolved || coded.Name != region)
        {
            return null;
        }
        return resolved.Series switch
        {
            "政" or "政发" or "政文" or "府发" or "府" or "政函" or "府函" => region + "人民政府",
            "政办" or "政办发" or "政办文" or "府办发" or "府办" or "政办函" or "府办函" => region + "人民政府办公室",
            _ => null,
        };
    }

    /// <summary>
    /// The same body named with more or less of its place in the title and under the signature (湖南省衡阳市人民政府 over
    /// the title, 衡阳市人民政府 signing; 南谯区人民政府 over it, 滁州市南谯区人民政府 signing): the body signs with its own
    /// name, so the signature's form is the issuer. Only when what one adds is a place the gazetteer knows.
    /// </summary>
    private static string? SignedForm(string? issuer, IReadOnlyList<MetadataCandidate> candidates, Dictionary<string, FieldEvidence> evidence, Gazetteer gazetteer)
    {
        if (issuer is null || issuer.Contains('、', StringComparison.Ordinal)
            || candidates.FirstOrDefault(c => c.Field == MetadataFields.Issuer && c.Where == StatedIn.SignOff) is not { } signed
            || signed.Value == issuer || signed.Value.Contains('、', StringComparison.Ordinal))
        {
            return issuer;
        }
        var (longer, shorter) = signed.Value.Length > issuer.Length ? (signed.Value, issuer) : (issuer, signed.Value);
        if (!longer.EndsWith(shorter, StringComparison.Ordinal) || shorter.Length < 5
            || gazetteer.FindAll(longer[..^shorter.Length]).Count == 0)
        {
            return issuer;
        }
        evidence[MetadataFields.Issuer] = new FieldEvidence(signed.From, signed.Text);
        return signed.Value;
    }

    /// <summary>An issuer whose place is written in a short official form (互助县人民政府) with the place's full name (互助土族自治县人民政府).</summary>
    private static string? OfficialPlaceName(string? issuer, Gazetteer gazetteer)
    {
        if (issuer is null)
        {
            return null;
        }
        var bodies = issuer.Split('、');
        for (var b = 0; b < bodies.Length; b++)
        {
            // Places are named in Simplified (焉耆縣市場監督管理局 is read as 焉耆县…); the rest stays as written.
            var simplified = SearchNormaliser.ToSearchText(bodies[b], traditional: null);
            var places = gazetteer.LeadingPlaces(simplified.Length == bodies[b].Length ? simplified : bodies[b]);
            if (places.Count > 0 && places[^1] is { Region: { } region } last && last.Text != region.Name && region.Aliases.Contains(last.Text))
            {
                bodies[b] = bodies[b][..last.Start] + region.Name + bodies[b][(last.Start + last.Length)..];
            }
            else if (places.Count == 0 && SearchNormaliser.ToSearchText(bodies[b], traditional: null) is var search
                     && ShortNamedGovernment().Match(search) is { Success: true } named
                     && gazetteer.FindAll(named.Groups["place"].Value).Where(r => r.ShortName == named.Groups["place"].Value && r.Level != Levels.Province).ToList() is [var only])
            {
                bodies[b] = only.Name + search[named.Groups["place"].Length..]; // 寿光人民政府 (壽光人民政府) → 寿光市人民政府
            }
        }
        return string.Join("、", bodies);
    }

    /// <summary>The 成文日期 by precedence; failing that, a sign-off date whose separators were lost, when another source agrees.</summary>
    private static string? ChooseDate(IReadOnlyList<MetadataCandidate> candidates, FrontMatter front, Dictionary<string, FieldEvidence> evidence)
    {
        if (Choose(candidates, MetadataFields.Date, evidence) is { } date)
        {
            return date;
        }
        var compact = ChineseDate.CompactCandidates(front.SignOffDate?.SearchText);
        var others = candidates.Where(c => c.Field is MetadataFields.Date or MetadataFields.Published).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var agreed = compact.Where(others.Contains).ToList();
        if (agreed.Count == 1)
        {
            evidence[MetadataFields.Date] = new FieldEvidence(EvidenceSources.SignOff, front.SignOffDate!.Text);
            return agreed[0];
        }
        return null;
    }

    /// <summary>The title lines read one by one, and each line with the next where the two make one title (a title broken in two).</summary>
    private static List<(TitleLine Line, string Text, int Index)> TitleLines(IReadOnlyList<Paragraph> titles, string original, string? site)
    {
        var lines = new List<(TitleLine, string, int)>();
        for (var i = 0; i < titles.Count; i++)
        {
            var first = i;
            var text = WithoutSubtitle(titles[i], original);
            // The site's own name glued before a title without a separator (a copying site stamps its name on every
            // title: 某某官网国务院办公厅关于…, with 国务院办公厅关于…-某某官网 in its <title>).
            // A government's site bears its name (宜宾市人民政府), which starts its own titles: only a site's name that says
            // it is a site (…网, …官网, …平台) is cut.
            if (site is { Length: >= 4 } && SiteWord().IsMatch(site) && text.TrimStart() is var trimmed && trimmed.StartsWith(site, StringComparison.Ordinal) && trimmed.Length > site.Length + 6)
            {
                text = trimmed[site.Length..];
            }
            var line = TitleLine.Read(text);
            // A title broken over up to three lines (PDF text): joined while it does not yet end as a title does
            // (never onto a site's or organisation's name above it).
            var joinedText = text;
            for (var k = i + 1; k < titles.Count && k <= i + 2 && (!line.EndsAsTitle || ContinuationLine().IsMatch(titles[k].SearchText))
                 && !titles[i].SearchText.EndsWith("文件", StringComparison.Ordinal); k++)
            {
                var next = TitleLine.Read(titles[k].Text);
                // The issuer alone on the title's first line (the 公文 layout) goes with a line that starts 关于; a site's
                // or organisation's name above a title does not.
                // A site's name stands apart from the title (a breadcrumb between them); a title's issuer line does not;
                // nor does the rest of a broken title (a 副题 after the page's article-info line is another line).
                var issuerLine = FrontMatterReader.IsOrganisationLine(SearchNormaliser.ToSearchText(joinedText, traditional: null));
                if (issuerLine ? !Adjacent(titles[k - 1], titles[k], original) || !titles[k].SearchText.StartsWith("关于", StringComparison.Ordinal)
                    : !ContinuationLine().IsMatch(titles[k].SearchText) && (next.IssuerPrefix is not null || titles[k].SearchText.Contains("关于", StringComparison.Ordinal)
                        || !Adjacent(titles[k - 1], titles[k], original)))
                {
                    break;
                }
                joinedText += titles[k].Text;
                var joined = TitleLine.Read(joinedText);
                if (joined.EndsAsTitle)
                {
                    line = joined;
                    text = joinedText;
                    i = k;
                }
            }
            // A news headline in two lines (主标题, 副标题), neither a document's title: one headline.
            // A second line that gives the news's figures (到2025年培育…500个) is a subtitle, not part of the headline.
            // The two stand together (引题 over 主题); a 副题 the page prints after its article-info line is no part of it,
            // nor one under a headline the page prints twice (its heading and its h1: that is the whole 主题).
            if (i == first && !line.ReadsAsTitle && i + 1 < titles.Count && IsHeadlinePart(titles[i]) && IsHeadlinePart(titles[i + 1])
                && !TitleLine.Read(titles[i + 1].Text).ReadsAsTitle && !Subtitle().IsMatch(titles[i + 1].SearchText) && Adjacent(titles[i], titles[i + 1], original)
                && !PrintedTwice(titles[i], original))
            {
                text += " " + titles[i + 1].Text;
                line = TitleLine.Read(text);
                i++;
            }
            lines.Add((line, text, titles[first].Index));
        }
        return lines;
    }

    /// <summary>
    /// A title paragraph whose second line gives the news's figures (到2025年培育…500个: a subtitle that normalising
    /// joined to the headline) without that line.
    /// </summary>
    private static string WithoutSubtitle(Paragraph title, string original)
    {
        var written = original[title.SourceStart..title.SourceEnd].Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return written.Length == 2 && Subtitle().IsMatch(SearchNormaliser.ToSearchText(written[1], traditional: null)) && written[0].Length >= 8
            ? written[0]
            : title.Text;
    }

    /// <summary>
    /// Whether a headline stands whole on a line of its own twice near the head of the page. The same words inside a
    /// sentence (the lead's 11月22日，全区…大会召开。) are the report retelling it, not a second printing.
    /// </summary>
    private static bool PrintedTwice(Paragraph line, string original)
    {
        var head = original.AsSpan(0, Math.Min(original.Length, line.SourceEnd + 2000));
        var printed = 0;
        var at = head.IndexOf(line.Text.AsSpan(), StringComparison.Ordinal);
        while (at >= 0)
        {
            var before = head[..at].TrimEnd(" \t\u3000\u00A0");
            var after = head[(at + line.Text.Length)..].TrimStart(" \t\u3000\u00A0");
            if ((before.IsEmpty || before[^1] is '\n' or '\r') && (after.IsEmpty || after[0] is '\n' or '\r'))
            {
                printed++;
            }
            var next = head[(at + line.Text.Length)..].IndexOf(line.Text.AsSpan(), StringComparison.Ordinal);
            at = next < 0 ? -1 : at + line.Text.Length + next;
        }
        return printed >= 2;
    }

    /// <summary>Whether nothing but line breaks stands between two paragraphs in the text as written (no chrome between).</summary>
    private static bool Adjacent(Paragraph first, Paragraph second, string original) =>
        second.SourceStart >= first.SourceEnd && original.AsSpan(first.SourceEnd, second.SourceStart - first.SourceEnd).Trim().IsEmpty;

    private static bool IsHeadlinePart(Paragraph p) =>
        p.SearchText.Length >= 8 && !FrontMatterReader.IsOrganisationLine(p.SearchText) && !IsChromeTitle(p.Text);

    /// <summary>
    /// A page title with the site's name cut off: <c>标题_咸宁市人民政府门户网站</c>, <c>标题 - 政府信息公开</c>. Null when what
    /// is left does not read as a document's title (a portal's home page, a section name).
    /// </summary>
    private static string? PageTitle(string pageTitle)
    {
        // 标题-西青区人民政府: a hyphen without spaces cuts a site's name off only when what follows is one.
        if (GluedSiteSuffix().Match(pageTitle) is { Success: true } glued)
        {
            pageTitle = pageTitle[..glued.Index];
        }
        var head = SiteSuffix().Split(pageTitle).Select(p => p.Trim()).FirstOrDefault(p => p.Length > 0);
        if (head is null)
        {
            return null;
        }
        var line = TitleLine.Read(head);
        return line.ReadsAsTitle || line.HeadlineIssuer is not null ? line.Title : null;
    }

    /// <summary>A title line that is page furniture after all: a site or organisation name, a masthead, a bare date.</summary>
    private static bool IsChromeTitle(string title)
    {
        var s = SearchNormaliser.ToSearchText(title, traditional: null);
        return FrontMatterReader.IsOrganisationLine(s) || s.EndsWith("文件", StringComparison.Ordinal) || ChineseDate.Parse(s) is not null
            || SiteName().IsMatch(s) || ContinuationLine().IsMatch(s);
    }

    /// <summary>
    /// Each abbreviated body of an issuer completed with the document's place. A joint issuer names the unit once
    /// (自治区党委办公厅、政府办公厅: both bodies are the 自治区's), so a body with neither place nor unit after one that
    /// named the unit (政府办公厅, 党委办公厅) takes that unit.
    /// </summary>
    private static string? Complete(string issuer, string region, string? municipality)
    {
        var bodies = issuer.Split('、');
        var changed = false;
        string? unit = null;
        for (var i = 0; i < bodies.Length; i++)
        {
            var body = IssuerNames.AbbreviatedUnit(bodies[i]) is not null ? bodies[i]
                : unit is not null && UnitlessBody().IsMatch(bodies[i]) ? unit + bodies[i]
                : bodies[i];
            unit = IssuerNames.AbbreviatedUnit(body) ?? unit;
            if (IssuerNames.Complete(body, region, municipality) is { } full)
            {
                bodies[i] = full;
                changed = true;
            }
        }
        return changed ? string.Join("、", bodies) : null;
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

    /// <summary>Whether the page interprets a policy (政策解读《X》, 关于《X》的解读, 答记者问, 一图读懂).</summary>
    private static bool IsInterpretation(IEnumerable<(TitleLine Line, string Text, int Index)> lines) =>
        lines.Any(l => Interpretation().IsMatch(SearchNormaliser.ToSearchText(l.Line.Title, traditional: null)));

    [GeneratedRegex(@"^(?:政策)?解读|解读$|答记者问|一图(?:读懂|看懂|了解)")]
    private static partial Regex Interpretation();

    /// <summary>The site's name: a line of its own, or what follows the title in the page's &lt;title&gt; (…_玛纳斯新闻网).</summary>
    private static string? SiteName(IReadOnlyDictionary<string, string> fields) =>
        fields.GetValueOrDefault(SourceText.FieldNames.Site)
        ?? (fields.GetValueOrDefault(SourceText.FieldNames.PageTitle) is { } page
            ? SiteSuffix().Split(page) is { Length: > 1 } parts ? parts[^1].Trim()
            : GluedSiteSuffix().Match(page) is { Success: true } glued ? glued.Value[1..].Trim() // 标题-某某官网
            : null
            : null);

    /// <summary>The first of the labels whose value is a date (废止时间 0000-00-00 states none).</summary>
    private static string? DateField(IReadOnlyDictionary<string, string> fields, IEnumerable<string> names) =>
        names.Select(n => fields.GetValueOrDefault(n)).Select(ShortYear).FirstOrDefault(v => ChineseDate.Parse(v) is not null)?.Trim();

    /// <summary>A page's date with a two-digit year (时间:16-12-02 10:12:09) read as this century's.</summary>
    private static string? ShortYear(string? value) =>
        value is not null && TwoDigitYear().Match(value.Trim()) is { Success: true } m ? "20" + m.Value : value;

    private static string? Field(IReadOnlyDictionary<string, string> fields, IEnumerable<string> names) =>
        names.Select(n => fields.GetValueOrDefault(n)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}.{3,55}\.(?:docx?|wps|pdf)$", RegexOptions.IgnoreCase)]
    private static partial Regex FileNameLine();

    [GeneratedRegex(@"^[0-9A-Z]{9,18}\s*[/-]\s*(?:19|20)[0-9]{2}\s*-\s*[0-9]{1,8}$")]
    private static partial Regex IndexNumberLine();

    [GeneratedRegex(@"^\s*《(?<name>\p{IsCJKUnifiedIdeographs}[^《》]{3,55}?\.(?:docx?|wps|pdf))》", RegexOptions.IgnoreCase)]
    private static partial Regex SharedFileName();

    [GeneratedRegex(@"[_|｜]|\s[-—–]\s|——|(?<![0-9])--(?![0-9])")]
    private static partial Regex SiteSuffix();

    [GeneratedRegex(@"(?:网|网站|官网|平台|门户|在线|之家|百科|文库)$")]
    private static partial Regex SiteWord();

    // After the cover's last sentence (…印发给你们，请认真贯彻执行。X人民政府2022年8月12日…), or opening the paragraph after it
    // when a page kept its paragraphs but flattened the signature onto the plan's title (X人民政府 2018年6月12日 Y方案).
    /// <summary>The 文号 a flattened paragraph opens with, alone or after the document's title (read where the title ends).</summary>
    private static DocumentNumber? OpeningNumber(Paragraph opening)
    {
        if (DocumentNumber.FindAll(opening.SearchText).FirstOrDefault() is { Number: { } first, Index: 0 })
        {
            return first;
        }
        return DocumentNumber.FindAll(opening.Text).FirstOrDefault() is { Number: { } afterTitle } found
            && FlattenedTitle().IsMatch(SearchNormaliser.ToSearchText(opening.Text[..found.Index], traditional: null)) ? afterTitle : null;
    }

    [GeneratedRegex(@"^[^,，。;；:：]{4,80}?关于[^,，。;；:：]{2,80}?的(?:通知|意见|决定|批复|函)$")]
    private static partial Regex FlattenedTitle();

    [GeneratedRegex(@"(?:给你们|予以印发|印发实施)[^。]{0,40}。(?<org>[^,，。、;；:：《》]{3,40}?(?:人民政府|政府|办公室|办公厅|委员会|局|厅))?(?<date>(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日)|^(?<org>[^,，。、;；:：《》]{3,40}?(?:人民政府|政府|办公室|办公厅|委员会|局|厅))(?<date>(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日)(?=\p{IsCJKUnifiedIdeographs}{4,})")]
    private static partial Regex InlineSignature();

    [GeneratedRegex(@"^(?<place>\p{IsCJKUnifiedIdeographs}{2,4}?)(?=人民政府|政府)")]
    private static partial Regex ShortNamedGovernment();

    [GeneratedRegex(@"^[0-9]{2}-[0-9]{1,2}-[0-9]{1,2}(?=\s|$)")]
    private static partial Regex TwoDigitYear();

    [GeneratedRegex(@"^(?:到|至|截至)?(?:19|20)[0-9]{2}年|^[0-9]|^[—-]{1,2}")]
    private static partial Regex Subtitle();

    [GeneratedRegex(@"[-—–][^-—–]{2,30}(?:人民政府|政府|网|网站|门户|门户网站|政务网|在线|公众信息网)(?:\s.*)?$")]
    private static partial Regex GluedSiteSuffix();

    [GeneratedRegex(@"(?:网|网站|门户|政府网|频道|平台|在线|之窗|首页)$")]
    private static partial Regex SiteName();

    /// <summary>The second line of a title broken in two: its years (<c>(2011-2015年)</c>) or a trailing note.</summary>
    [GeneratedRegex(@"^\(?[0-9]{4}\s*[-—–~至]\s*[0-9]{4}年?\)?(?:的(?:通知|意见|决定))?$|^\((?:试行|暂行|征求意见稿|草案|修订)\)$|^的(?:通知|意见|决定|批复|函)$")]
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
