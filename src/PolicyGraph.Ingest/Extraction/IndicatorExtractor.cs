using System.Globalization;
using System.Text.RegularExpressions;
using PolicyGraph.Core.Model;

namespace PolicyGraph.Ingest.Extraction;

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
            var (yearBefore, ownBefore) = (year, ownYear);
            if (sentenceStart > 0)
            {
                voice = AchievementCues.AfterRunInPart(text[sentenceStart..sentenceEnd], voice, context.DocumentVoice);
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
            // 到2027年，…再上台阶。到2035年，质量强区全面建成…。制造业质量竞争力指数达到90以上: a far year's vision, with no figure of
            // its own, leaves the year before it to the figures after it.
            if (year != yearBefore && yearBefore is not null && results.Count == sentenceFirst && Vision().IsMatch(text.AsSpan(sentenceStart, sentenceEnd - sentenceStart)))
            {
                (year, ownYear) = (yearBefore, ownBefore);
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
            if (GradeBand().Match(chunk, Math.Max(0, token.Index - 40), Math.Min(40, token.Index)).Success
                || GradeAfter().IsMatch(chunk.AsSpan(token.Index + token.Length)))
            {
                // A grade's band (A级(90分及以上)、B级(80—89分)) is a rule of an assessment: no target, nor the name of one.
                nameStart = token.Index + token.Length;
                continue;
            }
            // 一式3份, 分为4个等级, 共6个部分30条, 应在1个月内: how a procedure runs or a text is built, no target, nor is what
            // stands before it a name.
            if (ProceduralFigure().IsMatch(chunk.AsSpan(Math.Max(nameStart, token.Index - 6), token.Index - Math.Max(nameStart, token.Index - 6)))
                || (token.Groups["unit"].Value is "个月" or "天" or "日" or "工作日" or "小时" && token.Index + token.Length < chunk.Length && chunk[token.Index + token.Length] == '内')
                // (一)组织领导与工作机制(25分): the points an assessment's item weighs, in brackets after it; 各加1分, 扣2分: the
                // points it adds or takes off.
                || (token.Groups["unit"].Value == "分" && token.Index > 0 && chunk[token.Index - 1] is '(' or '（' or '加' or '扣' or '减'))
            {
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
                // 均 (all: 合格率均达到) says the values are shared; 平均 (on average: 周期平均缩短至) only how the figure is taken.
                var averaged = rawName.EndsWith("平均", StringComparison.Ordinal);
                var shares = !averaged && rawName.EndsWith('均');
                rawName = (averaged ? rawName[..^2] : rawName.TrimEnd('均')).Replace("分别", string.Empty, StringComparison.Ordinal);
                var group = new List<Match> { token };
                while (i + 1 < values.Count && IsListGap(chunk[(group[^1].Index + group[^1].Length)..values[i + 1].Index]))
                {
                    group.Add(values[++i]);
                }
                var lastModifier = group[^1].Groups["mod"].Value;
                var comparator = Comparator(verb.Comparator, lastModifier.Length > 0 ? lastModifier : modifier, about, verb.Sign);
                var groupUnit = group.Select(g => g.Groups["unit"].Value).LastOrDefault(u => u.Length > 0) ?? string.Empty;
                var cleanName = WithCarriedSubject(Clean(rawName), text, start);
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
                var name = WithoutAddingVerb(WithCarriedSubject(Clean(before), text, start), out var addsInside);
                var kind = IsAdding(CreatingVerbAtStart(before)) || AddingVerbs.Contains(Clean(before)) || FieldAdds().IsMatch(name) || addsInside ? IndicatorKinds.Change
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
                // 质量基础扎实、质量效益领先…的质量强县: a list of qualities describes the one thing counted, its head.
                var noun = Clean(chunk[(token.Index + token.Length)..nounEnd]) is var described && ListedQualities().Match(described) is { Success: true } listed
                    ? listed.Groups["head"].Value : described;
                // 300家以上重点企业开展质量标杆对标: what is counted is the enterprises that do it, 开展质量标杆对标的重点企业.
                if (CountedActors().Match(noun) is { Success: true } actors)
                {
                    noun = actors.Groups["act"].Value + "的" + actors.Groups["who"].Value;
                }
                if (HanCount(noun) >= 2)
                {
                    var kind = endingVerb is not null ? (IsAdding(endingVerb) ? IndicatorKinds.Change : IndicatorKinds.Level) : createdList ?? IndicatorKinds.Level;
                    Add(results, noun, Comparator(null, modifier, about, Increase), token, unit, year, start + token.Index, start + nounEnd, kind, Increase);
                    createdList = kind;
                }
                nameStart = nounEnd;
                continue;
            }
            // Those a body brings to act, counted before them (遴选支持300个以上县域开展质量基础设施协同服务): the ones that act.
            if (unit.Length > 0 && !IsPercentLike(unit) && PivotVerb().IsMatch(before))
            {
                var actorsEnd = NounEnd(chunk, token.Index + token.Length, i + 1 < values.Count ? values[i + 1].Index : chunk.Length);
                if (CountedActors().Match(Clean(chunk[(token.Index + token.Length)..actorsEnd])) is { Success: true } acting)
                {
                    Add(results, acting.Groups["act"].Value + "的" + acting.Groups["who"].Value, Comparator(null, modifier, about, Increase), token, unit, year,
                        start + token.Index, start + actorsEnd, IndicatorKinds.Level, Increase);
                    nameStart = actorsEnd;
                    continue;
                }
            }
            // A share of what a network covers, written before what it covers (养老服务网络覆盖城市社区和70%以上的农村社区): what
            // covers, 覆盖, and what is covered.
            if (IsPercentLike(unit) && CoverageHead().Match(before) is { Success: true } cover && after.StartsWith('的'))
            {
                var coveredEnd = NounEnd(chunk, token.Index + token.Length + 1, i + 1 < values.Count ? values[i + 1].Index : chunk.Length);
                // 县(市、区): the places' bracket is read whole.
                if (chunk.LastIndexOfAny(['(', '（'], coveredEnd - 1, coveredEnd - token.Index - token.Length) >= 0 && chunk.IndexOfAny([')', '）'], coveredEnd) is var close and > 0
                    && close - coveredEnd <= 8)
                {
                    coveredEnd = close + 1;
                }
                var covered = Clean(chunk[(token.Index + token.Length + 1)..coveredEnd]);
                if (HanCount(covered) >= 2)
                {
                    var spanStart = start + beforeStart + cover.Index;
                    Add(results, Clean(cover.Groups["subject"].Value) + "覆盖" + covered, Comparator(null, modifier, about, Increase), token, unit, year, spanStart, start + coveredEnd, IndicatorKinds.Level, Increase);
                    nameStart = coveredEnd;
                    continue;
                }
            }
            // A number that is no target (实施50%节能标准比例) stays part of the name of what follows.
        }
        InheritHeads(results, firstResult);
        return createdList;
    }

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

}
