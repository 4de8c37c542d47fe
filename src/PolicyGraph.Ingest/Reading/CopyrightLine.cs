using System.Text.RegularExpressions;
using PolicyGraph.Core.Text;

namespace PolicyGraph.Ingest.Reading;

/// <summary>
/// A site's copyright line (厦门广播电视集团 版权所有, 版权所有：某某日报社, Copyright © 2024 某某网): who owns the site, and so
/// where a page that names no place of its own comes from.
/// </summary>
public static partial class CopyrightLine
{
    /// <summary>The owner a copyright line names, or null (read in the search view, spaces dropped).</summary>
    public static string? Owner(string line)
    {
        var compact = SearchNormaliser.ToSearchText(line, traditional: null).Replace(" ", string.Empty, StringComparison.Ordinal);
        return compact.Length <= 200 && Pattern().Match(compact) is { Success: true } m ? m.Groups["owner"].Value : null;
    }

    [GeneratedRegex(@"(?:^|[^\p{IsCJKUnifiedIdeographs}])(?<owner>\p{IsCJKUnifiedIdeographs}{3,20}?)版权所有|版权所有[:：]?(?:©|[0-9\-—]|\s)*(?<owner>\p{IsCJKUnifiedIdeographs}{3,20}?)(?=$|[^\p{IsCJKUnifiedIdeographs}]|主办|承办|地址|电话)|^(?:copyright|©|\(c\)|[0-9\-—])+(?<owner>\p{IsCJKUnifiedIdeographs}{3,20})", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
