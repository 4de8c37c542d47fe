namespace PolicyGraph.Core.Model;

/// <summary>A goal a clause states (a clause in a goal section, or one worded as a target).</summary>
public sealed record Goal
{
    public required string Id { get; init; }
    public required string ClauseId { get; init; }
    public required string Title { get; init; }
}
