using PolicyGraph.Core.Text;

namespace PolicyGraph.Core.Text;

/// <summary>
/// The key two titles of one document share: search view, no 《》“”, spaces or 、 (between joint issuers), every dash and range sign as one
/// (质量发展纲要(2011—2020年) = 质量发展纲要(2011-2020年)), the trailing 年 of a year range dropped.
/// </summary>
public static class TitleKey
{
    public static string Of(string title)
    {
        var s = SearchNormaliser.ToSearchText(title, traditional: null);
        var sb = new System.Text.StringBuilder(s.Length);
        foreach (var c in s)
        {
            switch (c)
            {
                // A joint issuer is written 中共中央、国务院关于… as often as 中共中央 国务院关于…: the 、 is a space.
                case '《' or '》' or '“' or '”' or '"' or '\'' or ' ' or '〈' or '〉' or '、':
                    break;
                case '—' or '–' or '－' or '~' or '～' or '至' or '―':
                    sb.Append('-');
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }
        return sb.ToString().Replace("年-", "-", StringComparison.Ordinal).Replace("--", "-", StringComparison.Ordinal).Replace("年)", ")", StringComparison.Ordinal);
    }
}
