using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicyGraph.Ingest.Extraction;

/// <summary>Whose figures a passage states: the document's own targets, or figures it reports (domain.md §11 L14).</summary>
public enum StatementVoice
{
    /// <summary>The document's own targets (到2025年，…达到95%以上).</summary>
    Target,

    /// <summary>
    /// Figures reported as achieved (“十三五”期间…达到93.6%, 2022年全市…为97.1%, 已建成, 提高了); a later target cue in
    /// the same paragraph (到2025年, 力争, 确保) ends it.
    /// </summary>
    Achievement,

    /// <summary>
    /// A review section (发展基础, 发展现状, “十二五”回顾) or another document's targets restated (《实施方案》提出，到2025年…):
    /// nothing in the paragraph is the document's own target, whatever future it speaks of.
    /// </summary>
    Reported,
}

/// <summary>What a passage's figures are read against: the year they are for, what counts as past, and the voice it opens in.</summary>
public sealed record IndicatorContext
{
    /// <summary>The target year the context sets (the lead's or section opening's 到2025年, else the document's horizon).</summary>
    public int? Year { get; init; }

    /// <summary>
    /// The year the document speaks from: a sentence opening on an earlier year (2022年，全市…) reports a result. The
    /// document's own year, else the earliest year it sets a target for (a plan is written before it), else the latest
    /// year it names (a report of a meeting held in it), else unknown.
    /// </summary>
    public int? PresentYear { get; init; }

    /// <summary>The latest year the document sets anything for (its furthest 到2020年), or null: what ends before it is past.</summary>
    public int? LatestTargetYear { get; init; }

    /// <summary>The voice the passage opens in: its section's (a review section) or its lead paragraph's at its end.</summary>
    public StatementVoice Voice { get; init; } = StatementVoice.Target;

    /// <summary>The voice a part of the document opens in when nothing says otherwise: a policy's targets, a report's results.</summary>
    public StatementVoice DocumentVoice { get; init; } = StatementVoice.Target;
}

/// <summary>
/// The cues that tell a figure reported as achieved from a target. Plans review the previous period before they set
/// new targets (“十三五”期间…合格率达到…, then 到2025年…), news and interpretations restate another document's targets
/// (《实施方案》提出，到2025年…), and meeting reports sum up a year (2021年，…取得明显成效。全市…达到…). A voice carries
/// from chunk to chunk and sentence to sentence within a paragraph; see <see cref="Next"/>. 取得明显成效 alone is no cue:
/// a goal says the same of its future (——品牌建设取得积极成效。…达到3000个以上).
/// </summary>
public static partial class AchievementCues
{
    /// <summary>A section heading under which every figure is a result: 发展基础, 发展现状, “十二五”质量发展回顾, 我县质量工作基础如何.</summary>
    public static bool IsReviewHeading(string heading) =>
        ReviewHeading().IsMatch(heading) && !ActionHeading().IsMatch(heading);

    /// <summary>A section heading that looks ahead (二、2021年工作计划, 主要目标, 重点任务, 下一步工作打算): what follows is set, not found.</summary>
    public static bool IsPlanHeading(string heading) => PlanHeading().IsMatch(heading) && !ReviewHeading().IsMatch(heading);

    [GeneratedRegex(@"计划|安排|要点|思路|打算|目标|任务|举措|措施|下一步")]
    private static partial Regex PlanHeading();

    /// <summary>
    /// A title of a report about a policy rather than the policy: 《…实施方案》政策解读, 答记者问, 新闻发布会, the news
    /// of a meeting (我市召开质量兴市工作会议, …动员大会召开), which restates the aims a meeting set or a plan it issued, and
    /// a review of what a period brought (纲要实施一年来 质量总体水平稳步提升).
    /// </summary>
    public static bool IsReportTitle(string title) => ReportTitle().IsMatch(title);

    /// <summary>
    /// Whether <paramref name="text"/> (search view) sets a requirement in the form only a target takes: a floor or a ceiling
    /// (不少于2万批次, 不低于95%, 控制在0.4以下) or a rise to an open bound (提高到90%以上). A report gives the figure reached
    /// (提高到93.6%), not a bound. It tells a body that looks ahead without naming a year (a year's work points copied
    /// without their title) from a feature that counts what is.
    /// </summary>
    public static bool StatesARequirement(string text) => Requirement().IsMatch(text);

    /// <summary>
    /// Whether <paramref name="text"/> (search view) announces what a check found (现将抽查结果公告如下, 抽查结果显示,
    /// 抽查不合格率为12.3%), what a check's plan covers (抽查计划列入132种产品) or what a consultation brought in (征集到意见4条，
    /// 采纳3条): every figure of such a text counts what is.
    /// </summary>
    public static bool AnnouncesResults(string text) => ResultsAnnounced().IsMatch(text);

    [GeneratedRegex(@"现将[^。]{0,30}?(?:抽查|抽检|检查|检验|监测)结果[^。]{0,8}?(?:公告|通报|公布|发布)如下|(?:抽查|抽检|检查|监测)结果(?:显示|表明)|(?:抽查|抽检)不合格(?:产品)?(?:发现|检出)?率为|(?:抽查|抽检)计划共?(?:列入|包括|涉及|覆盖)|(?:征集|收集|收到)(?:到)?[^。；]{0,16}?意见(?:和建议)?(?:共)?[0-9]+条")]
    private static partial Regex ResultsAnnounced();

    /// <summary>A section heading that reports another document's content: 《实施方案》提出了哪些目标.</summary>
    public static bool IsRestatingHeading(string heading) => RestatingHeading().IsMatch(heading);

    /// <summary>
    /// The voice after one comma-separated chunk of a sentence. <paramref name="original"/> is the chunk as written (titles
    /// unmasked), <paramref name="masked"/> the same chunk with titles and document numbers blanked (so that a title's
    /// (2011—2020年) is no year). <paramref name="targetCue"/> records whether the sentence has stated a target cue so far.
    /// </summary>
    public static StatementVoice Next(StatementVoice voice, string original, string masked, ref bool targetCue, IndicatorContext context)
    {
        if (voice == StatementVoice.Reported || Restating().IsMatch(original.TrimStart()))
        {
            return StatementVoice.Reported;
        }
        if (IsPastCue(masked.Trim(), context.PresentYear, context.LatestTargetYear))
        {
            return StatementVoice.Achievement;
        }
        if (IsTargetCue(masked, context.PresentYear))
        {
            targetCue = true;
            return StatementVoice.Target;
        }
        return voice;
    }

    private static bool IsPastCue(string chunk, int? present, int? latestTarget)
    {
        if (PeriodReview().IsMatch(chunk) || Completed().IsMatch(chunk) || ReviewRunIn().IsMatch(chunk) || LastYear().IsMatch(chunk) || Finding().IsMatch(chunk))
        {
            return true;
        }
        foreach (Match plan in FiveYearPlan().Matches(chunk))
        {
            // “十三五”期间 in a plan for the 十四五 reviews; “十四五”期间 in the same plan sets its targets. The Nth
            // five-year plan ends in 1955 + 5N (十三五: 2020); 以来 (since) always looks back.
            var end = PlanEnd(plan.Groups["n"].Value);
            if (plan.Groups["w"].Value == "以来" || present is not { } p || end < p)
            {
                return true;
            }
        }
        if (OpeningYearRange().Match(chunk) is { Success: true } range)
        {
            return present is { } p && Year(range) < p;
        }
        // 由2010年的87.6%提高到2015年的92.3%: a change between two years that ended before the latest year the document sets
        // targets for is a result (a plan's own 由2020年的…提高到2025年的… ends on its horizon and stays a target).
        if (FromYearToYear().Match(chunk) is { Success: true } fromTo)
        {
            return latestTarget is { } latest && int.Parse(fromTo.Groups["to"].Value, System.Globalization.CultureInfo.InvariantCulture) < latest;
        }
        if (AsOf().Match(chunk) is { Success: true } asOf)
        {
            // 截至2022年底 reports; 截至2025年底 (after the present) is a deadline.
            return present is not { } p || Year(asOf) < p;
        }
        return OpeningYear().Match(chunk) is { Success: true } m && present is { } now && Year(m) < now;
    }

    private static bool IsTargetCue(string chunk, int? present)
    {
        foreach (Match m in FutureYear().Matches(chunk))
        {
            var year = m.Groups["n"].Success ? PlanEnd(m.Groups["n"].Value[0]) : Year(m);
            if (present is not { } p || year >= p)
            {
                return true;
            }
        }
        return TargetWord().IsMatch(chunk);
    }

    private static int Year(Match m) => int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);

    /// <summary>The last year of the Nth five-year plan, 十N五 given by the digit after 十: 1955 + 5N (十三五: 2020).</summary>
    public static int PlanEnd(char digit) => PlanEnd("十" + digit);

    /// <summary>The last year of a plan named by its number before 五: 十三 (2020), 十 (the 十五: 2005), 九 (the 九五: 2000).</summary>
    private static int PlanEnd(string number)
    {
        var units = "一二三四五六七八九".IndexOf(number[^1], StringComparison.Ordinal) + 1; // 0 for 十 alone
        return 1955 + 5 * ((number[0] == '十' ? 10 : 0) + units);
    }

    /// <summary>
    /// The year a target is for: 到2025年 / 2025年底前, or 到“十四五”末 (the plan's last year); or, in a document written
    /// in <paramref name="present"/> or earlier, a chunk that opens on that year or a later one (2021年，全市…取得新进展
    /// in a 2021 work plan: what it goes on to set is for 2021); null when none is named.
    /// </summary>
    public static int? TargetYear(string chunk, int? present = null)
    {
        if (PlanEndScope().Match(chunk) is { Success: true } plan)
        {
            return PlanEnd(plan.Groups["n"].Value[0]);
        }
        if (YearScope().Match(chunk) is { Success: true } y)
        {
            return Year(y);
        }
        return PresentOpening(chunk, present);
    }

    /// <summary>
    /// The year a chunk opens on when it is the present one or later (2016年度，全县要实现以下质量目标： in a 2016 plan),
    /// else null: what the sentence goes on to set is for that year, even if its voice turns to targets only later.
    /// </summary>
    public static int? PresentOpening(string chunk, int? present) =>
        present is { } p && OpeningYear().Match(chunk.Trim()) is { Success: true } opening && Year(opening) >= p ? Year(opening) : null;

    /// <summary>The year a chunk opens on (2022年，全州… → 2022), whatever its relation to the present; else null.</summary>
    public static int? OpeningYearOf(string chunk) => OpeningYear().Match(chunk.Trim()) is { Success: true } m ? Year(m) : null;

    /// <summary>
    /// Whether a chunk opens an aside that lists results (巩固2023年工作成效（全市…合格率93.7%，…累计达41件）): what the
    /// brackets hold is achieved, and the voice before them resumes after them.
    /// </summary>
    public static bool OpensResultsAside(string chunk) => ResultsAside().IsMatch(chunk);

    [GeneratedRegex(@"(?:成效|成果|成绩|成就|基础)[(（]")]
    private static partial Regex ResultsAside();

    /// <summary>
    /// Whether a sentence opens a part of the document (二、重点任务…) inside a paragraph, as a page flattened to one
    /// paragraph runs its parts together: what the part before it reported does not carry into it.
    /// </summary>
    private static bool OpensPart(string sentence) => PartMarker().IsMatch(sentence);

    /// <summary>
    /// The voice after a sentence that may open a part run into the paragraph (a page flattened to one paragraph:
    /// …为96.8%。二、重点任务（一）…): a review part (一、工作现状及成效 (一)…, its heading up to the first space or bracket)
    /// opens a review; any other ends one, in the voice of a part that looks ahead or else the document's own.
    /// </summary>
    public static StatementVoice AfterRunInPart(string sentence, StatementVoice voice, StatementVoice documentVoice)
    {
        if (!OpensPart(sentence))
        {
            return voice;
        }
        var heading = PartMarker().Replace(sentence, string.Empty, 1);
        heading = heading.IndexOfAny([' ', '\u3000', '(', '（', '：', ':', '，', ',']) is var end and >= 0 ? heading[..end] : heading;
        return IsReviewHeading(heading) ? StatementVoice.Achievement
            : voice != StatementVoice.Achievement ? voice
            : IsPlanHeading(heading) ? StatementVoice.Target : documentVoice;
    }

    // 近年来 / 近5年 / 过去五年 / 五年来 / 2018年以来 / 连续3年 / 同比 (a statistic of a past year); not 以来的 (巩固
    // 2020年以来的创建成果, which a goal says of what it builds on).
    // (Counts are bounded: an unbounded run before 年来 backtracks quadratically over a long run of 一.)
    [GeneratedRegex(@"近(?:年来|几年|[0-9一二三四五两几十]{1,3}年)|过去[0-9一二三四五两几十]{1,3}年|(?<![0-9一二三四五两几多十])[0-9一二三四五两几多十]{1,3}年来|以来(?!的)|连续[0-9一二三四五六七八九十两]{1,3}年|同比")]
    private static partial Regex PeriodReview();

    // “十三五”期间 / 十二五时期 / “十三五”以来 / “十二五”末; not a base of comparison (比“十三五”末提高2个百分点)
    // nor a deadline (到“十四五”末).
    // The tenth and earlier plans are written 十五, 九五 (“十五”期间 in a plan for the 十一五).
    [GeneratedRegex(@"(?<!(?:比|较|与|同|相比|对比|到|至)[“""']?)(?<n>十[一二三四五六七八九]?|[七八九])五[”""']?(?<w>期间|时期|以来(?!的)|末)")]
    private static partial Regex FiveYearPlan();

    [GeneratedRegex(@"由(?:19|20)[0-9]{2}年(?:底|末)?的[0-9.]+\s*(?:%|个百分点|[\p{IsCJKUnifiedIdeographs}]{1,3})?(?:提高|提升|增加|增长|上升|下降|降低|减少|缩短)(?:到|至)(?<to>(?:19|20)[0-9]{2})年(?:底|末)?的")]
    private static partial Regex FromYearToYear();

    // 去年，… / 上年全市…: the year before the document's; 目前全市…达到486个 / 截至目前: where things stand now.
    [GeneratedRegex(@"^(?:去年|上年|前年|上一年|目前|截至目前|截止目前|当前)")]
    private static partial Regex LastYear();

    // What a survey found (调查结果显示，…为64.7分; 经检验:电线电缆产品20批次，不合格产品1批次) and a figure set against last year's
    // (比上年提高1.8分): measured, not set.
    [GeneratedRegex(@"(?:调查|监测|测评|评价|观测|统计|抽查)结果(?:显示|表明)|^比上年(?:提高|增长|上升|下降|减少)|^经(?:检验|检测|抽检|抽查|监测)(?:[,，:：]|$)")]
    private static partial Regex Finding();

    // What may stand before a sentence's opening year: its outline number (第五条, (一), 二、, 3.) or the duty note that
    // closed the sentence before it on the same line ((牵头单位：市质监局)2008年，全市…; the chunk may begin inside it,
    // after the note's colon).
    // A page that flattened its text runs a heading into the sentence after it ((二)工作目标2022年，全州…): a short
    // heading after an outline number is part of the lead too.
    private const string OpeningLead = @"^(?:[^()（）]{0,40}[)）])?(?>(?:第[一二三四五六七八九十百零]+条|[(（][^()（）]{0,40}[)）]|[一二三四五六七八九十]+、|[0-9]{1,2}[.．、](?![0-9]))\s*)*"
        + @"(?:(?<=[)）、．.]\s*)\p{IsCJKUnifiedIdeographs}{0,4}(?:目标|情况|基础|现状|任务)[:：。]?)?";

    // 2021—2022年，全市…: a period that ended before the present.
    [GeneratedRegex(OpeningLead + @"(?:在|于)?(?:19|20)[0-9]{2}年?[—–\-~至到](?<y>(?:19|20)[0-9]{2})年(?![0-9]|前|起|内|开始|以后|后|之前|基础)")]
    private static partial Regex OpeningYearRange();

    // 已达到 / 已经建成 / 达到了 / 提高了: the completed aspect; not 已建成的 (what has been built, to be improved); 共收到 (a
    // consultation's count of what came in).
    [GeneratedRegex(@"已(?:经)?(?:达到|达|建成|实现|完成|形成|突破|超过|提高|提升|增长|下降|降低|拥有|累计|获得|获评|培育|创建|新增|成为)(?!的)|(?:达到|提高|提升|增长|下降|降低|增加|建成|突破|超过|获得|完成|实现|培育|新增|创建|拥有|减少|缩短|认定|形成|取得|确定|批准|命名|遴选|评选出|选定)了|共(?:收到|受理|收集|征集到)|收到了")]
    private static partial Regex Completed();

    // A run-in heading that opens a review inside a clause: （二）基本情况。 / 发展基础：
    [GeneratedRegex(@"^(?:\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、|[0-9]{1,2}\.)?(?:基本情况|发展基础|工作基础|发展现状|工作成效|主要成效|取得的成效|发展成就)")]
    private static partial Regex ReviewRunIn();

    // 二、重点任务; not 一、二季度 (the first and second quarters) nor 一、二级.
    [GeneratedRegex(@"^\s*[一二三四五六七八九十]+、(?![一二三四五六七八九十])")]
    private static partial Regex PartMarker();

    [GeneratedRegex(@"截至(?<y>(?:19|20)[0-9]{2})年")]
    private static partial Regex AsOf();

    // A chunk that opens on a year and goes on to say what happened in it: 2022年 / 2020年全市… / 2015年底; not a
    // deadline or a start (2023年底前, 2023年起, 2021年3月—5月).
    [GeneratedRegex(OpeningLead + @"(?:在|于)?(?<y>(?:19|20)[0-9]{2})年(?>(?:底|末|上半年|前三季度|全年|度)?)(?![0-9]|前|起|内|开始|以后|后|之前|至|到|—|–|-|~|基础|的基础)")]
    private static partial Regex OpeningYear();

    // Not 截至2023年6月 (as of: a result's date).
    [GeneratedRegex(@"(?<![截])(?:到|至)(?<y>(?:19|20)[0-9]{2})年|(?:到|至)[“""']?十(?<n>[一二三四五六七八九])五[”""']?末")]
    private static partial Regex FutureYear();

    [GeneratedRegex(@"(?:到|至)[“""']?十(?<n>[一二三四五六七八九])五[”""']?(?:末|期末)")]
    private static partial Regex PlanEndScope();

    // 比2006年底 is a base to compare with, no scope.
    [GeneratedRegex(@"(?:到|至|截至|截止)(?<y>(?:19|20)[0-9]{2})年|(?<![比较与于])(?<y>(?:19|20)[0-9]{2})年(?:[0-9]{1,2}月?(?=底))?(?:底|末|前)")]
    private static partial Regex YearScope();

    [GeneratedRegex(@"不少于[0-9]|不低于[0-9]|不超过[0-9]|控制在[0-9.]+\s*(?:%|‰|[\p{IsCJKUnifiedIdeographs}]{1,3})?以(?:下|内)|(?:提高|提升)(?:到|至)[0-9.]+\s*(?:%|[\p{IsCJKUnifiedIdeographs}]{1,3})?以上")]
    private static partial Regex Requirement();

    // 目标 only where it introduces targets (主要目标：, 目标是): 完成“十三五”规划确定的目标任务 reports.
    [GeneratedRegex(@"力争|争取|确保|预计|预期|计划到|目标(?:是|为|如下)|目标$")]
    private static partial Regex TargetWord();

    // 《实施方案》提出 / 《纲要》明确 / 纲要指出 / 该方案要求 / 《纲要》的目标分为…: another document's content reported; 按照《纲要》要求 is not
    // (the chunk has to open on the title or the document), nor is 《计划》确定的目标任务全面完成 (what it set, as a noun).
    // A chunk that opens on 明确到2027年 after the news that a document was issued (…联合印发《Y》，明确到2027年…) reports Y's aims.
    [GeneratedRegex(@"^(?:据悉|同时|此外|另外|其中|并)?(?:《[^》]+》|(?:该|这一)?(?:纲要|规划|方案|实施方案|行动方案|工作方案|意见|实施意见|行动计划|计划))(?:还|也|进一步|同时)?(?:提出|明确|指出|强调|要求|规定|部署|设定|确定)(?!的)|^(?:并|还)?(?:明确|提出)(?=到(?:19|20)[0-9]{2}年)|^《[^》]+》(?:中)?的(?:主要|总体|发展)?目标")]
    private static partial Regex Restating();

    [GeneratedRegex(@"(?<=[。；;！？])")]
    private static partial Regex SentenceStart();

    // …解读, 答记者问, 新闻发布会, a list put up for comment (拟认定名单公示); the news of a meeting (我市召开质量兴市工作会议, …大会召开 with its 主题 after it); a
    // review of a period (纲要实施一年来 质量总体水平稳步提升, 五年来, 以来).
    // A leader's speech at a meeting (区长在质量强区工作推进会上的讲话, …推进会讲话) retells the year's work points as a meeting's news does.
    // A headline that the work shows results (…建设见成效, 成效显著) reports them; so does a report on how the work went
    // (…建设情况报告, 关于…情况的报告, 2020年工作总结, a notice issuing a 活动总结), or a bulletin of what stood (关于2016年全国特种设备安全状况的通告).
    // An inspecting team's visit (市政府质量工作考核组完成对…考核, 国务院质量工作考核组来粤…) is news of what it found; a headline
    // that opens on a document's title and says what it sets out (《…实施方案》 明确…重点任务) reports that document.
    [GeneratedRegex(@"解读|答记者问|新闻发布会|发布会$|吹风会|在[^《》]{2,40}(?:会|会议|仪式|论坛)(?:上的|上|的)?(?:讲话|发言|致辞)$|在[^《》]{2,40}(?:会|会议|仪式|论坛)上的报告$|名单(?:的)?公示|召开[^《》]*会议?$|会议?(?:在[^《》]{1,12})?(?:召开|举行)|(?:推进会|工作会|座谈会|调度会|部署会|大会|会议)上?(?:要求|指出|强调|提出)|(?<![0-9一二三四五两几多十])[0-9一二三四五两几多十]{1,3}年来|以来(?!的)|(?:考核|督查|检查|验收|核查)组|^[^《》]{0,20}(?:会议|全会)[:：]|见成效|显成效|成效显著|结硕果|取得(?:明显|显著|积极)?成效$|(?:状况|情况)(?:的)?(?:报告|通告|通报|公告)$|(?:工作|活动)总结(?:》的通知)?$|^《[^》]{4,60}》\s*(?:明确|提出|出台|印发|发布|公布|亮相)")]
    private static partial Regex ReportTitle();

    [GeneratedRegex(@"《[^》]+》.*(?:提出|明确|目标|指标)")]
    private static partial Regex RestatingHeading();

    // 2020年工作总结 / 主要工作开展情况 / 2022年目标任务完成情况 head what a year's work brought; a goal's head that its
    // results will show (计量服务产业发展成效显著) does not.
    [GeneratedRegex(@"(?:发展|工作|现实)基础|基础条件|现状|回顾|(?:主要|工作|发展|取得的)成效(?!显著|明显|突出|更加|大幅|持续)|成就|基本情况|取得的成绩|工作总结|(?:开展|完成|进展|落实|执行)情况$")]
    private static partial Regex ReviewHeading();

    // 夯实质量发展基础 / 巩固提升成效 are tasks, not reviews.
    [GeneratedRegex(@"夯实|加强|完善|强化|筑牢|提升|推进|构建|健全|巩固|打牢|扩大")]
    private static partial Regex ActionHeading();
}
