using System.Text.RegularExpressions;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Regions;

namespace PolicyGraph.Ingest.Extraction.Metadata;

/// <summary>How a place written by its short name is read: at the head of a site's name or a headline, anywhere in a headline, after its province's name.</summary>
public static partial class PlaceResolver
{
    /// <summary>The one division of the given unit whose short name a site's name or a headline starts with.</summary>
    private static Region? ShortNamedOfUnit(string? site, Evidence evidence, string unit)
    {
        if (site is not { Length: >= 3 })
        {
            return null;
        }
        // A county paper named 今日X (今日仪征, 今日临安): its place follows the 今日.
        if (site.StartsWith("今日", StringComparison.Ordinal) && site.Length >= 4)
        {
            site = site[2..];
        }
        // A province named first (河南夏邑:…, 湖南醴陵…): the division of that province after it, not a county that happens
        // to bear the province's short name (河南 is also 河南蒙古族自治县's).
        for (var p = 2; p <= Math.Min(5, site.Length - 2); p++)
        {
            if (evidence.Gazetteer.FindProvince(site[..p]) is { } province)
            {
                var inner = Enumerable.Range(2, Math.Min(6, site.Length - p) - 1)
                    .SelectMany(length => evidence.Gazetteer.Find(site.Substring(p, length), province))
                    .Where(r => r.Level != Levels.Province && r.Name.EndsWith(unit, StringComparison.Ordinal))
                    .Distinct().ToList();
                if (inner.Count == 1)
                {
                    return inner[0];
                }
            }
        }
        var found = Enumerable.Range(2, Math.Min(6, site.Length) - 1)
            .SelectMany(length => evidence.Gazetteer.FindAll(site[..length]))
            .Where(r => r.Level != Levels.Province && r.Name.EndsWith(unit, StringComparison.Ordinal))
            .Distinct().ToList();
        if (found is [var county] && PrefecturesNamesake(county, evidence))
        {
            return null;
        }
        // A paper's name that reads as a division of another province than the one the text names clearly (龙城时报, a city's
        // byname, over a text about 钟楼区 in 江苏) is no short name of the text's place.
        return found.Count == 1 && (evidence.DominantProvince is not { } dominant || dominant == found[0].Province) ? found[0] : null;
    }

    /// <summary>
    /// A county that bears its prefecture's short name (邵阳: 邵阳市, 邵阳县) and that the text never writes out: a paper or site
    /// of that name (邵阳新闻网) is the prefecture's.
    /// </summary>
    private static bool PrefecturesNamesake(Region county, Evidence evidence) =>
        county.Level == Levels.County && !evidence.Statements.SearchText.Contains(county.Name, StringComparison.Ordinal)
        && evidence.Gazetteer.FindAll(county.ShortName).Any(r => r.Level == Levels.Prefecture && r.Province == county.Province);

    /// <summary>
    /// The one division of the unit a headline names by its short name anywhere in it (关于打造广州质量的行动计划, …生活 杭州质量强市
    /// 建设见成效), for a text that speaks of itself in that unit.
    /// </summary>
    private static Region? NamedWithinHeadline(Evidence evidence, string unit)
    {
        if (evidence.Statements.Title is not { Length: >= 4 and <= 60 } title)
        {
            return null;
        }
        // 兴 after a word is the slogan's verb (以质兴城, 科技兴县: the city prospers by quality), never 兴城 or 兴县.
        var found = Enumerable.Range(0, title.Length - 2).Where(i => !(i > 0 && title[i] == '兴' && char.IsLetter(title[i - 1])))
            .Select(i => ShortNamedOfUnit(title[i..], evidence, unit)).OfType<Region>().Distinct().ToList();
        return found is [{ } only] ? only : null;
    }

    /// <summary>
    /// The one division of the unit the text names by its short name right after its province's (重庆丰都江源农业…, 河南夏邑), for a
    /// text that speaks of itself in that unit: the province names the place it qualifies.
    /// </summary>
    private static (Region, string)? ProvinceQualifiedInText(Evidence evidence, string unit)
    {
        if (evidence.DominantProvince is not { } name || evidence.Gazetteer.FindProvince(name) is not { } province)
        {
            return null;
        }
        var text = evidence.Statements.SearchText;
        var found = new Dictionary<Region, string>();
        foreach (var written in new[] { province.Name, province.ShortName }.Distinct())
        {
            for (var at = text.IndexOf(written, StringComparison.Ordinal); at >= 0 && found.Count <= 1; at = text.IndexOf(written, at + written.Length, StringComparison.Ordinal))
            {
                var span = text.Substring(at, Math.Min(written.Length + 6, text.Length - at));
                // (Not the city that bears the province's own name: 吉林省委 is no 吉林市.)
                if (ShortNamedOfUnit(span, evidence, unit) is { } named && named.Province == province.Name && named.ShortName != province.ShortName)
                {
                    found.TryAdd(named, span);
                }
            }
        }
        return found.Count == 1 ? (found.Keys.Single(), found.Values.Single()) : null;
    }

    /// <summary>
    /// The city or county a feature's headline opens on before a colon (济南:质量是城市的“底色”): what the feature is about,
    /// though it measures itself once against its province (全省).
    /// </summary>
    private static Result? PlaceBeforeColon(Evidence evidence)
    {
        var title = evidence.Statements.Title;
        var colon = title?.IndexOfAny([':', '：']) ?? -1;
        if (title is null || colon is < 2 or > 6)
        {
            return null;
        }
        var head = title[..(colon + 1)];
        var named = ShortNamedOfUnit(head, evidence, "市") ?? ShortNamedOfUnit(head, evidence, "县");
        return named is null ? null : Describe(named, evidence.Gazetteer) with { From = EvidenceSources.TitleLine, FromText = title };
    }

    /// <summary>
    /// The prefecture whose bureau a report names by the city's short name (鹤壁局…来到淇滨区九州路社区, as the quality press
    /// writes 鹤壁市质监局), when every place the text names lies in it and the text speaks of no place as its own.
    /// </summary>
    private static Result? PrefectureOfItsShortBody(Evidence evidence)
    {
        if (evidence.Statements.Issuer is not null || evidence.SpeaksAsAPlace
            || evidence.Mentions.Keys.Where(r => r.Level != Levels.Province).ToList() is not { Count: > 0 } named)
        {
            return null;
        }
        var bureaus = ShortNamedBureau().Matches(evidence.Statements.SearchText)
            .SelectMany(m => evidence.Gazetteer.FindAll(m.Groups["p"].Value))
            .Where(r => r.Level == Levels.Prefecture && named.All(n => n.Equals(r) || Gazetteer.Contains(r, n)))
            .Distinct().ToList();
        return bureaus is [{ } prefecture] ? Describe(prefecture, evidence.Gazetteer) with { From = EvidenceSources.SelfReference, FromText = prefecture.ShortName + "局" } : null;
    }

    [GeneratedRegex(@"(?<![\p{IsCJKUnifiedIdeographs}])(?<p>\p{IsCJKUnifiedIdeographs}{2})(?:质监局|市场监管局|局)")]
    private static partial Regex ShortNamedBureau();

    /// <summary>
    /// Whether a site's or source's place is one the text never names while it names another province's place again and again
    /// (来源: 凤城新闻网 — 凤城 is 泰州's old name as well as 凤城市's — over news of 泰州 that says 泰州 five times).
    /// </summary>
    private static bool UnnamedBesideAnother(string? region, string? province, Evidence evidence)
    {
        var text = evidence.Statements.SearchText;
        if (region is null || evidence.Gazetteer.FindAll(region).Any(r => text.Contains(r.ShortName, StringComparison.Ordinal)))
        {
            return false;
        }
        return evidence.Mentions.Any(m => m.Value >= 2 && m.Key.Province != province)
            || evidence.Gazetteer.Regions.Any(r => r.Level == Levels.Prefecture && r.Province != province && r.ShortName.Length >= 2
                && text.AsSpan().Count(r.ShortName.AsSpan()) >= 2);
    }

    /// <summary>The division a site's name, its owner's or its source's names (<see cref="ShortNamedOfUnit"/>), unless the text never names it and names another province's place again and again.</summary>
    private static Region? SiteDivision(string? site, Evidence evidence, string unit) =>
        ShortNamedOfUnit(site, evidence, unit) is { } division && !UnnamedBesideAnother(division.Name, division.Province, evidence) ? division : null;

    /// <summary>
    /// The one prefecture-level city whose short name a text that speaks as a city writes twice at least (全市… 达州制造、达州服务),
    /// where no other city's short name stands in it: the city's own text naming its products and people by its name.
    /// </summary>
    private static Region? ShortNamedInText(Evidence evidence, string unit)
    {
        // (A text that names a county-level division may be that county-level city's, 玉门市 … 酒泉 twice.)
        if (unit != "市" || evidence.Mentions.Keys.Any(r => r.Level == Levels.County))
        {
            return null;
        }
        var text = evidence.Statements.SearchText;
        var named = evidence.Gazetteer.Regions
            .Where(r => r.Level == Levels.Prefecture && r.ShortName.Length >= 2 && r.ShortName != r.Name && text.Contains(r.ShortName, StringComparison.Ordinal)
                // (吉林 in 吉林省委 is the province's; 吉林市 is named so in full.)
                && (r.ShortName != evidence.Gazetteer.FindProvince(r.Province)?.ShortName || text.Contains(r.Name, StringComparison.Ordinal)))
            .ToList();
        return named is [{ } only] && text.AsSpan().Count(only.ShortName.AsSpan()) >= 2
               && (evidence.DominantProvince is not { } province || province == only.Province)
            ? only
            : null;
    }
}
