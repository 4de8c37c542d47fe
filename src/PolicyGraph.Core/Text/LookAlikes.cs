using System.Collections.Frozen;
using System.Text;

namespace PolicyGraph.Core.Text;

/// <summary>
/// Characters that look like a common Han character and stand for it in text extracted from PDF (domain.md §11 L8):
/// Kangxi radicals (⼯ for 工), CJK radicals supplement (⺠ for 民, ⻔ for 门), compatibility ideographs (率). From
/// Unicode's EquivalentUnifiedIdeograph.txt and NFKC, generated into <c>Data/look-alikes.tsv</c> by
/// <c>tools/gen-look-alikes.py</c>. The search view folds them; metadata values are written with the standard character.
/// </summary>
public static class LookAlikes
{
    private static readonly Lazy<FrozenDictionary<int, int>> Table = new(() =>
        EmbeddedData.ReadTsv("look-alikes.tsv").ToFrozenDictionary(r => char.ConvertToUtf32(r[0], 0), r => char.ConvertToUtf32(r[1], 0)));

    /// <summary>The standard character a look-alike stands for.</summary>
    public static bool TryFold(int codePoint, out int standard) => Table.Value.TryGetValue(codePoint, out standard);

    /// <summary>Whether a code unit can start a look-alike (the blocks they live in), so that most text skips the lookup.</summary>
    public static bool MayStart(char c) => c is (>= '\u2E80' and <= '\u2FDF') or (>= '\uF900' and <= '\uFAFF') or '\uD87E';

    /// <summary><paramref name="text"/> with every look-alike replaced by its standard character.</summary>
    public static string Fold(string text)
    {
        if (!text.Any(MayStart))
        {
            return text;
        }
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            // A lone surrogate (hostile or broken text) is kept as it is.
            var cp = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
            var width = cp > 0xFFFF ? 2 : 1;
            sb.Append(TryFold(cp, out var standard) ? char.ConvertFromUtf32(standard) : text.Substring(i, width));
            i += width - 1;
        }
        return sb.ToString();
    }
}
