using System.Collections.Frozen;

namespace PolicyGraph.Core.Text;

/// <summary>
/// Turns display text into the search view (domain.md §8): full-width forms folded to half width, Traditional
/// converted to Simplified (phrases before characters, longest match first), Taiwan wording repaired when the
/// text is Traditional, pinyin annotations dropped, PDF look-alikes (⼯ ⺠) folded, a decimal point written 、 before a per cent read as a point, and whitespace dropped except between two Latin letters or digits. The result keeps an
/// offset map back to the display text. The same function serves documents and queries.
/// </summary>
public static class SearchNormaliser
{
    private static readonly Lazy<Lookups> Tables = new(() => new Lookups(ScriptTables.Instance));

    /// <summary>Normalises <paramref name="text"/>; <paramref name="traditional"/> null means detect it.</summary>
    public static MappedText Normalise(string text, bool? traditional = null)
    {
        var isTraditional = traditional ?? ScriptDetector.IsTraditional(text);
        var lookups = Tables.Value;
        var builder = new MappedText.Builder(text.Length, text);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsSpace(c))
            {
                var runStart = i;
                while (i < text.Length && IsSpace(text[i]))
                {
                    i++;
                }
                if (i < text.Length && IsLatinOrDigit(builder.LastChar) && IsLatinOrDigit(Fold(text[i])))
                {
                    builder.Append(' ', runStart, i);
                }
                continue;
            }
            if (c is '(' or '（' && PinyinAnnotation.LengthAt(text, i) is > 0 and var annotation)
            {
                i += annotation; // 河(hé)南 is 河南 (domain.md §11 L6, L7)
                continue;
            }
            if (IsInvisible(c))
            {
                // Scrapers leave private-use icons and zero-width marks (001 has U+E004 after a colon): not text.
                i++;
                continue;
            }
            if (c == '、' && IsDecimalComma(builder.LastChar, text, i))
            {
                builder.Append('.', i, i + 1); // 98、5%: a page that wrote its decimal point as 、 means 98.5%
                i++;
                continue;
            }
            if (lookups.PhraseStarts.Contains(c) && TryPhrase(lookups, text, i, isTraditional, out var replacement, out var length))
            {
                builder.Append(replacement, i, i + length);
                i += length;
                continue;
            }
            if (LookAlikes.MayStart(c))
            {
                var cp = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? char.ConvertToUtf32(c, text[i + 1]) : c;
                if (LookAlikes.TryFold(cp, out var standard))
                {
                    // ⾨ (a Kangxi radical) stands for 門, which the search view writes 门.
                    var width = cp > 0xFFFF ? 2 : 1;
                    builder.Append(lookups.Characters.TryGetValue(standard, out var simple) ? simple : char.ConvertFromUtf32(standard), i, i + width);
                    i += width;
                    continue;
                }
            }
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var cp = char.ConvertToUtf32(c, text[i + 1]);
                builder.Append(lookups.Characters.TryGetValue(cp, out var mapped) ? mapped : text.Substring(i, 2), i, i + 2);
                i += 2;
                continue;
            }
            if (lookups.Characters.TryGetValue(c, out var simplified))
            {
                builder.Append(simplified, i, i + 1);
            }
            else
            {
                builder.Append(Fold(c), i, i + 1);
            }
            i++;
        }
        return builder.Build();
    }

    /// <summary>The search view's text alone.</summary>
    public static string ToSearchText(string text, bool? traditional = null) => Normalise(text, traditional).Text;

    /// <summary>
    /// Full-width ASCII forms to ASCII; the ideographic space to a space; a PDF look-alike of the Basic Multilingual
    /// Plane (⼯ for 工, <see cref="LookAlikes"/>) to the character it stands for. One character for one.
    /// </summary>
    public static char Fold(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        (>= '\u2E80' and <= '\u2FDF') or (>= '\uF900' and <= '\uFAFF') when LookAlikes.TryFold(c, out var standard) && standard <= 0xFFFF => (char)standard,
        _ => c,
    };

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u3000' || c == '\u00A0' || c == '\u200B' || c == '\uFEFF';

    /// <summary>Private-use icons, zero-width and control characters: scraper noise, never text.</summary>
    public static bool IsInvisible(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.PrivateUse or System.Globalization.UnicodeCategory.Format
            or System.Globalization.UnicodeCategory.Control;

    /// <summary>A 、 between a digit and one or two digits that a per cent sign follows (98、5%, 99、2％以上): a decimal point.</summary>
    private static bool IsDecimalComma(char before, string text, int at)
    {
        if (before is < '0' or > '9')
        {
            return false;
        }
        var j = at + 1;
        while (j < text.Length && j - at <= 2 && text[j] is >= '0' and <= '9')
        {
            j++;
        }
        return j - at is 2 or 3 && j < text.Length && text[j] is '%' or '％';
    }

    private static bool IsLatinOrDigit(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');

    private static bool TryPhrase(Lookups lookups, string text, int at, bool traditional, out string replacement, out int length)
    {
        var max = Math.Min(lookups.MaxPhraseLength, text.Length - at);
        for (length = max; length >= 2; length--)
        {
            var span = text.AsSpan(at, length);
            if (traditional && lookups.Taiwan.TryGetValue(span, out replacement!))
            {
                return true;
            }
            if (lookups.Phrases.TryGetValue(span, out var opencc))
            {
                // An OpenCC phrase maps to standard Traditional-free text already; fold any leftover characters.
                replacement = opencc;
                return true;
            }
        }
        replacement = string.Empty;
        length = 0;
        return false;
    }

    private sealed class Lookups
    {
        public Lookups(ScriptTables tables)
        {
            Characters = tables.Characters;
            Phrases = tables.Phrases.GetAlternateLookup<ReadOnlySpan<char>>();
            Taiwan = tables.TaiwanPhrases.GetAlternateLookup<ReadOnlySpan<char>>();
            MaxPhraseLength = tables.MaxPhraseLength;
            PhraseStarts = tables.Phrases.Keys.Concat(tables.TaiwanPhrases.Keys).Select(k => k[0]).ToFrozenSet();
        }

        public FrozenDictionary<int, string> Characters { get; }
        public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Phrases { get; }
        public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Taiwan { get; }
        public int MaxPhraseLength { get; }
        public FrozenSet<char> PhraseStarts { get; }
    }
}
