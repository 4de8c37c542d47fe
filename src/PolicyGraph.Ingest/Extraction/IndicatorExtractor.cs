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
/// What <see cref="IndicatorExtractor.Read"/> found in a passage, the voice it ended in and whether it stated a target
/// cue anywhere (到2025年, 力争): a lead paragraph passes its voice on to its items only when it is a review throughout.
/// </summary>
public sealed record IndicatorReading(IReadOnlyList<IndicatorMatch> Matches, StatementVoice Voice, bool TargetCue)
{
    /// <summary>The last year the passage itself set targets for (到2025年, 2016年度，…目标：), or null: what its items are for.</summary>
    public int? Year { get; init; }
}

/// <summary>
/// Quantitative targets (domain.md §5, §11 L15) in a clause's search view. Three shapes carry a target: a name, a
/// comparator verb and a value (<c>合格率稳定在96%以上</c>); a name and a value (<c>食品抽检合格率98%以上</c>,
/// <c>安徽名牌总数18个以上</c>); and, after a verb of creating, a value before its noun (<c>培育50个以上…品牌</c>).
/// <c>分别</c> distributes a list of values over the names before it; <c>均</c> gives each name the one value.
/// What the value measures is its kind: a level (<c>提高到45%</c>), a change (<c>提升3个百分点</c>, <c>下降10%</c> — a
/// decrease is negative —, <c>新增5家</c>, <c>增加8项</c>) or an annual growth rate (<c>年均增长8%左右</c>). The comparator
/// comes from the verb and the modifier: <c>以上</c>/<c>不低于</c>/<c>达到</c> ≥, <c>超过</c>/<c>突破</c> &gt;, <c>以下</c>/
/// <c>以内</c>/<c>控制在</c> ≤, <c>低于</c> &lt;, <c>左右</c>/<c>约</c>/a plain figure =.
/// Numbers that belong to a name (<c>实施50%节能标准比例</c>, <c>5A级</c>), years, document numbers and titles in 《》
/// are not targets, and neither are figures a passage reports as achieved or restates from another document
/// (<see cref="AchievementCues"/>). A sentence's <c>到2020年</c> sets the year of what follows it.
/// </summary>
public static partial class IndicatorExtractor
{
    private const int MaxNameLength = 120;
    private const int Increase = 1;
    private const int Decrease = -1;

    /// <summary>A verb before a value: the comparator it states, the kind of figure, and the sign of a decrease.</summary>
    private sealed record Verb(string Text, string Comparator, string Kind, int Sign);

    // Comparator verbs, longest first so that 达到 wins over 达 and 提高到 over 提高. A verb of change states by how much
    // (提升3个百分点), a verb of growth the yearly rate (年均增长8%); the others the level to reach.
    private static readonly Verb[] Verbs = new[]
    {
        Level(">=", "达到或超过", "提高到", "提升到", "提高至", "提升至", "增长到", "增长至", "增加到", "增加至", "不低于", "不少于",
            "增至", "达到", "达"),
        Level("<=", "控制在", "不超过", "不高于", "降低到", "降低至", "下降到", "下降至", "缩短至", "缩短到", "压缩至", "压缩到", "减少到", "减少至", "降至"),
        Level(">", "超过", "高于", "突破"),
        Level("<", "低于", "少于"),
        // 保持在98% / 稳定在100% hold a level: exactly that figure unless 以上 says at least.
        Level("=", "稳定在", "保持在", "保持", "稳定", "为", "在"),
        Of(IndicatorKinds.Growth, Increase, "年平均增长", "年均增长", "年均提高", "年均增速"),
        Of(IndicatorKinds.Growth, Decrease, "年均下降", "年均降低"),
        Of(IndicatorKinds.Change, Increase, "提升", "提高", "增加", "增长", "新增", "净增", "扩大"),
        Of(IndicatorKinds.Change, Decrease, "下降", "降低", "减少", "缩短", "压减", "压缩"),
    }.SelectMany(v => v).OrderByDescending(v => v.Text.Length).ToArray();

    private static IEnumerable<Verb> Level(string comparator, params string[] verbs) =>
        verbs.Select(v => new Verb(v, comparator, IndicatorKinds.Level, Increase));

    // A change or a growth rate states its figure exactly unless a modifier says otherwise (提升3个百分点以上).
    private static IEnumerable<Verb> Of(string kind, int sign, params string[] verbs) =>
        verbs.Select(v => new Verb(v, "=", kind, sign));

    // Verbs of creating after which a count comes before its noun (培育50个…品牌, 新增3家…企业) or before the name of
    // what is counted (新增四川名牌产品15个). Longer verbs first where one begins another.
    private static readonly string[] CreatingVerbs =
    [
        "累计新增", "培育形成", "培育创建", "积极培育", "推荐新增", "力争创建", "新培育", "新创建", "新认定", "新引进", "培育", "创建", "新增",
        "新建", "建设", "建成", "打造", "争创", "认定", "形成", "引进", "组织", "制修订", "开展", "完成", "发展", "加快", "推进", "设置", "设立", "组建", "带动",
    ];

    // Creating verbs that count what is added rather than what there will be (新增5家 is a change; 培育5家 a level).
    private static readonly string[] AddingVerbs = ["累计新增", "新培育", "新创建", "新认定", "新引进", "新增", "新建"];

    private static readonly string[] MetricEndings = ["率", "度", "指数", "量", "数", "比例", "比重", "天数"];

    /// <summary>The targets a passage states, read as the document's own (no context of review or restatement).</summary>
    public static IReadOnlyList<IndicatorMatch> Extract(string search, int? contextYear) =>
        Read(search, new IndicatorContext { Year = contextYear }).Matches;

    /// <summary>The targets a passage states in its context; figures in a review or a restatement are left out.</summary>
    public static IndicatorReading Read(string search, IndicatorContext context)
    {
        var text = Mask(search);
        var results = new List<IndicatorMatch>();
        var voice = context.Voice;
        var anyTargetCue = false;
        var sentenceStart = 0;
        // A year a sentence sets holds for the passage's later sentences too (到2022年，A达到94%；B达到96%。), until
        // another sets its own.
        var year = context.Year;
        int? ownYear = null;
        StatementVoice? beforeAside = null;
        int? reviewedYear = null;
        foreach (var sentenceEnd in Boundaries(text, "。;；!！?？\n"))
        {
            var chunkStart = sentenceStart;
            string? listKind = null;
            var targetCue = false;
            var sentenceFirst = results.Count;
            // A part run into the paragraph (a page flattened to one paragraph: …为96.8%。二、重点任务（一）…) ends a review.
            if (sentenceStart > 0 && voice == StatementVoice.Achievement && AchievementCues.OpensPart(text[sentenceStart..sentenceEnd]))
            {
                voice = StatementVoice.Target;
            }
            // 2022年，全州…为92.6%。2023年，全州…稳定在93%以上: a sentence that opens on a later year than the review's, and
            // not before the present, turns from last year's results to this year's targets.
            if (voice == StatementVoice.Achievement && reviewedYear is { } past
                && AchievementCues.PresentOpening(text[sentenceStart..sentenceEnd], context.PresentYear) is { } next && next > past)
            {
                voice = StatementVoice.Target;
                reviewedYear = null;
            }
            // 2016年度，全县要实现以下质量目标： after a sentence of 2015 results: the year the sentence opens on is the
            // one its targets are for, though the voice turns to targets only at 目标.
            int? openingYear = null;
            foreach (var chunkEnd in Boundaries(text[..sentenceEnd], ",，:：", sentenceStart))
            {
                var chunk = text[chunkStart..chunkEnd];
                var before = voice;
                voice = AchievementCues.Next(voice, search[chunkStart..chunkEnd], chunk, ref targetCue, context);
                if (voice == StatementVoice.Achievement && before != voice)
                {
                    reviewedYear = AchievementCues.OpeningYearOf(chunk);
                }
                if (beforeAside is null && AchievementCues.OpensResultsAside(chunk))
                {
                    beforeAside = voice;
                    voice = StatementVoice.Achievement;
                }
                // Only a year the passage sets targets for holds: 截至2022年底 (a result's date) leaves the year alone.
                if (voice == StatementVoice.Target)
                {
                    if ((AchievementCues.TargetYear(chunk, context.PresentYear) ?? openingYear) is { } set)
                    {
                        year = ownYear = set;
                    }
                    openingYear = null;
                }
                else if (chunkStart == sentenceStart)
                {
                    openingYear = AchievementCues.PresentOpening(chunk, context.PresentYear);
                }
                // 合格率提高2个百分点，达到95%以上: a verb without a name goes on about the sentence's last named figure.
                var previous = results.Count > sentenceFirst ? results[^1] : null;
                listKind = voice == StatementVoice.Target ? ReadChunk(text, chunkStart, chunkEnd, year, listKind, previous, results) : null;
                if (beforeAside is { } resumed && chunk.AsSpan().IndexOfAny(')', '）') > chunk.AsSpan().LastIndexOfAny('(', '（'))
                {
                    voice = resumed;
                    beforeAside = null;
                }
                chunkStart = chunkEnd + 1;
            }
            anyTargetCue |= targetCue;
            sentenceStart = sentenceEnd + 1;
        }
        return new IndicatorReading(results, voice, anyTargetCue) { Year = ownYear };
    }

    /// <summary>
    /// Reads the indicators of one comma-separated chunk; returns the kind of a creating verb's list that runs on into
    /// the next chunk (培育形成5个…，50个以上…), or null.
    /// </summary>
    private static string? ReadChunk(string text, int start, int end, int? year, string? listKind, IndicatorMatch? previous, List<IndicatorMatch> results)
    {
        var subject = previous?.Name;
        var values = ValueToken().Matches(text[start..end]).Where(IsTargetValue).ToList();
        if (values.Count == 0)
        {
            return null;
        }
        var chunk = text[start..end];
        // 每届授予组织奖不超过5个: how many an award grants each time is a rule of the award, not a target.
        if (AwardQuota().IsMatch(chunk))
        {
            return null;
        }
        var nameStart = 0;
        var firstResult = results.Count;
        // A list of what is created runs on over a comma (新增中国名牌产品3个，山东名牌产品20个) unless the next part opens on a
        // verb of its own (…，培育标杆企业500家).
        var createdList = values.Count > 0 && CreatingVerbAtStart(chunk[..values[0].Index]) is not null ? null : listKind;
        for (var i = 0; i < values.Count; i++)
        {
            var token = values[i];
            if (GradeBand().Match(chunk, Math.Max(0, token.Index - 40), Math.Min(40, token.Index)).Success)
            {
                // A grade's band (A级(90分及以上)、B级(80—89分)) is a rule of an assessment: no target, nor the name of one.
                nameStart = token.Index + token.Length;
                continue;
            }
            // 择优推荐2—3个: the top of a range of a procedure's counts is no target, nor is what stands before it a name.
            if (RangeStart().IsMatch(chunk.AsSpan(Math.Max(nameStart, token.Index - 12), token.Index - Math.Max(nameStart, token.Index - 12))))
            {
                nameStart = token.Index + token.Length;
                continue;
            }
            // A name is at most MaxNameLength long: a longer run before a value (a hostile or broken text) is cut, so that
            // a chunk of many values costs no pass over all the text before each.
            var beforeStart = Math.Max(nameStart, token.Index - MaxNameLength);
            var before = chunk[beforeStart..token.Index];
            // 约30%: about.
            var about = before.EndsWith('约');
            if (about)
            {
                before = before[..^1];
            }
            // 提高到2025年的95%: the verb's year is the value's.
            var valueYear = year;
            if (VerbYear().Match(before) is { Success: true } verbYear && Verbs.Any(v => before[..verbYear.Index].EndsWith(v.Text, StringComparison.Ordinal)))
            {
                valueYear = int.Parse(verbYear.Groups["y"].Value, CultureInfo.InvariantCulture);
                before = before[..verbYear.Index];
            }
            var unit = token.Groups["unit"].Value;
            var modifier = token.Groups["mod"].Value;
            var verbIndex = Array.FindIndex(Verbs, v => before.EndsWith(v.Text, StringComparison.Ordinal));
            if (verbIndex >= 0 && CreatingVerbs.Contains(Verbs[verbIndex].Text) && HanCount(Clean(before[..^Verbs[verbIndex].Text.Length])) < 2)
            {
                // 新增3家…企业: no name before the verb, so the count comes before its noun.
                verbIndex = -1;
            }
            if (verbIndex >= 0 && (unit.Length > 0 || modifier.Length > 0 || before.Length > Verbs[verbIndex].Text.Length))
            {
                var verb = Verbs[verbIndex];
                // Name, verb, value(s): 合格率稳定在96%以上; 合格率、优良率分别达到100%、95%; 能耗下降10%.
                var rawName = before[..^verb.Text.Length];
                var distributes = rawName.EndsWith("分别", StringComparison.Ordinal);
                var shares = rawName.EndsWith('均');
                rawName = rawName.TrimEnd('均').Replace("分别", string.Empty, StringComparison.Ordinal);
                var group = new List<Match> { token };
                while (i + 1 < values.Count && IsListGap(chunk[(group[^1].Index + group[^1].Length)..values[i + 1].Index]))
                {
                    group.Add(values[++i]);
                }
                var lastModifier = group[^1].Groups["mod"].Value;
                var comparator = Comparator(verb.Comparator, lastModifier.Length > 0 ? lastModifier : modifier, about, verb.Sign);
                var groupUnit = group.Select(g => g.Groups["unit"].Value).LastOrDefault(u => u.Length > 0) ?? string.Empty;
                var cleanName = Clean(rawName);
                if (HanCount(cleanName) < 2 && nameStart == 0 && group.Count == 1 && subject is not null)
                {
                    cleanName = subject;
                }
                if (groupUnit.Length == 0 && lastModifier.Length == 0 && !IndexName().IsMatch(cleanName))
                {
                    // A bare figure is a score only of an index or a satisfaction (满意度达到86); elsewhere it is no target.
                    nameStart = group[^1].Index + group[^1].Length;
                    continue;
                }
                var names = SplitNames(cleanName, group.Count, distributes || shares || group.Count > 1);
                // 新增省级名牌产品达到10个 / 新增国家级、省级质检中心分别为2个、5个: what is added is counted, a change.
                var kind = verb.Kind == IndicatorKinds.Level && IsAdding(CreatingVerbAtStart(rawName)) ? IndicatorKinds.Change : verb.Kind;
                var spanStart = start + beforeStart + LeadingTrim(before);
                var spanEnd = start + group[^1].Index + group[^1].Length;
                for (var n = 0; n < names.Count; n++)
                {
                    var value = group[Math.Min(n, group.Count - 1)];
                    var valueUnit = value.Groups["unit"].Value.Length > 0 ? value.Groups["unit"].Value : groupUnit;
                    Add(results, names[n], comparator, value, valueUnit, valueYear, spanStart, spanEnd, kind, verb.Sign);
                }
                nameStart = spanEnd - start;
                createdList = null;
                continue;
            }
            var after = AfterToken(chunk, token);
            var leading = StripCreatingVerb(before, out var endingVerb);
            if (unit.Length > 0 && IsNameEnd(after) && HanCount(Clean(before)) >= 2 && createdList is null)
            {
                // Name then value: 食品抽检合格率98%以上, 建设自治区有机产品示范区3个, 新增四川名牌产品15个.
                var name = Clean(before);
                var kind = IsAdding(CreatingVerbAtStart(before)) ? IndicatorKinds.Change
                    : AddsOn(results.Count > firstResult ? results[^1] : previous, before, name, unit) ? IndicatorKinds.Change
                    : IndicatorKinds.Level;
                var spanStart = start + beforeStart + LeadingTrim(before);
                Add(results, name, Comparator(null, modifier, about, Increase), token, unit, year, spanStart, start + token.Index + token.Length, kind, Increase);
                nameStart = token.Index + token.Length;
                continue;
            }
            if (unit.Length > 0 && !IsPercentLike(unit) && (endingVerb is not null || createdList is not null || IsListGap(leading)) && leading.Trim().Length == 0)
            {
                // Value before its noun: 培育50个以上具有国内市场竞争力的内蒙古品牌, 1件驰名商标和4件著名商标.
                var nounEnd = NounEnd(chunk, token.Index + token.Length, i + 1 < values.Count ? values[i + 1].Index : chunk.Length);
                var noun = Clean(chunk[(token.Index + token.Length)..nounEnd]);
                if (HanCount(noun) >= 2)
                {
                    var kind = endingVerb is not null ? (IsAdding(endingVerb) ? IndicatorKinds.Change : IndicatorKinds.Level) : createdList ?? IndicatorKinds.Level;
                    Add(results, noun, Comparator(null, modifier, about, Increase), token, unit, year, start + token.Index, start + nounEnd, kind, Increase);
                    createdList = kind;
                }
                nameStart = nounEnd;
                continue;
            }
            // A number that is no target (实施50%节能标准比例) stays part of the name of what follows.
        }
        InheritHeads(results, firstResult);
        return createdList;
    }

    /// <summary>
    /// Whether a count without a verb of its own goes on a list of what is added (新增中国名牌产品3个，山东名牌产品20个;
    /// 新增“精品安徽”品牌企业8家、省级质量标杆企业5家): the figure before it in the sentence counts what is added, both
    /// are counts, and this name holds no verb of its own (主导或参与制修订…标准 counts what there will be) and is no
    /// measurement (…总量, …率 are levels whatever came before). A name that opens on a verb of doing (制定地方标准400项,
    /// 服务…产业集群200个) counts what that work reaches, not what is added.
    /// </summary>
    private static bool AddsOn(IndicatorMatch? before, string rawName, string name, string unit) =>
        before is { Kind: IndicatorKinds.Change, Value: > 0 } && !IsPercentLike(before.Unit) && !IsPercentLike(unit)
        && CreatingVerbs.All(v => !Clean(rawName, stripVerbs: false).Contains(v, StringComparison.Ordinal))
        && !WorkVerb().IsMatch(Clean(rawName, stripVerbs: false))
        && Verbs.All(v => !name.Contains(v.Text, StringComparison.Ordinal) || v.Text.Length == 1)
        && !EndsWithMetric(name);

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

    private static void Add(List<IndicatorMatch> results, string name, string comparator, Match value, string unit, int? year, int start, int end, string kind, int sign)
    {
        // 满分为100分, 每届授奖总数不超过5个: rules of an assessment or an award, not targets. A count of days is a
        // target only as one (优良天数达到330天); elsewhere it is a time limit (在30天内办结).
        // …说的是 / 文件里写的是91.6%: a figure quoted, not the name of what is measured.
        if (HanCount(name) < 2 || DocumentStructure().IsMatch(name) || RuleName().IsMatch(name) || (unit == "天" && !name.EndsWith("天数", StringComparison.Ordinal))
            || name.EndsWith("的是", StringComparison.Ordinal))
        {
            return;
        }
        var number = double.Parse(value.Groups["num"].Value, CultureInfo.InvariantCulture);
        if (!double.IsFinite(number))
        {
            return; // a run of hundreds of digits is not a target (and Infinity has no JSON form)
        }
        results.Add(new IndicatorMatch(name, comparator, sign * number, unit, year, start, end) { Kind = kind });
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

    /// <summary>
    /// The comparator of a value: its modifier (以上, 以内, 左右) before its verb's; a plain figure is exact. The value of
    /// a decrease is negative, so 下降10%以上 (a fall of at least 10 %) is ≤ −10.
    /// </summary>
    private static string Comparator(string? verbComparator, string modifier, bool about, int sign) => modifier switch
    {
        _ when about => "=",
        "左右" or "上下" => "=",
        "以下" or "以内" => sign < 0 ? ">=" : verbComparator is "<" ? "<" : "<=",
        "以上" or "及以上" => sign < 0 ? "<=" : verbComparator is ">" ? ">" : ">=",
        _ => verbComparator ?? "=",
    };

    private static bool IsPercentLike(string unit) => unit is "%" or "‰" or "分" or "个百分点" or "百分点" or "";

    private static bool IsAdding(string? verb) => verb is not null && AddingVerbs.Contains(verb);

    /// <summary>
    /// Drops a number that is not a target: a year, a date, a code (5A, 5G, ISO9001), an ordinal, a phone number. A
    /// point after a unit is a half-width full stop (…认证企业100家.), after a bare number part of a date (2022.6.30).
    /// </summary>
    private static bool IsTargetValue(Match m)
    {
        var unit = m.Groups["unit"].Value;
        var number = m.Groups["num"].Value;
        if (m.Groups["next"].Success)
        {
            return false;
        }
        if (unit.Length == 0 && number.Split('.')[0].Length >= 4)
        {
            // A bare number is a target only as an index score (顾客满意度指数达到80以上, 竞争力指数达到86); a long one
            // is a code or a phone number.
            return false;
        }
        return true;
    }

    private static bool IsListGap(string gap) => gap.Length == 0 || gap is "、" or "和" or "及" or "与" or "," or "，" || gap.Trim() is "、" or "和" or "及";

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
        RateName().IsMatch(name) || (verb is "建设" or "新建" && name.Length > verb.Length + 1 && name[verb.Length..] is var rest &&
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
        // A page's #tags carry counts of articles (#质量强市 3个), never targets.
        foreach (Match m in HashTag().Matches(search))
        {
            Array.Fill(chars, '□', m.Index, m.Length);
        }
        return new string(chars);
    }

    [GeneratedRegex(@"(?:每届|每批|每次|每年|每两年)(?:评选|评出|授予|表彰|命名|获奖)")]
    private static partial Regex AwardQuota();

    [GeneratedRegex(@"(?<![0-9.A-Za-z])(?<num>[0-9]+(?:\.[0-9]+)?)\s*(?<unit>个百分点|百分点|个月|(?:批次|件|个|次|人)/(?:千人|万人|百人|万户|千户)|万平方米|平方米|万立方米|立方米|万千瓦|万元|亿元|%|‰|万?(?:家次|人次|户次|场次|批次|个|家|项|件|户|份|亩|吨|次|场|座|所|名|批|处|条|台|套|支|种|张)|万人|人(?![民口均次])|公里|千米|倍|天|分(?!之))?(?<mod>及以上|以上|以下|以内|左右|上下)?(?(unit)(?<next>[年月日号届期级度A-Za-z0-9:·]|工作日)?|(?<next>[年月日号届期级度A-Za-z0-9.:·])?)")]
    private static partial Regex ValueToken();


    [GeneratedRegex(@"^(?:(?:(?:到|至|截至|截止)?(?:19|20)[0-9]{2}年(?:底|末|前)?|力争|争取|确保|努力|实现|使|推动|在?全(?:市|省|区|县|州|旗|盟)|我(?:市|省|区|县|州|旗|盟)|其中|同时|每年|年均|进一步|积极|累计|主要指标|具体目标|\([一二三四五六七八九十]+\)|\([0-9]{1,2}\)|[一二三四五六七八九十]+、|[0-9]{1,2}\.(?![0-9])|(?:鼓励|支持|引导|推动|督促|组织)(?:企业)?)[ 、和及与并的—\-]*)+")]
    private static partial Regex LeadingFiller();

    // What trails a name before its verb: 力争, 累计, 每年, a base (比2015年, 较上年), a starting value (由82.4%).
    [GeneratedRegex(@"(?:力争|争取|确保|努力|累计|每年|逐年|进一步|(?:比|较|相比|与)(?:(?:19|20)[0-9]{2}年(?:底|末)?|上年|去年|基期|[“""]?十[一二三四五六七八九]五[”""]?末?)(?:相比)?|(?:由|从)(?:(?:19|20)[0-9]{2}年(?:底|末)?的?)?[0-9.]+\s*\S{0,4})$")]
    private static partial Regex TrailingFiller();

    [GeneratedRegex(@"(?<y>(?:19|20)[0-9]{2})年(?:底|末)?的?$")]
    private static partial Regex VerbYear();

    // An index or a satisfaction score, stated as a bare figure (制造业质量竞争力指数达到86, 满意度达到80).
    [GeneratedRegex(@"(?:指数|满意度|得分|评分|分值)$")]
    private static partial Regex IndexName();

    // A rate or a share: never created, so a creating verb before it belongs to the name.
    [GeneratedRegex(@"(?:率|指数|比例|比重|占比|满意度)$")]
    private static partial Regex RateName();

    [GeneratedRegex(@"[、]|(?<=\p{IsCJKUnifiedIdeographs})(?:及|和)(?=\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex ListSeparator();

    [GeneratedRegex(@"(?:合格率|优良率|达标率|覆盖率|满意度|普及率|受检率|符合率|成功率|好路率|优等路率|执行率|[^\p{P}]{1,2}率)$")]
    private static partial Regex MetricWord();

    // Where a measurement begins in a metric's name: 药品|抽检合格率, 食品|安全监督抽查合格率.
    [GeneratedRegex(@"(?:质量安全|安全|质量)?(?:监督抽查|抽查|抽检|例行监测|监测|检测|检验|验收|认证|评价)")]
    private static partial Regex MeasurementHead();

    [GeneratedRegex(@"^(?:国家级|国家|国际|国内|省级|省|市级|市|县级|县|区级|区)")]
    private static partial Regex JurisdictionWord();

    [GeneratedRegex(@"(?:国家|国际|国内|省级|省|市级|市|县级|县|区级|区)$")]
    private static partial Regex JurisdictionTail();

    [GeneratedRegex(@"《[^》]*》")]
    private static partial Regex TitleSpan();

    // What a document is made of (《意见》共6个部分30条, 本方案分为5章): its title (masked) or itself, then 共/分为/包括.
    [GeneratedRegex(@"^(?:□+|(?:本|该|这一)(?:纲要|规划|方案|意见|计划|办法|通知|决定|文件))(?:全文)?(?:共|分为|分|包括|包含|由)")]
    private static partial Regex DocumentStructure();

    // Verbs of doing that open a count of the work done (制定地方标准400项, 服务产业集群200个, 帮助企业解决难题1万项),
    // also as a share in it (主导或参与制定国家标准300项); and 累计, a running total (累计…300项), which is never what is added.
    [GeneratedRegex(@"^(?:累计(?!新增))|^(?:主导或参与|主导和参与|主导|参与)?(?:制修订|制定|制订|服务|帮助|帮扶|研制|发布|举办|举行|培训|发放|抽查|检查|检测|指导|解决|实施|带动|办理|受理|处理)")]
    private static partial Regex WorkVerb();

    // An assessment's rules (满分为100分, 总分, 每项扣2分) and an award's (每届授奖总数不超过5个, 评选名额); the money a
    // measure gives (对新获中国名牌产品的企业奖励10万元, 每年安排专项资金20万元) is a means, not a target.
    // The money's currency may trail its verb (各奖励人民币10万元); 获得…的给予50万元 gives it too. What holds 原则上 (in
    // principle: 每个设区市推荐的组织原则上不超过3个) is a rule of a procedure.
    [GeneratedRegex(@"^(?:满分|总分)|扣分?$|加分|每届|名额|授奖|原则上$|(?:奖励|奖金|资助|补助|补贴|专项资金|经费|给予|奖励总额)(?:人民币)?$")]
    private static partial Regex RuleName();

    // The bracket after a grade that holds its band: A级(90分及以上), 良好(80—89分), 二级(60—, still open before the value.
    [GeneratedRegex(@"(?:(?:[A-Da-d]|[一二三四五]|[甲乙丙丁])级|优秀|良好|合格|不合格|较好|一般|较差)[(（][^()（）]*$")]
    private static partial Regex GradeBand();

    [GeneratedRegex(@"(?<![0-9.])[0-9]{1,3}\s*[—–~～\-]\s*$")]
    private static partial Regex RangeStart();

    [GeneratedRegex(@"[#＃][^\s#＃,，。;；]{1,20}")]
    private static partial Regex HashTag();
}
