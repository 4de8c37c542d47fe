using System.Text.RegularExpressions;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Text;
using PolicyGraph.Ingest.Normalising;
using PolicyGraph.Ingest.Outline;
using PolicyGraph.Ingest.Reading;

namespace PolicyGraph.Ingest.Extraction.Metadata;

/// <summary>The title lines at a document's head read apart (main title, subtitle, a headline printed twice), a page's own title with its site cut off, and a title completed with the issuers a page prints before it.</summary>
public static partial class MetadataResolver
{
    /// <summary>The title lines read one by one, and each line with the next where the two make one title (a title broken in two).</summary>
    private static List<(TitleLine Line, string Text, int Index)> TitleLines(IReadOnlyList<Paragraph> titles, string original, IReadOnlyList<string> sites)
    {
        var lines = new List<(TitleLine, string, int)>();
        for (var i = 0; i < titles.Count; i++)
        {
            var first = i;
            var text = WithoutSubtitle(titles[i], original);
            if (LineJoiner.IsByline(text.Trim()))
            {
                continue; // the authors' names over an article (钱思远 陆佳音): never a title line
            }
            // The site's own name glued before a title without a separator (a copying site stamps its name on every
            // title: 某某官网国务院办公厅关于…, with 国务院办公厅关于…-某某官网 in its <title>).
            // A government's site bears its name (宜宾市人民政府), which starts its own titles: only a site's name that says
            // it is a site (…网, …官网, …平台) is cut.
            // A site's name with a separator after it (法律资料网——法律法规检索…) is read whole by TitleLine, search words and all.
            // The site may go by two names (好运来娱乐平台 on its masthead, 好运来官网 in its breadcrumb): either is cut.
            var trimmed = text.TrimStart();
            if (sites.FirstOrDefault(site => site.Length >= 4 && SiteWord().IsMatch(site) && trimmed.StartsWith(site, StringComparison.Ordinal) && trimmed.Length > site.Length + 6
                && trimmed[site.Length] is not ('—' or '-' or '_' or '|' or '｜' or ' ')) is { } glued)
            {
                text = trimmed[glued.Length..];
            }
            var line = TitleLine.Read(text);
            // A title broken over up to three lines (PDF text): joined while it does not yet end as a title does
            // (never onto a site's or organisation's name above it).
            var joinedText = text;
            // A question under a headline (如何建立…制度) is an interpretation's subhead, never the rest of its title.
            // A title whose 《 is still open (…印发《宁夏…产品、 / 工程和服务质量提升行动方案 / (2023-2025年)》的通知) goes on too.
            // (Not onto a run of a side list's headlines that normalising joined into one paragraph: 集团召开… / 集团纪委召开… / 政策法规.)
            for (var k = i + 1; k < titles.Count && k <= i + 2 && WrittenLines(titles[i], original) < 3 && (!line.EndsAsTitle || ContinuationLine().IsMatch(titles[k].SearchText)
                     || joinedText.Count(c => c == '《') > joinedText.Count(c => c == '》'))
                 && !titles[i].SearchText.EndsWith("文件", StringComparison.Ordinal) && !TitleLine.IsQuestion(titles[k].SearchText)
                 && !LineJoiner.IsByline(titles[k].SearchText); k++)
            {
                var next = TitleLine.Read(titles[k].Text);
                // The issuer alone on the title's first line (the 公文 layout) goes with a line that starts 关于 or 印发《; a site's
                // or organisation's name above a title does not.
                // A site's name stands apart from the title (a breadcrumb between them); a title's issuer line does not;
                // nor does the rest of a broken title (a 副题 after the page's article-info line is another line).
                var issuerLine = FrontMatterReader.IsOrganisationLine(SearchNormaliser.ToSearchText(joinedText, traditional: null));
                // Several issuers' names stacked over the title (a joint red head: X厅 / Y厅 / 关于…的决定) are the head, none of
                // them the title's first line.
                if (issuerLine && i > 0 && FrontMatterReader.IsOrganisationLine(titles[i - 1].SearchText) && Adjacent(titles[i - 1], titles[i], original))
                {
                    break;
                }
                // A line that ends the 关于… the title opened (…各县（市、区） over 人民政府质量工作考核结果的通报) is its rest,
                // though it starts as an organisation's name does.
                var endsOpenedTitle = joinedText.Contains("关于", StringComparison.Ordinal) && !titles[k].SearchText.Contains("关于", StringComparison.Ordinal)
                    && next.EndsAsTitle && Adjacent(titles[k - 1], titles[k], original);
                if (issuerLine ? !Adjacent(titles[k - 1], titles[k], original) || !IssuedTitleStart().IsMatch(titles[k].SearchText)
                    : !ContinuationLine().IsMatch(titles[k].SearchText) && !endsOpenedTitle && (next.IssuerPrefix is not null || titles[k].SearchText.Contains("关于", StringComparison.Ordinal)
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
            // A second line that gives the news's figures (到2025年培育…500个) is a subtitle, not part of the headline; nor is
            // the question an interpretation's part opens on (如何建立…制度).
            // The two stand together (引题 over 主题); a 副题 the page prints after its article-info line is no part of it,
            // nor one under a headline the page prints twice (its heading and its h1: that is the whole 主题), nor the same
            // name again (a sharing site's 评分表.docVIP over 评分表.doc).
            // A 引题 that says who said the 主题 (全市2023年质量强市工作推进会要求 / 对标先进 打造质量高地) only introduces it: the
            // 主题 alone is the headline, as a 引题 that is news of its own (…建设大会召开 / 以质取胜…) is not.
            // So does a slogan over a headline that names its place (追求“有品质的增长” / 广西加快实施质量强桂战略; 抓住关键点 打通服务链 /
            // 宁夏推进…).
            // And a site's slogan of two short phrases on the page's first line (读家乡新闻，知故乡冷暖 / the headline).
            if (i == first && !line.ReadsAsTitle && i + 1 < titles.Count && (SayingKicker().IsMatch(titles[i].SearchText) || IsSloganKicker(titles[i], titles[i + 1])
                    || (titles[i].Index == 0 && SiteSlogan().IsMatch(titles[i].SearchText)))
                && IsHeadlinePart(titles[i + 1]) && Adjacent(titles[i], titles[i + 1], original))
            {
                continue;
            }
            if (i == first && !line.ReadsAsTitle && i + 1 < titles.Count && IsHeadlinePart(titles[i]) && IsHeadlinePart(titles[i + 1])
                && !TitleLine.Read(titles[i + 1].Text).ReadsAsTitle && !Subtitle().IsMatch(titles[i + 1].SearchText) && !TitleLine.IsQuestion(titles[i + 1].SearchText) && Adjacent(titles[i], titles[i + 1], original)
                && !PrintedTwice(titles[i], original) && TitleKey.Of(line.Title) != TitleKey.Of(TitleLine.Read(titles[i + 1].Text).Title)
                && !IsSubtitle(titles[i], titles[i + 1]))
            {
                text += " " + titles[i + 1].Text;
                line = TitleLine.Read(text);
                i++;
            }
            // A title cut to its tail by the page ((2013-2020年)的通知) names no document: the text's own title is read instead.
            if (!line.IsCutTail)
            {
                lines.Add((line, text, titles[first].Index));
            }
        }
        return lines;
    }

    /// <summary>Whether <paramref name="longer"/> is <paramref name="headline"/> with only a place's name glued before it (北京 + 江津:…).</summary>
    private static bool GluedPlace(string longer, string headline) =>
        headline.Length >= 8 && longer.Length > headline.Length && longer.EndsWith(headline, StringComparison.Ordinal)
        && Core.Regions.Gazetteer.Instance.FindAll(longer[..^headline.Length]).Count > 0;

    /// <summary>
    /// A title paragraph whose second line gives the news's figures (到2025年培育…500个: a subtitle that normalising
    /// joined to the headline) without that line; one whose first line only says who said the second (…推进会要求) without it.
    /// </summary>
    private static string WithoutSubtitle(Paragraph title, string original)
    {
        var written = original[title.SourceStart..title.SourceEnd].Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return written.Length == 2 && Subtitle().IsMatch(SearchNormaliser.ToSearchText(written[1], traditional: null)) && written[0].Length >= 8
            ? written[0]
            : written.Length == 2 && SayingKicker().IsMatch(SearchNormaliser.ToSearchText(written[0], traditional: null)) && written[1].Length >= 6
                ? written[1]
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

    /// <summary>Whether the line just before a paragraph (blank lines aside) is a breadcrumb path (首页 > 中国品牌 > 正文).</summary>
    private static bool UnderBreadcrumb(Paragraph paragraph, string original)
    {
        var before = original.AsSpan(0, paragraph.SourceStart).TrimEnd();
        var line = before[(before.LastIndexOf('\n') + 1)..];
        return line.Length <= 80 && PageChrome.IsBreadcrumb(line.ToString());
    }

    /// <summary>Whether the line just after a paragraph (blank lines aside) is the article's date or source line (鉅亨网新闻中心 2023-02-07 15:46).</summary>
    private static bool OverItsDateLine(Paragraph paragraph, string original)
    {
        var after = original.AsSpan(paragraph.SourceEnd).TrimStart();
        var end = after.IndexOf('\n');
        var line = (end < 0 ? after : after[..end]).Trim();
        return line.Length is > 0 and <= 80 && PageChrome.IsArticleInfoLine(line.ToString());
    }

    private static int WrittenLines(Paragraph paragraph, string original) =>
        original.AsSpan(paragraph.SourceStart, paragraph.SourceEnd - paragraph.SourceStart).Trim().Count('\n') + 1;

    /// <summary>Whether nothing but line breaks stands between two paragraphs in the text as written (no chrome between).</summary>
    private static bool Adjacent(Paragraph first, Paragraph second, string original) =>
        second.SourceStart >= first.SourceEnd && original.AsSpan(first.SourceEnd, second.SourceStart - first.SourceEnd).Trim().IsEmpty;

    private static bool IsHeadlinePart(Paragraph p) =>
        p.SearchText.Length >= 8 && !FrontMatterReader.IsOrganisationLine(p.SearchText) && !IsChromeTitle(p.Text) && !IsOriginalTitle(p.SearchText)
        && FieldLabel().Matches(p.SearchText).Count < 2; // 资助金额:最高30万 申报时间:3-10月: a page's fields, not a headline's

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}{2,6}[:：]")]
    private static partial Regex FieldLabel();

    /// <summary>
    /// A site's section names run together (烟台新闻城市档案…魅力烟台影像烟台烟台风光烟台概况): no punctuation, at most 80
    /// characters, and one name four times in it. A headline names its place once or twice.
    /// </summary>
    private static bool IsGluedMenu(string s)
    {
        // A headline's dash or year (…发展——金山区召开2023年质量和标准化创新大会) is never a menu's.
        if (s.Length is < 24 or > 80 || s.IndexOfAny(['，', ',', '。', '：', ':', '“', '《', ' ', '—']) >= 0 || s.Any(char.IsAsciiDigit))
        {
            return false;
        }
        return Enumerable.Range(0, s.Length - 1).GroupBy(i => s.Substring(i, 2), StringComparer.Ordinal).Any(name => name.Count() >= 4);
    }

    /// <summary>A reposting page's note of the headline it replaced (原标题：家门口的服务要变样了): another headline, never part of its own.</summary>
    internal static bool IsOriginalTitle(string searchText) => searchText.StartsWith("原标题", StringComparison.Ordinal);

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

    /// <summary>A title line that is page furniture after all: a site or organisation name, a masthead, a bare date, a glued menu, a byline.</summary>
    private static bool IsChromeTitle(string title)
    {
        var s = SearchNormaliser.ToSearchText(title, traditional: null);
        // A red head (X人民政府文件) names its organ; a headline that ends on 文件 (…纲领性文件) is news.
        return FrontMatterReader.IsOrganisationLine(s)
            || (s.EndsWith("文件", StringComparison.Ordinal) && FrontMatterReader.IsOrganisationLine(s[..^2].Replace(" ", string.Empty, StringComparison.Ordinal)))
            || ChineseDate.Parse(s) is not null
            || SiteName().IsMatch(s) || ContinuationLine().IsMatch(s) || IsGluedMenu(s) || LineJoiner.IsByline(s) || ReprintedFrom().IsMatch(s) || SiteAddressEnd().IsMatch(s)
            // A path, however short (某某范文 > 标题): where the page is filed, never its title.
            || s.IndexOfAny(['>', '＞', '»', '›']) >= 0
            // An open-information table's 公开方式 value on its own line (主动公开 over 发布时间：…).
            || s is "主动公开" or "依申请公开" or "不予公开" or "不公开" or "予以公开"
            // A lead's opening (日前,年度…名单揭晓,…入选!): the report's first sentence, not its headline; nor is a caption
            // wholly in brackets ((资料图片)).
            || LeadOpening().IsMatch(s) || WhollyBracketed().IsMatch(s)
            // A site's tagline of short phrases (找仪器、看直播、读资讯): a menu, never a headline.
            || TaglineList().IsMatch(s);
    }

    /// <summary>Whether the page interprets a policy (政策解读《X》, 关于《X》的解读, 答记者问, 一图读懂).</summary>
    private static bool IsInterpretation(IEnumerable<(TitleLine Line, string Text, int Index)> lines) =>
        lines.Any(l => Interpretation().IsMatch(SearchNormaliser.ToSearchText(l.Line.Title, traditional: null)));

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

    /// <summary>
    /// A headline cut short by the page (浙江质量提升路线图发布 质量工作将纳入市县党政实绩考) whose whole wording the page quotes near
    /// its head (本篇文章标题是《…实绩考核》): the whole one, when what the quote adds is words (cut mid-word), not a note, a
    /// year or a file's extension ((草案), .docx); and not for a title that ends on its kind (…实施方案), which is whole.
    /// </summary>
    private static string? Untruncated(string? title, NormalisedDocument document, Dictionary<string, FieldEvidence> evidence)
    {
        if (title is not { Length: >= 8 } || TitleLine.Read(SearchNormaliser.ToSearchText(title, document.Traditional)).EndsAsTitle)
        {
            return title;
        }
        var head = document.Original.Length > 1500 ? document.Original[..1500] : document.Original;
        foreach (Match quoted in QuotedWhole().Matches(head))
        {
            var whole = OutlineParser.Collapse(quoted.Groups["t"].Value.Trim());
            if (whole.Length > title.Length && whole.Length <= title.Length + 10 && whole.StartsWith(title, StringComparison.Ordinal)
                && whole[title.Length..].All(c => c is >= '\u4E00' and <= '\u9FFF'))
            {
                evidence[MetadataFields.Title] = evidence[MetadataFields.Title] with { Text = quoted.Value };
                return whole;
            }
        }
        return title;
    }

    [GeneratedRegex(@"《(?<t>[^《》\n]{8,120})》")]
    private static partial Regex QuotedWhole();

    // 日前, / 4月16日,我市召开… / 4月16日上午,… : a lead's opening, never a headline's.
    [GeneratedRegex(@"^(?:日前|近日|近期|目前|[0-9]{1,2}月[0-9]{1,2}日(?:上午|下午|晚上?)?)[,，]")]
    private static partial Regex LeadOpening();

    [GeneratedRegex(@"^(?:关于|印发《|转发《|联合印发《)")]
    private static partial Regex IssuedTitleStart();

    [GeneratedRegex(@"^[(（][^()（）]{1,16}[)）]$")]
    private static partial Regex WhollyBracketed();

    /// <summary>Whether the next line after <paramref name="end"/> that holds anything is an article's info line (时间:… 来源:…).</summary>
    private static bool OverInfoLine(string original, int end)
    {
        var lines = original[end..Math.Min(original.Length, end + 400)].Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return lines.Length > 0 && Normalising.PageChrome.IsArticleInfoLine(lines[0]);
    }

    /// <summary>The reporter's line run on after a noted headline (原标题:… 记者:叶佳妮).</summary>
    [GeneratedRegex(@"\s*(?:记者|作者|编辑|通讯员|撰稿)[:：].*$")]
    private static partial Regex NotedByline();

    [GeneratedRegex(@"^(?:\p{IsCJKUnifiedIdeographs}{2,4}、){2,}\p{IsCJKUnifiedIdeographs}{2,4}$")]
    private static partial Regex TaglineList();

    /// <summary>Where a copy says it was taken from (转自:某某观察, 摘自…): the source, never the headline.</summary>
    [GeneratedRegex(@"^(?:转自|转载自|摘自|转载于)[:：]")]
    private static partial Regex ReprintedFrom();

    /// <summary>A site's name line that ends on its address (曝光台—质量万里行在线315zlw.com): the site, never a headline.</summary>
    [GeneratedRegex(@"[A-Za-z0-9\-]+\.(?:com|cn|net|org)(?:\.cn)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SiteAddressEnd();
}
