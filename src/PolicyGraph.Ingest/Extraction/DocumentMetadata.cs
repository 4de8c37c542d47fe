namespace PolicyGraph.Ingest.Extraction;

/// <summary>What a document says about itself (domain.md §2, §3, §7). Null where the document does not say.</summary>
public sealed record DocumentMetadata
{
    public string? Title { get; init; }
    public string? DocNumber { get; init; }
    public string? Issuer { get; init; }
    public string? Date { get; init; }
    public string? Published { get; init; }
    public int? Year { get; init; }
    public string? Level { get; init; }
    public string? Province { get; init; }
    public string? Region { get; init; }
    public string? Prefecture { get; init; }
    public string? DocType { get; init; }
    public string? AttachmentTitle { get; init; }

    /// <summary>Where each field's value was read.</summary>
    public Core.Model.MetadataEvidence Evidence { get; init; } = Core.Model.MetadataEvidence.Empty;
}
