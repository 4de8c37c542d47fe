using PolicyGraph.Core.Model;
using PolicyGraph.Core.Regions;

namespace PolicyGraph.Ingest.Extraction.Metadata;

/// <summary>A place read from a name (an issuer's, a title's head), a code or a name the gazetteer does not know.</summary>
public static partial class PlaceResolver
{
    /// <summary>
    /// The place an organisation's name (or a title's head) starts with. A title's head counts only when the
    /// gazetteer knows its place: 加快推进质量强市 ends in 市 without being one.
    /// </summary>
    private static Result? FromName(string name, Evidence evidence, bool knownOnly)
    {
        foreach (var body in name.Split('、'))
        {
            var text = PartyPrefix().Replace(body, string.Empty);
            var places = evidence.Gazetteer.LeadingPlaces(text);
            if (places.Count > 0)
            {
                var last = places[^1];
                if ((last.Region ?? Decide(last.Candidates, evidence)) is { } region)
                {
                    return Describe(region, evidence.Gazetteer);
                }
                // A name several divisions share and nothing decides: its level, and a province when they share one.
                var provinces = last.Candidates.Select(r => r.Province).Distinct().ToList();
                return new Result(last.Level, provinces.Count == 1 ? provinces[0] : null, last.Text, null, null, null);
            }
            // A name that leaves its place out (市市场监督管理局) names no place, known or not.
            if (!knownOnly && IssuerNames.AbbreviatedUnit(text) is null && UnknownPlace(text, evidence) is { } unknown)
            {
                return unknown;
            }
        }
        return null;
    }

    /// <summary>Among divisions of one name, the one the issuer code or the text's province points to.</summary>
    private static Region? Decide(IReadOnlyList<Region> candidates, Evidence evidence)
    {
        if (evidence.Statements.DocNumber is { } number && IssuerCodes.CodeOf(number) is { } code)
        {
            var pointed = candidates.Where(r => IssuerCodes.Instance.Resolve(code, evidence.Gazetteer.Parent(r)).Region?.Equals(r) == true).ToList();
            if (pointed.Count == 1)
            {
                return pointed[0];
            }
        }
        var province = evidence.DominantProvince;
        var inProvince = province is null ? [] : candidates.Where(r => r.Province == province).ToList();
        return inProvince.Count == 1 ? inProvince[0] : null;
    }

    /// <summary>
    /// The division an issuer code names: alone when it is a province's abbreviation or a prefecture's code; a
    /// county-level code inside the province the text names (怀政发 in a text about 山西 → 怀仁市).
    /// </summary>
    private static Region? FromCode(IssuerCodeResolution code, Evidence evidence)
    {
        if (code.Region is { } region && code.Certainty is IssuerCodeCertainty.Reviewed or IssuerCodeCertainty.Generated)
        {
            // A prefecture code the text contradicts (it names another province throughout) is not taken.
            var province = evidence.DominantProvince;
            return province is null || region.Province == province ? region : null;
        }
        if (code.Certainty is IssuerCodeCertainty.NeedsContext or IssuerCodeCertainty.Ambiguous && evidence.DominantProvince is { } named
            && evidence.Gazetteer.FindProvince(named) is { } within)
        {
            return IssuerCodes.Instance.Resolve(code.Code, within) is { Certainty: IssuerCodeCertainty.WithinContext or IssuerCodeCertainty.Reviewed, Region: { } found } ? found : null;
        }
        return null;
    }

    private static Result Describe(Region region, Gazetteer gazetteer) => new(
        region.Level, region.Province, region.Name,
        region.Level == Levels.Prefecture ? region.Name : region.Level == Levels.County ? gazetteer.PrefectureOf(region)?.Name : null,
        null, null);

    /// <summary>A place the gazetteer does not know (苍澜省, 望川市): its level from its unit or from whom the document addresses.</summary>
    private static Result? UnknownPlace(string name, Evidence evidence)
    {
        var m = PlaceUnit().Match(name);
        if (!m.Success || UnitWord().IsMatch(m.Value) || PlaceholderPlace().IsMatch(m.Value))
        {
            return null;
        }
        var place = m.Value;
        string? level = m.Groups["suffix"].Value switch
        {
            "省" or "自治区" => Levels.Province,
            "自治州" or "地区" or "盟" => Levels.Prefecture,
            "县" or "自治县" or "旗" or "自治旗" or "区" => Levels.County,
            _ => null,
        };
        level ??= LevelFromAddressees(evidence.Statements.Addressees);
        var province = level == Levels.Province ? place : evidence.DominantProvince;
        if (level is null && province is not null && evidence.Gazetteer.FindProvince(province) is not null && place.EndsWith('市'))
        {
            // The gazetteer lists every prefecture-level city of a real province: a 市 it does not list is county-level.
            level = Levels.County;
        }
        return new Result(level, province, place, level == Levels.Prefecture ? place : null, null, null);
    }

    /// <summary>
    /// The divisions whose name (full or short, two to <paramref name="longest"/> characters) ends right before
    /// <paramref name="end"/> in <paramref name="text"/> (宁波 in …宁波出台…), each with where its name starts.
    /// </summary>
    private static IEnumerable<(Region Region, int Start)> NamedEndingAt(string text, int end, Gazetteer gazetteer, int longest = 6) =>
        Enumerable.Range(2, Math.Max(0, Math.Min(longest, end) - 1))
            .SelectMany(length => gazetteer.FindAll(text[(end - length)..end]).Select(region => (region, end - length)));

    /// <summary>
    /// The divisions whose name (two to <paramref name="longest"/> characters) starts right at <paramref name="start"/> in
    /// <paramref name="text"/> (海城市 in 批准海城市筹建…), each with where its name ends.
    /// </summary>
    private static IEnumerable<(Region Region, int End)> NamedStartingAt(string text, int start, Gazetteer gazetteer, int longest = 6) =>
        Enumerable.Range(2, Math.Max(0, Math.Min(longest, text.Length - start) - 1))
            .SelectMany(length => gazetteer.FindAll(text.Substring(start, length)).Select(region => (region, start + length)));

    /// <summary>Whether a headline opens on the division's name, full or short (巴彦淖尔组建工作专班…): whose news it is, whatever central body it names.</summary>
    private static bool OpensOn(string? headline, Region region, Gazetteer gazetteer) =>
        headline is not null && NamedStartingAt(headline, 0, gazetteer).Any(named => named.Region.Equals(region));
}
