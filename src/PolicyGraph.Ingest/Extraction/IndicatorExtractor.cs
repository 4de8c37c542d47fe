using System.Globalization;
using System.Text.RegularExpressions;
using PolicyGraph.Core.Model;

namespace PolicyGraph.Ingest.Extraction;

/// <summary>An indicator found in a search-view text: [Start, End) is the span it was read from.</summary>
public sealed record IndicatorMatch(string Name, string Comparator, double Value, string Unit, int? Year, int Start, int End)
{
    /// <summary>Level, change or growth (<see cref="IndicatorKinds"/>).</summary>
    public string Kind { get; init; } = IndicatorKinds.Level;
}

/// <summary>
/// Quantitative targets (domain.md §5) in a clause's search view. Three shapes carry a target: a name, a
/// comparator verb and a value (<c>合格率稳定在96%以上</c>); a name and a value (<c>食品抽检合格率98%以上</c>,
/// <c>安徽名牌总数18个以上</c>); and, after a verb of creating, a value before its noun (<c>培育50个以上…品牌</c>).
/// <c>分别</c> distributes a list of values over the names before it; <c>均</c> gives each name the one value.
/// Numbers that belong to a name (<c>实施50%节能标准比例</c>, <c>5A级</c>), years, document numbers and titles in 《》
/// are not targets. A sentence's <c>到2020年</c> sets the year of what follows it.
/// </summary>
public static partial class IndicatorExtractor
{
    // Comparator verbs, longest first so that 达到 wins over 达.
    private static readonly (string Verb, string Comparator)[] Verbs =
    [
        ("达到或超过", ">="), ("稳定在", ">="), ("保持在", ">="), ("控制在", "<="), ("提高到", ">="), ("提升到", ">="),
        ("提高至", ">="), ("提升至", ">="), ("增长到", ">="), ("增加到", ">="), ("不低于", ">="), ("不少于", ">="),
        ("不超过", "<="), ("不高于", "<="), ("降低到", "<="), ("下降到", "<="), ("降至", "<="), ("增至", ">="),
        ("达到", ">="), ("超过", ">"), ("高于", ">"), ("突破", ">"), ("低于", "<"), ("少于", "<"), ("保持", ">="),
        ("稳定", ">="), ("达", ">="), ("为", "="), ("在", "="),
    ];

    // Verbs of creating after which a count comes before its noun: 培育50个…品牌, 新增3家…企业.
    private static readonly string[] CreatingVerbs =
    [
        "培育形成", "培育创建", "积极培育", "推荐新增", "力争创建", "培育", "创建", "新增", "新建", "建设", "建成", "打造", "争创",
        "认定", "形成", "引进", "组织", "制修订", "开展", "完成", "发展", "加快", "推进", "设置", "设立",
    ];

    private static readonly string[] MetricEndings = ["率", "度", "指数", "量", "数", "比例", "比重", "天数"];

    public static IReadOnlyList<IndicatorMatch> Extract(string search, int? contextYear)
    {
        var text = Mask(search);
        var results = new List<IndicatorMatch>();
        var sentenceStart = 0;
        foreach (var sentenceEnd in Boundaries(text, "。;；!！?？\n"))
        {
            var year = contextYear;
            var chunkStart = sentenceStart;
            var listVerbActive = false;
            foreach (var chunkEnd in Boundaries(text[..sentenceEnd], ",，:：", sentenceStart))
            {
                var chunk = text[chunkStart..chunkEnd];
                if (YearScope().Match(chunk) is { Success: true } y)
                {
                    year = int.Parse(y.Groups["y"].Value, CultureInfo.InvariantCulture);
                }
                listVerbActive = ReadChunk(text, chunkStart, chunkEnd, year, listVerbActive, results);
                chunkStart = chunkEnd + 1;
            }
            sentenceStart = sentenceEnd + 1;
        }
        return results;
    }

    /// <summary>Reads the indicators of one comma-separated chunk; returns whether a creating verb's list runs on into the next chunk.</summary>
    private static bool ReadChunk(string text, int start, int end, int? year, bool listVerbActive, List<IndicatorMatch> results)
    {
        var values = ValueToken().Matches(text[start..end]).Where(IsTargetValue).ToList();
        if (values.Count == 0)
        {
            return false;
        }
        var chunk = text[start..end];
        var nameStart = 0;
        var firstResult = results.Count;
        var createdList = listVerbActive;
        for (var i = 0; i < values.Count; i++)
        {
            var token = values[i];
            var before = chunk[nameStart..token.Index];
            var unit = token.Groups["unit"].Value;
            var modifier = token.Groups["mod"].Value;
            var verb = Verbs.FirstOrDefault(v => before.EndsWith(v.Verb, StringComparison.Ordinal));
            if (verb.Verb is not null && (unit.Length > 0 || modifier.Length > 0 || before.Length > verb.Verb.Length))
            {
                // Name, verb, value(s): 合格率稳定在96%以上; 合格率、优良率分别达到100%、95%.
                var rawName = before[..^verb.Verb.Length];
                var distributes = rawName.EndsWith("分别", StringComparison.Ordinal);
                var shares = rawName.EndsWith('均');
                rawName = rawName.TrimEnd('均').Replace("分别", string.Empty, StringComparison.Ordinal);
                var group = new List<Match> { token };
                while (i + 1 < values.Count && IsListGap(chunk[(group[^1].Index + group[^1].Length)..values[i + 1].Index]))
                {
                    group.Add(values[++i]);
                }
                var lastModifier = group[^1].Groups["mod"].Value;
                var comparator = Comparator(verb.Comparator, lastModifier.Length > 0 ? lastModifier : modifier);
                var groupUnit = group.Select(g => g.Groups["unit"].Value).LastOrDefault(u => u.Length > 0) ?? string.Empty;
                if (groupUnit.Length == 0 && lastModifier.Length == 0 && !EndsWithMetric(rawName))
                {
                    nameStart = group[^1].Index + group[^1].Length;
                    continue;
                }
                var names = SplitNames(Clean(rawName), group.Count, distributes || shares || group.Count > 1);
                var spanStart = start + nameStart + LeadingTrim(before);
                var spanEnd = start + group[^1].Index + group[^1].Length;
                for (var n = 0; n < names.Count; n++)
                {
                    var value = group[Math.Min(n, group.Count - 1)];
                    var valueUnit = value.Groups["unit"].Value.Length > 0 ? value.Groups["unit"].Value : groupUnit;
                    Add(results, names[n], comparator, value, valueUnit, year, spanStart, spanEnd);
                }
                nameStart = spanEnd - start;
                createdList = false;
                continue;
            }
            var after = AfterToken(chunk, token);
            var leading = StripCreatingVerb(before, out var hadVerb);
            if (unit.Length > 0 && IsNameEnd(after) && HanCount(Clean(before)) >= 2 && !createdList)
            {
                // Name then value: 食品抽检合格率98%以上, 建设自治区有机产品示范区3个.
                var name = Clean(before);
                var spanStart = start + nameStart + LeadingTrim(before);
                Add(results, name, Comparator(null, modifier, count: !IsPercentLike(unit)), token, unit, year, spanStart, start + token.Index + token.Length);
                nameStart = token.Index + token.Length;
                continue;
            }
            if (unit.Length > 0 && unit != "%" && (hadVerb || createdList || IsListGap(leading)) && leading.Trim().Length == 0)
            {
                // Value before its noun: 培育50个以上具有国内市场竞争力的内蒙古品牌, 1件驰名商标和4件著名商标.
                var nounEnd = NounEnd(chunk, token.Index + token.Length, i + 1 < values.Count ? values[i + 1].Index : chunk.Length);
                var noun = Clean(chunk[(token.Index + token.Length)..nounEnd]);
                if (HanCount(noun) >= 2)
                {
                    Add(results, noun, Comparator(null, modifier, count: true), token, unit, year, start + token.Index, start + nounEnd);
                    createdList = true;
                }
                nameStart = nounEnd;
                continue;
            }
            // A number that is no target (实施50%节能标准比例) stays part of the name of what follows.
        }
        InheritHeads(results, firstResult);
        return createdList;
    }

    /// <summary>创建国家级有机产品认证示范区1个、省级2个: a bare jurisdiction takes the head of the name before it.</summary>
    private static void InheritHeads(List<IndicatorMatch> results, int from)
    {
        for (var i = Math.Max(from, 1); i < results.Count; i++)
        {
            var bare = JurisdictionWord().Match(results[i].Name);
            var previous = JurisdictionWord().Match(results[i - 1].Name);
            if (bare.Success && bare.Length == results[i].Name.Length && previous.Success && previous.Length < results[i - 1].Name.Length)
            {
                results[i] = results[i] with { Name = results[i].Name + results[i - 1].Name[previous.Length..] };
            }
        }
    }

    private static void Add(List<IndicatorMatch> results, string name, string comparator, Match value, string unit, int? year, int start, int end)
    {
        if (HanCount(name) < 2)
        {
            return;
        }
        var number = double.Parse(value.Groups["num"].Value, CultureInfo.InvariantCulture);
        if (!double.IsFinite(number))
        {
            return; // a run of hundreds of digits is not a target (and Infinity has no JSON form)
        }
        results.Add(new IndicatorMatch(name, comparator, number, unit, year, start, end));
    }

    /// <summary>Names for a list of values: 县公路平均好路率、农村公路路面平均好路率 → two names; 国家及省监督抽查合格率 → 国家…, 省….</summary>
    private static List<string> SplitNames(string name, int values, bool listed)
    {
        var parts = ListSeparator().Split(name).Where(p => p.Length > 0).ToList();
        if (parts.Count > 1 && parts.All(EndsWithMetric))
        {
            // 高速公路竣工验收合格率、优良率: a short later item takes the subject of the first.
            var first = parts[0];
            var metric = MetricWord().Match(first);
            var subject = metric.Success ? first[..metric.Index] : string.Empty;
            return [first, .. parts.Skip(1).Select(p => p.Length <= 4 && subject.Length > 0 ? subject + p : p)];
        }
        if (listed && values > 1 && parts.Count == 2 && values == 2 && EndsWithMetric(parts[^1]) && parts[0].Length >= 2)
        {
            // 小微企业和规模以上工业企业产品质量监督抽查合格率: the second item ends as the first does (…企业).
            var ending = parts[0][^2..];
            var at = parts[1].IndexOf(ending, StringComparison.Ordinal);
            if (at > 0 && at + 2 < parts[1].Length)
            {
                var head = parts[1][(at + 2)..];
                return [parts[0] + head, parts[1]];
            }
        }
        if (listed && values > 1 && parts.Count == values && EndsWithMetric(parts[^1]))
        {
            // 产品质量经国家及省监督抽查合格率: the items are modifiers of one head after the last of them.
            var last = parts[^1];
            var modifier = JurisdictionWord().Match(last);
            if (modifier.Success)
            {
                var head = last[modifier.Length..];
                var prefix = parts[0];
                var firstModifier = JurisdictionTail().Match(prefix);
                var stem = firstModifier.Success ? prefix[..firstModifier.Index] : string.Empty;
                var names = parts.Take(parts.Count - 1).Select(p => p == parts[0] ? p + head : stem + p + head).ToList();
                names.Add(stem + last);
                return names;
            }
        }
        return Enumerable.Repeat(name, Math.Max(1, listed ? values : 1)).ToList();
    }

    private static string Comparator(string? verbComparator, string modifier, bool count = false) => modifier switch
    {
        "以下" or "以内" => verbComparator is "<" ? "<" : "<=",
        "以上" or "及以上" => verbComparator is ">" ? ">" : ">=",
        _ => verbComparator ?? (count ? ">=" : "="),
    };

    private static bool IsPercentLike(string unit) => unit is "%" or "分" or "";

    /// <summary>Drops a number that is not a target: a year, a date, a code (5A, 5G, ISO9001), an ordinal, a phone number.</summary>
    private static bool IsTargetValue(Match m)
    {
        var unit = m.Groups["unit"].Value;
        var number = m.Groups["num"].Value;
        if (m.Groups["next"].Success)
        {
            return false;
        }
        if (unit.Length == 0 && (number.Length >= 4 || m.Groups["mod"].Value.Length == 0))
        {
            // A bare number is a target only as an index score with 以上/以下 (顾客满意度指数达到80以上).
            return false;
        }
        return true;
    }

    private static bool IsListGap(string gap) => gap.Length == 0 || gap is "、" or "和" or "及" or "与" or "," or "，" || gap.Trim() is "、" or "和" or "及";

    private static string AfterToken(string chunk, Match token) => chunk[(token.Index + token.Length)..];

    private static bool IsNameEnd(string after) =>
        after.Length == 0 || after[0] is '、' or ')' or '）' || after.StartsWith('和') && after.Length > 1 && char.IsAsciiDigit(after[1]);

    private static int NounEnd(string chunk, int from, int nextValue)
    {
        var end = nextValue;
        for (var i = from; i < nextValue; i++)
        {
            if (chunk[i] == '、' || (chunk[i] is '和' or '及' && i + 1 < chunk.Length && char.IsAsciiDigit(chunk[i + 1])))
            {
                end = i;
                break;
            }
        }
        return end;
    }

    private static string StripCreatingVerb(string before, out bool hadVerb)
    {
        var trimmed = Clean(before, stripVerbs: false);
        foreach (var verb in CreatingVerbs)
        {
            if (trimmed.EndsWith(verb, StringComparison.Ordinal))
            {
                hadVerb = true;
                return trimmed[..^verb.Length].TrimEnd();
            }
        }
        hadVerb = false;
        return trimmed;
    }

    private static bool EndsWithMetric(string name) => MetricEndings.Any(e => name.EndsWith(e, StringComparison.Ordinal));

    private static int HanCount(string s) => s.Count(c => c is >= '\u4E00' and <= '\u9FFF');

    /// <summary>A name without the words that lead into it: 力争到2020年全市空气质量优良天数 → 空气质量优良天数.</summary>
    internal static string Clean(string name, bool stripVerbs = true)
    {
        var s = name.Trim(' ', '、', '"', '和', '及', '与', '并', '—', '-');
        string previous;
        do
        {
            previous = s;
            s = LeadingFiller().Replace(s, string.Empty);
            if (stripVerbs)
            {
                foreach (var verb in CreatingVerbs)
                {
                    if (s.StartsWith(verb, StringComparison.Ordinal) && s.Length > verb.Length + 1)
                    {
                        s = s[verb.Length..];
                        break;
                    }
                }
            }
            s = s.TrimStart(' ', '、', '和', '及', '与', '并', '的', '—', '-');
        }
        while (s != previous);
        return s.TrimEnd(' ', '、', '的');
    }

    private static int LeadingTrim(string before) => before.Length - before.TrimStart(' ', '、', '和', '及', '与').Length;

    /// <summary>Positions of the separators in <paramref name="text"/>, then its end.</summary>
    private static IEnumerable<int> Boundaries(string text, string separators, int from = 0)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (separators.Contains(text[i], StringComparison.Ordinal))
            {
                yield return i;
            }
        }
        yield return text.Length;
    }

    /// <summary>Titles in 《》 and document numbers hold numbers that are not targets: blank them, keeping offsets.</summary>
    private static string Mask(string search)
    {
        var chars = search.ToCharArray();
        foreach (Match m in TitleSpan().Matches(search))
        {
            Array.Fill(chars, '□', m.Index, m.Length);
        }
        foreach (var (_, index, length) in DocumentNumber.FindAll(search))
        {
            Array.Fill(chars, '□', index, length);
        }
        return new string(chars);
    }

    [GeneratedRegex(@"(?<![0-9.A-Za-z])(?<num>[0-9]+(?:\.[0-9]+)?)\s*(?<unit>万件|万户|万人|万亩|万吨|万元|亿元|%|个|家|项|件|户|次|座|所|名|批|处|条|台|套|吨|公里|千米|亩|倍|分(?!之))?(?<mod>及以上|以上|以下|以内)?(?<next>[年月日号届期级度A-Za-z0-9.:·])?")]
    private static partial Regex ValueToken();

    [GeneratedRegex(@"(?:到|至|截至|截止)(?<y>(?:19|20)[0-9]{2})年|(?<y>(?:19|20)[0-9]{2})年(?:底|末|前)")]
    private static partial Regex YearScope();

    [GeneratedRegex(@"^(?:(?:到|至|截至|截止)?(?:19|20)[0-9]{2}年(?:底|末|前)?|力争|争取|确保|努力|实现|使|推动|在?全市|在?全省|在?全区|在?全县|我市|我省|我区|我县|其中|同时|每年|年均|进一步|积极|主要指标|具体目标|(?:鼓励|支持|引导|推动|督促|组织)(?:企业)?)")]
    private static partial Regex LeadingFiller();

    [GeneratedRegex(@"[、]|(?<=\p{IsCJKUnifiedIdeographs})(?:及|和)(?=\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex ListSeparator();

    [GeneratedRegex(@"(?:合格率|优良率|达标率|覆盖率|满意度|普及率|受检率|符合率|成功率|好路率|优等路率|执行率|[^\p{P}]{1,2}率)$")]
    private static partial Regex MetricWord();

    [GeneratedRegex(@"^(?:国家级|国家|国际|国内|省级|省|市级|市|县级|县|区级|区)")]
    private static partial Regex JurisdictionWord();

    [GeneratedRegex(@"(?:国家|国际|国内|省级|省|市级|市|县级|县|区级|区)$")]
    private static partial Regex JurisdictionTail();

    [GeneratedRegex(@"《[^》]*》")]
    private static partial Regex TitleSpan();
}
