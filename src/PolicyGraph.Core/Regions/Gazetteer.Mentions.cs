using PolicyGraph.Core.Model;
using PolicyGraph.Core.Text;

namespace PolicyGraph.Core.Regions;

/// <summary>How often a text names each division: the names that say which division they mean, and how they are counted.</summary>
public sealed partial class Gazetteer
{
    /// <summary>
    /// How often each division is named in <paramref name="text"/>. Only names that say which division they mean
    /// are counted: provinces by full or short name (山西省, 山西精品, 四川造); prefectures by full name or an autonomous prefecture's name in use (海北州), and by
    /// short name where the text also names them in full (芜湖市人民政府 … 芜湖标准; a short name such as 中山 or 白山 alone
    /// is too often an ordinary word); county-level divisions by full name when no other
    /// division has that name, it has three characters or more, and it is not made only of position words
    /// (城北区, 河东区, 江山市) — a two-character 县 (泾县) only where it stands as a name — and by short name where the text
    /// also names them in full and uses the short name twice more (兰陵县 … 兰陵大蒜, “兰陵”品牌). A name inside a longer name of the table is not counted (江达县 in 工布江达县, 海南
    /// in 海南藏族自治州, 山西 in 山西省 — that counts once, as 山西省), nor one that overlaps a name counted just
    /// before it (沙市区 in 长沙市区). A county- or prefecture-level 市 followed by 场 (东方市场) or 区 followed by
    /// 域 is read as an ordinary word, and so is a county name that opens with a verb after a word that is no place's
    /// unit (局会同县…: together with the county's bureau).
    /// </summary>
    public IReadOnlyDictionary<Region, int> CountMentions(string text)
    {
        var counts = new Dictionary<Region, int>();
        var names = new List<(int Length, IReadOnlyList<MentionName> Names)>();
        var reach = 0; // the furthest end of a name starting before this point
        var countedEnd = 0; // the end of the last name counted
        var shared = new List<List<Region>>(); // the divisions each shared county name may mean
        for (var at = 0; at < text.Length; at++)
        {
            _mentionNames.NamesAt(text, at, names);
            // A name the words after it show to be an ordinary word (东方市场) is read as if it were not there.
            for (var i = names.Count - 1; i >= 0; i--)
            {
                if (CountedIn(names[i].Names) is { } name && ReadsAsOrdinaryWord(name.Region, text, at, at + names[i].Length))
                {
                    names.RemoveAt(i);
                }
            }
            if (names.Count == 0)
            {
                continue;
            }
            var longest = names[^1].Length;
            var end = at + longest;
            var counted = CountedIn(names[^1].Names);
            if (counted is not null && reach < end && at >= countedEnd)
            {
                counts[counted.Region] = counts.GetValueOrDefault(counted.Region) + 1;
                countedEnd = end;
            }
            else if (counted is null && reach < end && at >= countedEnd && longest >= 3 && names[^1].Names.Count >= 2
                     && names[^1].Names.All(n => n.Region.Level == Levels.County && n.Region.Name.Length == longest && !n.Region.ShortName.All(c => PositionCharacters.Contains(c))))
            {
                shared.Add(names[^1].Names.Select(n => n.Region).ToList());
                countedEnd = end;
            }
            reach = Math.Max(reach, end);
        }
        CountTwoCharacterCounties(text, counts);
        // A county name several divisions share (宝山区: 上海's and 双鸭山's) means the one inside the province or prefecture
        // the text names (上海市质量工作考核组来到宝山区).
        foreach (var owners in shared)
        {
            if (owners.Where(o => counts.Keys.Any(r => r.Level != Levels.County && Contains(r, o))).ToList() is [{ } meant])
            {
                counts[meant] = counts.GetValueOrDefault(meant) + 1;
            }
        }
        // A prefecture the text names in full is also the one its short name means there (芜湖市人民政府 … 芜湖始终把质量…,
        // 芜湖标准): each short-name use beyond the full names counts for it.
        // So is a county-level division's (兰陵县市场监督管理局 … “兰陵”品牌, 兰陵大蒜), where its short name is no other
        // division's and no position word, used twice at least beyond its full name.
        foreach (var division in counts.Keys.Where(r => (r.Level == Levels.Prefecture || (r.Level == Levels.County && FindAll(r.ShortName).Count == 1
                     && !r.ShortName.All(c => PositionCharacters.Contains(c)))) && r.ShortName.Length >= 2 && r.ShortName != r.Name).ToList())
        {
            var shortUses = Occurrences(text, division.ShortName) - Occurrences(text, division.Name);
            if (shortUses > (division.Level == Levels.County ? 1 : 0))
            {
                counts[division] += shortUses;
            }
        }
        return counts;
    }

    /// <summary>
    /// Counts the county names of two characters (泾县, 沛县, 息县) where they stand as a name: after the start of a phrase
    /// (《泾县…, ，沛县人民政府, 、息县、) or their own prefecture's or province's name (宣城泾县, 安徽泾县), and not running on
    /// into a word (新县城, 和县级, 创新县域: 县城, 县级, 县域 are words; 信息县 and 全市和县 have no phrase start before them) or
    /// into the counties in general (各市(州)和县(市、区)).
    /// Elsewhere such a name is too often two characters of prose.
    /// </summary>
    private void CountTwoCharacterCounties(string text, Dictionary<Region, int> counts)
    {
        foreach (var county in _twoCharacterCounties.Value)
        {
            for (var at = text.IndexOf(county.Name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(county.Name, at + 2, StringComparison.Ordinal))
            {
                var end = at + 2;
                var startsPhrase = at == 0 || !Han.IsIdeograph(text[at - 1]) || EndsWithOwnPlace(text, at, county);
                var runsOn = end < text.Length && text[end] is '城' or '级' or '域' or '区' or '乡' or '镇' or '份' or '里' or '内' or '外' or '长' or '(' or '（';
                if (startsPhrase && !runsOn)
                {
                    counts[county] = counts.GetValueOrDefault(county) + 1;
                }
            }
        }
    }

    private bool EndsWithOwnPlace(string text, int at, Region county)
    {
        var province = ProvinceOf(county);
        var prefecture = PrefectureOf(county);
        return new[] { province.ShortName, province.Name, prefecture?.ShortName, prefecture?.Name }
            .Any(n => !string.IsNullOrEmpty(n) && text.AsSpan(0, at).EndsWith(n, StringComparison.Ordinal));
    }

    private readonly Lazy<List<Region>> _twoCharacterCounties;

    private static int Occurrences(string text, string name)
    {
        var count = 0;
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }

    private void BuildMentionNames()
    {
        // A name string is counted for a division only when exactly one division is counted under it.
        var counted = new Dictionary<string, List<Region>>(StringComparer.Ordinal);
        foreach (var region in Regions)
        {
            foreach (var name in CountedNames(region))
            {
                Add(counted, name, region);
            }
        }
        foreach (var region in Regions)
        {
            foreach (var name in region.Aliases.Prepend(region.Name).Append(region.ShortName))
            {
                var isCounted = counted.TryGetValue(name, out var owners) && owners.Count == 1 && owners[0].Equals(region);
                _mentionNames.Add(name, new MentionName(region, isCounted));
            }
        }
    }

    private IEnumerable<string> CountedNames(Region region)
    {
        switch (region.Level)
        {
            case Levels.Province:
                yield return region.Name;
                yield return region.ShortName;
                break;
            case Levels.Prefecture:
                yield return region.Name;
                // An autonomous prefecture's name in use (海北州, 黔东南州): its unit keeps it from being an ordinary word.
                foreach (var alias in region.Aliases.Where(a => a.Length >= 3))
                {
                    yield return alias;
                }
                break;
            case Levels.County when IsDistinctiveCountyName(region):
                yield return region.Name;
                // An autonomous county's name in use (门源县 for 门源回族自治县), when no other division is called so.
                foreach (var alias in region.Aliases.Where(a => a.Length >= 3 && FindAll(a).Count == 1))
                {
                    yield return alias;
                }
                break;
        }
    }

    private bool IsDistinctiveCountyName(Region county) =>
        county.Name.Length >= 3
        && FindAll(county.Name).Count == 1
        && !county.ShortName.All(c => PositionCharacters.Contains(c));

    private static bool ReadsAsOrdinaryWord(Region region, string text, int start, int end) =>
        region.Level != Levels.Province
        && ((end < text.Length && ((region.Name.EndsWith('市') && text[end] == '场') || (region.Name.EndsWith('区') && text[end] == '域')))
            || (region.Level == Levels.County && VerbLed(region) && start > 0 && VerbContext.Contains(text[start - 1])));

    /// <summary>
    /// County names that open with a verb of official prose, reviewed: 会同 (X局会同县市场监管局 is "together with the county
    /// bureau"), 通道 (开通绿色通道县级…). After a body's name (局, 委, 办, 科 …) or a word that leads a verb (将, 并, 要), the verb is
    /// meant, not the county; after a place (怀化会同县) or anywhere else, the county.
    /// </summary>
    private static bool VerbLed(Region county) => county.ShortName is "会同" or "通道";

    private const string VerbContext = "局委厅部办府院司站室所队组科股将并要应须可拟色";
}
