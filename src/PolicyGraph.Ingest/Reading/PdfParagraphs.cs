using System.Text;
using System.Text.RegularExpressions;
using PolicyGraph.Core.Text;

namespace PolicyGraph.Ingest.Reading;

/// <summary>
/// Turns the lines of a PDF's pages into its paragraphs, one a line as the DOCX reader gives them, so that the
/// same document read from either ingests to the same clauses. A PDF has no paragraph marks; the layout of a 公文
/// (GB/T 9704) shows them: a paragraph's lines run to the right margin, and the next paragraph starts indented two
/// characters (a heading, a signature or a date stops short of the margin or stands apart). So a line continues the
/// one before when that one ran to the right margin (in ragged text: when this line's first word would not have
/// fitted after it), both are set in the same size, no wider gap than a line's separates them, and it starts at the
/// left margin — or, centred, goes on a centred title. Across a page break the same holds. The normaliser's line joiner alone cannot do this: it sees text only, and a 文号 line or a masthead
/// ending without punctuation would run into the title under it.
/// Before that, what the page adds to the document is dropped: page numbers (<c>— 3 —</c>, <c>-3-</c>, <c>第3页</c>,
/// <c>3/12</c>, <c>- 3 -</c>) among the first or last two lines of a page, and running headers and footers — a first
/// or last line that recurs, digits aside, at the same height on at least half the pages (and on two at least).
/// </summary>
internal static partial class PdfParagraphs
{
    /// <exception cref="UnreadableDocumentException">the text grows past <paramref name="maxChars"/>.</exception>
    public static string Text(IReadOnlyList<PdfPageLines> pages, int maxChars)
    {
        var kept = DropPageFurniture(pages);
        var layout = new Layout(kept);
        var text = new StringBuilder();
        PdfLine? previous = null;
        foreach (var line in kept.SelectMany(p => p))
        {
            if (previous is not null)
            {
                text.Append(layout.Continues(previous, line) ? PdfPageLines.Separator(previous.Text, line.Text, 0, line.Size) : "\n");
            }
            text.Append(line.Text);
            if (text.Length > maxChars)
            {
                throw new UnreadableDocumentException($"text too long (over {maxChars:N0} characters)");
            }
            previous = line;
        }
        return text.ToString();
    }

    /// <summary>
    /// Each page's lines without its page number and running header and footer: from the top, and from the bottom,
    /// a line is dropped while it is one of these (so a header line above a page number goes too), two at most.
    /// </summary>
    internal static List<List<PdfLine>> DropPageFurniture(IReadOnlyList<PdfPageLines> pages)
    {
        var horizontal = pages.Select(p => p.Lines.Where(l => l.Horizontal).ToList()).ToList();
        // Where each text (digits aside) stands among the first two or the last two lines of the pages.
        var edges = new Dictionary<string, List<PdfLine>>(StringComparer.Ordinal);
        foreach (var lines in horizontal)
        {
            foreach (var line in lines.Take(2).Concat(lines.TakeLast(2)).Distinct())
            {
                var key = Digits().Replace(Compact(line.Text), "#");
                if (!edges.TryGetValue(key, out var list))
                {
                    edges[key] = list = [];
                }
                list.Add(line);
            }
        }
        var needed = Math.Max(2, (pages.Count + 1) / 2);
        bool Furniture(PdfLine line)
        {
            var compact = Compact(line.Text);
            if (PageNumber().IsMatch(compact))
            {
                return true;
            }
            // Recurring at one height: the same words elsewhere on a page (a title quoted in the text) are not furniture.
            return compact.Length > 0 && edges.TryGetValue(Digits().Replace(compact, "#"), out var same)
                && same.Where(e => Math.Abs(e.Baseline - line.Baseline) <= 0.5 * line.Size).Select(e => e.Page).Distinct().Count() >= needed;
        }
        var dropped = new HashSet<PdfLine>(ReferenceEqualityComparer.Instance);
        foreach (var lines in horizontal)
        {
            for (var i = 0; i < Math.Min(2, lines.Count) && Furniture(lines[i]); i++)
            {
                dropped.Add(lines[i]);
            }
            for (var i = lines.Count - 1; i >= Math.Max(0, lines.Count - 2) && Furniture(lines[i]); i--)
            {
                dropped.Add(lines[i]);
            }
        }
        return pages.Select(p => p.Lines.Where(l => !dropped.Contains(l)).ToList()).ToList();
    }

    /// <summary>A line's text without whitespace, full-width digits and dashes folded.</summary>
    private static string Compact(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '\u3000')
            {
                sb.Append(SearchNormaliser.Fold(c));
            }
        }
        return sb.ToString();
    }

    /// <summary>Whether a line is a page number (whitespace aside, full-width digits folded).</summary>
    internal static bool IsPageNumber(string line) => PageNumber().IsMatch(Compact(line));

    // — 3 —, -3-, - 3 -, ·3·, 3; 第3页, 第3页共12页, 共12页第3页, 第三页; 3/12; Page 3, Page 3 of 12.
    [GeneratedRegex(@"^(?:[-—–―~·.]{0,3}\d{1,4}[-—–―~·.]{0,3}|第(?:\d{1,4}|[一二三四五六七八九十百零〇]{1,5})页(?:[,，/]?共\d{1,4}页)?|共\d{1,4}页[,，]?第\d{1,4}页|\d{1,4}/\d{1,4}|[Pp]age\d{1,4}(?:of\d{1,4})?)$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    /// <summary>The margins of each page and the line spacing of each type size, measured from the lines themselves.</summary>
    private sealed class Layout
    {
        private readonly Dictionary<int, (double Left, double Right)> _margins = [];
        private readonly double _bodySize;
        private readonly Dictionary<double, double> _pitchRatios;
        private readonly double _bodyPitchRatio;
        private readonly bool _justified;

        public Layout(List<List<PdfLine>> pages)
        {
            var all = pages.SelectMany(p => p).Where(l => l.Horizontal).ToList();
            _bodySize = all.Count == 0 ? 12 : all.GroupBy(l => Math.Round(l.Size * 2) / 2).MaxBy(g => g.Sum(l => l.Text.Length))!.Key;
            var body = all.Where(IsBody).ToList();
            if (body.Count == 0)
            {
                body = all;
            }
            // The left margin: where body lines start at the least, on each page with a few of them (pages of a
            // book are mirrored), else over the document.
            var pageLefts = pages.Select(p => p.Where(l => l.Horizontal && IsBody(l)).ToList()).Where(b => b.Count >= 3)
                .ToDictionary(b => b[0].Page, b => b.Min(l => l.Left));
            var left = pageLefts.Count > 0 ? Median(pageLefts.Values) : body.Count > 0 ? body.Min(l => l.Left) : 0;
            // The right margin: where most long lines end — justified text ends every full line there, over the whole
            // document (a page may hold one full line among a signature and a date), shifted with the left margin on
            // mirrored pages. Ragged text has no such edge; its margin is the furthest any line reaches.
            var rights = body.Select(l => l.Right - (pageLefts.TryGetValue(l.Page, out var pl) ? pl - left : 0)).ToList();
            var furthest = rights.Count > 0 ? rights.Max() : 0;
            var (right, share) = MostCommonEdge(rights.Where(r => r >= furthest - 3 * _bodySize).ToList());
            _justified = share >= 0.3;
            if (!_justified)
            {
                right = furthest;
            }
            foreach (var page in pages.Where(p => p.Count > 0))
            {
                var pageLeft = pageLefts.TryGetValue(page[0].Page, out var l) ? l : left;
                _margins[page[0].Page] = (pageLeft, right + (pageLeft - left));
            }
            // Line spacing as a multiple of the type size, from consecutive lines of one size on one page, for each
            // size (a title set solid and a body at 28 pt differ).
            var ratios = new Dictionary<double, List<double>>();
            foreach (var page in pages)
            {
                for (var i = 1; i < page.Count; i++)
                {
                    var (a, b) = (page[i - 1], page[i]);
                    if (a.Horizontal && b.Horizontal && SameSize(a, b) && a.Baseline - b.Baseline is var d && d > 0 && d < 3 * a.Size)
                    {
                        var key = Math.Round(a.Size * 2) / 2;
                        if (!ratios.TryGetValue(key, out var list))
                        {
                            ratios[key] = list = [];
                        }
                        list.Add(d / a.Size);
                    }
                }
            }
            _pitchRatios = ratios.Where(r => r.Value.Count >= 2).ToDictionary(r => r.Key, r => Median(r.Value));
            _bodyPitchRatio = _pitchRatios.TryGetValue(Math.Round(_bodySize * 2) / 2, out var body0) ? body0 : 1.5;
        }

        /// <summary>
        /// The largest drop from one baseline to the next within a paragraph: a little more than the line spacing
        /// measured for that size; a size with too few lines to measure (a two-line title) gets at least two lines' worth.
        /// </summary>
        private double MaxDrop(double size) =>
            1.4 * size * (_pitchRatios.TryGetValue(Math.Round(size * 2) / 2, out var ratio) ? ratio : Math.Max(_bodyPitchRatio, 2.0));

        /// <summary>The value most others lie within a point of, and the share of values that do.</summary>
        private static (double Edge, double Share) MostCommonEdge(List<double> edges)
        {
            if (edges.Count == 0)
            {
                return (0, 0);
            }
            edges.Sort();
            var best = (Edge: edges[^1], Count: 0);
            var from = 0;
            for (var to = 0; to < edges.Count; to++)
            {
                while (edges[to] - edges[from] > 2.0)
                {
                    from++;
                }
                // Ties go to the edge further right: it is the margin, the other a column of short lines.
                if (to - from + 1 >= best.Count)
                {
                    best = (edges[to], to - from + 1);
                }
            }
            return (best.Edge, (double)best.Count / edges.Count);
        }

        private bool IsBody(PdfLine line) => Math.Abs(line.Size - _bodySize) <= 0.15 * _bodySize;

        private static bool SameSize(PdfLine a, PdfLine b) => Math.Abs(a.Size - b.Size) <= 0.15 * Math.Max(a.Size, b.Size);

        public bool Continues(PdfLine previous, PdfLine next)
        {
            if (!previous.Horizontal || !next.Horizontal || !SameSize(previous, next))
            {
                return false;
            }
            if (previous.Page == next.Page)
            {
                var drop = previous.Baseline - next.Baseline;
                if (drop <= 0 || drop > MaxDrop(previous.Size))
                {
                    return false;
                }
            }
            var (left, right) = _margins[previous.Page];
            // A line ran to the margin when it ends there (justified text), or when the next line's first word would
            // not have fitted after it (ragged text breaks a line only then).
            var ranToMargin = previous.Left <= left + 2.5 * previous.Size
                && (_justified ? previous.Right >= right - previous.Size : previous.Right + LeadWidth(next) > right - 0.1 * next.Size);
            if (!ranToMargin)
            {
                return false;
            }
            var (nextLeft, nextRight) = _margins[next.Page];
            if (next.Left <= nextLeft + 0.6 * next.Size)
            {
                // At the left margin: the paragraph goes on, unless a numbered item starts after a finished sentence.
                return !(EndsSentence(previous.Text) && OutlineMarker.Match(SearchNormaliser.ToSearchText(next.Text)) is not null);
            }
            var centred = Math.Abs((next.Left - nextLeft) - (nextRight - next.Right)) <= next.Size;
            return centred && !EndsSentence(previous.Text);
        }

        /// <summary>The width of a line's first word: one character in Chinese, a run of Latin letters (half an em each) else.</summary>
        private static double LeadWidth(PdfLine line)
        {
            var latin = line.Text.TakeWhile(c => !char.IsWhiteSpace(c) && !PdfPageLines.IsCjk(c)).Count();
            return latin == 0 ? line.Size : latin * 0.5 * line.Size;
        }

        private static bool EndsSentence(string text) => text.Length > 0 && "。；;：:！!？?".Contains(text[^1], StringComparison.Ordinal);

        private static double Median(IEnumerable<double> values)
        {
            var sorted = values.Order().ToList();
            return sorted[sorted.Count / 2];
        }
    }
}
