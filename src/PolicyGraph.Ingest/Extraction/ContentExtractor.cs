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
/// indicator's year comes from its sentence, else the lead its clause hangs under, else the opening of its
/// section, else the document's horizon (the first 到YYYY年 of its goals) — and for a yearly plan, its year.
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
        var horizon = clauses.Where(c => c.Role == Roles.Goal).Select(c => YearIn(c.SearchText)).FirstOrDefault(y => y is not null)
            ?? (document.DocType is "工作计划" or "工作要点" ? document.Year : null);
        var seen = new HashSet<(string, string, double, string, int?)>();
        foreach (var clause in clauses)
        {
            string? goalId = null;
            if (clause.Role == Roles.Goal)
            {
                goalId = clause.Id.Replace(".c", ".g", StringComparison.Ordinal);
                goals.Add(new Goal { Id = goalId, ClauseId = clause.Id, Title = TitleOf(clause, sectionById) });
            }
            var view = SearchNormaliser.Normalise(clause.Text, document.Script == "Hant");
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
            var contextYear = ContextYear(clause, clauses, clauseById, sectionById) ?? horizon;
            var n = 0;
            foreach (var match in IndicatorExtractor.Extract(view.Text, contextYear))
            {
                // The same target restated in a task paragraph is one indicator, where it is first stated.
                if (!seen.Add((match.Name, match.Comparator, match.Value, match.Unit, match.Year)))
                {
                    continue;
                }
                var (start, end) = view.ToSource(match.Start, match.End);
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

    /// <summary>The year the clause's context sets: its lead's 到YYYY年, or the unnumbered opening of its section or an ancestor.</summary>
    private static int? ContextYear(Clause clause, IReadOnlyList<Clause> clauses, Dictionary<string, Clause> byId, Dictionary<string, Section> sections)
    {
        if (clause.LeadId is { } lead && byId.TryGetValue(lead, out var leadClause) && YearIn(leadClause.SearchText) is { } leadYear)
        {
            return leadYear;
        }
        for (var sectionId = clause.SectionId; sectionId is not null; sectionId = sections.GetValueOrDefault(sectionId)?.ParentId)
        {
            var opening = clauses.Where(c => c.SectionId == sectionId && c.Ordinal < clause.Ordinal && c.Number is null && c.LeadId is null);
            foreach (var c in opening)
            {
                if (YearIn(c.SearchText) is { } year)
                {
                    return year;
                }
            }
        }
        return null;
    }

    private static int? YearIn(string search) =>
        YearScope().Match(search) is { Success: true } m ? int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"(?:到|至|截至)(?<y>(?:19|20)[0-9]{2})年")]
    private static partial Regex YearScope();
}
