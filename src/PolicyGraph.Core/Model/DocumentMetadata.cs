namespace PolicyGraph.Core.Model;

/// <summary>
/// What a document says about itself (domain.md §2, §3, §7), null where it does not say: the one metadata record,
/// produced by the metadata step and kept by the store as part of <see cref="DocumentInfo"/>.
/// </summary>
public record DocumentMetadata
{
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

    /// <summary>Where each metadata field's value was read (field name as in <see cref="MetadataFields"/> → evidence).</summary>
    public MetadataEvidence Evidence { get; init; } = MetadataEvidence.Empty;
}
