using System.Text.RegularExpressions;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Text;

namespace PolicyGraph.Core.Regions;

/// <summary>How far an issuer code pins down the issuing place (<see cref="IssuerCodes.Resolve"/>).</summary>
public enum IssuerCodeCertainty
{
    /// <summary>No row of the table has this place part (市委发, 区政办: the issuer is named only by its level).</summary>
    Unknown,

    /// <summary>A national body's code (国发, 国办发, 中发, 中办发, 国质检…).</summary>
    National,

    /// <summary>A reviewed row decides: a province's abbreviation (豫政 → 河南省) or a code seen on a named page
    /// (荆政发 → 荆州市). Other divisions generated with the same code are listed as candidates after it.</summary>
    Reviewed,

    /// <summary>A generated prefecture code that no other prefecture has and no reviewed row contradicts
    /// (湘潭's neighbour 怀 → 怀化市): the rule's answer, not seen on a page.</summary>
    Generated,

    /// <summary>Pinned down by the place given to look in: a county-level code inside its prefecture
    /// (贵政办 within 池州市 → 贵池区), a prefecture code inside its province (内政发 within 四川省 → 内江市).</summary>
    WithinContext,

    /// <summary>Several divisions have this code and nothing decides between them; no region is chosen.</summary>
    Ambiguous,

    /// <summary>Only county-level divisions have this code; a county's first character means nothing without the
    /// prefecture or province to look in, so no region is chosen.</summary>
    NeedsContext,
}

/// <summary>A division an issuer code can stand for, with the table row's kind and source.</summary>
/// <param name="Region">The division.</param>
/// <param name="Kind">province, prefecture or county: which rule gave the code.</param>
/// <param name="Source">Where the row comes from: <c>reviewed: …</c> with the evidence, or <c>generated: …</c>.</param>
public sealed record IssuerCodeCandidate(Region Region, string Kind, string Source)
{
    /// <summary>Whether the row was reviewed (an official abbreviation or a code seen on a page) rather than generated.</summary>
    public bool IsReviewed => Source.StartsWith("reviewed", StringComparison.Ordinal);
}

/// <summary>What an issuer code says about the issuing place.</summary>
/// <param name="Code">The issuer code as given (荆政发).</param>
/// <param name="Place">Its place part (荆), or the part before the series when no place is known (市).</param>
/// <param name="Department">Any body named between place and series (湘人社发 → 人社; 皖质 → 质); usually empty.</param>
/// <param name="Series">The series word (政发, 政办, 发); empty when none is recognised.</param>
/// <param name="Certainty">How far the code pins the place down.</param>
/// <param name="Region">The issuing place when the code pins it down; null when national, ambiguous or unknown.</param>
/// <param name="Candidates">Every division the code can stand for here, the chosen one first.</param>
public sealed record IssuerCodeResolution(
    string Code, string Place, string Department, string Series, IssuerCodeCertainty Certainty, Region? Region,
    IReadOnlyList<IssuerCodeCandidate> Candidates)
{
    /// <summary>Whether the code is a national body's (国发, 中办发).</summary>
    public bool IsNational => Certainty == IssuerCodeCertainty.National;
}

/// <summary>
/// The issuer codes of document numbers (发文机关代字: the 荆政发 of 荆政发〔2012〕27号), read from
/// <c>Data/issuer-codes.tsv</c>, which <c>tools/gen-gazetteer.py</c> generates from the gazetteer and the reviewed
/// lists in <c>tools/gazetteer/</c> (province abbreviations, series words, national codes, codes seen on pages).
/// A code splits into place + series (晋|政办发, 豫|政, 湘|发); the place part is looked up among the provinces'
/// abbreviations, the prefectures' codes and — only inside a given prefecture or province — the county-level
/// divisions' codes. Nothing is guessed: where several places share a code and no context or reviewed row
/// decides, the answer says so and names none.
/// </summary>
public sealed partial class IssuerCodes
{
    private const string FileName = "issuer-codes.tsv";

    private static readonly Lazy<IssuerCodes> Shared = new(() => new IssuerCodes(EmbeddedData.ReadTsv(FileName), Gazetteer.Instance, FileName));

    private readonly Gazetteer _gazetteer;
    private readonly Dictionary<string, List<IssuerCodeCandidate>> _byPlace = new(StringComparer.Ordinal);
    private readonly HashSet<string> _national = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _nationalBodies = new(StringComparer.Ordinal);
    private readonly List<string> _series = [];
    private readonly Dictionary<string, int> _countyCodesPerProvince = new(StringComparer.Ordinal);

    /// <summary>Reads issuer-code rows (code, kind, region code, region name or a national code's body, source) against <paramref name="gazetteer"/>.</summary>
    /// <exception cref="InvalidDataException">A row without its five columns, of an unknown kind, or naming a division
    /// the gazetteer does not have.</exception>
    public IssuerCodes(IEnumerable<string[]> rows, Gazetteer gazetteer, string source)
    {
        _gazetteer = gazetteer;
        var number = 0;
        foreach (var row in rows)
        {
            number++;
            if (row.Length != 5 || row[0].Length == 0)
            {
                throw new InvalidDataException($"{source}: data row {number} has {row.Length} columns or no code, expected code, kind, region code, region, source");
            }
            var (code, kind) = (row[0], row[1]);
            switch (kind)
            {
                case "national":
                    _national.Add(code);
                    if (row[3].Length > 0)
                    {
                        _nationalBodies[code] = row[3];
                    }
                    break;
                case "series":
                    _series.Add(code);
                    break;
                case Levels.Province or Levels.Prefecture or Levels.County:
                    var region = gazetteer.FindByCode(row[2]);
                    if (region is null || region.Name != row[3] || region.Level != kind)
                    {
                        throw new InvalidDataException($"{source}: data row {number} ({code}): {kind} {row[2]} {row[3]} is not a division of the gazetteer");
                    }
                    if (!_byPlace.TryGetValue(code, out var candidates))
                    {
                        candidates = [];
                        _byPlace[code] = candidates;
                    }
                    candidates.Add(new IssuerCodeCandidate(region, kind, row[4]));
                    if (kind == Levels.County)
                    {
                        var key = region.Province + "\t" + code;
                        _countyCodesPerProvince[key] = _countyCodesPerProvince.GetValueOrDefault(key) + 1;
                    }
                    break;
                default:
                    throw new InvalidDataException($"{source}: data row {number} ({code}): unknown kind '{kind}'");
            }
        }
        // The longest series first, so that 晋政办发 splits as 晋|政办发 and not 晋政办|发.
        _series.Sort((a, b) => b.Length.CompareTo(a.Length));
    }

    /// <summary>The issuer codes of <c>Data/issuer-codes.tsv</c>, read once, over <see cref="Gazetteer.Instance"/>.</summary>
    public static IssuerCodes Instance => Shared.Value;

    /// <summary>
    /// The one central body a national issuer code names (国市监质发 → 国家市场监督管理总局, by the longest national code it
    /// starts with); null for a code that is not national or names no single body (中发, 中办发).
    /// </summary>
    public string? NationalBody(string code) =>
        _nationalBodies.Where(b => code.StartsWith(b.Key, StringComparison.Ordinal)).OrderByDescending(b => b.Key.Length).Select(b => b.Value).FirstOrDefault();

    /// <summary>The series words a code can end with (政发, 政办发, 府发, 发 …), longest first.</summary>
    public IReadOnlyList<string> Series => _series;

    /// <summary>
    /// The issuer code of a document number: 荆政发〔2012〕27号 → 荆政发, 辽政发(2013)15号 → 辽政发; null when the
    /// number does not start with one. Expects Simplified characters (fold 川府發 first).
    /// </summary>
    public static string? CodeOf(string docNumber)
    {
        var m = CodeBeforeYear().Match(docNumber);
        return m.Success ? m.Groups["code"].Value : null;
    }

    /// <summary>
    /// What an issuer code (荆政发, or a whole document number) says about the issuing place. Without
    /// <paramref name="within"/>: a national code → national; a province's abbreviation → that province
    /// (<see cref="IssuerCodeCertainty.Reviewed"/>); a reviewed prefecture code → that prefecture; a generated
    /// prefecture code no other prefecture has → that prefecture (<see cref="IssuerCodeCertainty.Generated"/>);
    /// several → none (<see cref="IssuerCodeCertainty.Ambiguous"/>); county-level codes only → none
    /// (<see cref="IssuerCodeCertainty.NeedsContext"/>). With <paramref name="within"/> (the document's province,
    /// prefecture or county as other evidence gives it), the codes of that place come first: a county-level code
    /// under that prefecture (贵政办 within 池州市 → 贵池区), or anywhere in that province when no other county-level
    /// division of the province has it (怀政发 within 山西省 → 怀仁市), then a prefecture code of that province.
    /// </summary>
    public IssuerCodeResolution Resolve(string code, Region? within = null)
    {
        code = CodeOf(code) ?? code.Trim();
        var (place, department, series) = Split(code);
        if (IsNational(code, place))
        {
            return new IssuerCodeResolution(code, place, department, series, IssuerCodeCertainty.National, null, []);
        }
        var rows = _byPlace.TryGetValue(place, out var found) ? found : [];
        if (rows.Count == 0)
        {
            return new IssuerCodeResolution(code, place, department, series, IssuerCodeCertainty.Unknown, null, []);
        }
        IssuerCodeResolution Answer(IssuerCodeCertainty certainty, IReadOnlyList<IssuerCodeCandidate> chosen)
        {
            var region = certainty is IssuerCodeCertainty.Ambiguous or IssuerCodeCertainty.NeedsContext ? null : chosen[0].Region;
            return new IssuerCodeResolution(code, place, department, series, certainty, region, chosen.Concat(rows.Except(chosen)).ToList());
        }
        if (within is not null && InContext(place, rows, within) is { Count: > 0 } local)
        {
            var certainty = local.Count > 1 ? IssuerCodeCertainty.Ambiguous
                : local[0].Kind == Levels.Province ? IssuerCodeCertainty.Reviewed
                : IssuerCodeCertainty.WithinContext;
            return Answer(certainty, local);
        }
        var provinces = rows.Where(r => r.Kind == Levels.Province).ToList();
        var prefectures = rows.Where(r => r.Kind == Levels.Prefecture).ToList();
        var reviewed = provinces.Count > 0 ? provinces : prefectures.Where(r => r.IsReviewed).ToList();
        if (reviewed.Count > 0)
        {
            return Answer(reviewed.Count == 1 ? IssuerCodeCertainty.Reviewed : IssuerCodeCertainty.Ambiguous, reviewed);
        }
        if (prefectures.Count > 0)
        {
            return Answer(prefectures.Count == 1 ? IssuerCodeCertainty.Generated : IssuerCodeCertainty.Ambiguous, prefectures);
        }
        return Answer(IssuerCodeCertainty.NeedsContext, rows);
    }

    /// <summary>
    /// Splits a code into place, department and series: by the longest series it ends with whose remainder is a
    /// known place code (荆门|政发, 豫|政); else by the longest known place code the remainder starts with
    /// (湘|人社|发); else, with no series, by a province's abbreviation it starts with (皖|质). When nothing is
    /// known the place is what precedes the longest series (市|委发), or the whole code.
    /// </summary>
    public (string Place, string Department, string Series) Split(string code)
    {
        foreach (var series in _series)
        {
            if (code.Length > series.Length && code.EndsWith(series, StringComparison.Ordinal) && IsPlaceCode(code[..^series.Length]))
            {
                return (code[..^series.Length], "", series);
            }
        }
        foreach (var series in _series)
        {
            if (code.Length > series.Length && code.EndsWith(series, StringComparison.Ordinal))
            {
                var rest = code[..^series.Length];
                for (var length = rest.Length - 1; length > 0; length--)
                {
                    if (IsPlaceCode(rest[..length]))
                    {
                        return (rest[..length], rest[length..], series);
                    }
                }
            }
        }
        for (var length = code.Length - 1; length > 0; length--)
        {
            if (_byPlace.TryGetValue(code[..length], out var rows) && rows.Any(r => r.Kind == Levels.Province))
            {
                return (code[..length], code[length..], "");
            }
        }
        var longest = _series.FirstOrDefault(s => code.Length > s.Length && code.EndsWith(s, StringComparison.Ordinal));
        if (longest is null)
        {
            // A department's own series with no series word of a government's (许工信, 许工信发): the place before the department.
            for (var length = code.Length - 2; length > 0; length--)
            {
                if (_byPlace.ContainsKey(code[..length]) && DepartmentSeries().IsMatch(code[length..]))
                {
                    return (code[..length], code[length..], "");
                }
            }
        }
        return longest is null ? (code, "", "") : (code[..^longest.Length], "", longest);
    }

    /// <summary>A department's short name as the series of its own documents (工信, 质监发, 市监办, 发改委), the place before it cut.</summary>
    [System.Text.RegularExpressions.GeneratedRegex("^(?:工信|经信|质监|市监|发改|工商|商务|财|科|人社|住建|交通|卫健|文旅|统计|食药监|安监)(?:委|局|厅)?(?:发|函|字|办|办发)?$")]
    private static partial System.Text.RegularExpressions.Regex DepartmentSeries();

    private bool IsPlaceCode(string place) => _byPlace.ContainsKey(place) || _national.Contains(place);

    private bool IsNational(string code, string place) =>
        _national.Contains(code) || _national.Contains(place) || _national.Any(n => code.StartsWith(n, StringComparison.Ordinal) && n.Length >= 3);

    /// <summary>The rows that stand for a place inside <paramref name="within"/>'s prefecture or province, nearest first.</summary>
    private List<IssuerCodeCandidate> InContext(string place, List<IssuerCodeCandidate> rows, Region within)
    {
        var province = _gazetteer.ProvinceOf(within);
        var prefecture = within.Level == Levels.Prefecture ? within : _gazetteer.PrefectureOf(within);
        var counties = rows.Where(r => r.Kind == Levels.County && r.Region.Province == province.Name).ToList();
        var local = prefecture is not null
            ? counties.Where(r => Gazetteer.Contains(prefecture, r.Region)).ToList()
            // With only the province to go on, a county-level code counts when it is the province's only one of
            // that code, or belongs to a county-level division the province governs directly (仙桃市, 东城区).
            : counties.Where(r => r.Region.Prefecture is null || _countyCodesPerProvince[province.Name + "\t" + place] == 1).ToList();
        if (local.Count > 0)
        {
            return local;
        }
        if (counties.Count > 1)
        {
            return counties; // 怀 within 安徽省: 怀远县 or 怀宁县, and not some other province's 怀
        }
        var prefectures = rows.Where(r => r.Kind == Levels.Prefecture && r.Region.Province == province.Name).ToList();
        if (prefectures.Count > 0)
        {
            return prefectures;
        }
        return rows.Where(r => r.Kind == Levels.Province && r.Region.Equals(province)).ToList();
    }

    [GeneratedRegex(@"^\s*(?<code>\p{IsCJKUnifiedIdeographs}+)\s*[〔\[(（［【]?\s*(?:19|20)\d{2}")]
    private static partial Regex CodeBeforeYear();
}
