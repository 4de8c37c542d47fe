using System.Text.RegularExpressions;
using PolicyGraph.Ingest.Normalising;

namespace PolicyGraph.Ingest.Extraction.Metadata;

public static partial class MetadataResolver
{
    /// <summary>
    /// The head of a signature's name that the page wrapped onto the line above its body's word (永康市创建“全国质量强市示范城市”
    /// / 工作领导小组办公室): that line's text, when the signature starts on the body's word and the line above is a short
    /// phrase with no sentence in it; else the empty string.
    /// </summary>
    private static string WrappedNameHead(NormalisedDocument document, Paragraph top) =>
        top.Index > 0 && WrappedBody().IsMatch(top.SearchText)
        && document.Paragraphs[top.Index - 1].SearchText is { Length: >= 4 and <= 30 } above
        && above.IndexOfAny(['。', '，', ',', '：', ':', '；']) < 0 && (char.GetUnicodeCategory(above[^1]) == System.Globalization.UnicodeCategory.OtherLetter || above[^1] is '”' or '"')
            ? document.Paragraphs[top.Index - 1].Text.Trim()
            : string.Empty;

    [GeneratedRegex(@"^(?:工作)?(?:领导小组|推进小组|办公室|委员会|指挥部)")]
    private static partial Regex WrappedBody();
}
