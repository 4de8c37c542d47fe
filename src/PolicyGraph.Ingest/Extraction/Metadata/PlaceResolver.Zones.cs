using System.Text.RegularExpressions;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Regions;

namespace PolicyGraph.Ingest.Extraction.Metadata;

/// <summary>Development zones the division list does not hold.</summary>
public static partial class PlaceResolver
{
    /// <summary>
    /// A development zone that governs at county level but is not in the NBS list (遵义国家经济技术开发区, 遵义经开区): named
    /// after its prefecture, in the issuer, the title or a text that speaks of itself as a 区 (该区, 全区), and the only such
    /// zone the text names. Its name is written whole, as its management committee signs (遵义经济技术开发区).
    /// </summary>
    private static Result? UnlistedZone(Evidence evidence)
    {
        var statements = evidence.Statements;
        var zones = new Dictionary<string, (Region Prefecture, string Written)>(StringComparer.Ordinal);
        foreach (var source in new[] { statements.Issuer, statements.Title, statements.SearchText })
        {
            if (source is null)
            {
                continue;
            }
            foreach (Match kind in ZoneKind().Matches(source))
            {
                if (PrefectureBefore(source, kind.Index, evidence.Gazetteer) is ({ } city, var start)
                    && city.ShortName + FullKind(kind.Value) is var name && evidence.Gazetteer.FindByName(name) is null)
                {
                    zones.TryAdd(name, (city, source[start..(kind.Index + kind.Length)]));
                }
            }
        }
        var ownZone = (statements.Issuer ?? statements.Title) is { } head && ZoneKind().IsMatch(head)
            || evidence.SelfReferences.GetValueOrDefault("区") > 0;
        return ownZone && zones.ToList() is [var (zone, (prefecture, written))]
            ? new Result(Levels.County, prefecture.Province, zone, prefecture.Name, EvidenceSources.SelfReference, written)
            : null;
    }

    /// <summary>The prefecture whose name or short name ends at <paramref name="at"/> (after 市, 国家 or 国家级 are skipped).</summary>
    private static (Region Prefecture, int Start)? PrefectureBefore(string text, int at, Gazetteer gazetteer)
    {
        var end = at;
        foreach (var skipped in new[] { "国家级", "国家" })
        {
            if (end >= skipped.Length && text.AsSpan(end - skipped.Length, skipped.Length).SequenceEqual(skipped))
            {
                end -= skipped.Length;
                break;
            }
        }
        for (var length = 4; length >= 2; length--)
        {
            if (end - length < 0)
            {
                continue;
            }
            var name = text.Substring(end - length, length);
            if (gazetteer.FindAll(name).FirstOrDefault(r => r.Level == Levels.Prefecture && (r.Name == name || r.ShortName == name)) is { } prefecture)
            {
                return (prefecture, end - length);
            }
        }
        return null;
    }

    private static string FullKind(string kind) => kind switch
    {
        "经开区" => "经济技术开发区",
        "高新区" => "高新技术产业开发区",
        _ => kind,
    };

    [GeneratedRegex("经济技术开发区|经开区|高新技术产业开发区|高新区")]
    private static partial Regex ZoneKind();
}
