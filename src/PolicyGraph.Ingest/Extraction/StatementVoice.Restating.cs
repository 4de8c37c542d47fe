using System.Text.RegularExpressions;

namespace PolicyGraph.Ingest.Extraction;

/// <summary>A sentence that retells another document's content (《纲要》提出…, 根据《…》，到2027年…): the document's aims, not the text's.</summary>
public static partial class AchievementCues
{
    /// <summary>
    /// Whether a sentence of <paramref name="text"/> (search view) opens by reporting another document's content:
    /// 《实施意见》提出了四项重点任务, 该方案明确, or 根据《实施意见》： before what it sets out.
    /// </summary>
    public static bool ReportsOnADocument(string text) =>
        SentenceStart().Split(text).Select(sentence => OutlineHeadingStart().Replace(sentence.TrimStart(), string.Empty))
            .Any(sentence => Restating().IsMatch(sentence) || ContentIntroduced().IsMatch(sentence) || RestatedAims().IsMatch(sentence));

    // A sentence that opens on a document and goes on to what it set, however far (《纲要》从…出发，…，设定了两步走的目标：), or
    // that sets a year's aims by a document (根据今年印发的《…方案》，到2027年全省要…; 按照《…意见》，今后一个时期，我市将…): the
    // document's aims retold.
    [GeneratedRegex(@"^(?:《[^》]+》|该(?:纲要|规划|方案|意见))[^。；《]{0,100}?[,，](?:[^。；，,《]{0,30}?)(?:提出|明确|设定|确定)了?[^。；，,]{0,12}?目标|^(?:根据|按照|依据)[^《。，,]{0,12}《[^》]+》[,，](?:(?:到|至)(?:19|20)[0-9]{2}年|[^。；，,]{0,12}?[,，]?(?:我|全)[省市县区][^。；，,]{0,4}?将)")]
    private static partial Regex RestatedAims();

    // A part's heading run into its first sentence ((二)主要目标 《纲要》提出，…): the sentence starts after it.
    [GeneratedRegex(@"^[(（][一二三四五六七八九十]{1,3}[)）]\p{IsCJKUnifiedIdeographs}{0,10}?\s*(?=《|该)")]
    private static partial Regex OutlineHeadingStart();

    // 根据《实施意见》：到2025年… introduces the document's own words; 根据《纲要》，结合我市实际 is a preamble's.
    [GeneratedRegex(@"^(?:根据|按照|依据)《[^》]+》[:：]")]
    private static partial Regex ContentIntroduced();
}
