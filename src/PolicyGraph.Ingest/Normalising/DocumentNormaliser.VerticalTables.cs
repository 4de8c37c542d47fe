using PolicyGraph.Core.Text;

namespace PolicyGraph.Ingest.Normalising;

/// <summary>
/// A table of targets copied one cell a line (a portal's HTML table saved as text: 序号 / 指标名称 / 2025年 / 属性 / 1 /
/// 每万人高价值发明专利拥有量(件) / 6.5 / 预期性 / 2 / …): each of its rows is one paragraph with its cells between tabs
/// (<see cref="Build"/>), as a table copied with tabs is. Its cells are never page numbers (1, 93) nor the running heads beside them.
/// </summary>
public static partial class DocumentNormaliser
{
    /// <summary>The most cells a header of such a table is read with, and the most letters of one of its cells.</summary>
    private const int MostHeaderCells = 8;

    private const int LongestHeaderCell = 10;

    /// <summary>
    /// The rows of every table copied one cell a line, each the indexes of its cells' lines (header first), keyed by its first
    /// line. A table is its header (an indicator-name cell with a year, 目标 or 属性 cell among at most eight short cells) and at
    /// least two rows of as many cells (one fewer under a merged category), each cell what its column holds.
    /// </summary>
    private static Dictionary<int, List<int>> VerticalTableRows(List<string> lineTexts)
    {
        var rows = new Dictionary<int, List<int>>();
        var content = Enumerable.Range(0, lineTexts.Count).Where(i => lineTexts[i].Length > 0).ToList();
        string Cell(int k) => lineTexts[content[k]].Trim();
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
            var columns = header.Select(ColumnOf).ToList();
            columns[k - first] = Column.Name;
            var table = new List<List<int>>();
            for (var at = last + 1; at < content.Count;)
            {
                // A row under a merged category cell (类别 spans several rows) has one cell fewer: the category's.
                var width = new[] { header.Count, header.Count - 1 }
                    .FirstOrDefault(w => (w == header.Count || columns[0] == Column.Category) && at + w <= content.Count
                        && IsVerticalRow(Enumerable.Range(at, w).Select(Cell).ToList(), columns.Skip(header.Count - w).ToList()));
                if (width == 0)
                {
                    break;
                }
                table.Add(Enumerable.Range(at, width).Select(c => content[c]).ToList());
                at += width;
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

    /// <summary>A header's cell after the names': a figure's column (2025年, 2020年基期值, 目标值), an attribute's, a unit's or a note's.</summary>
    private static bool IsHeaderCell(string cell) =>
        cell.Length is > 0 and <= LongestHeaderCell && !PageChrome.IsFigureCell(cell)
        && (ColumnOf(cell) is Column.Figure or Column.Attribute || cell is "单位" or "计量单位" or "备注" or "说明" or "责任单位" or "牵头单位");

    /// <summary>What a column of such a table holds, as its header says.</summary>
    private enum Column
    {
        Other,
        Serial,
        Category,
        Name,
        Figure,
        Attribute,
    }

    private static Column ColumnOf(string header) => header switch
    {
        "序号" or "编号" => Column.Serial,
        "类别" or "类型" or "分类" or "领域" or "维度" or "一级指标" => Column.Category,
        "属性" or "指标属性" or "性质" or "指标性质" => Column.Attribute,
        _ when PageChrome.IsYearOrTargetHeader(header) => Column.Figure,
        _ => Column.Other,
    };

    /// <summary>
    /// A data row's cells, each what its column holds: a serial number, a category's or an indicator's name (two characters
    /// or more, no figure), a figure, an attribute (预期性, 约束性); and one figure at least.
    /// </summary>
    private static bool IsVerticalRow(List<string> cells, List<Column> columns) =>
        cells.All(c => c.Length <= 60 && c.IndexOf('。', StringComparison.Ordinal) < 0)
        && cells.Zip(columns).All(cell => cell.Second switch
        {
            Column.Serial => cell.First.All(char.IsAsciiDigit),
            Column.Category or Column.Name => cell.First.Count(Han.IsIdeograph) >= 2 && !PageChrome.IsFigureCell(cell.First),
            Column.Figure => PageChrome.IsFigureCell(cell.First) || cell.First is "/" or "无",
            Column.Attribute => cell.First.EndsWith('性') && cell.First.Length <= 4,
            _ => true,
        })
        && cells.Zip(columns).Any(cell => cell.Second == Column.Figure && PageChrome.IsFigureCell(cell.First));
}
