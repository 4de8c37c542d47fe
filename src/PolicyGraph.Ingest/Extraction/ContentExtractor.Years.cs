using System.Text.RegularExpressions;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Text;

namespace PolicyGraph.Ingest.Extraction;

/// <summary>The years a document's figures are read against: the year it speaks from, the years it sets targets for.</summary>
public static partial class ContentExtractor
{
    /// <summary>The earliest year a document sets a target for (到2023年): a year before it is past even when the document's own year is unknown.</summary>
    private static int? EarliestTargetYear(IReadOnlyList<Clause> clauses) =>
        clauses.SelectMany(c => YearScope().Matches(c.SearchText)).Select(ScopeYear).Min();

    /// <summary>The year of a page's published date (2012-07-16 → 2012), or null.</summary>
    private static int? PublishedYear(string? published) =>
        published is { Length: >= 4 } && int.TryParse(published.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) ? y : null;

    /// <summary>The latest year a document names (召开2022年质量强市工作推进会，总结2021年…): a report speaks from it.</summary>
    private static int? LatestNamedYear(IReadOnlyList<Clause> clauses) =>
        clauses.SelectMany(c => NamedYear().Matches(c.SearchText)).Select(m => (int?)int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture)).Max();

    /// <summary>
    /// The year of a yearly plan, from its own title or the title of the plan a notice issues (2021年全省质量工作要点,
    /// 锡林郭勒盟2022年质量提升行动工作方案, “品质无锡”建设行动方案(2025年)): what it sets without a year is for that year. A period (2021—2025年) is no
    /// plan year.
    /// </summary>
    private static int? PlanYear(DocumentInfo document, IReadOnlyList<Clause> clauses)
    {
        // A year's work points copied without their title open on that year's plan (2021年天津市质量发展工作的总体思路是：…), or
        // on the notice's cover that names it (现就做好2021年…工作通知如下).
        if (document.Title is null && clauses.Take(2).Select(c => YearsWorkOpening().Match(c.SearchText)).FirstOrDefault(m => m.Success) is { } work)
        {
            return int.Parse(work.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
        }
        foreach (var title in new[] { document.AttachmentTitle, document.Title }.OfType<string>())
        {
            if (YearlyPlanTitle().Match(SearchNormaliser.ToSearchText(title, document.Traditional)) is { Success: true } m)
            {
                return int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        return null;
    }

    /// <summary>
    /// The year the clause's context sets: its lead's 到YYYY年 (or its opening on the present year or a later one:
    /// 2022年，全盟质量提升行动取得新进展：, or the year it went on to set), or the nearest unnumbered opening before it in
    /// its section or an ancestor.
    /// </summary>
    private static int? ContextYear(Clause clause, IReadOnlyList<Clause> clauses, Dictionary<string, Clause> byId, Dictionary<string, Section> sections,
        int? presentYear, Dictionary<string, int> yearAtEnd)
    {
        // What a passage itself set targets for as it ended (2015年度…为85.7%。2016年度，全县要实现以下质量目标：) when
        // it names no deadline and does not open on the present year.
        // A passage that sets two years (到2017年，…。到2020年，全市…：) hands the last to what follows it.
        int? YearSetBy(Clause c)
        {
            var first = YearIn(c.SearchText);
            int? atEnd = yearAtEnd.TryGetValue(c.Id, out var y) ? y : null;
            return atEnd > first ? atEnd : first ?? AchievementCues.TargetYear(c.SearchText, presentYear) ?? atEnd;
        }
        if (clause.LeadId is { } lead && byId.TryGetValue(lead, out var leadClause) && YearSetBy(leadClause) is { } leadYear)
        {
            return leadYear;
        }
        for (var sectionId = clause.SectionId; sectionId is not null; sectionId = sections.GetValueOrDefault(sectionId)?.ParentId)
        {
            // The nearest opening first: 到2017年…。 then 到2020年，…： before the items of 2020.
            var opening = clauses.Where(c => c.SectionId == sectionId && c.Ordinal < clause.Ordinal && c.Number is null && c.LeadId is null)
                .OrderByDescending(c => c.Ordinal);
            foreach (var c in opening)
            {
                if (YearSetBy(c) is { } year)
                {
                    return year;
                }
            }
        }
        return null;
    }

    private static int? YearIn(string search) =>
        YearScope().Match(search) is { Success: true } m ? ScopeYear(m) : null;

    private static int? ScopeYear(Match m) => m.Groups["n"].Success
        ? AchievementCues.PlanEnd(m.Groups["n"].Value[0])
        : int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);

    // 截至2022年底 looks back: it sets no target year. 到“十四五”末 is the plan's last year. A deadline (2023年底前,
    // 2023年9月底前, with the 月 a page lost: 2023年9底前) sets its year as 到 does.
    [GeneratedRegex(@"(?<!截)(?:到|至)(?<y>(?:19|20)[0-9]{2})年|(?<![0-9])(?<y>(?:19|20)[0-9]{2})年(?:[0-9]{1,2}月?)?(?:底|末)前|(?:到|至)[“""']?十(?<n>[一二三四五六七八九])五[”""']?(?:末|期末)")]
    private static partial Regex YearScope();

    [GeneratedRegex(@"(?<![0-9])(?<y>(?:19|20)[0-9]{2})年")]
    private static partial Regex NamedYear();

    // A plan for one year: 2021年全省质量工作要点, 2022年质量提升行动工作方案, 2008年度…工作计划; not a period's end
    // (2021—2025年).
    // Or a notice without its title that says which year's work it is about (现就做好2021年工业质量品牌建设工作通知如下).
    [GeneratedRegex(@"(?<![0-9年—–\-~至到])(?<y>(?:19|20)[0-9]{2})年度?[^。；;《》0-9]{0,16}?工作的?(?:总体思路|总体要求|主要任务)是|现就(?:做好|抓好|开展|部署)(?<y>(?:19|20)[0-9]{2})年度?[^。；;《》0-9]{0,24}?工作(?:有关事项)?通知如下")]
    private static partial Regex YearsWorkOpening();

    [GeneratedRegex(@"(?<![0-9年—–\-~至到])(?<y>(?:19|20)[0-9]{2})年度?(?![0-9—–\-~至到])[^《》0-9]{0,30}?(?:工作要点|要点|工作计划|计划|工作方案|行动方案|实施方案|方案|工作安排|安排)|(?:要点|计划|方案|安排)[(（](?<y>(?:19|20)[0-9]{2})年度?[)）]")]
    private static partial Regex YearlyPlanTitle();

    [GeneratedRegex(@"(?<![0-9月日])到(?<y>(?:19|20)[0-9]{2})年|到[“""']?十(?<n>[一二三四五六七八九])五[”""']?(?:末|期末)")]
    private static partial Regex HorizonYear();
}
