using PolicyGraph.Core.Model;

namespace PolicyGraph.Core.Regions;

/// <summary>The region table (<c>Data/regions.tsv</c>, generated from the NBS division lists): its rows read and checked.</summary>
public static class RegionTable
{
    /// <summary>Reads <c>regions.tsv</c> rows (code, name, level, province, short, prefecture, kind, aliases).</summary>
    /// <exception cref="InvalidDataException">A row without its eight columns, or with an unknown level or kind.</exception>
    public static IReadOnlyList<Region> Parse(IEnumerable<string[]> rows, string source)
    {
        var regions = new List<Region>();
        var number = 0;
        foreach (var row in rows)
        {
            number++;
            if (row.Length != 8)
            {
                throw new InvalidDataException($"{source}: data row {number} has {row.Length} columns, expected 8 (code, name, level, province, short, prefecture, kind, aliases)");
            }
            if (row[2] is not (Levels.Province or Levels.Prefecture or Levels.County))
            {
                throw new InvalidDataException($"{source}: data row {number} ({row[1]}): unknown level '{row[2]}'");
            }
            if (!RegionKinds.All.Contains(row[6]))
            {
                throw new InvalidDataException($"{source}: data row {number} ({row[1]}): unknown kind '{row[6]}'");
            }
            if (row[0].Length != (row[2] switch { Levels.Province => 2, Levels.Prefecture => 4, _ => 6 }) || !row[0].All(char.IsAsciiDigit))
            {
                throw new InvalidDataException($"{source}: data row {number} ({row[1]}): code '{row[0]}' does not fit level {row[2]}");
            }
            regions.Add(new Region(row[0], row[1], row[2], row[3], row[4], row[5].Length == 0 ? null : row[5], row[6],
                row[7].Length == 0 ? [] : row[7].Split('|')));
        }
        return regions;
    }

    /// <summary>A region whose province, code or prefecture does not fit the rest of the table.</summary>
    /// <exception cref="InvalidDataException">The first misfit, named with its code.</exception>
    public static void Check(Region region, IReadOnlyDictionary<string, Region> provinces, IReadOnlyDictionary<string, Region> byCode, string source)
    {
        if (!provinces.TryGetValue(region.Province, out var province) || province.Name != region.Province)
        {
            throw new InvalidDataException($"{source}: {region.Name} ({region.Code}): province '{region.Province}' is not a province of the table");
        }
        if (region.Level == Levels.Province ? region.Province != region.Name : !region.Code.StartsWith(province.Code, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{source}: {region.Name} ({region.Code}): code does not lie in {region.Province} ({province.Code})");
        }
        if (region.Prefecture is null)
        {
            return;
        }
        if (region.Level != Levels.County
            || !byCode.TryGetValue(region.Code[..4], out var prefecture)
            || prefecture.Level != Levels.Prefecture
            || prefecture.Name != region.Prefecture)
        {
            throw new InvalidDataException($"{source}: {region.Name} ({region.Code}): prefecture '{region.Prefecture}' is not the prefecture-level division {region.Code[..4]}");
        }
    }
}
