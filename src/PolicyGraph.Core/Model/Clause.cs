using System.Text.Json.Serialization;
using PolicyGraph.Core.Text;

namespace PolicyGraph.Core.Model;

/// <summary>A clause: one paragraph of policy text (or a <c>——</c> item) under its section, with its role and search view.</summary>
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
        get => _searchView.For(Text, Traditional);
        init => _searchView = new ViewCache(value);
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

/// <summary>
/// A clause's search view, built on first use and kept: a cache, so never part of the record's value (every two caches
/// are equal) and not serialised. A copy made with <c>with</c> shares it, so it is used only while it was built from the
/// text and script asked for.
/// </summary>
internal sealed class ViewCache(MappedText? view = null) : IEquatable<ViewCache>
{
    private (MappedText View, bool? Traditional)? _built = view is null ? null : (view, null);

    public MappedText For(string text, bool traditional)
    {
        if (_built is ({ } view, var script) && ReferenceEquals(view.SourceText, text) && (script ?? traditional) == traditional)
        {
            return view;
        }
        var built = SearchNormaliser.Normalise(text, traditional);
        _built = (built, traditional);
        return built;
    }

    public bool Equals(ViewCache? other) => other is not null;

    public override bool Equals(object? obj) => obj is ViewCache;

    public override int GetHashCode() => 0;
}
