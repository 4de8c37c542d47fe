namespace PolicyGraph.Core.Model;

/// <summary>A section of a document's outline (一、, (一), 1. …): its heading, role and place in the tree.</summary>
public sealed record Section
{
    public required string Id { get; init; }
    public string? ParentId { get; init; }
    public required int Ordinal { get; init; }

    /// <summary>Position in the outline, one-based, dotted: <c>3.2</c> is the second child of the third part.</summary>
    public required string Path { get; init; }

    /// <summary>The number as written, folded to half width: <c>三、</c>, <c>(二)</c>, <c>1.</c>.</summary>
    public string? Number { get; init; }

    public required string Heading { get; init; }
    public required string Role { get; init; }
    public required string Kind { get; init; }
}
