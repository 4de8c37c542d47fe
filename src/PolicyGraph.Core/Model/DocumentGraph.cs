namespace PolicyGraph.Core.Model;

/// <summary>What the store keeps of one ingested document: its metadata and how it was ingested.</summary>
public sealed record DocumentInfo
{
    public required string Id { get; init; }

    /// <summary>The path of the ingested file as given (contract.md).</summary>
    public required string Source { get; init; }

    /// <summary>The identity of the source (canonical full path, or upload name): one document per key.</summary>
    public required string SourceKey { get; init; }

    /// <summary>SHA-256 of the file's bytes and the pipeline version: together they say "unchanged".</summary>
    public required string ContentHash { get; init; }

    public required string PipelineVersion { get; init; }

    public required string Format { get; init; }

    /// <summary><c>Hans</c> or <c>Hant</c>: the script the document is written in.</summary>
    public required string Script { get; init; }

    public string? Title { get; init; }

    public string? DocNumber { get; init; }

    public string? Issuer { get; init; }

    /// <summary>成文日期 (the date under the signature), <c>YYYY-MM-DD</c>.</summary>
    public string? Date { get; init; }

    /// <summary>A web page's publication date (发布日期, 生成日期, 时间), kept apart from <see cref="Date"/>.</summary>
    public string? Published { get; init; }

    public int? Year { get; init; }

    public string? Level { get; init; }

    public string? Province { get; init; }

    public string? Region { get; init; }

    /// <summary>The prefecture-level division the document's jurisdiction is (prefecture level) or lies in (county level).</summary>
    public string? Prefecture { get; init; }

    public string? DocType { get; init; }

    /// <summary>For a notice that wraps a policy (关于印发《X》的通知): X's title.</summary>
    public string? AttachmentTitle { get; init; }

    public int ClauseCount { get; init; }

    /// <summary>Where each metadata field's value was read (field name as in <see cref="MetadataFields"/> → evidence).</summary>
    public MetadataEvidence Evidence { get; init; } = MetadataEvidence.Empty;

    public DateTimeOffset IngestedAt { get; init; }

    /// <summary>What to call the document where a title is wanted: its title, else its attachment's, else its file name.</summary>
    public string Label => Title ?? AttachmentTitle ?? Path.GetFileNameWithoutExtension(Source);
}

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

public sealed record Clause
{
    public required string Id { get; init; }
    public string? SectionId { get; init; }
    public required int Ordinal { get; init; }
    public required string Path { get; init; }
    public string? Number { get; init; }

    /// <summary>A first-sentence heading (<c>1. 产品质量。加快…</c> → 产品质量), when the clause has one.</summary>
    public string? Heading { get; init; }

    public required string Role { get; init; }

    /// <summary>The clause as written (original script and punctuation), lines rejoined.</summary>
    public required string Text { get; init; }

    /// <summary>The search view of <see cref="Text"/>.</summary>
    public required string SearchText { get; init; }

    /// <summary>The quality-domain facet (domain.md §10): product, construction, standardisation …</summary>
    public string? Facet { get; init; }

    /// <summary>Whether <see cref="Facet"/> came from a heading (true) or from the classifier (false).</summary>
    public bool FacetFromHeading { get; init; }

    /// <summary>The paragraph this one hangs under (a <c>——</c> item's lead sentence), if any.</summary>
    public string? LeadId { get; init; }

    /// <summary>Where the clause lies in the document's original text.</summary>
    public int SourceStart { get; init; }

    public int SourceEnd { get; init; }
}

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
