using System.Text.RegularExpressions;
using PolicyGraph.Core.Contract;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Store;
using PolicyGraph.Core.Text;

namespace PolicyGraph.Core.Queries;

/// <summary>
/// A clause as the comparison shows it: its text as written, the ranges it shares with the clause it is compared
/// with, and the numbers in it that the other clause does not state (a changed target).
/// </summary>
public sealed record ComparedClause(string ClauseId, string Path, string Text, IReadOnlyList<int[]> Shared, IReadOnlyList<int[]> ChangedNumbers);

/// <summary>One row of 对照: a child clause and the parent clauses it implements (none when it is the child's own).</summary>
public sealed record ComparedRow(ComparedClause Child, IReadOnlyList<ComparedClause> Parents, double? Score, bool Inferred);

/// <summary>Two documents side by side, clause by clause, with the parent clauses no child clause implements.</summary>
public sealed record Comparison(DocumentSummary Child, DocumentSummary Parent, IReadOnlyList<ComparedRow> Rows, IReadOnlyList<ComparedClause> Unmatched, Coverage Coverage);

/// <summary>Builds 对照 from the stored clause links: each linked pair aligned again to mark what is shared and which numbers changed.</summary>
public sealed partial class ComparisonService(IGraphStore store)
{
    public Comparison? Of(string childId, string parentId)
    {
        // A registry id (quality-power-outline-2023) names the ingested text of that document when there is one.
        var ids = new Citations.CitationResolver(store, Citations.DocumentRegistry.Instance);
        childId = ids.DocumentId(childId);
        parentId = ids.DocumentId(parentId);
        if (store.GetDocument(childId) is not { } child || store.GetDocument(parentId) is not { } parent ||
            new CoverageService(store).Of(parentId, childId) is not { } coverage)
        {
            return null;
        }
        var links = store.LinksFrom(childId).Where(l => l.ParentDocId == parentId).ToList();
        var parentClauses = parent.Clauses.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var rows = new List<ComparedRow>();
        foreach (var clause in child.Clauses)
        {
            var mine = links.Where(l => l.ChildClauseId == clause.Id).OrderByDescending(l => l.Score).ToList();
            if (mine.Count == 0)
            {
                rows.Add(new ComparedRow(new ComparedClause(clause.Id, clause.Path, clause.Text, [], []), [], null, false));
                continue;
            }
            var childView = clause.SearchView;
            var shared = new List<int[]>();
            var parents = new List<ComparedClause>();
            var parentNumbers = new HashSet<string>(StringComparer.Ordinal);
            foreach (var link in mine)
            {
                if (!parentClauses.TryGetValue(link.ParentClauseId, out var p))
                {
                    continue;
                }
                var parentView = p.SearchView;
                var alignment = PassageAligner.Align(childView.Text, parentView.Text);
                shared.AddRange(alignment.SharedRuns.Select(r => Range(childView.ToSource(r.PassageStart, r.PassageStart + r.Length))));
                var numbers = Numbers(parentView.Text).Select(n => n.Value).ToHashSet(StringComparer.Ordinal);
                parentNumbers.UnionWith(numbers);
                var childNumbers = Numbers(childView.Text).Select(n => n.Value).ToHashSet(StringComparer.Ordinal);
                parents.Add(new ComparedClause(p.Id, p.Path, p.Text,
                    alignment.SharedRuns.Select(r => Range(parentView.ToSource(r.ClauseStart, r.ClauseStart + r.Length))).ToList(),
                    Numbers(parentView.Text).Where(n => !childNumbers.Contains(n.Value)).Select(n => Range(parentView.ToSource(n.Index, n.Index + n.Length))).ToList()));
            }
            var changed = Numbers(childView.Text).Where(n => !parentNumbers.Contains(n.Value)).Select(n => Range(childView.ToSource(n.Index, n.Index + n.Length))).ToList();
            rows.Add(new ComparedRow(new ComparedClause(clause.Id, clause.Path, clause.Text, Merge(shared), changed), parents, mine[0].Score, mine[0].Inferred));
        }
        var linked = links.Select(l => l.ParentClauseId).ToHashSet(StringComparer.Ordinal);
        var unmatched = parent.Clauses.Where(c => !linked.Contains(c.Id) && !c.Path.StartsWith("notice", StringComparison.Ordinal) && c.Role != Roles.Preamble)
            .Select(c => new ComparedClause(c.Id, c.Path, c.Text, [], [])).ToList();
        return new Comparison(DocumentSummary.From(child.Document), DocumentSummary.From(parent.Document), rows, unmatched, coverage);
    }

    private static int[] Range((int Start, int End) r) => [r.Start, r.End];

    /// <summary>Overlapping ranges (from two parent clauses) merged, in order.</summary>
    private static List<int[]> Merge(List<int[]> ranges)
    {
        var merged = new List<int[]>();
        foreach (var r in ranges.OrderBy(r => r[0]))
        {
            if (merged.Count > 0 && r[0] <= merged[^1][1])
            {
                merged[^1][1] = Math.Max(merged[^1][1], r[1]);
            }
            else
            {
                merged.Add([r[0], r[1]]);
            }
        }
        return merged;
    }

    /// <summary>Numbers as targets write them (97.5, 2020); years count too, so a moved deadline shows.</summary>
    private static IEnumerable<Match> Numbers(string text) => NumberPattern().Matches(text);

    [GeneratedRegex(@"[0-9]+(?:\.[0-9]+)?")]
    private static partial Regex NumberPattern();
}
