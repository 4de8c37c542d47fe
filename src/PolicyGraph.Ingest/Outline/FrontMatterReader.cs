using PolicyGraph.Core.Text;
using System.Text.RegularExpressions;
using PolicyGraph.Ingest.Normalising;

namespace PolicyGraph.Ingest.Outline;

/// <summary>Finds the front matter, wrapper and sign-off of a normalised document.</summary>
public static partial class FrontMatterReader
{
    public static FrontMatter Read(IReadOnlyList<Paragraph> paragraphs)
    {
        var titles = new List<Paragraph>();
        Paragraph? number = null;
        Paragraph? addressees = null;
        Paragraph? dateUnderTitle = null;
        Paragraph? lead = null;
        Paragraph? leadAnnouncement = null;
        var titlesBeforeLead = 0;
        var i = 0;
        for (; i < paragraphs.Count; i++)
        {
            var s = paragraphs[i].SearchText;
            if (OutlineMarker.Match(s) is not null)
            {
                break;
            }
            if (LineJoiner.IsDateLine(s) || BracketedDate().IsMatch(s))
            {
                // Still in the head: no cover text came before it, so it is not a sign-off but a date under the title —
                // in brackets, even where the page cut the title above it ((2018年6月22日) over the opinion's preamble).
                if ((titles.Count > 0 || BracketedDate().IsMatch(s)) && dateUnderTitle is null)
                {
                    dateUnderTitle = paragraphs[i];
                    continue;
                }
                // A date alone over the page's headline (2018年02月08日 / 农业部部署…行动 / 据新华社…电): the page's day.
                if (i == 0 && paragraphs.Count > 1 && IsTitleLike(paragraphs[1].SearchText) && !LineJoiner.IsDateLine(paragraphs[1].SearchText))
                {
                    continue;
                }
                break;
            }
            if (number is null && IsNumberLine(s))
            {
                number = paragraphs[i];
                continue;
            }
            if (lead is null && NewsLead.Read(s) is { } newsLead)
            {
                // A lead that announces the text (全文如下, or the next line does) opens a reprint and is not part of
                // it; a report's lead is the report's first paragraph.
                // The announcement may come a paragraph or two later (…《方案》提出…。原文如下：).
                var after = Enumerable.Range(i + 1, Math.Max(0, Math.Min(3, paragraphs.Count - i - 1))).ToList();
                var announced = after.FirstOrDefault(k => NewsLead.IsAnnouncement(paragraphs[k].SearchText), -1);
                // So does the title of the text it names printed over that text, the next line or after a summary of it
                // (近日，X印发了《Y》…。《Y》共7个部分… / 《Y》明确，… / Y / 为深入落实…).
                var titled = after.FirstOrDefault(k => newsLead.IsTitleOfText(paragraphs[k].SearchText), -1);
                if (!newsLead.AnnouncesText && announced < 0 && titled < 0)
                {
                    break;
                }
                lead = paragraphs[i];
                titlesBeforeLead = titles.Count;
                if (announced > i + 1)
                {
                    i = announced - 1; // what the lead's report says before the text is not the text
                }
                else if (announced < 0 && titled > i + 1)
                {
                    i = titled - 1;
                }
                continue;
            }
            if (lead is not null && leadAnnouncement is null && NewsLead.IsAnnouncement(s))
            {
                leadAnnouncement = paragraphs[i];
                continue;
            }
            if (IsAddressees(s))
            {
                addressees = paragraphs[i];
                i++;
                break;
            }
            // A line of another script only (a bilingual portal's English title), or a word alone (a table value's
            // tail: 通知), is no reason to stop reading the head.
            if (!s.Any(Han.IsIdeograph) || s.Length < 4)
            {
                continue;
            }
            // A list's first numbered heading (1 十八大报告… over 2 《…》出台 further on): the body starts, no title.
            if (NumberedHeading().Match(paragraphs[i].Text) is { Success: true, Groups: var g } && g["n"].Value == "1"
                && paragraphs.Skip(i + 1).Take(6).Any(p => NumberedHeading().Match(p.Text) is { Success: true } next && next.Groups["n"].Value == "2"))
            {
                break;
            }
            if (!IsTitleLike(s))
            {
                // A reposter's words before the document they repost (今天在县政府网站上看到的…): the document starts a few
                // paragraphs on, at a title line followed by its number or addressees. The words are its lead.
                if (lead is null && DocumentStart(paragraphs, i) is { } start)
                {
                    lead = paragraphs[i];
                    titlesBeforeLead = titles.Count;
                    // A number among the lines passed over (an unlabelled information block: 有效 / 常政办〔2022〕58号 over the title
                    // printed again) is the document's.
                    number ??= paragraphs.Skip(i + 1).Take(start - i - 1).FirstOrDefault(p => IsNumberLine(p.SearchText));
                    i = start - 1;
                    continue;
                }
                break;
            }
            // A title printed twice is read once; but the page's headline printed again under the issuer's line (温州市瓯海区
            // 人民政府 / 关于…的意见, the 公文 layout) is that title's second line, which goes with the issuer's.
            if (!titles.Any(t => t.SearchText == s)
                || (titles[^1] == paragraphs[i - 1] && IsOrganisationLine(titles[^1].SearchText) && s.StartsWith("关于", StringComparison.Ordinal)))
            {
                titles.Add(paragraphs[i]);
            }
        }
        // Nothing before the body looked like a title line after all: a document that opens with prose.
        var headEnd = i;

        // A report (its text opens with a news lead) may be followed by the site's list of other headlines.
        var otherHeadlines = headEnd < paragraphs.Count && NewsLead.OpensWithDateline(paragraphs[headEnd].SearchText)
            ? TrailingHeadlines(paragraphs, headEnd) : paragraphs.Count;
        var (signOrg, signDate, bodyEnd, signatureLines) = ReadTrailingSignOff(paragraphs, headEnd, otherHeadlines);
        var notice = ReadNotice(paragraphs, titles, headEnd, bodyEnd);
        // A page that tells of the document before printing it (an encyclopedia entry: lead, 基本信息, 发布信息 / addressees /
        // cover / signature / date, 内容全文) holds its signed cover further down, opened by the addressees' line.
        if (notice is null && addressees is null && lead is null && titles.Count > 0 && CoverFurtherDown(paragraphs, titles, headEnd, bodyEnd) is var (at, further))
        {
            addressees = paragraphs[at];
            notice = further;
        }
        var head = new FrontMatter
        {
            Titles = titles,
            NumberLine = number,
            Addressees = addressees,
            DateUnderTitle = dateUnderTitle,
            Lead = lead,
            LeadAnnouncement = leadAnnouncement,
            TitlesBeforeLead = titlesBeforeLead,
            SignOffOrganisation = signOrg,
            SignOffOrganisations = signatureLines,
            SignOffDate = signDate,
            OtherHeadlines = paragraphs.Skip(otherHeadlines).ToList(),
            Body = paragraphs.Skip(headEnd).Take(bodyEnd - headEnd).ToList(),
        };
        return notice is not { } n ? head : head with
        {
            IsNotice = true,
            Cover = n.Cover,
            AttachmentTitle = n.AttachmentTitle,
            AttachmentTitleLine = n.AttachmentTitleLine,
            SignOffOrganisation = n.SignOrg ?? signOrg,
            SignOffOrganisations = n.SignOrg is not null ? n.SignatureLines : signatureLines,
            SignOffDate = n.SignDate ?? signDate,
            Body = paragraphs.Skip(n.BodyStart).Take(bodyEnd - n.BodyStart).ToList(),
        };
    }


    /// <summary>Whether a search-view line reads like a signing organisation (山西省人民政府, 区政府办公室).</summary>
    public static bool IsOrganisationLine(string s) =>
        s.Length is >= 3 and <= 40 && OrganisationEnding().IsMatch(s) && s.IndexOfAny(['。', ',', '，', ':']) < 0
        // No organisation's name says 关于: …关于2015-2016年度各县（市、区） is a title's first line; nor does one end on a
        // date (…通过国家级计量认证(2005-03-15): a headline dated).
        && !s.Contains("关于", StringComparison.Ordinal) && !TrailingBracketedDate().IsMatch(s)
        // Nor opens on a title it quotes, nor ends on a part's ordinal (《质量发展纲要》…相关内容解读(四): a series' headline).
        && !s.StartsWith('《') && !TrailingOrdinal().IsMatch(s)
        // Nor counts what it names (漳州谋划新建两个国家级质检中心: a headline), nor says what was done to one (安康市成立质量发展
        // 委员会, 联席会议召开第一次联络员会议: a headline whose last word is the body it reports on).
        && !CountedThings().IsMatch(s) && !ReportedAct().IsMatch(s);

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}(?:成立|组建|设立|召开|举行|举办|印发|出台|启动|调整|撤销|换届)")]
    private static partial Regex ReportedAct();

    [GeneratedRegex(@"[0-9一二三四五六七八九十两]+(?:个|家|项|批|座)")]
    private static partial Regex CountedThings();

    [GeneratedRegex(@"[(（][一二三四五六七八九十0-9]{1,3}[)）]$")]
    private static partial Regex TrailingOrdinal();

    [GeneratedRegex(@"[(（](?:19|20)[0-9]{2}(?:-[0-9]{1,2}-[0-9]{1,2}|年[0-9]{1,2}月[0-9]{1,2}日)[)）]$")]
    private static partial Regex TrailingBracketedDate();

    /// <summary>
    /// The document's closing sign-off and what follows it: 山西省人民政府 / 2013年5月2日, then footers (抄送 …, … 印发)
    /// and page furniture a site appends (【相关文件】 and its list, 声明) — short lines, none of them numbered policy text.
    /// </summary>
    private static (Paragraph? Org, Paragraph? Date, int BodyEnd, List<Paragraph> SignatureLines) ReadTrailingSignOff(IReadOnlyList<Paragraph> paragraphs, int start, int end)
    {
        while (end > start && Footer().IsMatch(paragraphs[end - 1].SearchText))
        {
            end--;
        }
        for (var j = end - 1; j > start && j >= end - 10; j--)
        {
            var s = paragraphs[j].SearchText;
            if (LineJoiner.IsDateLine(s))
            {
                end = j + 1; // the sign-off's date, with or without its organisation above it
                break;
            }
            if (RelatedLinks().IsMatch(s) || Footer().IsMatch(s) || IsRule(s))
            {
                continue; // related pages, the 版记 (抄送, …印发) and its rules
            }
            if (OutlineMarker.Match(s) is not null || s.Length > 80 || (s.Contains('。', StringComparison.Ordinal) && s.Length > 40))
            {
                break;
            }
        }
        if (end > start && LineJoiner.IsDateLine(paragraphs[end - 1].SearchText))
        {
            var date = paragraphs[end - 1];
            end--;
            var first = end;
            while (first > start && first > end - 10 && IsOrganisationLine(paragraphs[first - 1].SearchText))
            {
                first--; // joint signatures stand on several lines
            }
            if (first < end)
            {
                return (paragraphs[first], date, first, paragraphs.Skip(first).Take(end - first).ToList());
            }
            return (null, date, end, []);
        }
        return SignOffBeforeAttachments(paragraphs, start) is { } signed ? (signed.Org, signed.Date, end, signed.Lines) : (null, null, end, []);
    }

    /// <summary>
    /// Where a run of three or more other pages' headlines starts at the end of a report (a sentence ends the report,
    /// then short lines with no sentence in them, none a date, a signature or a numbered part); the end of the text
    /// when there is none.
    /// </summary>
    private static int TrailingHeadlines(IReadOnlyList<Paragraph> paragraphs, int start)
    {
        var first = paragraphs.Count;
        while (first - 1 > start && IsHeadline(paragraphs[first - 1].SearchText))
        {
            first--;
        }
        return paragraphs.Count - first >= 3 && ReportEnd().IsMatch(paragraphs[first - 1].SearchText) ? first : paragraphs.Count;
    }

    private static bool IsHeadline(string s) =>
        s.Length is >= 6 and <= 40 && s.IndexOfAny(['。', '，', ',', '；', ';', '：', ':', '!', '！', '?', '？']) < 0 && s.Any(Han.IsIdeograph)
        && !LineJoiner.IsDateLine(s) && !IsOrganisationLine(s) && OutlineMarker.Match(s) is null && !Footer().IsMatch(s)
        && !IsAttachmentLabel(s) && !RelatedLinks().IsMatch(s);

    /// <summary>A report's last sentence, and whatever bar the page put after it (…向纵深发展。 |).</summary>
    [GeneratedRegex(@"[。！？!?”\)）]\s*[|｜]?\s*$")]
    private static partial Regex ReportEnd();

    /// <summary>
    /// A sign-off that stands before the document's attachments rather than at its end (X人民政府 / 二○一二年十二月二十六日 /
    /// 附件 / the list of those commended): the last organisation line(s) and date line directly above a 附件 line.
    /// </summary>
    private static (Paragraph Org, Paragraph Date, List<Paragraph> Lines)? SignOffBeforeAttachments(IReadOnlyList<Paragraph> paragraphs, int start)
    {
        for (var j = paragraphs.Count - 2; j > start + 1; j--)
        {
            if (!IsAttachmentLabel(paragraphs[j + 1].SearchText) || !LineJoiner.IsDateLine(paragraphs[j].SearchText)
                || !IsOrganisationLine(paragraphs[j - 1].SearchText))
            {
                continue;
            }
            var first = j - 1;
            while (first - 1 > start && first > j - 10 && IsOrganisationLine(paragraphs[first - 1].SearchText))
            {
                first--; // joint signatures stand on several lines
            }
            return (paragraphs[first], paragraphs[j], paragraphs.Skip(first).Take(j - first).ToList());
        }
        return null;
    }

    private static bool IsNumberLine(string s) => LineJoiner.IsNumberLine(s);

    // A list of bodies ending in a colon; a preamble that cites documents (为贯彻《…》…作出如下决定：) is not one. A page may
    // lose the colon of a list that opens on 各 (各街镇,各委、办、局,各直属单位): the list's last body still ends it.
    private static bool IsAddressees(string s) =>
        s.Length is > 2 and <= 200 && (s.EndsWith(':') || s.EndsWith('：') || ColonlessAddressees().IsMatch(s)) && s.IndexOf('。', StringComparison.Ordinal) < 0 &&
        s.IndexOf('《', StringComparison.Ordinal) < 0 && !PreambleStart().IsMatch(s) &&
        (s.StartsWith('各') || s.Contains("人民政府", StringComparison.Ordinal) || s.Contains("单位", StringComparison.Ordinal) || s.Contains("部门", StringComparison.Ordinal));

    [GeneratedRegex(@"^各[^,，。;；:：]{1,24}(?:[,，][^,，。;；:：]{2,24}){1,8}(?:单位|部门|机构|人民政府|街镇|乡镇|街道|委员会)$")]
    private static partial Regex ColonlessAddressees();

    // 解读文件：X的通知（…号） names the document an interpretation is about: body text that cites X, not a title.
    private static bool IsTitleLike(string s) =>
        s.Length is >= 4 and <= 100 && s.IndexOfAny(['。', ';', '；']) < 0 && !s.EndsWith(':') && !LineJoiner.IsDateLine(s)
        && !OtherDocumentLabel().IsMatch(s);

    [GeneratedRegex(@"^(?:解读文件|解读对象|被解读文件|政策原文|原文件|相关文件|关联文件)[:：]")]
    private static partial Regex OtherDocumentLabel();

    private static bool IsAttachmentLabel(string s) => AttachmentLabel().IsMatch(s);

    private static bool IsRule(string s) => s.Length >= 3 && s.All(c => c is '─' or '━' or '═' or '—' or '-' or '_' or '=');


    public static bool IsBracketedDate(string s) => BracketedDate().IsMatch(s);

    // (2021年6月30日), (2020年10月28日长治市第十五届人民代表大会常务委员会第三十二次会议通过).
    // A law's note runs longer where it lists its amendments ((1995年6月20日…会议通过 根据2001年4月27日…《关于修改〈…〉的决定》修正)).
    [GeneratedRegex(@"^[(（](?:[0-9]{4}|[〇零一二三四五六七八九]{4})年(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})日(?:[^()（）]{0,48}|[^()（）]{0,40}?(?:通过|批准)[^()（）]{0,200}?(?:修正|修订|修改))[)）]$")]
    private static partial Regex BracketedDate();

    [GeneratedRegex(@"\((?:试行|暂行|征求意见稿|草案|修订|送审稿)\)$")]
    private static partial Regex TrailingNote();

    [GeneratedRegex(@"^(?:为|根据|按照|依据|经|现|近日|日前)")]
    private static partial Regex PreambleStart();

    /// <summary>A site's list of related pages after the text: 相关法规：· …, 【相关文件】, · 某某的通知.</summary>
    [GeneratedRegex(@"^(?:【?相关(?:法规|文件|阅读|链接|新闻|文章|解读|政策)】?[:：]?|[·•▪◆]\s*\S)")]
    private static partial Regex RelatedLinks();

    [GeneratedRegex(@"(?:印发|转发|颁发|下发|发布)《?(?<x>.+?)》?的?通知》?(?:\s*[(（][^()（）]{2,24}[号號][)）])?$")]
    private static partial Regex NoticeTitle();

    // 现将《X》印发给你们; 《X》已经市人民政府同意，现予印发，…; …九部门制定了《X》，经市政府同意，现印发给你们 (the last
    // title before the sentence's 现印发给, not a parent the sentence cites first).
    // 印发你们, the 给 left out, is the same sentence.
    [GeneratedRegex(@"现将《(?<x>[^》]{2,80})》.{0,12}(?:(?:印发|转发|发|下发)给|(?:印发|转发|下发)你们)|《(?<x>[^》]{2,80})》[^《》]{0,40}现(?:予)?(?:印发|转发|下发)(?:给|你们|[,，。])")]
    private static partial Regex CoverSentence();

    [GeneratedRegex(@"^附件[0-9]*[:：]?$|^附件[:：]?[0-9]*$")]
    private static partial Regex AttachmentLabel();

    [GeneratedRegex(@"^抄送[:：]|^主题词[:：]|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日印发$|^\(?此件|^附件[:：]?$")]
    private static partial Regex Footer();

    [GeneratedRegex(@"(?:人民政府|政府|办公厅|办公室|政府办|委办|网信办|扶贫办|台办|侨办|委员会|管委会|协会|学会|商会|联合会|领导小组|工作组|局|厅|委|部|署|院|中心|支行|分行|兵团|第[一二三四五六七八九十]{1,3}师|[(（][^()（）]{0,24}(?:办公室|办公厅|局|委员会|委|政府|公章|章)[)）]|部\p{IsCJKUnifiedIdeographs}{2,12}司)$")]
    private static partial Regex OrganisationEnding();

    // As written: the search view drops the space (1 十八大 → 1十八大).
    [GeneratedRegex(@"^\s*(?<n>[0-9])[ \u3000]+(?=[\p{IsCJKUnifiedIdeographs}《“])")]
    private static partial Regex NumberedHeading();
}
