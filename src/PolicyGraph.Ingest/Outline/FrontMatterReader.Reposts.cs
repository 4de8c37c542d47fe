using PolicyGraph.Core.Text;
using PolicyGraph.Ingest.Normalising;

namespace PolicyGraph.Ingest.Outline;

/// <summary>Where a reposted document starts after the words a reposter or a site put before it.</summary>
public static partial class FrontMatterReader
{
    /// <summary>The first of the next seven paragraphs (a site's menus and a reposter's words before it) that opens a document: a title line, then its number or addressees.</summary>
    private static int? DocumentStart(IReadOnlyList<Paragraph> paragraphs, int from)
    {
        for (var j = from + 1; j < Math.Min(paragraphs.Count - 1, from + 8); j++)
        {
            var s = paragraphs[j].SearchText;
            if (!IsTitleLike(s) || !DocumentTypes.Ends(s) || !(IsNumberLine(paragraphs[j + 1].SearchText) || IsAddressees(paragraphs[j + 1].SearchText)))
            {
                continue;
            }
            if (s.Contains("关于", StringComparison.Ordinal))
            {
                // The issuer on a line of its own above 关于… (the 公文 title block) is where the document starts.
                return j - 1 > from && s.StartsWith("关于", StringComparison.Ordinal) && IsOrganisationLine(paragraphs[j - 1].SearchText) ? j - 1 : j;
            }
            // A title broken over two lines (汕头市人民政府关于表彰 / 2021年…获奖企业的通报) starts on the first.
            if (j - 1 > from && paragraphs[j - 1].SearchText is { Length: <= 40 } first && first.Contains("关于", StringComparison.Ordinal) && IsTitleLike(first))
            {
                return j - 1;
            }
        }
        return null;
    }
}
