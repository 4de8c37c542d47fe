using System.Text.RegularExpressions;

namespace PolicyGraph.Ingest.Extraction.Metadata;

/// <summary>What a page puts before or after a title that is no part of it: tags, columns, a subtitle naming whom it visits.</summary>
public sealed partial record TitleLine
{
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{0,4}(?:报道|報道|快讯|快訊|快报|快報|资讯|資訊|要闻|要聞|动态|動態|聚焦|视点|視點|速递|速遞|播报|播報|社评|社評|时评|時評|短评|短評|述评|述評|评论|評論|简讯|簡訊)\s*[:：丨｜|]\s*(?=\S{6,})|^\p{IsCJKUnifiedIdeographs}{2,6}\s*[丨｜|]\s*(?=\S{10,})")]
    private static partial Regex ColumnLabel();

    // A site's tag (【全文】), an aggregator's 原标题： label, or a category in quotes before a space (“党政混合信息公开” …).
    [GeneratedRegex(@"^(?:(?:[【\[](?:全文|重磅|转载|权威发布|原文|政策|最新|关注|头条|聚焦|解读|公告|通知|文件|分享|有效|现行有效|失效|已失效|废止|已废止)[】\]]|原标题[:：]|原標題[:：]|原创\s|原創\s|第[一二三四五六七八九十]{1,3}篇[:：]|[·•▪◆■●]\s|[“""][^“”""]{2,12}[”""]\s)\s*)+")]
    private static partial Regex LeadingTag();

    [GeneratedRegex(@"\s*(?:——|—|--)\s*(?:专访|訪|访|對話|对话)\p{IsCJKUnifiedIdeographs}.*$")]
    private static partial Regex InterviewTail();

    [GeneratedRegex(@"^[\[【［]\p{IsCJKUnifiedIdeographs}{2,8}[\]】］]\s*")]
    private static partial Regex SourceTag();

    /// <summary>An issuer and its notice's title in two cells joined by a bar (工业和信息化部办公厅|关于开展…的通知).</summary>
    [GeneratedRegex(@"^(?<org>\p{IsCJKUnifiedIdeographs}{3,30}(?:办公厅|办公室|部|局|委员会|委|政府|厅))\s*[|｜丨]\s*(?=关于)")]
    private static partial Regex IssuerPipe();

    /// <summary>The page of a paged article after its column's bracket (国货精品加快迈向中高端(消费新观察)(3)): not the headline's.</summary>
    [GeneratedRegex(@"(?<=[)）])[(（][0-9]{1,2}[)）]$")]
    private static partial Regex PageIndex();

    /// <summary>A portal's mark over a normative document, its issuer's name before it (抚州市人民政府 行政规范性文件 【有效】…).</summary>
    [GeneratedRegex(@"^(?:\p{IsCJKUnifiedIdeographs}{2,30}\s+)?(?:行政)?规范性文件\s*(?=[【\[])")]
    private static partial Regex NormativeMark();
}
