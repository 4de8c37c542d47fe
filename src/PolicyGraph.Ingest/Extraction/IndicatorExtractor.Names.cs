using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicyGraph.Ingest.Extraction;

/// <summary>
/// An indicator's name as the text gives it: where it starts and ends around its value, the lead-in and trailing
/// words it is cleaned of, the creating verb it opens on, and names listed before one value or several.
/// </summary>
public static partial class IndicatorExtractor
{
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
            // 主要农产品、食品、药品抽检合格率: the items share the measurement that follows the last of them.
            var measurement = MeasurementHead().Match(last);
            if (measurement.Success && measurement.Index > 0 && parts.Take(parts.Count - 1).All(p => !EndsWithMetric(p)))
            {
                return [.. parts.Take(parts.Count - 1).Select(p => p + last[measurement.Index..]), last];
            }
        }
        if (listed && values > 1 && parts.Count == values && parts.Take(parts.Count - 1).All(p => JurisdictionWord().Match(p).Length == p.Length)
            && JurisdictionWord().Match(parts[^1]) is { Success: true } level && level.Length < parts[^1].Length)
        {
            // 国家级、省级质检中心分别为2个、5个: bare levels take the noun of the last.
            var noun = parts[^1][level.Length..];
            return [.. parts.Take(parts.Count - 1).Select(p => p + noun), parts[^1]];
        }
        return Enumerable.Repeat(name, Math.Max(1, listed ? values : 1)).ToList();
    }

    /// <summary>The two characters after a value: all that <see cref="IsNameEnd"/> looks at (no copy of the chunk's rest).</summary>
    private static string AfterToken(string chunk, Match token)
    {
        var end = token.Index + token.Length;
        return chunk[end..Math.Min(chunk.Length, end + 2)];
    }

    // A point after a counted value is a half-width full stop (…企业100家.); a bracket opens a note on the figure (培育区域公用
    // 品牌1个（旗农牧业局负责）, 新增名牌产品5个(其中农产品2个)).
    private static bool IsNameEnd(string after) =>
        after.Length == 0 || after[0] is '、' or ')' or '）' or '.' or '(' or '（' || after.StartsWith('和') && after.Length > 1 && char.IsAsciiDigit(after[1]);

    private static int NounEnd(string chunk, int from, int nextValue)
    {
        var end = nextValue;
        var depth = 0;
        for (var i = from; i < nextValue; i++)
        {
            depth += chunk[i] is '(' or '（' ? 1 : chunk[i] is ')' or '）' ? -1 : 0;
            // 县（区、镇）: a bracket's list is one name's; 质量基础扎实、质量效益领先…的质量强县: modifiers listed before
            // the 的 of the one noun they describe.
            if (chunk[i] == '、' && (depth > 0 || ModifiedNoun().IsMatch(chunk.AsSpan(i, nextValue - i))))
            {
                continue;
            }
            if (chunk[i] == '、' || (chunk[i] is '和' or '及' && i + 1 < chunk.Length && char.IsAsciiDigit(chunk[i + 1])))
            {
                end = i;
                break;
            }
        }
        return end;
    }

    /// <summary>The text before a value without the creating verb it ends on (培育 in 培育50个…), which <paramref name="verb"/> names.</summary>
    private static string StripCreatingVerb(string before, out string? verb)
    {
        var trimmed = Clean(before, stripVerbs: false);
        verb = CreatingVerbs.FirstOrDefault(v => trimmed.EndsWith(v, StringComparison.Ordinal));
        return verb is null ? trimmed : trimmed[..^verb.Length].TrimEnd();
    }

    /// <summary>The creating verb a name opens on once its lead-in words are gone (新增 in 全市新增四川名牌产品), or null.</summary>
    private static string? CreatingVerbAtStart(string before)
    {
        var trimmed = Clean(before, stripVerbs: false);
        var verb = CreatingVerbs.FirstOrDefault(v => trimmed.StartsWith(v, StringComparison.Ordinal) && trimmed.Length > v.Length + 1);
        return verb is not null && !KeepsVerb(trimmed, verb) ? verb : null;
    }

    /// <summary>
    /// Whether a creating verb at the start of a name is part of it: a rate or a share is never created (新建建筑节能标准执行率,
    /// 建设工程竣工验收合格率, 新建绿色建筑占新建建筑比例), and 建设工程 / 新建建筑 are nouns.
    /// </summary>
    private static bool KeepsVerb(string name, string verb) =>
        // 开展企业产品标准自我声明公开的企业: the verb opens a clause that says which enterprises are counted; an adding verb
        // never does (新增通过质量管理体系认证的企业: those newly counted).
        RateName().IsMatch(name) || (RelativeClauseHead().IsMatch(name) && !IsAdding(verb)) || (verb is "建设" or "新建" && name.Length > verb.Length + 1 && name[verb.Length..] is var rest &&
            (rest.StartsWith("工程", StringComparison.Ordinal) || rest.StartsWith("建筑", StringComparison.Ordinal) || rest.StartsWith("住宅", StringComparison.Ordinal)));

    private static bool EndsWithMetric(string name) => MetricEndings.Any(e => name.EndsWith(e, StringComparison.Ordinal));

    private static int HanCount(string s) => s.Count(c => c is >= '\u4E00' and <= '\u9FFF');

    /// <summary>
    /// A name without the words that lead into it (力争到2020年全市空气质量优良天数 → 空气质量优良天数; (一)规模以上… →
    /// 规模以上…) or trail after it (…合格率力争, …能耗比2015年, …合格率由82.4%, …累计).
    /// </summary>
    internal static string Clean(string name, bool stripVerbs = true)
    {
        var s = name.Trim(' ', '、', '"', '和', '及', '与', '并', '—', '-');
        // A few passes, each taking a whole run of lead-in words (LeadingFiller repeats), a creating verb and the
        // trailing words, so that a long run of fillers (力争力争…) costs no pass per word.
        for (var pass = 0; pass < 4; pass++)
        {
            var previous = s;
            s = WithoutTrailingWords(s);
            s = LeadingFiller().Replace(s, string.Empty);
            if (stripVerbs)
            {
                // 制修订 names what is counted (制修订各类标准120项): it stays.
                var verb = CreatingVerbs.FirstOrDefault(v => v != "制修订" && s.StartsWith(v, StringComparison.Ordinal) && s.Length > v.Length + 1);
                if (verb is not null && !KeepsVerb(s, verb))
                {
                    s = s[verb.Length..];
                }
            }
            s = s.TrimStart(' ', '、', '和', '及', '与', '并', '的', '—', '-');
            if (s == previous)
            {
                break;
            }
        }
        return s.TrimEnd(' ', '、', '的');
    }

    /// <summary>
    /// A name without the words trailing it (…合格率力争, …能耗比2015年, …合格率由82.4%, …累计). They are short, so only
    /// the name's tail is matched: a regex anchored at the end alone would try every start of a long name.
    /// </summary>
    private static string WithoutTrailingWords(string name)
    {
        var end = name.Length;
        for (var removed = 0; removed < 8; removed++)
        {
            while (end > 0 && name[end - 1] is ' ' or '、' or '的' or ',')
            {
                end--;
            }
            // Match(input, beginning, length) anchors $ at the end of the range: no copy of the name per word.
            var tailStart = Math.Max(0, end - 24);
            var m = TrailingFiller().Match(name, tailStart, end - tailStart);
            if (!m.Success || m.Length == 0)
            {
                break;
            }
            end = m.Index;
        }
        return name[..end];
    }

    /// <summary>
    /// A share whose subject the sentence gave once, in its first clause (生活性服务业增加值增速高于…，占地区生产总值比重达到22%，
    /// 税收占全部税收比重保持在24%): the share's name with that subject before it (生活性服务业增加值占…, 生活性服务业税收占…).
    /// </summary>
    private static string WithCarriedSubject(string name, string text, int chunkStart)
    {
        // 完成公共服务质量满意度测评，测评得分达到80分: a name that opens on the word the clause before ended on is that
        // clause's measure.
        if (name.Length is >= 3 and <= 6 && chunkStart > 0 && text.LastIndexOfAny(['，', ',', '。', '；', ';', '\n'], chunkStart - 1) is var comma and >= 0
            && text[comma] is '，' or ',' && text.LastIndexOfAny(['，', ',', '。', '；', ';', '\n', '：', ':'], Math.Max(0, comma - 1)) + 1 is var from && from < comma
            && ClauseVerb().Replace(LeadingFiller().Replace(text[from..comma].Trim(), string.Empty), string.Empty) is { Length: >= 6 } repeated
            && repeated.EndsWith(name[..2], StringComparison.Ordinal) && repeated.All(c => c is >= '\u4E00' and <= '\u9FFF'))
        {
            return repeated[..^2] + name;
        }
        var bare = HanCount(name) == 2 && name.Length == 2;
        if (!name.StartsWith('占') && !MeasureShare().IsMatch(name) && !bare)
        {
            return name;
        }
        var segmentStart = text.LastIndexOfAny(['。', '；', ';', '\n', '：', ':'], Math.Max(0, chunkStart - 1)) + 1;
        if (segmentStart >= chunkStart)
        {
            return name;
        }
        var clauseEnd = text.IndexOfAny([',', '，'], segmentStart, chunkStart - segmentStart);
        var firstClause = text[segmentStart..(clauseEnd < 0 ? chunkStart : clauseEnd)];
        // A bare act (全年立项100项) counts what the clause before it named (推动国家标准外文版翻译，…): 国家标准外文版翻译立项;
        // the clause right before it (围绕…问题，支持建设一批产业质量技术公共服务平台，年内新建5个: 产业质量技术公共服务平台新建).
        if (bare)
        {
            var before = text.LastIndexOfAny([',', '，'], Math.Max(0, chunkStart - 1));
            var previousClause = before > segmentStart ? text[(text.LastIndexOfAny([',', '，'], before - 1) is var c && c >= segmentStart ? c + 1 : segmentStart)..before] : firstClause;
            var named = CountedBatch().Replace(ClauseVerb().Replace(previousClause.Trim(), string.Empty), string.Empty);
            return named.Length >= 4 && !named.Any(char.IsAsciiDigit) && named.All(c => c is >= '\u4E00' and <= '\u9FFF') ? named + name : name;
        }
        if (SubjectMeasure().Match(firstClause) is not { Success: true } subject)
        {
            return name;
        }
        return name.StartsWith('占') ? subject.Groups["topic"].Value + subject.Groups["measure"].Value + name : subject.Groups["topic"].Value + name;
    }

    // A share's measure named before it (税收占, 从业人员占): the topic it measures is the sentence's.
    [GeneratedRegex(@"^(?:增加值|营业收入|主营业务收入|税收|从业人员|就业人数|产值|销售收入|利润|出口额)占")]
    private static partial Regex MeasureShare();

    // A clause's subject: a topic (its lead-in year aside) and the measure it gives (生活性服务业 + 增加值).
    [GeneratedRegex(@"^(?:(?:到|至)?(?:19|20)[0-9]{2}年(?:底|末)?[,，]?)?(?:全省|全市|全县|全区)?(?<topic>\p{IsCJKUnifiedIdeographs}{2,16}?)(?<measure>增加值|营业收入|主营业务收入|税收|从业人员|产值|销售收入)")]
    private static partial Regex SubjectMeasure();

    // The verb a clause opens on (推动国家标准外文版翻译: what it names is the rest), after a list number perhaps.
    [GeneratedRegex(@"^(?:[0-9]{1,2}\.|[（(][一二三四五六七八九十]+[)）])?(?:推动|推进|加快|开展|加强|组织|实施|深化|做好|完成)")]
    private static partial Regex ClauseVerb();

    // What a clause says it supports or builds in a batch (支持建设一批…): the things themselves are named after it.
    [GeneratedRegex(@"^(?:支持|鼓励|引导)?(?:建设|培育|打造|建立|创建)?(?:一批|一系列|若干)")]
    private static partial Regex CountedBatch();

    /// <summary>
    /// A name whose subject's adding verb stands inside it before another verb (全市工业企业新增采用国际标准…): the name without
    /// it, what is counted being the adopting (the figure a change). 新增 before a noun (消费品领域新增发明专利授权量) names the measure.
    /// </summary>
    private static string WithoutAddingVerb(string name, out bool adds)
    {
        var without = AddingBeforeVerb().Replace(name, "$1", 1);
        adds = without != name;
        return without;
    }

    [GeneratedRegex(@"^(\p{IsCJKUnifiedIdeographs}{2,10}?(?:企业|单位|行业|领域))新增(?=采用|通过|获得|取得|建立|实施|开展|参与|主导|制定|制修订)")]
    private static partial Regex AddingBeforeVerb();

    // What a field or its firms added (消费品领域新增发明专利授权量): a change, though the verb stands inside the name.
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,8}(?:领域|行业|产业)新增")]
    private static partial Regex FieldAdds();

    // A verb that brings others to act (支持…县域开展, 组织…企业参加), right before their count.
    [GeneratedRegex(@"(?:支持|组织|推动|引导|带动|鼓励|遴选|动员|指导)(?:不少于|不低于|至少)?$")]
    private static partial Regex PivotVerb();

    // What covers, then 覆盖, perhaps what it covers whole before the share (城市社区和).
    [GeneratedRegex(@"(?<subject>\p{IsCJKUnifiedIdeographs}{2,24}?)覆盖(?:[^,，。；;覆]{1,16}?[和及、])?$")]
    private static partial Regex CoverageHead();

    private static int LeadingTrim(string before) => before.Length - before.TrimStart(' ', '、', '和', '及', '与').Length;

    [GeneratedRegex("的(?:企业|单位|组织|机构|产品|项目|学校|园区)$")]
    private static partial Regex RelativeClauseHead();

    [GeneratedRegex(@"^(?<who>\p{IsCJKUnifiedIdeographs}{0,10}?(?:企业|单位|组织|机构|学校|园区|家庭|县域|城市|乡镇))(?<act>(?:开展|参与|参加|实施|通过|获得|建立|导入|推行)\p{IsCJKUnifiedIdeographs}{2,20})$")]
    private static partial Regex CountedActors();

    /// <summary>The rest of a list of modifiers before the 的 of the noun they describe (、质量效益领先、…较高的质量强县).</summary>
    [GeneratedRegex(@"^、[^，,。；;：:、的]{2,16}(?:、[^，,。；;：:、的]{2,16})*的\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex ModifiedNoun();

    [GeneratedRegex(@"^(?:[^、的，,。]{2,16}、)+[^、的，,。]{2,16}的(?<head>\p{IsCJKUnifiedIdeographs}.{1,20})$")]
    private static partial Regex ListedQualities();
}
