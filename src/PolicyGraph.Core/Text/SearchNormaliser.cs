using System.Collections.Frozen;

namespace PolicyGraph.Core.Text;

/// <summary>
/// Turns display text into the search view (domain.md §8): full-width forms folded to half width, Traditional
/// converted to Simplified (phrases before characters, longest match first), Taiwan wording repaired when the
/// text is Traditional, and whitespace dropped except between two Latin letters or digits. The result keeps an
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
            if (IsInvisible(c))
            {
                // Scrapers leave private-use icons and zero-width marks (001 has U+E004 after a colon): not text.
                i++;
                continue;
            }
            if (lookups.PhraseStarts.Contains(c) && TryPhrase(lookups, text, i, isTraditional, out var replacement, out var length))
            {
                builder.Append(replacement, i, i + length);
                i += length;
                continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var cp = char.ConvertToUtf32(c, text[i + 1]);
                builder.Append(lookups.Characters.TryGetValue(cp, out var mapped) ? mapped : text.Substring(i, 2), i, i + 2);
                i += 2;
                continue;
            }
            // A Kangxi radical from a PDF's text layer may stand for a Traditional character (⾨ for 門): fold, then convert.
            var plain = FoldIdeograph(c);
            if (lookups.Characters.TryGetValue(plain, out var simplified))
            {
                builder.Append(simplified, i, i + 1);
            }
            else
            {
                builder.Append(Fold(plain), i, i + 1);
            }
            i++;
        }
        return builder.Build();
    }

    /// <summary>The search view's text alone.</summary>
    public static string ToSearchText(string text, bool? traditional = null) => Normalise(text, traditional).Text;

    /// <summary>
    /// Full-width ASCII forms to ASCII; the ideographic space to a space; Kangxi radicals and CJK compatibility
    /// ideographs to the ideographs they look like (<see cref="FoldIdeograph"/>).
    /// </summary>
    public static char Fold(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        (>= '\u2E80' and <= '\u2FDF') or (>= '\uF900' and <= '\uFAFF') => FoldIdeograph(c),
        _ => c,
    };

    /// <summary>
    /// A Kangxi radical (⼯ U+2F2F) or a CJK compatibility ideograph to the unified ideograph it is a look-alike of
    /// (工 U+5DE5), as NFKC maps it. PDF text layers are full of them: a font's glyph for 工 is often mapped back to
    /// the radical's code point, so the text reads the same and searches as nothing. Only NFKC's one-character
    /// mappings inside the Basic Multilingual Plane are made: of the CJK radicals supplement NFKC maps two (⺟ ⻳),
    /// not the simplified forms such as ⻓ for 长, and a few compatibility ideographs map to supplementary ones.
    /// </summary>
    public static char FoldIdeograph(char c) => Ideographs.TryGetValue(c, out var plain) ? plain : c;

    private static readonly FrozenDictionary<char, char> Ideographs = BuildIdeographs();

    private static FrozenDictionary<char, char> BuildIdeographs()
    {
        var map = new Dictionary<char, char>();
        foreach (var (from, to) in new[] { ('\u2E80', '\u2FDF'), ('\uF900', '\uFAFF') })
        {
            for (var c = from; c <= to; c++)
            {
                var folded = c.ToString().Normalize(System.Text.NormalizationForm.FormKC);
                if (folded.Length == 1 && folded[0] != c && !char.IsSurrogate(folded[0]))
                {
                    map[c] = folded[0];
                }
            }
        }
        return map.ToFrozenDictionary();
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u3000' || c == '\u00A0' || c == '\u200B' || c == '\uFEFF';

    /// <summary>Private-use icons, zero-width and control characters: scraper noise, never text.</summary>
    public static bool IsInvisible(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.PrivateUse or System.Globalization.UnicodeCategory.Format
            or System.Globalization.UnicodeCategory.Control;

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
