using PolicyGraph.Core.Model;
using PolicyGraph.Core.Text;

namespace PolicyGraph.Core.Regions;

/// <summary>A provincial or prefecture-level division of mainland China.</summary>
public sealed record Region(string Code, string Name, string Level, string Province, string ShortName);

/// <summary>
/// The provinces and prefecture-level divisions (NBS codes, generated into <c>Data/regions.tsv</c> by
/// <c>tools/gen-gazetteer.py</c>). Complete at these two levels, so a 市 that is not here is county-level.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Shared = new(() => new Gazetteer(
        EmbeddedData.ReadTsv("regions.tsv").Select(r => new Region(r[0], r[1], r[2], r[3], r[4])).ToList()));

    private readonly Dictionary<string, Region> _byName;
    private readonly ILookup<string, Region> _byShortName;

    public Gazetteer(IReadOnlyList<Region> regions)
    {
        Regions = regions;
        _byName = regions.ToDictionary(r => r.Name, StringComparer.Ordinal);
        _byShortName = regions.ToLookup(r => r.ShortName, StringComparer.Ordinal);
    }

    public static Gazetteer Instance => Shared.Value;

    public IReadOnlyList<Region> Regions { get; }

    public Region? FindByName(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The province-level division with this full or short name (山西省, 山西, 内蒙古).</summary>
    public Region? FindProvince(string name) =>
        _byName.TryGetValue(name, out var r) && r.Level == Levels.Province
            ? r
            : _byShortName[name].FirstOrDefault(x => x.Level == Levels.Province);

    /// <summary>
    /// How often each division is named in <paramref name="text"/>: by full name, or — for provinces — by short
    /// name (山西精品, 四川造). Prefectures' short names are too often ordinary words (中山, 白山) to count.
    /// </summary>
    public IReadOnlyDictionary<Region, int> CountMentions(string text)
    {
        var counts = new Dictionary<Region, int>();
        foreach (var region in Regions)
        {
            var name = region.Level == Levels.Province ? region.ShortName : region.Name;
            var n = CountOccurrences(text, name);
            if (n > 0)
            {
                counts[region] = n;
            }
        }
        return counts;
    }

    private static int CountOccurrences(string text, string word)
    {
        var n = 0;
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            n++;
        }
        return n;
    }
}
