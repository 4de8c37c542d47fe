using System.Text.RegularExpressions;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Text;
using PolicyGraph.Ingest.Normalising;
using PolicyGraph.Ingest.Outline;

namespace PolicyGraph.Ingest.Extraction.Metadata;

/// <summary>A notice a page flattened into one paragraph or cut at its head: its title, issuer and date read from what is left.</summary>
public static partial class MetadataResolver
{
    /// <summary>Adds what a flattened notice states at its head (its title, its cover's title, its glued signature).</summary>
    private static void FlattenedNotice(NormalisedDocument document, FrontMatter front, Action<string, string?, StatedIn, string?> add)
    {
        // A page that flattened the notice into one paragraph, with no title line above it: the paragraph opens with the
        // notice's title before the addressees (X关于印发《Y》的通知各街道、镇，区政府各部门：…), and its cover names what it
        // issues and prints that title again over the plan (现将《X》印发给你们…二〇一一年十二月五日 X 为深入…) — each as the page
        // writes it.
        if (front.Titles.Count == 0 && front.Body.SkipWhile(p => ContentLabel().IsMatch(p.SearchText)).FirstOrDefault() is { SearchText.Length: > 100 } flattened)
        {
            string Written(int start, int length)
            {
                var (from, to) = flattened.Search.ToSource(start, start + length);
                return flattened.Text[from..to];
            }
            if (FlattenedNoticeTitle().Match(flattened.SearchText) is { Success: true } glued)
            {
                var gluedTitle = Written(glued.Groups["t"].Index, glued.Groups["t"].Length);
                var flattenedTitle = TitleLine.Read(gluedTitle);
                add(MetadataFields.Title, flattenedTitle.Title, StatedIn.TitleLine, gluedTitle);
                add(MetadataFields.Issuer, flattenedTitle.IssuerPrefix, StatedIn.TitleLine, gluedTitle);
            }
            if (FrontMatterReader.FlattenedCoverTitle(flattened.SearchText) is var (titleStart, titleLength))
            {
                add(MetadataFields.Title, Written(titleStart, titleLength), StatedIn.AttachmentTitleLine, flattened.Text[..Math.Min(60, flattened.Text.Length)]);
            }
            // …or opens with the measures' own title glued to their first chapter or preamble (X实施细则第一章 总则第一条…),
            // perhaps after the notice's signature and date, all that is left of the notice (沛县人民政府2024年6月11日(此件公开发布)
            // 沛县县长质量奖管理办法第一章…).
            if ((FlattenedOpening().Match(flattened.SearchText) is { Success: true } first ? first : DigestedOpening().Match(flattened.SearchText)) is { Success: true } opening)
            {
                var openingTitle = Written(opening.Groups["t"].Index, opening.Groups["t"].Length);
                add(MetadataFields.Title, TitleLine.Read(openingTitle).Title, StatedIn.TitleLine, openingTitle);
                if (opening.Groups["org"].Success)
                {
                    var signature = Written(opening.Groups["org"].Index, opening.Groups["date"].Index + opening.Groups["date"].Length - opening.Groups["org"].Index);
                    add(MetadataFields.Issuer, IssuerNames.Normalise(opening.Groups["org"].Value), StatedIn.InlineSignOff, signature);
                    add(MetadataFields.Date, ChineseDate.Parse(opening.Groups["date"].Value), StatedIn.InlineSignOff, signature);
                }
            }
        }
    }

    /// <summary>
    /// A notice's title cut to its tail by the page ((2013-2020年)的通知) over the cover that issues X (现将《X》印发给你们) and the
    /// signer's name (国务院): the notice's whole title, the signer's 关于印发X的通知, when X ends as the tail begins; with the
    /// tail line it was read from. Null otherwise.
    /// </summary>
    private static (string Title, string Tail)? CutNoticeTitle(FrontMatter front)
    {
        if (front.Titles.FirstOrDefault() is not { } cut || !TitleLine.Read(cut.Text).IsCutTail || !front.IsNotice
            || front.AttachmentTitle is not { } issued || front.SignOffOrganisation is not { } signer || front.Cover.FirstOrDefault() is not { } cover
            || CutTailParts().Match(cut.SearchText) is not { Success: true } tail)
        {
            return null;
        }
        var name = OutlineParser.Collapse(issued);
        var verb = IssuingVerb().Match(cover.SearchText) is { Success: true } v ? v.Value : null;
        var issuerName = IssuerNames.Normalise(signer.Text);
        return verb is not null && issuerName is not null && SearchNormaliser.ToSearchText(name, traditional: null).EndsWith(tail.Groups["years"].Value, StringComparison.Ordinal)
            ? (issuerName + "关于" + verb + name + tail.Groups["kind"].Value, cut.Text)
            : null;
    }

    /// <summary>A cut tail's bracketed years and its document kind: (2013-2020年) and 的通知.</summary>
    [GeneratedRegex(@"^(?<years>[(（][^()（）]{1,24}[)）])\s*(?<kind>的(?:通知|意见|决定))$")]
    private static partial Regex CutTailParts();

    /// <summary>How a cover issues what it names: 印发, 转发 or 下发 (现将《X》印发给你们).</summary>
    [GeneratedRegex("印发|转发|下发")]
    private static partial Regex IssuingVerb();

    /// <summary>A notice's signature and its date run together (沛县人民政府2024年6月11日), perhaps with its publicity note.</summary>
    private const string GluedSignature = @"(?<org>[^,，。、;；:：《》()（）]{3,40}?(?:人民政府|政府|办公室|办公厅|委员会|局|厅))(?<date>(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日)(?:[(（]此件[^()（）]{0,8}[)）])?";

    /// <summary>The measures' (or a report's) title before their first chapter or preamble (…的汇报多年来，…).</summary>
    private const string TitleBeforeText = @"(?<t>[^,，。;；:：()（）《》]{4,60}?(?:办法|方案|细则|意见|规定|规划|纲要|措施|计划|要点|制度|规则|指南|条例|汇报|报告|总结))(?=第[一1]章|第[一1]条|一、|为|根据|按照|多年来|近年来|今年以来)";

    /// <summary>A flattened text's opening: perhaps the notice's signature and date, then the measures' title before 第一章 or the preamble.</summary>
    [GeneratedRegex("^(?:" + GluedSignature + ")?" + TitleBeforeText)]
    private static partial Regex FlattenedOpening();

    /// <summary>The same after a digest's sentence (…制定了《X》，盐城市市场监督管理局2024年3月8日X为深入贯彻…): the signature is there.</summary>
    [GeneratedRegex("(?<=[，,。；;])" + GluedSignature + TitleBeforeText)]
    private static partial Regex DigestedOpening();

    /// <summary>A sharing site's label over the text it extracted (文本内容:), no part of the text.</summary>
    [GeneratedRegex("^(?:文本内容|正文|全文|内容)[:：]?$")]
    private static partial Regex ContentLabel();

    /// <summary>A flattened paragraph that opens with a notice's title, its addressees (各…) or its 文号 right after it (perhaps without brackets).</summary>
    [GeneratedRegex(@"^(?<t>" + FlattenedTitlePattern + @")(?=各|\p{IsCJKUnifiedIdeographs}{1,8}(?:[〔\[(（][0-9]{4}[〕\])）]|[发办函字规联](?:19|20)[0-9]{2})[0-9]{1,4}号)")]
    private static partial Regex FlattenedNoticeTitle();
}
