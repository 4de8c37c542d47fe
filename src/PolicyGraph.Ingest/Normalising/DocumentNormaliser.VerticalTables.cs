using PolicyGraph.Core.Text;

namespace PolicyGraph.Ingest.Normalising;

/// <summary>
/// A table of targets copied one cell a line (a portal's HTML table saved as text: 序号 / 指标名称 / 2025年 / 属性 / 1 /
/// 每万人高价值发明专利拥有量(件) / 6.5 / 预期性 / 2 / …): each of its rows is read as one row with its cells between tabs,
/// as a table copied with tabs is. Its cells are never page numbers (1, 93) nor the running heads beside them.
/// </summary>
public static partial class DocumentNormaliser
{
    /// <summary>The most cells a header of such a table is read with, and the most letters of one of its cells.</summary>
    private const int MostHeaderCells = 8;

    private const int LongestHeaderCell = 10;

    /// <summary>
    /// The rows of every table copied one cell a line, each the indexes of its cells' lines (header first), keyed by its first
    /// line. A table is its header (an indicator-name cell with a year, 目标 or 属性 cell among at most eight short cells) and at
    /// least two rows of as many cells, each with a name and a figure.
    /// </summary>
    private static Dictionary<int, List<int>> VerticalTableRows(string original, List<(int Start, int End)> lines)
    {
        var rows = new Dictionary<int, List<int>>();
        var content = Enumerable.Range(0, lines.Count).Where(i => lines[i].End > lines[i].Start).ToList();
        string Cell(int k) => original[lines[content[k]].Start..lines[content[k]].End].Trim();
        for (var k = 0; k < content.Count; k++)
        {
            if (!PageChrome.IsIndicatorNameHeader(Cell(k)))
            {
                continue;
            }
            // The header's cells before the name's (序号, 类别, 领域) and after it (2020年基期值, 2025年目标值, 属性).
            var first = k;
            while (first > 0 && k - first < 2 && Cell(first - 1) is { Length: <= 4 } before && before.All(Han.IsIdeograph))
            {
                first--;
            }
            var last = k;
            while (last + 1 < content.Count && last - first + 1 < MostHeaderCells && IsHeaderCell(Cell(last + 1)))
            {
                last++;
            }
            var header = Enumerable.Range(first, last - first + 1).Select(Cell).ToList();
            if (header.Count < 2 || !PageChrome.IsTableRow(header))
            {
                continue;
            }
            var name = k - first;
            var table = new List<List<int>>();
            for (var at = last + 1; at + header.Count <= content.Count; at += header.Count)
            {
                var cells = Enumerable.Range(at, header.Count).Select(Cell).ToList();
                if (!IsVerticalRow(cells, name))
                {
                    break;
                }
                table.Add(Enumerable.Range(at, header.Count).Select(c => content[c]).ToList());
            }
            if (table.Count >= 2)
            {
                rows[content[first]] = Enumerable.Range(first, header.Count).Select(c => content[c]).ToList();
                foreach (var row in table)
                {
                    rows[row[0]] = row;
                }
                k = content.IndexOf(table[^1][^1]);
            }
        }
        return rows;
    }

    /// <summary>A header's cell: short, no sentence, no figure (a year's header, 2025年, is one).</summary>
    private static bool IsHeaderCell(string cell) =>
        cell.Length is > 0 and <= LongestHeaderCell && cell.IndexOfAny(['。', '，', ',', '；', ':', '：']) < 0
        && !PageChrome.IsFigureCell(cell) && !cell.All(char.IsAsciiDigit);

    /// <summary>A data row's cells: a name of two characters or more in the name's column and a figure in another.</summary>
    private static bool IsVerticalRow(List<string> cells, int name) =>
        cells[name].Count(Han.IsIdeograph) >= 2 && !PageChrome.IsFigureCell(cells[name]) && cells[name].IndexOf('。', StringComparison.Ordinal) < 0
        && cells.Where((c, i) => i != name).Any(PageChrome.IsFigureCell)
        && cells.All(c => c.Length <= 60);

    /// <summary>A row read whole: its cells' text with a tab between cells (each tab stands for the line break it replaces).</summary>
    private static Paragraph BuildVerticalRow(int index, List<int> cells, List<(int Start, int End)> lines, string original, bool traditional, bool afterBlank)
    {
        var builder = new MappedText.Builder(original.Length);
        for (var c = 0; c < cells.Count; c++)
        {
            var (start, end) = lines[cells[c]];
            if (c > 0)
            {
                builder.Append('\t', start - 1, start);
            }
            for (var at = start; at < end; at++)
            {
                if (!SearchNormaliser.IsInvisible(original[at]))
                {
                    builder.Append(original[at], at, at + 1);
                }
            }
        }
        var display = builder.Build();
        return new Paragraph(index, display, SearchNormaliser.Normalise(display.Text, traditional), afterBlank);
    }
}
