namespace PolicyGraph.Core.Model;

/// <summary>A task a clause sets, with its lead (牵头/责任) and supporting (配合) departments.</summary>
public sealed record PolicyTask
{
    public required string Id { get; init; }
    public required string ClauseId { get; init; }
    public required string Title { get; init; }
    public IReadOnlyList<DepartmentRef> Lead { get; init; } = [];
    public IReadOnlyList<DepartmentRef> Support { get; init; } = [];
}

/// <summary>A department named as responsible for a task (domain.md §6).</summary>
public sealed record DepartmentRef
{
    /// <summary>As written (区市场监管局, 省質監局).</summary>
    public required string Name { get; init; }

    /// <summary>Full name in its jurisdiction, Simplified (贵池区市场监督管理局).</summary>
    public required string Canonical { get; init; }

    /// <summary>Line of function from a fixed vocabulary (market-regulation, development-reform …), comparable across places and years.</summary>
    public string? Function { get; init; }

    public string? Jurisdiction { get; init; }
}
