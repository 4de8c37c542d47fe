using PolicyGraph.Core.Citations;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Store;
using PolicyGraph.Core.Text;

namespace PolicyGraph.Core.Queries;

/// <summary>One document's target for an indicator, with where the document stands.</summary>
public sealed record LadderTarget(
    string DocId, string DocTitle, string? Level, string? Province, string? Region, int? DocYear,
    string IndicatorId, string ClauseId, string Name, string Comparator, double Value, string Unit, int? Year, string Text);

/// <summary>
/// What a lower-level document did with a parent's target: <c>copied</c> (same value), <c>raised</c> or
/// <c>lowered</c> (a higher or lower number), or <c>dropped</c> (it states no target of that name).
/// <see cref="Stricter"/> says whether the change asks for more: a higher floor or a lower ceiling.
/// </summary>
public sealed record LadderStep(string ChildDocId, string ParentDocId, string? ChildLevel, string? ParentLevel, string Change, bool? Stricter,
    LadderTarget Parent, LadderTarget? Child);

/// <summary>The indicator ladder: every document's target for one indicator, and each linked pair's change.</summary>
public sealed record Ladder(string Name, IReadOnlyList<LadderTarget> Targets, IReadOnlyList<LadderStep> Steps);

public static class LadderChanges
{
    public const string Copied = "copied";
    public const string Raised = "raised";
    public const string Lowered = "lowered";
    public const string Dropped = "dropped";
}

/// <summary>
/// Builds the ladder of an indicator (issue 5): the targets of every document that states it, from national to
/// county and over the years, and for each document that implements an ingested parent stating it, whether it
/// copied, raised, lowered or dropped the parent's target. Names match when one contains the other (local
/// documents qualify their parents' names); of several candidates, the closest name and the nearest year are compared.
/// </summary>
public sealed class IndicatorLadder(IGraphStore store, DocumentRegistry registry)
{
    private readonly CitationResolver _resolver = new(store, registry);

    public Ladder For(string name)
    {
        var query = SearchNormaliser.ToSearchText(name).Trim();
        if (query.Length < 2)
        {
            throw new ArgumentException("an indicator name needs at least two characters", nameof(name));
        }
        var graphs = store.DocumentsWithIndicator(query).Select(store.GetDocument).OfType<DocumentGraph>().ToList();
        var targets = graphs.SelectMany(g => g.Indicators.Where(i => Indicator.SameName(i.Name, query)).Select(i => Target(g.Document, i)))
            .OrderBy(t => Levels.Order(t.Level))
            .ThenBy(t => t.DocYear ?? int.MaxValue)
            .ThenBy(t => t.DocId, StringComparer.Ordinal)
            .ThenBy(t => t.Year ?? int.MaxValue)
            .ToList();
        var steps = new List<LadderStep>();
        var byDocument = targets.GroupBy(t => t.DocId).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var (parentId, parentTargets) in byDocument)
        {
            if (_resolver.Node(parentId) is not { } parent)
            {
                continue;
            }
            foreach (var (child, _) in _resolver.Citing(parent).OrderBy(c => c.Document.Year).ThenBy(c => c.Document.Id, StringComparer.Ordinal))
            {
                var childTargets = byDocument.GetValueOrDefault(child.Id) ?? [];
                // One step per name the parent states: its target for the child's year, else its main (latest) one.
                foreach (var nameGroup in parentTargets.GroupBy(t => t.Name))
                {
                    var match = childTargets.Where(c => Indicator.SameName(c.Name, nameGroup.Key))
                        .OrderBy(c => Math.Abs(c.Name.Length - nameGroup.Key.Length)).ThenByDescending(c => c.Year ?? 0).FirstOrDefault();
                    var parentTarget = nameGroup.OrderBy(p => Math.Abs((p.Year ?? 0) - (match?.Year ?? child.Year ?? 0)))
                        .ThenByDescending(p => p.Year ?? 0).First();
                    if (match is not null && childTargets.Any(c => c != match && c.Name == match.Name && c.Year == parentTarget.Year))
                    {
                        match = childTargets.First(c => c.Name == match.Name && c.Year == parentTarget.Year);
                    }
                    steps.Add(Step(child, parentTarget, match));
                }
            }
        }
        return new Ladder(query, targets, steps);
    }

    private static LadderStep Step(DocumentInfo child, LadderTarget parent, LadderTarget? target)
    {
        if (target is null)
        {
            return new LadderStep(child.Id, parent.DocId, child.Level, parent.Level, LadderChanges.Dropped, null, parent, null);
        }
        var change = target.Value == parent.Value ? LadderChanges.Copied : target.Value > parent.Value ? LadderChanges.Raised : LadderChanges.Lowered;
        bool? stricter = change == LadderChanges.Copied ? false
            : target.Comparator.StartsWith('<') ? target.Value < parent.Value
            : target.Value > parent.Value;
        return new LadderStep(child.Id, parent.DocId, child.Level, parent.Level, change, stricter, parent, target);
    }

    private static LadderTarget Target(DocumentInfo d, Indicator i) =>
        new(d.Id, d.Label, d.Level, d.Province, d.Region, d.Year, i.Id, i.ClauseId, i.Name, i.Comparator, i.Value, i.Unit, i.Year, i.Text);
}
