using PolicyGraph.Core.Text;
using System.Text.RegularExpressions;
using PolicyGraph.Ingest.Normalising;

namespace PolicyGraph.Ingest.Outline;

/// <summary>The cover notice of a document that wraps another (关于印发《X》的通知): where it ends, who signed it, what it wraps.</summary>
public static partial class FrontMatterReader
{
    /// <summary>A cover notice as read: its paragraphs, what it issues, who signed it and when, where the wrapped text starts.</summary>
    private sealed record Notice(List<Paragraph> Cover, string? AttachmentTitle, Paragraph? AttachmentTitleLine, Paragraph? SignOrg, Paragraph? SignDate, int BodyStart, List<Paragraph> SignatureLines);

    private static Notice? ReadNotice(IReadOnlyList<Paragraph> paragraphs, List<Paragraph> titles, int start, int end)
    {
        var signatureLines = new List<Paragraph>();
        // A title broken over lines (关于印发2015—2016年度…质量工作 / 考核实施方案的通知) read whole when no line says it alone.
        var fromTitle = titles.Select(t => NoticeTitle().Match(t.SearchText)).FirstOrDefault(m => m.Success)
            ?? (titles.Count > 1 && NoticeTitle().Match(string.Concat(titles.Select(t => t.SearchText))) is { Success: true } whole ? whole : null);
        Match? coverSentence = null;
        for (var j = start; j < Math.Min(end, start + 4) && coverSentence is null; j++)
        {
            var m = CoverSentence().Match(paragraphs[j].SearchText);
            if (m.Success)
            {
                coverSentence = m;
            }
        }
        var signedCover = SignedCoverThenAttachment(paragraphs, start, end);
        if (fromTitle is null && coverSentence is null && signedCover is null)
        {
            return null;
        }
        var attachment = Clean(coverSentence?.Groups["x"].Value is { Length: > 0 } x ? x : fromTitle?.Groups["x"].Value ?? string.Empty);
        // The cover runs to the sign-off date, or to the attachment's own title line.
        int? date = null;
        int? titleLine = null;
        var titleLines = 1;
        // A long joint signature (eighteen departments, one a line) lengthens the cover by its lines.
        var signatureRun = 0;
        for (var j = start; j < Math.Min(end, start + 12 + signatureRun); j++)
        {
            var s = paragraphs[j].SearchText;
            if (date is null && IsOrganisationLine(s) && signatureRun < 24)
            {
                signatureRun++;
            }
            if (date is null && LineJoiner.IsDateLine(s))
            {
                date = j;
                continue;
            }
            if (date is not null && FullTextHeading().IsMatch(s))
            {
                continue; // 条例全文: a page's heading over the text the signed 公告 publishes
            }
            if (attachment.Length > 0 && BrokenTitleOf(paragraphs, j, end, attachment))
            {
                titleLine = j;
                titleLines = 2; // 上海市深化企业标准“领跑者”制度 / 实施方案
                break;
            }
            if (attachment.Length > 0 && Clean(s) == attachment
                || (date is not null && IsTitleLike(s) && !IsAttachmentLabel(s) && OutlineMarker.Match(s) is null))
            {
                titleLine = j;
                // Its title broken over two lines (…计量基础提升 / 行动计划(2015-2016年)): the second ends it as a title does, or
                // gives its years (…品质提升规划 / (2018—2022年)).
                if (j + 1 < end && (!EndsAsDocument(s) && IsTitleLike(paragraphs[j + 1].SearchText) && EndsAsDocument(s + paragraphs[j + 1].SearchText)
                    || YearRangeTail().Match(paragraphs[j + 1].SearchText) is { Success: true, Index: 0 }))
                {
                    titleLines = 2;
                }
                break;
            }
            // A numbered list inside a signed cover (a 公告's 一、电子邮件 二、信函) is still the cover.
            if (OutlineMarker.Match(s) is not null && (signedCover is null || j > signedCover))
            {
                break;
            }
        }
        if (date is null && titleLine is null)
        {
            return null;
        }
        var coverEnd = date ?? titleLine!.Value;
        Paragraph? org = null;
        if (date is not null && coverEnd - 1 >= start && IsOrganisationLine(paragraphs[coverEnd - 1].SearchText))
        {
            // Joint signatures stand on several lines above the date (eight departments sign some plans).
            coverEnd--;
            while (coverEnd - 1 >= start && coverEnd > date - 30 && IsOrganisationLine(paragraphs[coverEnd - 1].SearchText))
            {
                coverEnd--;
            }
            org = paragraphs[coverEnd];
            signatureLines = paragraphs.Skip(coverEnd).Take(date.Value - coverEnd).ToList();
        }
        else if (date is null && titleLine is { } attached)
        {
            // Joint signatures with no date under them (the table dates the notice) stand right above the plan's title.
            var first = attached;
            while (first - 1 > start && attached - first < 10 && IsOrganisationLine(paragraphs[first - 1].SearchText))
            {
                first--;
            }
            if (first < attached && paragraphs[first - 1].SearchText.TrimEnd().EndsWith('。'))
            {
                coverEnd = first;
                org = paragraphs[first];
                signatureLines = paragraphs.Skip(first).Take(attached - first).ToList();
            }
        }
        var cover = paragraphs.Skip(start).Take(coverEnd - start).Where(p => !IsAttachmentLabel(p.SearchText)).ToList();
        var bodyStart = titleLine + titleLines ?? date!.Value + 1;
        while (bodyStart < end && (IsAttachmentLabel(paragraphs[bodyStart].SearchText) || TitleContinuation().IsMatch(paragraphs[bodyStart].SearchText)))
        {
            bodyStart++;
        }
        var attachmentLine = titleLine is { } t ? paragraphs[t] : null;
        var attachmentTitle = titleLine is { } broken && titleLines == 2 ? paragraphs[broken].Text.Trim() + paragraphs[broken + 1].Text.Trim()
            : attachmentLine?.Text.Trim() ?? (attachment.Length > 0 ? attachment : null);
        return new Notice(cover, attachmentTitle, attachmentLine, org, date is { } d ? paragraphs[d] : null, bodyStart, signatureLines);
    }

    /// <summary>
    /// The addressees' line within the first paragraphs after the head, and the cover it opens when that cover names what it
    /// issues (现将《X》印发给你们) and is signed and dated: what a page that first tells of the document then prints.
    /// </summary>
    private static (int Addressees, Notice Notice)? CoverFurtherDown(IReadOnlyList<Paragraph> paragraphs, List<Paragraph> titles, int start, int end)
    {
        var at = Enumerable.Range(start, Math.Max(0, Math.Min(end, start + 20) - start)).FirstOrDefault(k => IsAddressees(paragraphs[k].SearchText), -1);
        if (at < 0 || at + 1 >= end || !CoverSentence().IsMatch(paragraphs[at + 1].SearchText))
        {
            return null;
        }
        return ReadNotice(paragraphs, titles, at + 1, end) is { SignDate: not null } notice ? (at, notice) : null;
    }

    /// <summary>
    /// A cover that is signed (organisation, then date) early in the text and followed by an attachment (附件, or a
    /// title line): a 公告 or 通知 wrapping a draft or plan without saying 现将《X》印发.
    /// </summary>
    private static int? SignedCoverThenAttachment(IReadOnlyList<Paragraph> paragraphs, int start, int end)
    {
        for (var j = start + 1; j < Math.Min(end - 1, start + 15); j++)
        {
            if (LineJoiner.IsDateLine(paragraphs[j].SearchText) && IsOrganisationLine(paragraphs[j - 1].SearchText))
            {
                var k = j + 1;
                while (k < end - 1 && Footer().IsMatch(paragraphs[k].SearchText))
                {
                    k++; // (此件公开发布)
                }
                if (k < end - 1 && FullTextHeading().IsMatch(paragraphs[k].SearchText))
                {
                    k++; // 条例全文 over the regulation a 公告 publishes
                }
                var next = paragraphs[k].SearchText;
                // …or by its attachment's list or table (…示范项目汇总表, …拟授奖名单).
                return IsAttachmentLabel(next) || (IsTitleLike(next) && (DocumentTypes.Ends(TrailingNote().Replace(next, string.Empty)) || AttachedList().IsMatch(next))) ? j : null;
            }
        }
        return null;
    }

    /// <summary>Whether a line is the title of a list or table a notice attaches (…示范项目汇总表, …获奖名单), no document's.</summary>
    public static bool IsAttachedList(string searchText) => AttachedList().IsMatch(searchText);

    [GeneratedRegex(@"(?:汇总表|一览表|明细表|名单|名录|清单)$")]
    private static partial Regex AttachedList();

    private static bool EndsAsDocument(string s) => DocumentTypes.Ends(YearRangeTail().Replace(TrailingNote().Replace(s, string.Empty), string.Empty));

    [GeneratedRegex(@"[(（][0-9]{4}\s*[-—–~至]\s*[0-9]{4}年?[)）]$")]
    private static partial Regex YearRangeTail();

    /// <summary>Whether the line at <paramref name="at"/> and the next make the attachment's title (天津市…方案 / （2021—2023年）).</summary>
    private static bool BrokenTitleOf(IReadOnlyList<Paragraph> paragraphs, int at, int end, string attachment) =>
        at + 1 < end && Clean(paragraphs[at].SearchText) is { Length: >= 6 } head && attachment.StartsWith(head, StringComparison.Ordinal)
        && head.Length < attachment.Length && Clean(paragraphs[at].SearchText + paragraphs[at + 1].SearchText) == attachment;

    /// <summary>
    /// Where a cover sentence names what it issues (现将《X》印发给你们) in a search-view paragraph, when that title is then
    /// printed again further on in the same paragraph — a page that flattened a notice, its cover and the plan's own title
    /// line into one paragraph. The range is that of X inside the cover sentence; null when there is none.
    /// </summary>
    public static (int Start, int Length)? FlattenedCoverTitle(string searchText)
    {
        var cover = CoverSentence().Match(searchText);
        if (!cover.Success)
        {
            return null;
        }
        var title = cover.Groups["x"];
        return searchText.IndexOf(title.Value, cover.Index + cover.Length, StringComparison.Ordinal) >= 0 ? (title.Index, title.Length) : null;
    }

    /// <summary>A heading that names the text which follows as the full text: 全文, 条例全文, 办法正文, 文件原文.</summary>
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{0,6}(?:全文|正文|原文)[:：]?$")]
    private static partial Regex FullTextHeading();

    private static string Clean(string s) => s.Replace("《", string.Empty, StringComparison.Ordinal).Replace("》", string.Empty, StringComparison.Ordinal).Trim();

    /// <summary>The second line of an attachment's title: its years or its status, <c>(2021-2025年)</c>, <c>(征求意见稿)</c>.</summary>
    [GeneratedRegex(@"^\(?[0-9]{4}\s*[-—–~至]\s*[0-9]{4}年?\)?$|^\((?:试行|暂行|征求意见稿|草案|修订|送审稿)\)$")]
    private static partial Regex TitleContinuation();
}
