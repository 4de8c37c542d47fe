using System.Text.RegularExpressions;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Text;
using PolicyGraph.Ingest.Normalising;
using PolicyGraph.Ingest.Outline;
using PolicyGraph.Ingest.Reading;

namespace PolicyGraph.Ingest.Extraction.Metadata;

/// <summary>Every place a document states a field, each value with where it was read (the candidates <see cref="Resolve"/> chooses from).</summary>
public static partial class MetadataResolver
{
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

        // An excerpt's closing attribution (以上内容摘自X印发的《Y》) when no lead opens the page: the page is Y's text.
        if (!front.IsReprint && document.Paragraphs.TakeLast(6).Select(p => (p, Closing: NewsLead.ReadClosing(p.SearchText))).LastOrDefault(x => x.Closing is not null) is { Closing: { } closing } attribution)
        {
            Add(MetadataFields.Title, closing.Title, StatedIn.NewsLead, attribution.p.Text);
            Add(MetadataFields.Issuer, IssuerNames.Normalise(closing.Issuer), StatedIn.NewsLead, attribution.p.Text);
        }

        // The title lines: the one that reads as a title, with what is glued to it; lines broken in two read together.
        // After a reprint's lead, the reprinted text's own title line (a notice wrapping the plan the lead names) is
        // the document's title before the lead's.
        var site = new[] { SiteName(document.Fields), document.Fields.GetValueOrDefault(Normalising.PageChrome.CrumbSiteField), StampedSite(document) }.OfType<string>().Distinct().ToList();
        if (front.IsReprint && TitleLines(front.Titles.Skip(front.TitlesBeforeLead).ToList(), document.Original, site).FirstOrDefault(l => l.Line.ReadsAsTitle && l.Line.HeadlineIssuer is null) is { Line: not null } reprinted)
        {
            Add(MetadataFields.Title, reprinted.Line.Title, StatedIn.ReprintedTitleLine, reprinted.Text);
        }
        var lines = TitleLines(front.Titles, document.Original, site);
        var interpretation = IsInterpretation(lines);
        // A page's headline may repeat the document's own title block before it (with quotes, a number): the document's
        // own, the last before its addressees (or its 文号 line, where it has none: the number may stand above the title in
        // the 公文 layout), is the title when it is the same title.
        var ownHeadEnd = front.Addressees?.Index ?? front.NumberLine?.Index;
        var readsAsTitle = lines.Where(l => l.Line.ReadsAsTitle && l.Line.HeadlineIssuer is null).ToList();
        var main = readsAsTitle.FirstOrDefault();
        // The same title, or the same with its issuer written before it (a gazette's contents list 关于印发…的通知 over the
        // document's 天津市北辰区人民政府办公室关于印发…的通知).
        if (main.Line is not null && ownHeadEnd is { } end && readsAsTitle.LastOrDefault(l => l.Index < end) is { Line: not null } own
            && TitleKey.Of(own.Line.Title).EndsWith(TitleKey.Of(main.Line.Title), StringComparison.Ordinal))
        {
            main = own;
        }
        // A page may head the notice with the name of what it issues (X over 农业农村部办公厅关于印发《X》的通知): the notice's
        // title, the line that issues X, is the document's.
        if (main.Line is not null && TitleKey.Of(main.Line.Title) is { Length: >= 6 } headedKey
            && readsAsTitle.FirstOrDefault(l => l.Index > main.Index && TitleKey.Of(l.Line.Title) is var k && k.Length > headedKey.Length
                && k.Contains("印发" + headedKey, StringComparison.Ordinal)) is { Line: not null } issuing)
        {
            main = issuing;
        }
        // A notice's own title names what its cover issues (现将《X》印发给你们 under 关于印发X的通知): a title line above
        // it that names something else (a sharing site's neighbouring document) gives way to one that names X.
        if (main.Line is not null && front.AttachmentTitle is { } issued && TitleKey.Of(issued) is { Length: >= 6 } issuedKey
            && !TitleKey.Of(main.Line.Title).Contains(issuedKey, StringComparison.Ordinal)
            && readsAsTitle.FirstOrDefault(l => TitleKey.Of(l.Line.Title).Contains(issuedKey, StringComparison.Ordinal)) is { Line: not null } naming)
        {
            main = naming;
        }
        // A preview that ran the notice's head into its text (…每2 豫质监标发2008137号关于印发X的通知各省辖市…) still heads the
        // notice with its number and title; they name the document before the file's name does.
        // So is its own heading, spaced off between the filler and its preamble (… 2011年X工作考核办法   为推动…制定本办法。).
        var namedByFile = main.Line is null || FileNameLine().IsMatch(SearchNormaliser.ToSearchText(main.Text, traditional: null));
        if (NumberedHead(document) is var (headNumber, headTitle, headText))
        {
            Add(MetadataFields.DocNumber, headNumber, StatedIn.OpeningNumber, headText);
            if (namedByFile)
            {
                Add(MetadataFields.Title, headTitle, StatedIn.TitleLine, headText);
            }
        }
        else if (namedByFile && front.Titles.Any(t => LineJoiner.IsFileName(t.SearchText)) && SpacedHead(document) is var (spacedTitle, spacedText))
        {
            Add(MetadataFields.Title, spacedTitle, StatedIn.TitleLine, spacedText);
        }
        else if (main.Line is null && DoubledHead(document) is var (doubledTitle, doubledText))
        {
            Add(MetadataFields.Title, doubledTitle, StatedIn.TitleLine, doubledText);
        }
        if (main.Line is not null)
        {
            // 拉萨市印发《Y》 over a news report (本报讯 …) titles the report; over Y's own text (its 文号, its notice), Y.
            var isNews = front.Lead is not null || document.Paragraphs.Take(12).Any(p => NewsLead.OpensNewsItem(p.SearchText));
            Add(MetadataFields.Title, isNews && main.Line.PlaceHeadline is { } report ? report : main.Line.Title, StatedIn.TitleLine, main.Text);
            Add(MetadataFields.Issuer, main.Line.IssuerPrefix, StatedIn.TitleLine, main.Text);
        }
        // A news report's headline that names who issued what it reports (X印发Y over 2018年3月20日，…召开新闻发布会): the
        // report's own title, and nobody's issuer — the report issues nothing.
        var reports = !front.IsReprint && document.Paragraphs.Take(12).Any(p => NewsLead.OpensNewsItem(p.SearchText));
        // 市场监管总局印发《Y》 over a text that opens on the news of it (为…，市场监管总局日前印发《Y》，对…): the report's title too.
        var reportsTheIssue = reports && document.Paragraphs.Take(3).Any(p => NewsLead.ReportsAnIssue(p.SearchText));
        foreach (var (line, text, _) in lines)
        {
            Add(MetadataFields.DocNumber, line.Number, StatedIn.TitleNumber, text);
            Add(MetadataFields.Date, ChineseDate.Parse(line.Date), StatedIn.DateUnderTitle, text);
            if (reports && line.IssuerHeadline is { } reportHeadline && (!reportHeadline.Contains('《') || reportsTheIssue))
            {
                Add(MetadataFields.Title, reportHeadline, StatedIn.Headline, text);
            }
            else if (line.HeadlineIssuer is not null)
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
        // A short bold head after the text has begun (…件件有着落。 / 投诉入口多元 / 博兴县住建局为…) is a run-in head, not a headline.
        var proseStart = document.Paragraphs.FirstOrDefault(p => p.SearchText.Length >= 80 && p.SearchText.Contains('。', StringComparison.Ordinal))?.Index ?? int.MaxValue;
        // A headline over its article's info line that the head's reading did not reach (a firm's site's hotline and
        // keyword box before it stopped the head): a title line too, before the text begins.
        var overInfoLines = TitleLines(document.Paragraphs.Take(Math.Min(40, proseStart))
            .Where(p => p.Index > (front.Titles.Count > 0 ? front.Titles[^1].Index : -1) && !FileNameLine().IsMatch(p.SearchText) && p.SearchText.Length is >= 6 and <= 60 && !p.SearchText.Contains('。', StringComparison.Ordinal)
                && OverItsDateLine(p, document.Original))
            .ToList(), document.Original, site);
        var headlines = lines.Where(l => !l.Line.ReadsAsTitle && l.Line.HeadlineIssuer is null).Concat(overInfoLines).Where(l => !IsChromeTitle(l.Line.Title)
                && (l.Index < proseStart || TitleKey.Of(l.Line.Title).Length > 10)).ToList();
        var otherLines = headlines
            .OrderByDescending(l => TitleKey.Of(l.Line.Title) is { Length: >= 8 } key && pageTitleKey.Contains(key, StringComparison.Ordinal))
            .ThenByDescending(l => lines.Count(o => TitleKey.Of(o.Line.Title) == TitleKey.Of(l.Line.Title)) > 1
                || (l.Index < document.Paragraphs.Count && PrintedTwice(document.Paragraphs[l.Index], document.Original)))
            // A headline the page prints again with a place glued before it (北京江津:… over 江津:…: a host's region tag) is the headline.
            .ThenByDescending(l => headlines.Any(o => GluedPlace(TitleKey.Of(o.Line.Title), TitleKey.Of(l.Line.Title))))
            // The page's own headline before the one it notes it replaced (原标题：…).
            .ThenBy(l => IsOriginalTitle(SearchNormaliser.ToSearchText(l.Text, traditional: null)))
            // A headline under the page's breadcrumb before a column's or site's name over it (大国品牌 / 首页 > … > 正文 / 以质量…).
            .ThenByDescending(l => l.Index < document.Paragraphs.Count && UnderBreadcrumb(document.Paragraphs[l.Index], document.Original))
            // A headline over the article's date line before the menu lines above it (熱門時事… / A股港股 / headline / 某网 2023-02-07).
            .ThenByDescending(l => l.Index < document.Paragraphs.Count && OverItsDateLine(document.Paragraphs[l.Index], document.Original));
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

        // A page that left the notice's own title out still titles what the notice wraps, by a line of its own or the cover
        // sentence (《X》已经市政府同意，现印发给你们); a document-sharing page names its file (…规划.doc) near its head.
        if (CutNoticeTitle(front) is var (whole, tail))
        {
            Add(MetadataFields.Title, whole, StatedIn.TitleLine, tail);
        }
        // (Not a list or a table attached to a signed notice, 2022年度…获奖名单: it names no document.)
        if (front.AttachmentTitleLine is { } attached && !FrontMatterReader.IsAttachedList(attached.SearchText))
        {
            Add(MetadataFields.Title, TitleLine.Read(front.AttachmentTitle ?? attached.Text).Title, StatedIn.AttachmentTitleLine, attached.Text);
        }
        else if (front.Titles.Count == 0 && front.AttachmentTitle is { } covered && !FrontMatterReader.IsAttachedList(covered) && front.Cover.FirstOrDefault() is { } cover)
        {
            Add(MetadataFields.Title, TitleLine.Read(covered).Title, StatedIn.AttachmentTitleLine, cover.Text);
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
        // A copy that prints no headline at its head notes the one it replaced (原标题:2022年度市长质量奖揭晓…), often at its end.
        if (!found.Any(c => c.Field == MetadataFields.Title)
            && document.Paragraphs.FirstOrDefault(p => p.SearchText.Length <= 80 && IsOriginalTitle(p.SearchText)) is { } noted)
        {
            Add(MetadataFields.Title, TitleLine.Read(NotedByline().Replace(noted.Text, string.Empty)).Title, StatedIn.TitleLine, noted.Text);
        }
        // A headline under a column's blurb, right over its article-info line (…群众性质量活动。 / 湖南启动…质量月活动 / 时间:…
        // 来源:…), where no line at the head is a title: the headline the info line dates.
        if (!found.Any(c => c.Field == MetadataFields.Title)
            && document.Paragraphs.Take(6).Skip(1).FirstOrDefault(p => p.SearchText.Length is >= 8 and <= 40 && p.SearchText.IndexOfAny(['。', '，', ',']) < 0
                && OverInfoLine(document.Original, p.SourceEnd)) is { } dated)
        {
            Add(MetadataFields.Title, TitleLine.Read(dated.Text).Title, StatedIn.TitleLine, dated.Text);
        }

        Add(MetadataFields.DocNumber, Number(front.NumberLine?.Text), StatedIn.NumberLine, front.NumberLine?.Text);
        // The date printed on the number's line (通发〔2019〕6号  2019年3月26日) is the document's, as one under its title.
        if (front.NumberLine is { } numberLine && ChineseDate.All(numberLine.Text).FirstOrDefault() is { } numberLineDate)
        {
            Add(MetadataFields.Date, numberLineDate, StatedIn.DateUnderTitle, numberLine.Text);
        }
        var tableNumber = Field(fields, OpenInformationTable.NumberLabels);
        Add(MetadataFields.DocNumber, Number(tableNumber), StatedIn.OpenInformationTable, tableNumber);

        if (front.SignOffOrganisations.Count > 0)
        {
            var signature = WrappedNameHead(document, front.SignOffOrganisations[0]) + string.Join("  ", front.SignOffOrganisations.Select(p => p.Text));
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
        // A signature and its date on one line (肇庆市人民政府 2017年1月25日), the text's last.
        else if (front.SignOffOrganisations.Count == 0 && front.Body.LastOrDefault() is { } last && GluedSignOff().Match(last.SearchText) is { Success: true } glued)
        {
            Add(MetadataFields.Issuer, IssuerNames.Normalise(glued.Groups["org"].Value), StatedIn.SignOff, last.Text);
            Add(MetadataFields.Date, ChineseDate.Parse(glued.Groups["date"].Value), StatedIn.SignOff, last.Text);
        }
        // A page flattened into one paragraph ends on its signature and date (…项目清单东莞市市场监督管理局2023年11月28日。).
        else if (front.SignOffOrganisations.Count == 0 && document.Paragraphs.Count <= 3 && front.Body.LastOrDefault() is { SearchText.Length: >= 120 } runOn
                 && RunOnSignOff(runOn.SearchText) is var (org, date))
        {
            Add(MetadataFields.Issuer, IssuerNames.Normalise(org), StatedIn.SignOff, runOn.Text);
            Add(MetadataFields.Date, ChineseDate.Parse(date), StatedIn.SignOff, runOn.Text);
        }
        if (front.DateUnderTitle is { } underTitle)
        {
            // Under a news headline an unbracketed date is when the item was published, not the policy's date.
            var field = front.Lead is not null && !FrontMatterReader.IsBracketedDate(underTitle.SearchText) ? MetadataFields.Published : MetadataFields.Date;
            // A law's note dates it by its first passing, before its amendments' dates.
            Add(field, ChineseDate.Parse(underTitle.Text) ?? ChineseDate.All(underTitle.Text).FirstOrDefault(), StatedIn.DateUnderTitle, underTitle.Text);
            // A database's note gives the number beside the date ((2012年1月20日 国质检办[2012]57号)).
            Add(MetadataFields.DocNumber, DocumentNumber.FindAll(underTitle.SearchText).Select(f => f.Number.ToString()).FirstOrDefault(), StatedIn.TitleNumber, underTitle.Text);
            // A regulation's note names the legislature that passed it: (1995年6月20日江西省第八届人民代表大会常务委员会第十六次会议通过).
            if (PassedBy().Match(underTitle.SearchText) is { Success: true } passed)
            {
                Add(MetadataFields.Issuer, IssuerNames.Normalise(passed.Groups["place"].Value + passed.Groups["body"].Value), StatedIn.DateUnderTitle, underTitle.Text);
            }
        }
        // A copy that kept only the opening of its issuer's bracketed note ((国务院办公厅): the issuer, over the articles.
        if (document.Paragraphs.Take(3).Select(p => BracketedIssuer().Match(p.SearchText)).FirstOrDefault(m => m.Success && FrontMatterReader.IsOrganisationLine(m.Groups["org"].Value)) is { } bracketed)
        {
            Add(MetadataFields.Issuer, IssuerNames.Normalise(bracketed.Groups["org"].Value), StatedIn.DateUnderTitle, bracketed.Value);
        }
        // A page that flattened its text opens with the 文号 (五政办发〔2021〕17号 五常市人民政府办公室 关于…).
        // …or with its title, then the 文号, then the addressees (X人民政府关于印发Y的通知 X政发〔2018〕19号 各县区人民政府：…).
        // The addressees may share the flattened line (X关于印发Y的通知 X政发〔2018〕19号 各县区人民政府：).
        foreach (var opening in new[] { front.Body.FirstOrDefault() is { SearchText.Length: > 100 } body ? body : null, front.Addressees }.OfType<Paragraph>())
        {
            if (OpeningNumber(opening) is { } openingNumber)
            {
                Add(MetadataFields.DocNumber, openingNumber.ToString(), StatedIn.OpeningNumber, opening.Text[..Math.Min(60, opening.Text.Length)]);
                // The date in brackets before it is the document's, as under a title.
                if (OpeningDateMark().Match(opening.SearchText) is { Length: > 0 } mark && ChineseDate.All(mark.Value).FirstOrDefault() is { } openingDate)
                {
                    Add(MetadataFields.Date, openingDate, StatedIn.DateUnderTitle, mark.Value);
                }
                break;
            }
        }
        FlattenedNotice(document, front, Add);
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
}
