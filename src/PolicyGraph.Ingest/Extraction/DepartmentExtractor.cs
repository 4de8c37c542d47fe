using System.Text.RegularExpressions;
using PolicyGraph.Core.Departments;
using PolicyGraph.Core.Model;

namespace PolicyGraph.Ingest.Extraction;

/// <summary>The departments a clause makes responsible, as written and as read (domain.md §6).</summary>
public sealed record Responsibility(IReadOnlyList<string> Lead, IReadOnlyList<string> Support);

/// <summary>
/// Responsible departments in a clause's search view: <c>(牵头责任单位:区市场监管局,协同配合单位:区发改委、…等)</c>
/// gives lead and supporting roles; a list with no role word — <c>(责任单位:工信局、市场监管局)</c>,
/// <c>(省发展改革委、…按职责分工负责)</c> — names the responsible, that is lead, departments; a duty list item
/// <c>——质监部门要…</c> names its subject. Separators <c>、 , ， ；</c>, a trailing <c>等</c> and repeats are handled.
/// </summary>
public static partial class DepartmentExtractor
{
    /// <summary>
    /// The departments a clause names. <paramref name="view"/> is the clause's search view, mapped onto its text:
    /// patterns are matched on the search view, names are given as the clause writes them.
    /// </summary>
    public static Responsibility? Extract(Core.Text.MappedText view)
    {
        var search = view.Text;
        var lead = new List<string>();
        var support = new List<string>();
        foreach (Match m in Parenthetical().Matches(search))
        {
            var body = m.Groups["body"];
            var labels = RoleLabel().Matches(body.Value);
            if (labels.Count > 0)
            {
                for (var i = 0; i < labels.Count; i++)
                {
                    // Each label's list runs to the next label or the end of the parenthesis.
                    var from = body.Index + labels[i].Index + labels[i].Length;
                    var to = i + 1 < labels.Count ? body.Index + labels[i + 1].Index : body.Index + body.Length;
                    var target = SupportLabel().IsMatch(labels[i].Value) ? support : lead;
                    target.AddRange(Names(view, from, to));
                }
            }
            else if (DividedDuties().Match(body.Value) is { Success: true } d)
            {
                var list = d.Groups["list"];
                lead.AddRange(Names(view, body.Index + list.Index, body.Index + list.Index + list.Length));
            }
            else if (PlainDuty().Match(body.Value) is { Success: true } plain
                     && Names(view, body.Index + plain.Groups["list"].Index, body.Index + plain.Groups["list"].Index + plain.Groups["list"].Length).ToList() is { Count: > 0 } named
                     && named.All(n => OrganisationEnding().IsMatch(Core.Text.SearchNormaliser.ToSearchText(n, traditional: true))))
            {
                // (市工业和信息化局、市市场监管委负责): the bodies alone before 负责, every one an organisation.
                lead.AddRange(named);
            }
        }
        if (lead.Count == 0 && support.Count == 0 && DutyItem().Match(search) is { Success: true } duty)
        {
            // ——质监部门要…: the subject is a duty list item only when every name in it is an organisation.
            var list = duty.Groups["list"];
            var names = Names(view, list.Index, list.Index + list.Length).ToList();
            if (names.Count > 0 && names.All(n => OrganisationEnding().IsMatch(Core.Text.SearchNormaliser.ToSearchText(n, traditional: true))))
            {
                lead.AddRange(names);
            }
        }
        if (lead.Count == 0 && support.Count == 0)
        {
            return null;
        }
        var leadDistinct = lead.Distinct(StringComparer.Ordinal).ToList();
        return new Responsibility(leadDistinct, support.Distinct(StringComparer.Ordinal).Where(s => !leadDistinct.Contains(s)).ToList());
    }

    /// <summary>
    /// The names of the list at [from, to) of the search view, as written: 区发改委、区农委,贵池工业园区等 → three
    /// names; 盐业、烟草等部门 → 盐业部门, 烟草部门.
    /// </summary>
    internal static IEnumerable<string> Names(Core.Text.MappedText view, int from, int to)
    {
        var search = view.Text;
        var display = view.SourceText;
        var items = new List<(int Start, int End)>();
        var start = from;
        for (var i = from; i <= to; i++)
        {
            if (i == to || "、,，;；".Contains(search[i], StringComparison.Ordinal))
            {
                if (i > start)
                {
                    items.Add((start, i));
                }
                start = i + 1;
            }
        }
        var sharedSuffix = string.Empty;
        if (items.Count > 0 && SharedSuffix().Match(search[items[^1].Start..items[^1].End]) is { Success: true } shared)
        {
            // 公安、司法等部门: the last item's 部门 belongs to every item.
            var (s, e) = view.ToSource(items[^1].Start + shared.Index + 1, items[^1].End);
            sharedSuffix = display[s..e];
            items[^1] = (items[^1].Start, items[^1].Start + shared.Index);
        }
        foreach (var (itemStart, itemEnd) in items)
        {
            var text = search[itemStart..itemEnd];
            var trimmedStart = itemStart + (text.Length - text.TrimStart('和', '及', ' ').Length);
            var trimmedEnd = itemEnd - (text.Length - text.TrimEnd('等', ' ').Length);
            if (trimmedEnd - trimmedStart < 2)
            {
                continue;
            }
            var (s, e) = view.ToSource(trimmedStart, trimmedEnd);
            var name = display[s..e].Trim();
            if (sharedSuffix.Length > 0 && !OrganisationEnding().IsMatch(search[trimmedStart..trimmedEnd]))
            {
                name += sharedSuffix;
            }
            yield return name;
        }
    }

    /// <summary>A department's full name in its jurisdiction: 区市场监管局 in 贵池区 → 贵池区市场监督管理局.</summary>
    public static DepartmentRef Describe(string asWritten, string? region, string? province)
    {
        var names = DepartmentNames.Instance;
        var simplified = names.Expand(asWritten);
        var (jurisdiction, core) = SplitJurisdiction(simplified, region, province);
        var canonical = jurisdiction is null ? core : jurisdiction + core;
        return new DepartmentRef
        {
            Name = asWritten,
            Canonical = canonical,
            Function = names.FunctionOf(core),
            Jurisdiction = jurisdiction,
        };
    }

    private static (string? Jurisdiction, string Core) SplitJurisdiction(string name, string? region, string? province)
    {
        // 区市场监管局, 市农业农村局, 省质监局: the prefix is the document's own place at that level.
        if (name.Length > 2 && name[0] is '区' or '县' or '市' or '旗' && region is not null && region.EndsWith(name[0]))
        {
            return (region, name[1..]);
        }
        if (name.Length > 2 && name[0] == '省' && province is not null)
        {
            return (province, name[1..]);
        }
        if (name.Length > 2 && name[0] is '区' or '县' or '市' or '旗' or '省')
        {
            return (null, name);
        }
        // A name that starts with another place (朔州市生态环境局怀仁分局, 四川出入境检验检疫局) keeps it.
        if (PlacePrefix().Match(name) is { Success: true } place)
        {
            return (place.Value, name[place.Length..]);
        }
        return (region ?? province, name);
    }

    [GeneratedRegex(@"\((?<body>[^()]{2,400})\)")]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"(?:牵头责任单位|牵头单位|牵头部门|主要责任单位|责任单位|责任部门|协同配合单位|配合单位|协同单位|参与单位|配合部门)[:：]")]
    private static partial Regex RoleLabel();

    [GeneratedRegex(@"协同|配合|参与")]
    private static partial Regex SupportLabel();

    [GeneratedRegex(@"^(?<list>.{2,300}?)(?:按职责分工负责|按照职责分工负责|分工负责|负责落实|按职责负责)$")]
    private static partial Regex DividedDuties();

    [GeneratedRegex(@"^(?<list>[^。；;]{2,160}?)负责$")]
    private static partial Regex PlainDuty();

    [GeneratedRegex(@"^——(?<list>[^——。,，]{2,40}?)(?:要|应|须|负责)")]
    private static partial Regex DutyItem();

    [GeneratedRegex(@"[、,，;；]")]
    private static partial Regex Separator();

    [GeneratedRegex(@"等(?<suffix>部门|单位|机构)$")]
    private static partial Regex SharedSuffix();

    [GeneratedRegex(@"(?:局|委|厅|办|部|部门|单位|中心|会|院|所|行|处|室|组|区|馆|队)$")]
    private static partial Regex OrganisationEnding();

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,4}(?:省|市)(?!场)")]
    private static partial Regex PlacePrefix();
}
