using System.Text.RegularExpressions;
using PolicyGraph.Core.Regions;

namespace PolicyGraph.Ingest.Extraction.Metadata;

/// <summary>
/// The places a page names by division code: a government portal's 索引号 (the organ that published the page) and a footer's
/// public-security filing (where the site is filed).
/// </summary>
public static partial class PlaceResolver
{
    /// <summary>
    /// The division an index number names: a 12-digit division code and its serial (<c>445281000000/2025-418276</c>: 普宁市), or
    /// an organ's 统一社会信用代码 (<c>11340000003195431Y/2021-00123</c>: its characters 3–8, 340000, are 安徽省). A code
    /// the gazetteer does not hold says nothing.
    /// </summary>
    internal static Region? DivisionOfIndexNumber(string index, Gazetteer gazetteer)
    {
        var m = IndexNumberCode().Match(index.Trim());
        if (!m.Success)
        {
            return null;
        }
        var code = m.Groups["code"].Value;
        var key = code.EndsWith("0000", StringComparison.Ordinal) ? code[..2] : code.EndsWith("00", StringComparison.Ordinal) ? code[..4] : code;
        return gazetteer.FindByCode(key);
    }

    /// <summary>
    /// The division of the unit a text speaks of itself in (全县) that the site's public-security filing names (浙公网安备 330922…:
    /// 嵊泗县), where every province the text names is that division's: the site is filed where it serves.
    /// </summary>
    private static Region? FiledDivision(Evidence evidence, string unit) =>
        evidence.Statements.FilingCode is { } code && evidence.Gazetteer.FindByCode(code) is { } filed && filed.Name.EndsWith(unit, StringComparison.Ordinal)
        && evidence.Mentions.Keys.All(m => m.Province == filed.Province)
            ? filed
            : null;

    [GeneratedRegex(@"^(?:(?<code>[1-8][0-9]{5})[0-9]{6}|1[1-9A-Z](?<code>[1-8][0-9]{5})[0-9A-Z]{10})\s*[/-]\s*(?:19|20)[0-9]{2}")]
    private static partial Regex IndexNumberCode();
}
