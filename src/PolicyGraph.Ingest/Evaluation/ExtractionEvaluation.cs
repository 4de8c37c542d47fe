using System.Globalization;
using System.Text.Json;
using PolicyGraph.Core.Citations;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Store;

namespace PolicyGraph.Ingest.Evaluation;

public sealed record Score(int Judged, int Correct)
{
    public double Rate => Judged == 0 ? 1 : (double)Correct / Judged;
}

public sealed record DocumentScore(string Document, string? DocumentId, Score Metadata, Score Indicators, Score Citations, Score Tasks,
    int ExtractedIndicators, IReadOnlyList<string> Misses);

public sealed record ExtractionReport(Score Metadata, Score Indicators, Score Citations, Score Tasks, IReadOnlyList<DocumentScore> Documents);

/// <summary>
/// Scores the store against extraction judgments (the format of ../shared/gold/extraction.dev.json): metadata
/// fields (a value where the judgment has null counts as wrong), indicator recall (the extracted name contains the
/// judged key, same value and unit, compatible comparator, same year when judged), cited parents found with the
/// judged number, and tasks whose lead and supporting department sets both match.
/// </summary>
public static class ExtractionEvaluation
{
    public static ExtractionReport Evaluate(JsonElement gold, IGraphStore store)
    {
        var resolver = new CitationResolver(store, DocumentRegistry.Instance);
        var documents = store.ListDocuments();
        var scores = new List<DocumentScore>();
        foreach (var judged in gold.GetProperty("docs").EnumerateObject())
        {
            var info = documents.FirstOrDefault(d => Path.GetFileName(d.Source).StartsWith(judged.Name + "_", StringComparison.Ordinal));
            var graph = info is null ? null : store.GetDocument(info.Id);
            scores.Add(Score(judged.Name, judged.Value, graph, resolver));
        }
        return new ExtractionReport(
            Sum(scores.Select(s => s.Metadata)), Sum(scores.Select(s => s.Indicators)),
            Sum(scores.Select(s => s.Citations)), Sum(scores.Select(s => s.Tasks)), scores);
    }

    private static DocumentScore Score(string name, JsonElement judged, DocumentGraph? graph, CitationResolver resolver)
    {
        var misses = new List<string>();
        if (graph is null)
        {
            misses.Add("document not ingested (no source file name starting with " + name + "_)");
        }
        var metadata = Metadata(judged, graph?.Document, misses);
        var indicators = Indicators(judged, graph, misses);
        var citations = Citations(judged, graph, resolver, misses);
        var tasks = Tasks(judged, graph, misses);
        return new DocumentScore(name, graph?.Document.Id, metadata, indicators, citations, tasks, graph?.Indicators.Count ?? 0, misses);
    }

    private static Score Metadata(JsonElement judged, DocumentInfo? d, List<string> misses)
    {
        if (!judged.TryGetProperty("metadata", out var metadata))
        {
            return new Score(0, 0);
        }
        int total = 0, correct = 0;
        foreach (var field in metadata.EnumerateObject())
        {
            total++;
            var want = field.Value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.Number => field.Value.GetInt32().ToString(CultureInfo.InvariantCulture),
                _ => GoldText.Normalise(field.Value.GetString()),
            };
            var got = d is null ? null : field.Name switch
            {
                "title" => Norm(d.Title),
                "docNumber" => Norm(d.DocNumber),
                "issuer" => Norm(d.Issuer),
                "date" => d.Date,
                "year" => d.Year?.ToString(CultureInfo.InvariantCulture),
                "level" => d.Level,
                "province" => Norm(d.Province),
                "region" => Norm(d.Region),
                "docType" => Norm(d.DocType),
                _ => null,
            };
            if (want == got)
            {
                correct++;
            }
            else
            {
                misses.Add($"metadata.{field.Name}: judged {want ?? "null"}, got {got ?? "null"}");
            }
        }
        return new Score(total, correct);
    }

    private static Score Indicators(JsonElement judged, DocumentGraph? graph, List<string> misses)
    {
        if (!judged.TryGetProperty("indicators", out var indicators))
        {
            return new Score(0, 0);
        }
        int total = 0, correct = 0;
        foreach (var want in indicators.EnumerateArray())
        {
            total++;
            var key = GoldText.Normalise(want.GetProperty("name_key").GetString());
            var cmp = want.GetProperty("cmp").GetString();
            var value = want.GetProperty("value").GetDouble();
            var unit = want.GetProperty("unit").GetString() ?? string.Empty;
            int? year = want.TryGetProperty("year", out var y) && y.ValueKind == JsonValueKind.Number ? y.GetInt32() : null;
            var found = graph?.Indicators.Any(i =>
                GoldText.Normalise(i.Name).Contains(key, StringComparison.Ordinal) && Math.Abs(i.Value - value) < 1e-9 && i.Unit == unit &&
                (i.Comparator == cmp || (cmp == ">=" && i.Comparator == "=")) && (year is null || i.Year == year)) ?? false;
            if (found)
            {
                correct++;
            }
            else
            {
                misses.Add($"indicator: {key} {cmp} {value}{unit}{(year is null ? "" : $" ({year})")}");
            }
        }
        return new Score(total, correct);
    }

    private static Score Citations(JsonElement judged, DocumentGraph? graph, CitationResolver resolver, List<string> misses)
    {
        if (!judged.TryGetProperty("cites", out var cites))
        {
            return new Score(0, 0);
        }
        var resolved = graph is null ? [] : resolver.ResolveAll(graph);
        int total = 0, correct = 0;
        foreach (var want in cites.EnumerateArray())
        {
            total++;
            var number = want.GetProperty("number").GetString();
            if (resolved.Any(r => (r.Citation.Number ?? r.Target.Number) == number && r.Target.Resolved))
            {
                correct++;
            }
            else
            {
                misses.Add($"citation: {number} not found");
            }
        }
        return new Score(total, correct);
    }

    private static Score Tasks(JsonElement judged, DocumentGraph? graph, List<string> misses)
    {
        if (!judged.TryGetProperty("tasks_departments", out var tasks))
        {
            return new Score(0, 0);
        }
        int total = 0, correct = 0;
        foreach (var want in tasks.EnumerateArray())
        {
            total++;
            var key = GoldText.Normalise(want.GetProperty("task_key").GetString());
            var lead = Set(want.GetProperty("lead"));
            var support = Set(want.GetProperty("support"));
            var task = graph?.Tasks.FirstOrDefault(t => GoldText.Normalise(t.Title).Contains(key, StringComparison.Ordinal))
                ?? graph?.Tasks.FirstOrDefault(t => graph.Clauses.First(c => c.Id == t.ClauseId).SearchText.Contains(key, StringComparison.Ordinal));
            var gotLead = task?.Lead.Select(l => GoldText.Normalise(l.Name)).ToHashSet() ?? [];
            var gotSupport = task?.Support.Select(l => GoldText.Normalise(l.Name)).ToHashSet() ?? [];
            if (task is not null && gotLead.SetEquals(lead) && gotSupport.SetEquals(support))
            {
                correct++;
            }
            else
            {
                misses.Add($"task {key}: judged lead [{string.Join("、", lead)}] support [{string.Join("、", support)}], got " +
                    (task is null ? "no task" : $"lead [{string.Join("、", gotLead)}] support [{string.Join("、", gotSupport)}]"));
            }
        }
        return new Score(total, correct);
    }

    private static HashSet<string> Set(JsonElement names) => names.EnumerateArray().Select(n => GoldText.Normalise(n.GetString())).ToHashSet();

    private static string? Norm(string? s) => s is null ? null : GoldText.Normalise(s);

    private static Score Sum(IEnumerable<Score> scores) =>
        scores.Aggregate(new Score(0, 0), (a, b) => new Score(a.Judged + b.Judged, a.Correct + b.Correct));
}
