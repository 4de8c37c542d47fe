using PolicyGraph.Core.Queries;

namespace PolicyGraph.Web.Components.Shared;

public sealed record DiagramNode(string Id, string Kind, string Title, string Caption, double X, double Y, bool Root, bool Resolved);

public sealed record DiagramEdge(double X1, double Y1, double X2, double Y2, string Relation, bool Dashed);

/// <summary>
/// Lays a lineage out as a picture: ancestors in rows above the node (the farthest at the top, so a national
/// document sits above the provincial one that implements it), descendants in rows below, siblings beside it.
/// Each row is centred; an edge joins each node to the one it was reached through.
/// </summary>
public sealed class LineageLayout
{
    public const double NodeWidth = 250;
    public const double NodeHeight = 58;
    private const double ColumnGap = 24;
    private const double RowGap = 56;

    public IReadOnlyList<DiagramNode> Nodes { get; }
    public IReadOnlyList<DiagramEdge> Edges { get; }
    public double Width { get; }
    public double Height { get; }

    public LineageLayout(Lineage lineage)
    {
        var rows = new SortedDictionary<int, List<(string Id, string Kind, string Title, string Caption, string? Via, string Relation, bool Resolved)>>();
        void Add(int row, LineageLink l) =>
            (rows.TryGetValue(row, out var list) ? list : rows[row] = []).Add((l.Id, l.Kind, l.Title ?? l.Id, Caption(l), l.Via, l.Relation, l.Resolved));
        foreach (var p in lineage.Parents)
        {
            Add(-p.Depth, p);
        }
        foreach (var c in lineage.Children)
        {
            Add(c.Depth, c);
        }
        rows[0] = [(lineage.Node.Id, lineage.Node.Kind, lineage.Node.Title ?? lineage.Node.Id, lineage.Node.Kind == "clause" ? "本条款" : "本文件", null, "", true)];
        foreach (var s in lineage.Siblings.Take(6))
        {
            rows[0].Add((s.Id, s.Kind, s.Title ?? s.Id, Caption(s), null, s.Relation, s.Resolved));
        }
        var widest = rows.Values.Max(r => r.Count);
        Width = Math.Max(1, widest) * (NodeWidth + ColumnGap) + ColumnGap;
        Height = rows.Count * (NodeHeight + RowGap) + RowGap / 2;
        var nodes = new List<DiagramNode>();
        var centre = new Dictionary<string, (double X, double Y)>(StringComparer.Ordinal);
        var r = 0;
        foreach (var (row, items) in rows)
        {
            var y = RowGap / 2 + r * (NodeHeight + RowGap);
            var left = (Width - items.Count * (NodeWidth + ColumnGap) + ColumnGap) / 2;
            for (var i = 0; i < items.Count; i++)
            {
                var x = left + i * (NodeWidth + ColumnGap);
                var it = items[i];
                nodes.Add(new DiagramNode(it.Id, it.Kind, it.Title, it.Caption, x, y, row == 0 && i == 0, it.Resolved));
                centre.TryAdd(it.Id, (x + NodeWidth / 2, y));
            }
            r++;
        }
        var root = centre[lineage.Node.Id];
        var edges = new List<DiagramEdge>();
        foreach (var (row, items) in rows)
        {
            foreach (var it in items)
            {
                if (it.Id == lineage.Node.Id)
                {
                    continue;
                }
                var me = centre[it.Id];
                var other = it.Via is not null && centre.TryGetValue(it.Via, out var via) ? via : root;
                if (row == 0)
                {
                    edges.Add(new DiagramEdge(root.X, root.Y + NodeHeight / 2, me.X, me.Y + NodeHeight / 2, it.Relation, Dashed: true));
                }
                else if (row < 0)
                {
                    // Parent above: from its bottom to the top of the node it was reached from.
                    edges.Add(new DiagramEdge(me.X, me.Y + NodeHeight, other.X, other.Y, it.Relation, it.Relation != "IMPLEMENTS"));
                }
                else
                {
                    edges.Add(new DiagramEdge(other.X, other.Y + NodeHeight, me.X, me.Y, it.Relation, it.Relation != "IMPLEMENTS"));
                }
            }
        }
        Nodes = nodes;
        Edges = edges;
    }

    private static string Caption(LineageLink l)
    {
        var parts = new List<string> { Labels.Relation(l.Relation) };
        if (l.Number is not null)
        {
            parts.Add(l.Number);
        }
        if (l.Score is { } s)
        {
            parts.Add(s.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
        }
        if (l.ClauseLinks is > 0)
        {
            parts.Add($"{l.ClauseLinks} 条对应");
        }
        return string.Join(" · ", parts);
    }

    /// <summary>A title cut to what fits a node's line, with an ellipsis; the full title is the node's tooltip.</summary>
    public static string Fit(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
