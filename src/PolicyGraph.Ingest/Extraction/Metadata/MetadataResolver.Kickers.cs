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
        && (kicker.SearchText.Contains('“', StringComparison.Ordinal) || ParallelPhrases().IsMatch(PinyinAnnotation.Strip(kicker.Text).Trim()))
        && Core.Regions.Gazetteer.Instance.CountMentions(headline.SearchText).Count > 0;

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,8}[ \u3000]+\p{IsCJKUnifiedIdeographs}{2,8}$")]
    private static partial Regex ParallelPhrases();

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{3,6},\p{IsCJKUnifiedIdeographs}{3,6}$")]
    private static partial Regex SiteSlogan();
}
