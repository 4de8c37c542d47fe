using System.Text.RegularExpressions;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Regions;

namespace PolicyGraph.Ingest.Extraction.Metadata;

/// <summary>A report of what a higher body granted a place (批准海城市筹建…, 玉门市榜上有名): the place's news.</summary>
public static partial class PlaceResolver
{
    /// <summary>
    /// The one division below a province that a report's headline or lead names as what a higher body approved, named or
    /// praised (辽宁省市场监管局批准海城市筹建…, 酒泉市所辖玉门市榜上有名，获评…): the report is that division's news, not
    /// the body's. A place named with the division that holds it (酒泉市所辖玉门市) is not a second one; two divisions
    /// granted alike (批准沈阳市、大连市…) name none.
    /// </summary>
    private static Result? GrantedDivision(Evidence evidence)
    {
        var text = evidence.Statements.SearchText;
        var head = (evidence.Statements.Title ?? string.Empty) + "\n" + text[..Math.Min(300, text.Length)];
        var found = new HashSet<Region>();
        foreach (Match granted in GrantedAfter().Matches(head))
        {
            // The place's government may stand for it (张掖市人民政府被评为…).
            var end = granted.Index - (GovernmentBefore().Match(head, 0, granted.Index) is { Success: true } government ? government.Length : 0);
            foreach (var (region, start) in NamedEndingAt(head, end, evidence.Gazetteer))
            {
                // One of a list granted alike (沈阳市、大连市获批): none of them alone.
                if (start > 0 && ListJoint().IsMatch(head, start - 1))
                {
                    return null;
                }
                found.Add(region);
            }
        }
        foreach (Match granting in GrantingBefore().Matches(head))
        {
            foreach (var (region, end) in NamedStartingAt(head, granting.Index + granting.Length, evidence.Gazetteer))
            {
                // 命名杭州市和青岛市为…, 同意绥化市等9个市(县): a list, no one place.
                if (end < head.Length && ListJoint().IsMatch(head, end))
                {
                    return null;
                }
                found.Add(region);
            }
        }
        // A county-level city whose name is also a word's tail (海城市 in 沿海城市) is not counted among the text's mentions;
        // granted by name, it is one where the province the text names is its own.
        var divisions = found.Where(r => r.Level != Levels.Province
            && (evidence.Mentions.ContainsKey(r) || r.Province == evidence.DominantProvince)).ToList();
        return divisions.Where(r => !divisions.Any(o => !o.Equals(r) && Gazetteer.Contains(r, o))).ToList() is [{ } place]
            ? Describe(place, evidence.Gazetteer) with { From = EvidenceSources.NewsLead, FromText = place.Name }
            : null;
    }

    [GeneratedRegex("获批|获评|榜上有名|入选|荣获|被评为|被命名为|被确定为|被授予|被列为")]
    private static partial Regex GrantedAfter();

    [GeneratedRegex("批准|表扬|命名|授予|确定")]
    private static partial Regex GrantingBefore();

    [GeneratedRegex("(?:人民政府|政府|党委|[市县区州]委)$")]
    private static partial Regex GovernmentBefore();

    [GeneratedRegex("\\G[、和与及等,，]")]
    private static partial Regex ListJoint();
}
