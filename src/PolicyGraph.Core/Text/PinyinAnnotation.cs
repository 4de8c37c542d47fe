using System.Text;
using System.Text.RegularExpressions;

namespace PolicyGraph.Core.Text;

/// <summary>
/// Pinyin that some portals and mirrors insert after characters (domain.md §11 L6, L7): <c>河(hé)南</c>,
/// <c>發(fā)展</c>, <c>的(de)</c>. An annotation is a parenthesis right after a Han character holding one lower-case
/// pinyin syllable, tone-marked or not; policy text never puts a lone lower-case syllable there (abbreviations in
/// parentheses are upper case: GDP, PPP). The search view and metadata values drop annotations; the text as written
/// keeps them.
/// </summary>
public static partial class PinyinAnnotation
{
    /// <summary>The length of the annotation that starts at <paramref name="at"/>, or 0 when none does.</summary>
    public static int LengthAt(string text, int at)
    {
        if (at <= 0 || at >= text.Length || text[at] is not ('(' or '（') || !Han.IsIdeograph(text[at - 1]))
        {
            return 0;
        }
        var close = -1;
        for (var i = at + 1; i < text.Length && i <= at + 8; i++)
        {
            if (text[i] is ')' or '）')
            {
                close = i;
                break;
            }
        }
        if (close < at + 2)
        {
            return 0;
        }
        return Syllable().IsMatch(text.AsSpan(at + 1, close - at - 1)) ? close - at + 1 : 0;
    }

    /// <summary><paramref name="text"/> without its pinyin annotations.</summary>
    public static string Strip(string text)
    {
        if (text.IndexOfAny(['(', '（']) < 0)
        {
            return text;
        }
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var length = LengthAt(text, i);
            if (length > 0)
            {
                i += length - 1;
                continue;
            }
            sb.Append(text[i]);
        }
        return sb.ToString();
    }


    // Initial (none for a, e, o, er), then one to three vowels (tone-marked or not, ü as ü or v), then -n, -ng or -r.
    [GeneratedRegex(@"^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouvüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,3}(?:ng|n|r)?$")]
    private static partial Regex Syllable();
}
