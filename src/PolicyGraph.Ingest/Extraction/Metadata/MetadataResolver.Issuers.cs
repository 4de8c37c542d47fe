using System.Text.RegularExpressions;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Regions;
using PolicyGraph.Core.Text;
using PolicyGraph.Ingest.Outline;

namespace PolicyGraph.Ingest.Extraction.Metadata;

/// <summary>An issuer written out: an abbreviated one completed from another place of the page or from the document's place, a signed form preferred, a place's official name.</summary>
public static partial class MetadataResolver
{
    /// <summary>
    /// An abbreviated issuer (市人民政府 in a title) written out in full where another place of the document names the
    /// same body with its place (the signature 荆州市人民政府).
    /// </summary>
    private static string? FullIssuer(string? issuer, IReadOnlyList<MetadataCandidate> candidates, Dictionary<string, FieldEvidence> evidence)
    {
        if (issuer is null || issuer.Split('、').All(b => IssuerNames.AbbreviatedUnit(b) is null))
        {
            return issuer;
        }
        var bodies = issuer.Split('、');
        var full = candidates.Where(c => c.Field == MetadataFields.Issuer).Select(c => c.Value.Split('、')).FirstOrDefault(other =>
            other.Length == bodies.Length && bodies.Zip(other).All(p => p.First == p.Second ||
                (IssuerNames.AbbreviatedUnit(p.First) is { } unit && IssuerNames.AbbreviatedUnit(p.Second) is null &&
                 p.Second.EndsWith(p.First[unit.Length..], StringComparison.Ordinal) && IssuerNames.Complete(p.First, p.Second[..^(p.First.Length - unit.Length)]) is { } c &&
                 (c == p.Second || c == "中共" + p.Second))));
        if (full is null)
        {
            return issuer;
        }
        var completed = string.Join("、", full);
        var from = candidates.First(c => c.Field == MetadataFields.Issuer && c.Value == completed);
        evidence[MetadataFields.Issuer] = evidence[MetadataFields.Issuer] with { From = evidence[MetadataFields.Issuer].From + "+" + from.From };
        return completed;
    }

    /// <summary>
    /// The government or its office that a 文号 names when nothing else on the page names an issuer (漯政〔2018〕21号 on a
    /// page that prints no title and signs with a date only): a place code in the series of the government (政, 政发, 府发)
    /// or of its office (政办, 政办发, 府办发), of the place the document is found to be of; or a department its code spells
    /// in a short form the department table knows (豫质监标发: 质监 → 质监局 → 河南省质量技术监督局; a province's 厅 before its
    /// 局). Any other series (a party committee's) names no body this way.
    /// </summary>
    private static string? IssuerOfNumber(string? docNumber, string region, string text)
    {
        if (docNumber is null || IssuerCodes.CodeOf(docNumber) is not { } code
            || IssuerCodes.Instance.Resolve(code) is not { Region: { } coded } resolved || coded.Name != region)
        {
            return null;
        }
        if (resolved.Department.Length > 0)
        {
            // The one the page names in full (许工信 over …报送许昌市工业和信息化委员会科技科: the 委, not the 局) comes first.
            var units = coded.Level == Levels.Province ? new[] { "厅", "局", "委" } : ["局", "委"];
            var named = Enumerable.Range(2, Math.Max(0, resolved.Department.Length - 1)).Reverse()
                .SelectMany(length => units.Select(u => resolved.Department[..length] + u)).Where(IsKnownAbbreviation)
                .Select(shortName => region + Core.Departments.DepartmentNames.Instance.Expand(shortName)).ToList();
            return named.FirstOrDefault(full => text.Contains(full, StringComparison.Ordinal)) ?? named.FirstOrDefault();
        }
        return resolved.Series switch
        {
            "政" or "政发" or "政文" or "府发" or "府" or "政函" or "府函" => region + "人民政府",
            // A province's government has a 办公厅, a prefecture's or a county's a 办公室 (京政办发: 北京市人民政府办公厅).
            "政办" or "政办发" or "政办文" or "府办发" or "府办" or "政办函" or "府办函" => region + (coded.Level == Levels.Province ? "人民政府办公厅" : "人民政府办公室"),
            _ => null,
        };
    }

    /// <summary>
    /// The central body a national 文号 names by its code when the page prints no issuer (国市监质发〔2022〕58号: 国家市场监督
    /// 管理总局), as the reviewed issuer-series list gives it; 中发 and 中办发 are joint as often as not, and name nobody this way.
    /// </summary>
    private static string? NationalIssuerOfNumber(string? docNumber) =>
        docNumber is not null && IssuerCodes.CodeOf(docNumber) is { } code && IssuerCodes.Instance.Resolve(code).Certainty == IssuerCodeCertainty.National
            ? IssuerCodes.Instance.NationalBody(code)
            : null;

    private static bool IsKnownAbbreviation(string shortName) =>
        Core.Departments.DepartmentNames.Instance.Abbreviations.Any(a => a.Short == shortName);

    /// <summary>
    /// The provincial bureau a notice without a signature speaks as (省局决定…, 经省局组织…) and sends to its own kind a level
    /// down (各设区市质监局, 省局各直属单位): the province's bureau of the department the addressees name (江西省质量技术监督局).
    /// </summary>
    private static string? BureauOfItsAddressees(string? addressees, string search, string province)
    {
        if (addressees is null || !ProvincialBureauVoice().IsMatch(search) || LowerBureau().Match(addressees) is not { Success: true } lower)
        {
            return null;
        }
        return province + Core.Departments.DepartmentNames.Instance.Expand(lower.Groups["dept"].Value);
    }

    [GeneratedRegex(@"省局(?:决定|研究|组织|要求|将|对|在|同意)")]
    private static partial Regex ProvincialBureauVoice();

    // The first addressee: the bureaus of the cities below (各设区市质监局, 各市(州)市场监管局).
    [GeneratedRegex(@"^各(?:设区市|省辖市|地级市|市|市州|市\(州\)|市（州）|州市)(?<dept>\p{IsCJKUnifiedIdeographs}{2,12}?局)")]
    private static partial Regex LowerBureau();

    /// <summary>
    /// The same body named with more or less of its place in the title and under the signature (湖南省衡阳市人民政府 over
    /// the title, 衡阳市人民政府 signing; 南谯区人民政府 over it, 滁州市南谯区人民政府 signing; 浙江省质监局 over it, 浙江省质量技术
    /// 监督局 signing): the body signs with its own name, so the signature's form is the issuer. Only when what one adds is a
    /// place the gazetteer knows, or the department's name written out.
    /// </summary>
    private static string? SignedForm(string? issuer, IReadOnlyList<MetadataCandidate> candidates, Dictionary<string, FieldEvidence> evidence, Gazetteer gazetteer)
    {
        if (issuer is null || issuer.Contains('、', StringComparison.Ordinal)
            || candidates.FirstOrDefault(c => c.Field == MetadataFields.Issuer && c.Where is StatedIn.SignOff or StatedIn.InlineSignOff) is not { } signed
            || signed.Value == issuer || signed.Value.Contains('、', StringComparison.Ordinal))
        {
            return issuer;
        }
        // The title's short name of the body and the signature's full one (浙江省质监局, 浙江省质量技术监督局): the signature's.
        if (Core.Departments.DepartmentNames.Instance.Expand(issuer) == signed.Value)
        {
            evidence[MetadataFields.Issuer] = new FieldEvidence(signed.From, signed.Text);
            return signed.Value;
        }
        var (longer, shorter) = signed.Value.Length > issuer.Length ? (signed.Value, issuer) : (issuer, signed.Value);
        if (!longer.EndsWith(shorter, StringComparison.Ordinal) || shorter.Length < 5
            || gazetteer.FindAll(longer[..^shorter.Length]).Count == 0)
        {
            return issuer;
        }
        evidence[MetadataFields.Issuer] = new FieldEvidence(signed.From, signed.Text);
        return signed.Value;
    }

    /// <summary>An issuer whose place is written in a short official form (互助县人民政府) with the place's full name (互助土族自治县人民政府).</summary>
    private static string? OfficialPlaceName(string? issuer, Gazetteer gazetteer)
    {
        if (issuer is null)
        {
            return null;
        }
        var bodies = issuer.Split('、');
        for (var b = 0; b < bodies.Length; b++)
        {
            // Places are named in Simplified (焉耆縣市場監督管理局 is read as 焉耆县…); the rest stays as written.
            var simplified = SearchNormaliser.ToSearchText(bodies[b], traditional: null);
            var places = gazetteer.LeadingPlaces(simplified.Length == bodies[b].Length ? simplified : bodies[b]);
            if (places.Count > 0 && places[^1] is { Region: { } region } last && last.Text != region.Name && region.Aliases.Contains(last.Text))
            {
                bodies[b] = bodies[b][..last.Start] + region.Name + bodies[b][(last.Start + last.Length)..];
            }
            else if (places.Count == 0 && SearchNormaliser.ToSearchText(bodies[b], traditional: null) is var search
                     && ShortNamedGovernment().Match(search) is { Success: true } named
                     && gazetteer.FindAll(named.Groups["place"].Value).Where(r => r.ShortName == named.Groups["place"].Value && r.Level != Levels.Province).ToList() is [var only])
            {
                bodies[b] = only.Name + search[named.Groups["place"].Length..]; // 寿光人民政府 (壽光人民政府) → 寿光市人民政府
            }
            // Its department by its official name too (衢州市市场监管局 → 衢州市市场监督管理局).
            var leading = gazetteer.LeadingPlaces(bodies[b]);
            var end = leading.Count > 0 ? leading[^1].Start + leading[^1].Length : 0;
            if (end > 0 && bodies[b].Length - end >= 3 && IssuerNames.DepartmentEnding().IsMatch(bodies[b]))
            {
                bodies[b] = bodies[b][..end] + Core.Departments.DepartmentNames.Instance.Expand(bodies[b][end..]);
            }
        }
        return string.Join("、", bodies);
    }

    /// <summary>
    /// A county's body the document also names with its city before it (宿豫区人民政府办公室 in the title, 宿迁市宿豫区人民政府办公室
    /// over the signature): the full name. A 直辖市's district is named with its city wherever the page does so (天津市北辰区人民政府
    /// over the page, 北辰区人民政府 in the title); a prefecture's county only where its text does, not by its site's masthead.
    /// </summary>
    private static string? WithItsCity(string? issuer, PlaceResolver.Result place, string? municipality, Normalising.NormalisedDocument document, string search)
    {
        if (issuer is null || issuer.Contains('、') || place.Level != Levels.County || (municipality ?? place.Prefecture) is not { } city
            || issuer.StartsWith(city, StringComparison.Ordinal))
        {
            return issuer;
        }
        var named = city + SearchNormaliser.ToSearchText(issuer, document.Traditional);
        var printed = municipality is not null
            ? SearchNormaliser.ToSearchText(document.Original[..Math.Min(document.Original.Length, 4000)], document.Traditional).Contains(named, StringComparison.Ordinal)
            : search.Contains(named, StringComparison.Ordinal);
        return printed ? city + issuer : issuer;
    }

    /// <summary>
    /// Each abbreviated body of an issuer completed with the document's place. A joint issuer names the unit once
    /// (自治区党委办公厅、政府办公厅: both bodies are the 自治区's), so a body with neither place nor unit after one that
    /// named the unit (政府办公厅, 党委办公厅) takes that unit.
    /// </summary>
    private static string? Complete(string issuer, string region, string? municipality)
    {
        var bodies = issuer.Split('、');
        var changed = false;
        string? unit = null;
        for (var i = 0; i < bodies.Length; i++)
        {
            var body = IssuerNames.AbbreviatedUnit(bodies[i]) is not null ? bodies[i]
                : unit is not null && UnitlessBody().IsMatch(bodies[i]) ? unit + bodies[i]
                : bodies[i];
            unit = IssuerNames.AbbreviatedUnit(body) ?? unit;
            if (IssuerNames.Complete(body, region, municipality) is { } full)
            {
                bodies[i] = full;
                changed = true;
            }
        }
        return changed ? string.Join("、", bodies) : null;
    }

    /// <summary>
    /// Who a report says issued what it reports, an abbreviated body completed by the place the reported title opens on
    /// (省政府办公厅日前印发《青海省质量工作考核办法》 → 青海省政府办公厅): the evidence of the report itself.
    /// </summary>
    private static string ReportedIssuerOf(NewsLead lead) =>
        IssuerNames.AbbreviatedUnit(lead.Issuer) is not null && Core.Regions.Gazetteer.Instance.LeadingPlaces(lead.Title) is [{ Region: { } place }, ..]
            && IssuerNames.Complete(lead.Issuer, place.Name) is { } completed
            ? completed
            : lead.Issuer;
}
