using System.Text.RegularExpressions;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Text;

namespace PolicyGraph.Ingest.Extraction;

/// <summary>What the extract step finds in a document's clauses: goals, tasks with departments, indicators, citations.</summary>
public sealed record ExtractedContent(
    IReadOnlyList<Goal> Goals,
    IReadOnlyList<PolicyTask> Tasks,
    IReadOnlyList<Indicator> Indicators,
    IReadOnlyList<Citation> Citations);

/// <summary>
/// Turns clauses into goal, task, indicator and citation nodes. Goals and tasks follow the clause roles the
/// outline gave (headings first); a clause that assigns departments is a task whatever its section. An
/// indicator's year comes from its sentence, else the lead its clause hangs under, else the nearest opening of its
/// section before it, else the document's horizon (the first 到YYYY年 of its goals; for a yearly plan, its year; else
/// the first 到YYYY年 of its text).
/// Figures a document reports rather than sets are no indicators (<see cref="AchievementCues"/>): everything under a
/// review heading (发展基础, “十二五”回顾) or a heading that restates another document (《实施方案》提出了哪些目标), and
/// the items under a lead paragraph that ended reviewing (“十三五”期间，全市取得以下成效：), and the numbered items an
/// opening introduces in the same voice (2019年，全市质量工作呈现以下特点：). A target table's rows are read
/// by its header (<see cref="TargetTable"/>).
/// </summary>
public static partial class ContentExtractor
{
    public static ExtractedContent Extract(IReadOnlyList<Clause> clauses, IReadOnlyList<Section> sections, DocumentInfo document)
    {
        var goals = new List<Goal>();
        var tasks = new List<PolicyTask>();
        var indicators = new List<Indicator>();
        var sectionById = sections.ToDictionary(s => s.Id);
        var clauseById = clauses.ToDictionary(c => c.Id);
        // No goal section (targets under 总体要求, a plan the outline did not split): the first 到YYYY年 outside the
        // timeline (whose 2018年4月至2018年5月 are phases, not a horizon).
        var horizon = clauses.Where(c => c.Role == Roles.Goal).Select(c => YearIn(c.SearchText)).FirstOrDefault(y => y is not null)
            ?? (document.DocType is "工作计划" or "工作要点" ? document.Year : null)
            ?? PlanYear(document, clauses)
            ?? clauses.Where(c => c.Role != Roles.Timeline).Select(c => HorizonYear().Match(c.SearchText))
                .Where(m => m.Success).Select(ScopeYear).FirstOrDefault();
        // A page published in 2012 speaks from 2012 when the document names no year of its own.
        var presentYear = document.Year ?? PublishedYear(document.Published) ?? EarliestTargetYear(clauses) ?? LatestNamedYear(clauses);
        var latestTarget = clauses.SelectMany(c => HorizonYear().Matches(c.SearchText)).Select(ScopeYear).Max();
        var reported = sections.Where(s => ReportsRatherThanSets(s.Heading, document)).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var voiceAtEnd = new Dictionary<string, StatementVoice>(StringComparer.Ordinal);
        var yearAtEnd = new Dictionary<string, int>(StringComparer.Ordinal);
        // A policy interpretation or a press conference restates the plan it is about: none of its figures is its own target.
        // Nor is any of a news item's that issues nothing (a dateline or 近日，X印发《Y》, no issuer, no number): it retells what a meeting
        // passed or a plan set. A news agency's reprint of a policy names its issuer, and the policy's targets are its own.
        var issuesNothing = document.Issuer is null && document.DocNumber is null;
        // So is a notice or item that announces what a spot check found (现将抽查结果公告如下): it counts what was found.
        var restatesWholly = (document.Title is { } title && AchievementCues.IsReportTitle(SearchNormaliser.ToSearchText(title, document.Traditional)))
            || clauses.Take(3).Any(c => AchievementCues.AnnouncesResults(c.SearchText))
            || (issuesNothing && (clauses.Take(2).Any(c => Outline.NewsLead.OpensNewsItem(c.SearchText))
                // Or signs with its reporter's name ((记者 罗新宇)) or tells what its source said (据…负责人介绍) — a news item
                // whose lead has no dateline.
                || clauses.Any(c => Outline.NewsLead.SignedByReporter(c.SearchText) || Outline.NewsLead.CitesItsSource(c.SearchText))
                // Or speaks as a reporter does throughout (会议指出, 会上, 表示, 近日, 6月29日，…) though its lines open on nothing of it.
                || Outline.NewsLead.NewsVoice(string.Join("\n", clauses.Select(c => c.SearchText))) >= 3
                // A page with no title either that speaks of a document in the third person (《实施意见》提出…) reports on it.
                // So does one headlined as news, not as a policy (酒泉市将创建…示范城市 over 这是…印发的《方案》中提出的目标).
                || ((document.Title is null || !SetsTargets(SearchNormaliser.ToSearchText(document.Title, document.Traditional)))
                    && clauses.Any(c => AchievementCues.ReportsOnADocument(c.SearchText)))));
        // A text that issues nothing, is titled as no policy (a report, an essay, a speech's copy, a page with no title), sets
        // nothing for any year (no 到2025年 anywhere) and asks for no floor or ceiling (不少于2万批次) states what is unless a
        // sentence says it looks ahead (力争, 确保): its paragraphs open on results.
        var documentVoice = issuesNothing && horizon is null && latestTarget is null && !clauses.Any(c => AchievementCues.StatesARequirement(c.SearchText))
            && !(document.Title is { } policy && SetsTargets(SearchNormaliser.ToSearchText(policy, document.Traditional)))
            ? StatementVoice.Achievement : StatementVoice.Target;
        // Such a report's parts that look ahead (二、2021年工作计划) set what they name.
        var planned = documentVoice == StatementVoice.Target ? []
            : sections.Where(s => AchievementCues.IsPlanHeading(SearchNormaliser.ToSearchText(s.Heading, document.Traditional))).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<(string, string, double, string, int?, string)>();
        TargetTable? table = null;
        var anyTargetCue = false;
        foreach (var clause in clauses)
        {
            string? goalId = null;
            if (clause.Role == Roles.Goal)
            {
                goalId = clause.Id.Replace(".c", ".g", StringComparison.Ordinal);
                goals.Add(new Goal { Id = goalId, ClauseId = clause.Id, Title = TitleOf(clause, sectionById) });
            }
            var view = clause.SearchView;
            var responsibility = DepartmentExtractor.Extract(view);
            if (clause.Role == Roles.Task || responsibility is not null)
            {
                tasks.Add(new PolicyTask
                {
                    Id = clause.Id.Replace(".c", ".t", StringComparison.Ordinal),
                    ClauseId = clause.Id,
                    Title = TitleOf(clause, sectionById),
                    Lead = responsibility?.Lead.Select(n => DepartmentExtractor.Describe(n, document.Region, document.Province)).ToList() ?? [],
                    Support = responsibility?.Support.Select(n => DepartmentExtractor.Describe(n, document.Region, document.Province)).ToList() ?? [],
                });
            }
            var contextYear = ContextYear(clause, clauses, clauseById, sectionById, presentYear, yearAtEnd) ?? horizon;
            var context = new IndicatorContext
            {
                Year = contextYear,
                PresentYear = presentYear,
                LatestTargetYear = latestTarget,
                DocumentVoice = documentVoice,
                Voice = restatesWholly ? StatementVoice.Reported : OpeningVoice(clause, clauses, reported, planned, sectionById, voiceAtEnd, document, documentVoice),
            };
            var (matches, voice, targetCue, ownYear) = ReadIndicators(clause.Text, document.Traditional, context, ref table);
            anyTargetCue |= targetCue;
            if (ownYear is { } y)
            {
                yearAtEnd[clause.Id] = y;
            }
            // A lead passes on a review only when it is one throughout (“十三五”期间，全市取得以下成效：); a goal lead that
            // mentions the past in passing (…巩固“十三五”以来的成效，到2025年…：) leaves its items targets.
            voiceAtEnd[clause.Id] = voice == StatementVoice.Achievement && targetCue ? StatementVoice.Target : voice;
            var n = 0;
            foreach (var (match, start, end) in matches)
            {
                // The same target restated in a task paragraph is one indicator, where it is first stated.
                if (!seen.Add((match.Name, match.Comparator, match.Value, match.Unit, match.Year, match.Kind)))
                {
                    continue;
                }
                indicators.Add(new Indicator
                {
                    Id = $"{clause.Id.Replace(".c", ".i", StringComparison.Ordinal)}.{++n}",
                    ClauseId = clause.Id,
                    GoalId = goalId,
                    Name = match.Name,
                    Comparator = match.Comparator,
                    Value = match.Value,
                    Unit = match.Unit,
                    Year = match.Year,
                    Kind = match.Kind,
                    Text = clause.Text[start..end],
                    Start = start,
                    End = end,
                });
            }
        }
        // A text that issues nothing, is titled as no kind of document and never looks ahead (no 到2025年, 力争, 确保, no
        // goal, no table of targets) sets nothing: its figures are what a feature or a news item counts (全市共有…128家,
        // 现场受理质量投诉6件). A plan's copy (2023年开展质量提升行动方案) keeps its 全州…达到93%.
        // A body that states floors and ceilings (不少于2万批次, 控制在0.4以下) looks ahead though it names no year; so does one
        // that assigns its items to departments ((市工业和信息化局、市市场监管委负责)): a plan's work points, not news.
        if (issuesNothing && document.DocType is null && !anyTargetCue && goals.Count == 0 && table is null
            && !clauses.Any(c => AchievementCues.StatesARequirement(c.SearchText)) && tasks.Count(t => t.Lead.Count > 0) < 2)
        {
            indicators.Clear();
        }
        var ownTitles = new[] { document.Title, document.AttachmentTitle }.OfType<string>();
        var citations = CitationExtractor.Extract(clauses.Select(c => c.SearchText).ToList(), ownTitles, document.DocNumber)
            .Select((c, i) => new Citation
            {
                Id = $"{document.Id}.r{i + 1}",
                ClauseId = clauses[c.ClauseIndex].Id,
                Raw = c.Raw,
                Number = c.Number,
                Title = c.Title,
                Relation = c.Relation,
            }).ToList();
        return new ExtractedContent(goals, tasks, indicators, citations);
    }

    /// <summary>A task's or goal's title: the clause's own heading, else its section's, else its first words.</summary>
    private static string TitleOf(Clause clause, Dictionary<string, Section> sections)
    {
        if (clause.Heading is { Length: > 0 } heading)
        {
            return heading;
        }
        if (clause.SectionId is { } s && sections.TryGetValue(s, out var section) && section.Kind == SectionKinds.Part &&
            (clause.Path.EndsWith(".p1", StringComparison.Ordinal) || clause.Path.EndsWith(".p0", StringComparison.Ordinal)))
        {
            return section.Heading;
        }
        var text = clause.Text.TrimStart('—', '-', ' ');
        var stop = text.IndexOfAny(['。', ';', '；', ',', '，']);
        var first = stop > 0 ? text[..stop] : text;
        return first.Length > 40 ? first[..40] + "…" : first;
    }

    /// <summary>
    /// The indicators of a clause with their spans in its text. A line of a copied table is read by the table its
    /// header opened (a data row states its target column; rows of a table without one, such as an open-information
    /// table, state nothing); the text between table lines by its sentences, the voice carrying on across the table.
    /// </summary>
    private static (List<(IndicatorMatch Match, int Start, int End)> Matches, StatementVoice Voice, bool TargetCue, int? Year) ReadIndicators(
        string text, bool traditional, IndicatorContext context, ref TargetTable? table)
    {
        var found = new List<(IndicatorMatch, int, int)>();
        var voice = context.Voice;
        var targetCue = false;
        int? year = null;
        var runStart = 0;
        void ReadRun(int end)
        {
            // Line breaks vanish in the search view, so a sentence broken across lines (PDF text) reads whole.
            var view = SearchNormaliser.Normalise(text[runStart..end], traditional);
            var reading = IndicatorExtractor.Read(view.Text, context with { Voice = voice });
            foreach (var match in reading.Matches)
            {
                var (s, e) = view.ToSource(match.Start, match.End);
                found.Add((match, runStart + s, runStart + e));
            }
            voice = reading.Voice;
            targetCue |= reading.TargetCue;
            year = reading.Year ?? year;
        }
        for (var lineStart = 0; lineStart <= text.Length;)
        {
            var lineEnd = text.IndexOf('\n', lineStart) is var n and >= 0 ? n : text.Length;
            var line = text[lineStart..lineEnd];
            var header = TargetTable.FromHeader(line, context.PresentYear);
            var row = header is null && table is not null && table.IsRowOf(line);
            var otherRow = header is null && !row && TargetTable.IsRow(line);
            if (header is not null || row || otherRow)
            {
                if (lineStart > runStart)
                {
                    ReadRun(lineStart);
                }
                // A pipe row of no known table (a separator |---|, an open-information table) keeps the table open.
                table = header ?? table;
                if (row && table!.ReadRow(line, traditional, context.Year) is { } target && voice == StatementVoice.Target)
                {
                    found.Add((target, lineStart + target.Start, lineStart + target.End));
                }
                runStart = lineEnd + 1;
            }
            else if (line.Trim().Length > 0)
            {
                table = null;
            }
            lineStart = lineEnd + 1;
        }
        if (runStart < text.Length)
        {
            ReadRun(text.Length);
        }
        return (found, voice, targetCue, year);
    }

    /// <summary>
    /// The voice a clause opens in: reported under a review or restating heading (its own run-in heading, its section's
    /// or an ancestor's), else the voice its lead paragraph ended in, else — for a numbered item — the voice of the
    /// opening that introduced it (2019年，全市质量工作呈现以下特点： then （一）…（四）, all results), else the document's own.
    /// </summary>
    private static StatementVoice OpeningVoice(Clause clause, IReadOnlyList<Clause> clauses, HashSet<string> reported, HashSet<string> planned,
        Dictionary<string, Section> sections, Dictionary<string, StatementVoice> voiceAtEnd, DocumentInfo document, StatementVoice documentVoice)
    {
        if (clause.Heading is { } heading && ReportsRatherThanSets(heading, document))
        {
            return StatementVoice.Reported;
        }
        for (var sectionId = clause.SectionId; sectionId is not null; sectionId = sections.GetValueOrDefault(sectionId)?.ParentId)
        {
            if (reported.Contains(sectionId))
            {
                return StatementVoice.Reported;
            }
        }
        if (clause.LeadId is { } lead && voiceAtEnd.TryGetValue(lead, out var voice))
        {
            return voice;
        }
        if (clause.Number is not null && clause.SectionId is not null && IntroducingOpening(clause, clauses) is { } opening && voiceAtEnd.TryGetValue(opening.Id, out var introduced))
        {
            return introduced;
        }
        for (var sectionId = clause.SectionId; sectionId is not null && planned.Count > 0; sectionId = sections.GetValueOrDefault(sectionId)?.ParentId)
        {
            if (planned.Contains(sectionId))
            {
                return StatementVoice.Target;
            }
        }
        return documentVoice;
    }

    /// <summary>Whether a title (search view) names a policy's type (…实施方案, …的通知), not a report's (…情况报告, …通报).</summary>
    private static bool SetsTargets(string title) =>
        DocumentTypes.Ends(title) && !title.EndsWith("报告", StringComparison.Ordinal) && !title.EndsWith("通报", StringComparison.Ordinal);

    /// <summary>
    /// The unnumbered paragraph of a numbered item's section nearest before it, when it ends by introducing what follows
    /// (…呈现以下特点：, 主要目标：); null when the nearest one says something of its own. Only inside a part: a preamble's
    /// 现提出如下意见： introduces the parts, whatever its first sentences reviewed.
    /// </summary>
    private static Clause? IntroducingOpening(Clause clause, IReadOnlyList<Clause> clauses)
    {
        var opening = clauses.Where(c => c.SectionId == clause.SectionId && c.Ordinal < clause.Ordinal && c.Number is null && c.LeadId is null)
            .OrderByDescending(c => c.Ordinal).FirstOrDefault();
        return opening is not null && opening.Text.TrimEnd() is [.., '：' or ':'] ? opening : null;
    }

    private static bool ReportsRatherThanSets(string heading, DocumentInfo document)
    {
        var search = SearchNormaliser.ToSearchText(heading, document.Traditional);
        return AchievementCues.IsReviewHeading(search) || AchievementCues.IsRestatingHeading(search);
    }
}
