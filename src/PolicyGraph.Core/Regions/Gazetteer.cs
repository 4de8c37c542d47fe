using PolicyGraph.Core.Model;
using PolicyGraph.Core.Text;

namespace PolicyGraph.Core.Regions;

/// <summary>
/// Every province-, prefecture- and county-level division of mainland China (NBS codes, generated into
/// <c>Data/regions.tsv</c> by <c>tools/gen-gazetteer.py</c>), looked up by name, by place and by what a text
/// or an organisation's name starts with. Names are not unique at county level (鼓楼区, 朝阳区, 城关区 are in
/// several prefectures and provinces), so lookups by name return every match, and a place is pinned down
/// only with a province or prefecture to look in.
/// </summary>
public sealed partial class Gazetteer
{
    private const string FileName = "regions.tsv";

    /// <summary>
    /// Characters of names that say where a district lies rather than what it is called (城北区, 河东区, 江山市,
    /// 新市区): a county-level name made only of these also reads as ordinary words, so it is not counted.
    /// </summary>
    private const string PositionCharacters = "东西南北中上下前后左右内外城郊矿市站新老江河湖海山";

    private static readonly Lazy<Gazetteer> Shared = new(() => new Gazetteer(RegionTable.Parse(EmbeddedData.ReadTsv(FileName), FileName), FileName));

    private readonly Dictionary<string, Region> _byCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Region>> _byFullName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Region>> _byAnyName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Region> _provinces = new(StringComparer.Ordinal);
    private readonly Dictionary<Region, List<Region>> _children = [];
    private readonly NameTrie<LeadingName> _leadingNames = new();
    private readonly NameTrie<MentionName> _mentionNames = new();

    /// <summary>Builds a gazetteer over <paramref name="regions"/>, checking that they form one consistent tree.</summary>
    /// <param name="regions">The divisions, provinces first or in any order.</param>
    /// <param name="source">What the regions were read from, named in errors.</param>
    /// <exception cref="InvalidDataException">A code twice, an unknown level, or a province or prefecture column
    /// naming no such division.</exception>
    public Gazetteer(IReadOnlyList<Region> regions, string source = "gazetteer")
    {
        Regions = regions;
        foreach (var region in regions)
        {
            if (!_byCode.TryAdd(region.Code, region))
            {
                throw new InvalidDataException($"{source}: code {region.Code} appears twice");
            }
            if (region.Level == Levels.Province)
            {
                _provinces[region.Name] = region;
                _provinces[region.ShortName] = region;
            }
        }
        foreach (var region in regions)
        {
            RegionTable.Check(region, _provinces, _byCode, source);
            var parent = Parent(region);
            if (parent is not null)
            {
                Children(parent, create: true).Add(region);
            }
            foreach (var name in region.Aliases.Prepend(region.Name))
            {
                Add(_byFullName, name, region);
                _leadingNames.Add(name, new LeadingName(region, IsShortForm: false));
            }
            foreach (var name in region.Aliases.Prepend(region.Name).Append(region.ShortName))
            {
                Add(_byAnyName, name, region);
            }
            if (region.Level == Levels.Province && region.ShortName != region.Name)
            {
                _leadingNames.Add(region.ShortName, new LeadingName(region, IsShortForm: true));
            }
        }
        BuildMentionNames();
        _twoCharacterCounties = new(() => Regions.Where(r => r.Level == Levels.County && r.Name.Length == 2 && r.Name[1] == '县' && FindAll(r.Name).Count == 1).ToList());
    }

    /// <summary>The gazetteer of <c>Data/regions.tsv</c>, read once.</summary>
    public static Gazetteer Instance => Shared.Value;

    /// <summary>Every division, in the table's order (by code).</summary>
    public IReadOnlyList<Region> Regions { get; }

    /// <summary>The division with this NBS code (11, 1406, 140681), or null.</summary>
    public Region? FindByCode(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>
    /// Every division called <paramref name="name"/> by its full name, an alias or its short name: 鼓楼区 → four
    /// districts; 长阳, 长阳县 and 长阳土家族自治县 → 长阳土家族自治县; 河南 → 河南省 and 河南蒙古族自治县.
    /// </summary>
    public IReadOnlyList<Region> FindAll(string name) =>
        _byAnyName.TryGetValue(name, out var found) ? found : [];

    /// <summary>
    /// The one division whose full name or alias is <paramref name="name"/> (朔州市, 长阳县), or null when there is
    /// none or several (鼓楼区): use <see cref="FindAll"/> or <see cref="Find"/> with a place to look in.
    /// </summary>
    public Region? FindByName(string name) =>
        _byFullName.TryGetValue(name, out var found) && found.Count == 1 ? found[0] : null;

    /// <summary>The province-level division with this full or short name (山西省, 山西, 内蒙古), or null.</summary>
    public Region? FindProvince(string name) => _provinces.GetValueOrDefault(name);

    /// <summary>
    /// The divisions called <paramref name="name"/> (full, alias or short name) that lie inside
    /// <paramref name="within"/>, a province or prefecture: 鼓楼区 within 江苏省 → 南京's 鼓楼区; every division
    /// of that name when <paramref name="within"/> is null.
    /// </summary>
    public IReadOnlyList<Region> Find(string name, Region? within) =>
        within is null ? FindAll(name) : FindAll(name).Where(r => Contains(within, r)).ToList();

    /// <summary>
    /// The county-level divisions called <paramref name="name"/> (full, alias or short name) in the given province
    /// and prefecture, each given by its full or short name or left null: (鼓楼区, 福建) → 福州's 鼓楼区;
    /// (长阳县, prefecture: 宜昌) → 长阳土家族自治县.
    /// </summary>
    public IReadOnlyList<Region> FindCounty(string name, string? province = null, string? prefecture = null)
    {
        var inProvince = province is null ? null : FindProvince(province);
        if (province is not null && inProvince is null)
        {
            return [];
        }
        return FindAll(name)
            .Where(r => r.Level == Levels.County)
            .Where(r => inProvince is null || r.Province == inProvince.Name)
            .Where(r => prefecture is null || (PrefectureOf(r) is { } p && (p.Name == prefecture || p.ShortName == prefecture || p.Aliases.Contains(prefecture))))
            .ToList();
    }

    /// <summary>The province-level division <paramref name="region"/> lies in (itself for a province).</summary>
    public Region ProvinceOf(Region region) => _provinces[region.Province];

    /// <summary>
    /// The prefecture-level division a county-level <paramref name="region"/> lies in; null for provinces and
    /// prefectures and for a county-level division directly under its province (仙桃市, 神农架林区, 东城区).
    /// </summary>
    public Region? PrefectureOf(Region region) =>
        region.Prefecture is null ? null : _byCode.GetValueOrDefault(region.Code[..4]);

    /// <summary>The division directly above <paramref name="region"/>: its prefecture, else its province; null for a province.</summary>
    public Region? Parent(Region region) =>
        region.Level == Levels.Province ? null : PrefectureOf(region) ?? ProvinceOf(region);

    /// <summary>The divisions directly below <paramref name="region"/>: a province's prefectures and the county-level
    /// divisions it governs directly, a prefecture's county-level divisions; empty for a county.</summary>
    public IReadOnlyList<Region> ChildrenOf(Region region) => _children.TryGetValue(region, out var children) ? children : [];

    /// <summary>Whether <paramref name="inner"/> lies inside <paramref name="outer"/> (and is not <paramref name="outer"/> itself).</summary>
    public static bool Contains(Region outer, Region inner) =>
        !outer.Equals(inner) && outer.Level switch
        {
            Levels.Province => inner.Province == outer.Name,
            Levels.Prefecture => inner.Province == outer.Province && inner.Prefecture == outer.Name,
            _ => false,
        };

    /// <summary>
    /// The places an organisation's name starts with, outermost first, each read inside the one before it:
    /// 池州市贵池区人民政府 → 池州市, 贵池区; 湖北省长阳土家族自治县 → 湖北省, 长阳土家族自治县;
    /// 长阳县人民政府 → 长阳土家族自治县 (its alias); 南京市鼓楼区 → 南京市, 南京's 鼓楼区; 鼓楼区人民政府 → 鼓楼区
    /// with four candidates and no single <see cref="PlaceMatch.Region"/>. Full names and aliases only, and a
    /// province's short name when a place inside it follows (湖北长阳县). Whitespace between places is skipped.
    /// </summary>
    public IReadOnlyList<PlaceMatch> LeadingPlaces(string organisation)
    {
        var places = new List<PlaceMatch>();
        IReadOnlyList<Region>? context = null;
        var at = 0;
        while (true)
        {
            while (at < organisation.Length && char.IsWhiteSpace(organisation[at]))
            {
                at++;
            }
            var place = PlaceAt(organisation, at, context);
            if (place is null)
            {
                return places;
            }
            places.Add(place);
            context = place.Candidates;
            at += place.Length;
        }
    }

    private PlaceMatch? PlaceAt(string text, int at, IReadOnlyList<Region>? context)
    {
        foreach (var (length, names) in _leadingNames.NamesAt(text, at).Reverse())
        {
            var candidates = names
                .Where(n => !n.IsShortForm || PlaceAt(text, at + length, [n.Region]) is not null)
                .Select(n => n.Region)
                .Where(r => context is null || context.Any(c => Contains(c, r)))
                .Distinct()
                .ToList();
            if (candidates.Count > 0)
            {
                return new PlaceMatch(at, length, text.Substring(at, length), candidates);
            }
        }
        return null;
    }

    private static MentionName? CountedIn(IReadOnlyList<MentionName> names)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i].Counted)
            {
                return names[i];
            }
        }
        return null;
    }

    private List<Region> Children(Region parent, bool create)
    {
        if (!_children.TryGetValue(parent, out var children) && create)
        {
            children = [];
            _children[parent] = children;
        }
        return children ?? [];
    }

    private static void Add(Dictionary<string, List<Region>> index, string name, Region region)
    {
        if (!index.TryGetValue(name, out var list))
        {
            list = [];
            index[name] = list;
        }
        if (!list.Contains(region))
        {
            list.Add(region);
        }
    }

    private sealed record LeadingName(Region Region, bool IsShortForm);

    private sealed record MentionName(Region Region, bool Counted);
}
