namespace PolicyGraph.Core.Model;

/// <summary>One document's graph as ingested: the unit the store writes in one transaction.</summary>
public sealed record DocumentGraph
{
    public required DocumentInfo Document { get; init; }

    /// <summary>The text as read from the file, before normalisation: nothing ingested is lost.</summary>
    public required string OriginalText { get; init; }

    public required IReadOnlyList<Section> Sections { get; init; }
    public required IReadOnlyList<Clause> Clauses { get; init; }
    public IReadOnlyList<Goal> Goals { get; init; } = [];
    public IReadOnlyList<PolicyTask> Tasks { get; init; } = [];
    public IReadOnlyList<Indicator> Indicators { get; init; } = [];
    public IReadOnlyList<Citation> Citations { get; init; } = [];
}
