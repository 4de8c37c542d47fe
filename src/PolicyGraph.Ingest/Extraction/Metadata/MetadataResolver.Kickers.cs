using System.Text.RegularExpressions;
using PolicyGraph.Ingest.Normalising;
using PolicyGraph.Core.Text;

namespace PolicyGraph.Ingest.Extraction.Metadata;

/// <summary>The lines over a headline that are no part of it: a slogan of the page's or of the news's own.</summary>
public static partial class MetadataResolver
{
    /// <summary>
    /// A short slogan (a quoted phrase, or two phrases side by side) over a longer headline that names a place: a 引题, no part
    /// of the headline. A headline's broken first half (遵义经开区首批 / 企业首席质量官持证上岗) quotes nothing and stands alone.
    /// </summary>
    private static bool IsSloganKicker(Paragraph kicker, Paragraph headline) =>
        kicker.SearchText.Length <= 12 && headline.SearchText.Length > kicker.SearchText.Length
        && (kicker.SearchText.Contains('“', StringComparison.Ordinal) || TwoPhrases().IsMatch(PinyinAnnotation.Strip(kicker.Text).Trim()))
        && Core.Regions.Gazetteer.Instance.CountMentions(headline.SearchText).Count > 0;

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{3,6},\p{IsCJKUnifiedIdeographs}{3,6}$")]
    private static partial Regex SiteSlogan();

    /// <summary>
    /// A 副题 under a headline, no part of it: shorter than the headline above it (宁夏…专题研究质量工作 / 以更大力度抓实抓好质量工作),
    /// or telling who attended (…为质量强国建设贡献湖北力量 龚立衡 方卫东出席并讲话, 市场监管总局有关负责同志到会指导). A 引题 over
    /// its 主题 is the shorter line on top (全区质量强区建设大会召开 / 以质取胜 擦亮“中国模具之乡”质量名片), or a 主题 of two phrases
    /// side by side: both are the headline.
    /// </summary>
    private static bool IsSubtitle(Paragraph headline, Paragraph next) =>
        (next.SearchText.Length < headline.SearchText.Length && !TwoPhrases().IsMatch(PinyinAnnotation.Strip(next.Text).Trim())) || Attendance().IsMatch(next.SearchText);

    // Two phrases side by side (抓住关键点 打通服务链; 以质取胜 擦亮质量名片): a slogan over a headline, or a 主题 under its 引题.
    [GeneratedRegex(@"^\S{2,12}[ \u3000]+\S{2,16}$")]
    private static partial Regex TwoPhrases();

    [GeneratedRegex(@"(?:出席|讲话|致辞|到会指导|主持|作报告|参加)$")]
    private static partial Regex Attendance();
}
