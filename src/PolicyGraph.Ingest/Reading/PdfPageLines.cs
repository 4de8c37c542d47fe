using System.Text;
using UglyToad.PdfPig.Content;

namespace PolicyGraph.Ingest.Reading;

/// <summary>
/// One line of a PDF page as a reader sees it: its text, where it starts and ends on the baseline (advance
/// positions, so a justified line ends exactly at the right margin whatever the last glyph's ink), its baseline
/// and its type size, in points. <see cref="Horizontal"/> is false for rotated or vertical text, which is kept as
/// lines of its own after the page's horizontal text.
/// </summary>
internal sealed record PdfLine(string Text, double Left, double Right, double Baseline, double Size, int Page, bool Horizontal = true);

/// <summary>
/// The lines of one page: letters (less whitespace glyphs, glyphs outside the page and fake-bold doubles) grouped
/// into words by PdfPig's nearest-neighbour word extractor, words into lines by baseline, lines top to bottom.
/// Words are joined without a space when either side is Chinese (CJK text has no spaces between words, and a
/// justified or character-grid line spreads its letters apart), with a space between Latin words or digits.
/// 公文 are set in one column (GB/T 9704), so a line runs the width of the page; a wide gap inside a line (a table's
/// columns, a tab) becomes one space.
/// </summary>
internal sealed class PdfPageLines
{
    public required int Number { get; init; }

    public required IReadOnlyList<PdfLine> Lines { get; init; }

    /// <summary>Letters of text on the page (whitespace and doubles not counted).</summary>
    public required int Letters { get; init; }

    /// <summary>The letters that are text a reader sees: not whitespace, on the page, of a visible size, drawn once.</summary>
    public static IReadOnlyList<Letter> TextLetters(Page page, IReadOnlyList<Letter> letters)
    {
        var box = page.CropBox.Bounds;
        var kept = new List<Letter>(letters.Count);
        var seen = new HashSet<(string, long, long)>();
        foreach (var letter in letters)
        {
            if (string.IsNullOrWhiteSpace(letter.Value) || !(letter.PointSize >= 1) || letter.PointSize > 1000)
            {
                continue;
            }
            var at = letter.StartBaseLine;
            if (!double.IsFinite(at.X) || !double.IsFinite(at.Y) || !double.IsFinite(letter.EndBaseLine.X) || !double.IsFinite(letter.EndBaseLine.Y)
                || at.X < box.Left - 2 || at.X > box.Right + 2 || at.Y < box.Bottom - 2 || at.Y > box.Top + 2)
            {
                continue;
            }
            // Fake bold draws a glyph twice, a fraction of a point apart; a cell of a fifth of the type size holds
            // both, and the neighbouring cells catch a pair that straddles a cell boundary.
            var cell = Math.Max(0.5, letter.PointSize / 5);
            var x = (long)Math.Floor(at.X / cell);
            var y = (long)Math.Floor(at.Y / cell);
            var doubled = false;
            for (var dx = -1; dx <= 1 && !doubled; dx++)
            {
                for (var dy = -1; dy <= 1 && !doubled; dy++)
                {
                    doubled = seen.Contains((letter.Value, x + dx, y + dy));
                }
            }
            if (doubled)
            {
                continue;
            }
            seen.Add((letter.Value, x, y));
            kept.Add(letter);
        }
        return kept;
    }

    public static PdfPageLines FromWords(int number, IReadOnlyList<Word> words)
    {
        var horizontal = new List<Placed>();
        var other = new List<PdfLine>();
        var letters = 0;
        foreach (var word in words)
        {
            if (word.Letters.Count == 0)
            {
                continue;
            }
            letters += word.Letters.Count;
            var size = Median(word.Letters.Select(l => l.PointSize));
            if (word.TextOrientation == TextOrientation.Horizontal)
            {
                horizontal.Add(new Placed(word.Text, word.Letters[0].StartBaseLine.X, word.Letters[^1].EndBaseLine.X, word.Letters[0].StartBaseLine.Y, size, word.Letters.Count));
            }
            else
            {
                other.Add(new PdfLine(word.Text, double.NaN, double.NaN, double.NaN, size, number, Horizontal: false));
            }
        }
        var lines = new List<PdfLine>();
        // Top to bottom (PDF space grows upwards), then left to right.
        horizontal.Sort((a, b) => b.Baseline != a.Baseline ? b.Baseline.CompareTo(a.Baseline) : a.Left.CompareTo(b.Left));
        var current = new List<Placed>();
        foreach (var word in horizontal)
        {
            if (current.Count > 0 && Math.Abs(current[0].Baseline - word.Baseline) > 0.4 * Math.Max(current[0].Size, word.Size))
            {
                lines.Add(Line(current, number));
                current.Clear();
            }
            current.Add(word);
        }
        if (current.Count > 0)
        {
            lines.Add(Line(current, number));
        }
        lines.AddRange(other);
        return new PdfPageLines { Number = number, Lines = lines, Letters = letters };
    }

    private sealed record Placed(string Text, double Left, double Right, double Baseline, double Size, int Letters);

    private static PdfLine Line(List<Placed> words, int page)
    {
        words.Sort((a, b) => a.Left.CompareTo(b.Left));
        var gaps = new double[Math.Max(0, words.Count - 1)];
        for (var i = 1; i < words.Count; i++)
        {
            gaps[i - 1] = words[i].Left - words[i - 1].Right;
        }
        // A line set with distributed alignment (版记 lines, 附  件) spreads its letters evenly: wide, but no column gaps.
        var distributed = gaps.Length >= 3 && gaps.Min() > 0 && gaps.Max() <= 1.3 * gaps.Min();
        var text = new StringBuilder();
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0)
            {
                text.Append(Separator(words[i - 1].Text, words[i].Text, gaps[i - 1], Math.Max(words[i - 1].Size, words[i].Size), columnGaps: !distributed));
            }
            text.Append(words[i].Text);
        }
        // The type size most of the line's letters are set in (a superscript or a smaller run does not decide it).
        var size = words.GroupBy(w => Math.Round(w.Size * 2) / 2).MaxBy(g => g.Sum(w => w.Letters))!.Key;
        return new PdfLine(text.ToString(), words[0].Left, words.Max(w => w.Right), words[0].Baseline, size, page);
    }

    /// <summary>
    /// What goes between two pieces of text on one line (or between the lines of one paragraph, with no gap):
    /// nothing when either side is Chinese, a space between Latin words, and one space for a gap of a column or a tab.
    /// </summary>
    public static string Separator(string before, string after, double gap, double size, bool columnGaps = true)
    {
        if (before.Length == 0 || after.Length == 0)
        {
            return string.Empty;
        }
        if (columnGaps && gap >= 1.5 * size)
        {
            return " ";
        }
        if (IsCjk(before[^1]) || IsCjk(after[0]))
        {
            return string.Empty;
        }
        // Latin text: PdfPig's words split at spaces; letters merely kerned or spaced by a character grid are one word.
        return gap > 0.15 * size || double.IsNaN(gap) ? " " : string.Empty;
    }

    /// <summary>
    /// Chinese script and the punctuation set with it: CJK letters, radicals and compatibility forms, CJK symbols,
    /// full-width forms, and the general punctuation Chinese text uses (—— “” ‘’ … ·), which takes no spaces.
    /// </summary>
    public static bool IsCjk(char c) =>
        c is (>= '\u2E80' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFFEF')
            or (>= '\u2010' and <= '\u2027') or (>= '\u2460' and <= '\u24FF') or '\u00B7' or '\u25CB' or '\u25CF'
        || char.IsSurrogate(c);

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Where(double.IsFinite).Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }
}
