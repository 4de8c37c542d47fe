using System.Text.Json.Serialization;
using PolicyGraph.Core.Text;

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

    /// <summary>The search view of <see cref="Text"/> (<see cref="SearchNormaliser"/>), as stored and indexed.</summary>
    public required string SearchText { get; init; }

    /// <summary>Whether <see cref="Text"/> is written in Traditional characters (its document's script).</summary>
    [JsonIgnore]
    public bool Traditional { get; init; }

    /// <summary>
    /// <see cref="SearchText"/> with its offset map back to <see cref="Text"/>: built once, at ingest or on first use,
    /// so that a range found in the search view (a highlight, an aligned run, an indicator) maps to the text as written.
    /// </summary>
    [JsonIgnore]
    public MappedText SearchView
    {
        get => _searchView.Value ??= SearchNormaliser.Normalise(Text, Traditional);
        init => _searchView = new ViewCache { Value = value };
    }

    private ViewCache _searchView = new();

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

/// <summary>
/// Holds a value derived from a record's other members, computed on first use: a cache, so never part of the record's
/// value (every two caches are equal) and not serialised.
/// </summary>
internal sealed class ViewCache : IEquatable<ViewCache>
{
    public MappedText? Value { get; set; }

    public bool Equals(ViewCache? other) => other is not null;

    public override bool Equals(object? obj) => obj is ViewCache;

    public override int GetHashCode() => 0;
}
