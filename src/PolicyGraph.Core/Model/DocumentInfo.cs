using System.Text.Json.Serialization;

namespace PolicyGraph.Core.Model;

/// <summary>The scripts a document is written in (<see cref="DocumentInfo.Script"/>).</summary>
public static class Scripts
{
    public const string Simplified = "Hans";
    public const string Traditional = "Hant";
}

/// <summary>What the store keeps of one ingested document: its metadata and how it was ingested.</summary>
public sealed record DocumentInfo : DocumentMetadata
{
    public DocumentInfo()
    {
    }

    /// <summary>A document's record holding <paramref name="metadata"/>'s fields; the ingest fields are set by the caller.</summary>
    public DocumentInfo(DocumentMetadata metadata)
        : base(metadata)
    {
    }

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

    /// <summary>Whether the document is written in Traditional characters.</summary>
    [JsonIgnore]
    public bool Traditional => Script == Scripts.Traditional;

    public int ClauseCount { get; init; }

    public DateTimeOffset IngestedAt { get; init; }

    /// <summary>What to call the document where a title is wanted: its title, else its attachment's, else its file name.</summary>
    public string Label => Title ?? AttachmentTitle ?? Path.GetFileNameWithoutExtension(Source);
}
