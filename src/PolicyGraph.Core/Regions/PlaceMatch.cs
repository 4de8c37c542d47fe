namespace PolicyGraph.Core.Regions;

/// <summary>
/// A place an organisation's name starts with (<see cref="Gazetteer.LeadingPlaces"/>): the characters matched
/// and every division they can mean there.
/// </summary>
/// <param name="Start">Where the name starts in the organisation's name.</param>
/// <param name="Length">How many characters it takes.</param>
/// <param name="Text">The name as written (长阳县, 池州市).</param>
/// <param name="Candidates">The divisions it can mean, inside the place before it; one when it is pinned down.</param>
public sealed record PlaceMatch(int Start, int Length, string Text, IReadOnlyList<Region> Candidates)
{
    /// <summary>The division meant, when only one can be; null for an ambiguous name (鼓楼区 with no place before it).</summary>
    public Region? Region => Candidates.Count == 1 ? Candidates[0] : null;

    /// <summary>The level every candidate has (鼓楼区 is county-level wherever it is), or null when they differ.</summary>
    public string? Level => Candidates.Select(c => c.Level).Distinct().Count() == 1 ? Candidates[0].Level : null;
}
