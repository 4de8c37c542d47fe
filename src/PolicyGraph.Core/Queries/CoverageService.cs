using System.Text.RegularExpressions;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Store;
using PolicyGraph.Core.Text;

namespace PolicyGraph.Core.Queries;

/// <summary>A parent's task or target, and the child clauses that implement it (none when the child leaves it out).</summary>
public sealed record CoverageItem(string Kind, string Id, string ClauseId, string Path, string Title, IReadOnlyList<string> ImplementedBy);

/// <summary>How much of a parent's tasks and targets a child document takes up (issue 5).</summary>
public sealed record Coverage(
    string ParentDocId, string ChildDocId, int Tasks, int TasksCovered, int Targets, int TargetsCovered,
    IReadOnlyList<CoverageItem> Missing, IReadOnlyList<CoverageItem> Covered);

public sealed record ReuseSource(string DocId, string? Title, int Characters, bool Inferred);

/// <summary>
/// A document's text split three ways (characters of the search view, spaces not counted): reused from the
/// documents it implements (through its clause links), its own, and official boilerplate, which is neither.
/// </summary>
public sealed record Reuse(string DocId, int Characters, int Boilerplate, int Reused, int Own, double ReusedShare, IReadOnlyList<ReuseSource> Sources);

public static class CoverageKinds
{
    public const string Task = "task";
    public const string Target = "target";
}

/// <summary>
/// Coverage of a parent by a child (which tasks and targets the child leaves out) and reuse (what share of a
/// document's own words come from its parents). A task is implemented when a child clause links to its clause; a
/// target when the child states an indicator of the same name, or a variant of the name in a clause linked to the
/// target's (a linked clause that leaves the number out has dropped the target).
/// </summary>
public sealed class CoverageService(IGraphStore store)
{
    private static readonly Lazy<IReadOnlyList<Regex>> BoilerplatePatterns = new(() => EmbeddedData.ReadTsv("boilerplate.tsv")
        .Select(r => new Regex(r[0], RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))).ToList());

    public Coverage? Of(string parentId, string childId)
    {
        if (store.GetDocument(parentId) is not { } parent || store.GetDocument(childId) is not { } child)
        {
            return null;
        }
        var byParentClause = store.LinksFrom(childId).Where(l => l.ParentDocId == parentId)
            .GroupBy(l => l.ParentClauseId).ToDictionary(g => g.Key, g => g.Select(l => l.ChildClauseId).Distinct().ToList(), StringComparer.Ordinal);
        var clauses = parent.Clauses.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var items = new List<CoverageItem>();
        foreach (var task in parent.Tasks)
        {
            items.Add(new CoverageItem(CoverageKinds.Task, task.Id, task.ClauseId, clauses.GetValueOrDefault(task.ClauseId)?.Path ?? "", task.Title,
                byParentClause.GetValueOrDefault(task.ClauseId) ?? []));
        }
        foreach (var target in parent.Indicators)
        {
            // The same name anywhere in the child; else a variant of the name in a child clause linked to the target's.
            var linked = byParentClause.GetValueOrDefault(target.ClauseId) ?? [];
            var stated = child.Indicators.Where(i => Indicator.SameName(i.Name, target.Name)).Select(i => i.ClauseId).Distinct().ToList();
            if (stated.Count == 0)
            {
                stated = child.Indicators.Where(i => linked.Contains(i.ClauseId) && i.Unit == target.Unit && Indicator.VariantName(i.Name, target.Name))
                    .Select(i => i.ClauseId).Distinct().ToList();
            }
            items.Add(new CoverageItem(CoverageKinds.Target, target.Id, target.ClauseId, clauses.GetValueOrDefault(target.ClauseId)?.Path ?? "",
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{target.Name} {target.Comparator} {target.Value}{target.Unit}") + (target.Year is { } y ? $" ({y})" : ""),
                stated));
        }
        var tasks = items.Where(i => i.Kind == CoverageKinds.Task).ToList();
        var targets = items.Where(i => i.Kind == CoverageKinds.Target).ToList();
        return new Coverage(parentId, childId, tasks.Count, tasks.Count(t => t.ImplementedBy.Count > 0), targets.Count,
            targets.Count(t => t.ImplementedBy.Count > 0), items.Where(i => i.ImplementedBy.Count == 0).ToList(), items.Where(i => i.ImplementedBy.Count > 0).ToList());
    }

    public Reuse? ReuseOf(string documentId)
    {
        if (store.GetDocument(documentId) is not { } graph)
        {
            return null;
        }
        var links = store.LinksFrom(documentId).Where(l => l.ChildDocId == documentId).GroupBy(l => l.ChildClauseId).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var parents = new Dictionary<string, DocumentGraph?>(StringComparer.Ordinal);
        var sources = new Dictionary<(string Doc, bool Inferred), int>();
        int characters = 0, boilerplate = 0, reused = 0;
        foreach (var clause in graph.Clauses)
        {
            var text = clause.SearchText;
            // 0 own, 1 boilerplate, 2 reused; a notice's cover is boilerplate whole.
            var marks = new byte[text.Length];
            if (clause.Path.StartsWith("notice", StringComparison.Ordinal))
            {
                Array.Fill(marks, (byte)1);
            }
            foreach (var pattern in BoilerplatePatterns.Value)
            {
                foreach (Match m in pattern.Matches(text))
                {
                    Array.Fill(marks, (byte)1, m.Index, m.Length);
                }
            }
            // Parent links first: a run shared with a parent is reuse even if a sibling shares it too.
            foreach (var link in (links.GetValueOrDefault(clause.Id) ?? []).OrderBy(l => l.Inferred))
            {
                if (!parents.TryGetValue(link.ParentDocId, out var parentGraph))
                {
                    parents[link.ParentDocId] = parentGraph = store.GetDocument(link.ParentDocId);
                }
                if (parentGraph?.Clauses.FirstOrDefault(c => c.Id == link.ParentClauseId) is not { } parentClause)
                {
                    continue;
                }
                var count = 0;
                foreach (var run in PassageAligner.Align(text, parentClause.SearchText).SharedRuns)
                {
                    for (var i = run.PassageStart; i < run.PassageStart + run.Length; i++)
                    {
                        if (marks[i] == 0 && !char.IsWhiteSpace(text[i]))
                        {
                            marks[i] = 2;
                            count++;
                        }
                    }
                }
                var key = (link.ParentDocId, link.Inferred);
                sources[key] = sources.GetValueOrDefault(key) + count;
            }
            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsWhiteSpace(text[i]))
                {
                    continue;
                }
                characters++;
                boilerplate += marks[i] == 1 ? 1 : 0;
                reused += marks[i] == 2 ? 1 : 0;
            }
        }
        var own = characters - boilerplate - reused;
        var share = reused + own == 0 ? 0 : Math.Round((double)reused / (reused + own), 4);
        return new Reuse(documentId, characters, boilerplate, reused, own, share,
            sources.Where(s => s.Value > 0).OrderByDescending(s => s.Value)
                .Select(s => new ReuseSource(s.Key.Doc, parents.GetValueOrDefault(s.Key.Doc)?.Document.Label, s.Value, s.Key.Inferred)).ToList());
    }
}
