using System.Text;
using PolicyGraph.Core.Text;

namespace PolicyGraph.Core.Search;

/// <summary>
/// Our own highlighter (Lucene.Net.Highlighter is not available here): finds what the query asked for in a clause's
/// search view — whole keywords first, then their dictionary words and bigrams — maps each match back to the clause
/// as written through the offset map (so 宏观质量 marks 巨觀質量 in Traditional text), and returns the clause text
/// HTML-escaped with the matches in &lt;mark&gt;.
/// </summary>
public static class Highlighter
{
    public static string Highlight(string text, bool traditional, IEnumerable<string> wanted) =>
        Highlight(text, traditional, Prepare(wanted));

    /// <summary>What to look for, worked out once for all the hits of a search.</summary>
    public static IReadOnlyList<string> Prepare(IEnumerable<string> wanted) => Units(wanted).ToList();

    public static string Highlight(string text, bool traditional, IReadOnlyList<string> units)
    {
        var view = SearchNormaliser.Normalise(text, traditional);
        var ranges = new List<(int Start, int End)>();
        // An empty unit would match at every index and then past the end.
        foreach (var unit in units.Where(u => u.Length > 0))
        {
            for (var at = view.Text.IndexOf(unit, StringComparison.Ordinal); at >= 0; at = view.Text.IndexOf(unit, at + 1, StringComparison.Ordinal))
            {
                ranges.Add(view.ToSource(at, at + unit.Length));
            }
        }
        return Render(text, Merge(ranges));
    }

    /// <summary>Escapes text for HTML element content and attribute values.</summary>
    public static string Escape(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }

    private static IEnumerable<string> Units(IEnumerable<string> wanted)
    {
        var units = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in wanted.Where(w => w.Length > 0))
        {
            units.Add(w);
            foreach (var (start, length) in WordSegmenter.Instance.Segment(w))
            {
                if (length >= 2 || !IsHan(w[start]))
                {
                    units.Add(w.Substring(start, length));
                }
            }
            for (var i = 0; i + 1 < w.Length; i++)
            {
                if (IsHan(w[i]) && IsHan(w[i + 1]))
                {
                    units.Add(w.Substring(i, 2));
                }
            }
        }
        return units.OrderByDescending(u => u.Length);
    }

    private static List<(int Start, int End)> Merge(List<(int Start, int End)> ranges)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var r in ranges.Where(r => r.End > r.Start).OrderBy(r => r.Start))
        {
            if (merged.Count > 0 && r.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, r.End));
            }
            else
            {
                merged.Add(r);
            }
        }
        return merged;
    }

    private static string Render(string text, List<(int Start, int End)> marks)
    {
        var sb = new StringBuilder(text.Length + marks.Count * 13);
        var at = 0;
        foreach (var (start, end) in marks)
        {
            sb.Append(Escape(text[at..start])).Append("<mark>").Append(Escape(text[start..end])).Append("</mark>");
            at = end;
        }
        return sb.Append(Escape(text[at..])).ToString();
    }

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';
}
