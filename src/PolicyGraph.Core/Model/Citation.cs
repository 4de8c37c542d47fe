namespace PolicyGraph.Core.Model;

/// <summary>A citation of another document, by number, by title in 《》, or by a defined alias (以下简称《纲要》).</summary>
public sealed record Citation
{
    public required string Id { get; init; }
    public string? ClauseId { get; init; }

    /// <summary>The citation as written.</summary>
    public required string Raw { get; init; }

    /// <summary>The number as written, normalised; null for a citation by title or alias only.</summary>
    public string? Number { get; init; }

    public string? Title { get; init; }

    /// <summary>IMPLEMENTS when the document says it implements the cited one (贯彻落实, 根据, 按照 …), else CITES.</summary>
    public required string Relation { get; init; }
}

/// <summary>Relations between documents (architecture.md).</summary>
public static class Relations
{
    public const string Cites = "CITES";
    public const string Implements = "IMPLEMENTS";
}
