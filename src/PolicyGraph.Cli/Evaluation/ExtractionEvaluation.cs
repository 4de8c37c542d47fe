using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using PolicyGraph.Core.Citations;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Store;

namespace PolicyGraph.Cli.Evaluation;

public sealed record Score(int Judged, int Correct)
{
    public double Rate => Judged == 0 ? 1 : (double)Correct / Judged;
}

/// <param name="Fields">Metadata scores field by field (title, docNumber …).</param>
/// <param name="InventedIndicators">Extracted indicators that no judged target matches (a figure reported as achieved, a number misread).</param>
public sealed record DocumentScore(string Document, string? DocumentId, Score Metadata, Score Indicators, Score Citations, Score Tasks,
    int ExtractedIndicators, IReadOnlyList<string> Misses)
{
    public IReadOnlyDictionary<string, Score> Fields { get; init; } = new Dictionary<string, Score>();

    public int InventedIndicators { get; init; }
}

/// <param name="Fields">Metadata scores field by field, over every judged document.</param>
/// <param name="Invented">Of the extracted indicators of documents whose targets are all judged, those no judged target matches.</param>
public sealed record ExtractionReport(Score Metadata, Score Indicators, Score Citations, Score Tasks, IReadOnlyList<DocumentScore> Documents)
{
    public IReadOnlyDictionary<string, Score> Fields { get; init; } = new Dictionary<string, Score>();

    public Score Invented { get; init; } = new(0, 0);
}

/// <summary>
/// Scores the store against extraction judgments (the format of ../shared/gold/extraction.dev.json and of the
/// team's layout zoo, tests/Zoo/judgments.json): metadata fields (a value where the judgment has null counts as
/// wrong), indicator recall (the extracted name contains the judged key, same value and unit, compatible comparator,
/// same year and kind when judged), invented indicators (extracted, matching no judged target, in documents whose
/// every target is judged: those with a <c>not_targets</c> list or none to list), cited parents (by number, or by a
/// registry id for a document without one), and tasks whose lead and supporting department sets both match.
/// </summary>
public static partial class ExtractionEvaluation
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
            scores.Add(Score(judged.Name, judged.Value, graph, resolver, store));
        }
        var fields = scores.SelectMany(s => s.Fields).GroupBy(f => f.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Sum(g.Select(f => f.Value)), StringComparer.Ordinal);
        var complete = scores.Where(s => s.Fields.Count > 0 && IsCompletelyJudged(gold, s.Document)).ToList();
        return new ExtractionReport(
            Sum(scores.Select(s => s.Metadata)), Sum(scores.Select(s => s.Indicators)),
            Sum(scores.Select(s => s.Citations)), Sum(scores.Select(s => s.Tasks)), scores)
        {
            Fields = fields,
            Invented = new Score(complete.Sum(s => s.ExtractedIndicators), complete.Sum(s => s.InventedIndicators)),
        };
    }

    private static DocumentScore Score(string name, JsonElement judged, DocumentGraph? graph, CitationResolver resolver, IGraphStore store)
    {
        var misses = new List<string>();
        if (graph is null)
        {
            misses.Add("document not ingested (no source file name starting with " + name + "_)");
        }
        var fields = new Dictionary<string, Score>(StringComparer.Ordinal);
        var metadata = Metadata(judged, graph?.Document, misses, fields);
        var indicators = Indicators(judged, graph, misses);
        var citations = Citations(judged, graph, resolver, store, misses);
        var tasks = Tasks(judged, graph, misses);
        return new DocumentScore(name, graph?.Document.Id, metadata, indicators, citations, tasks, graph?.Indicators.Count ?? 0, misses)
        {
            Fields = fields,
            InventedIndicators = Invented(judged, graph, misses),
        };
    }

    /// <summary>Whether a document's judgments list every target it sets, so that an unmatched extraction is an invention.</summary>
    private static bool IsCompletelyJudged(JsonElement gold, string document) =>
        gold.GetProperty("docs").GetProperty(document) is var d && d.TryGetProperty("not_targets", out _);

    /// <summary>
    /// Whether an extracted indicator's name is the judged one: it holds the judged key, or the key is the name with the
    /// creating verb a reader kept and the extractor reads as the kind (新建社会公用计量标准 for 社会公用计量标准, a change), or
    /// the same clause turned round; quotation marks and 的 aside.
    /// </summary>
    internal static bool NameMatches(string name, string key) =>
        Turned(name) == key || Turned(key) == name || Holds(Bare(name), Bare(key));

    private static bool Holds(string name, string key) =>
        name.Contains(key, StringComparison.Ordinal)
        || (name.Length >= 4 && key.EndsWith(name, StringComparison.Ordinal) && CreatingVerbs.Contains(key[..^name.Length]));

    /// <summary>
    /// A name as compared: without quotation marks and the particle 的, which a reader writes or leaves out of the same
    /// measure (消费品“三品”示范试点的城市 / 三品示范试点城市, 强制检定的工作计量器具 / 强制检定工作计量器具).
    /// </summary>
    private static string Bare(string name) =>
        ScopeWords().Replace(string.Concat(name.Where(c => c != '的' && !IsQuotationMark(c))), string.Empty);

    /// <summary>
    /// Words a reader may keep in a name or leave to the document's scope and the indicator's kind: the jurisdiction it
    /// opens on (全市服务业顾客满意度 in a city's plan) and 累计 (a level) or 新增 after the thing counted (企业新增, a change).
    /// </summary>
    [GeneratedRegex("^全[国省市县区州旗盟]|累计|(?<=\\p{IsCJKUnifiedIdeographs}{2})新增$")]
    private static partial Regex ScopeWords();

    private static bool IsQuotationMark(char c) => c is '"' or '\'' or '“' or '”' or '‘' or '’' or '「' or '」' or '『' or '』';

    /// <summary>
    /// A name written as a clause turned round (建立质量管理体系的服务企业 ↔ 服务企业建立质量管理体系): the same count of the
    /// same things, named with the clause before or after what it counts.
    /// </summary>
    private static string? Turned(string name) =>
        name.LastIndexOf('的') is var at and > 1 && at < name.Length - 2 ? name[(at + 1)..] + name[..at] : null;

    private static readonly HashSet<string> CreatingVerbs = new(StringComparer.Ordinal) { "新建", "新增", "新培育", "新创建", "新认定", "新批准", "新核准", "新命名", "新制修订", "累计新增", "培育建设", "培育", "创建", "建设", "建成" };

    private static int Invented(JsonElement judged, DocumentGraph? graph, List<string> misses)
    {
        if (graph is null || !judged.TryGetProperty("indicators", out var indicators) || !judged.TryGetProperty("not_targets", out _))
        {
            return 0;
        }
        var wanted = indicators.EnumerateArray().Select(w => (Key: GoldText.Normalise(w.GetProperty("name_key").GetString()), Value: w.GetProperty("value").GetDouble())).ToList();
        var invented = 0;
        foreach (var i in graph.Indicators)
        {
            var name = GoldText.Normalise(i.Name);
            if (!wanted.Any(w => NameMatches(name, w.Key) && Math.Abs(Math.Abs(i.Value) - Math.Abs(w.Value)) < 1e-9))
            {
                invented++;
                misses.Add($"invented indicator: {i.Name} {i.Comparator} {i.Value}{i.Unit}{(i.Year is null ? "" : $" ({i.Year})")} ← {i.Text}");
            }
        }
        return invented;
    }

    private static Score Metadata(JsonElement judged, DocumentInfo? d, List<string> misses, Dictionary<string, Score> fields)
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
                "prefecture" => Norm(d.Prefecture),
                "published" => d.Published,
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
            fields[field.Name] = new Score(1, want == got ? 1 : 0);
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
            var kind = want.TryGetProperty("kind", out var k) ? k.GetString() : null;
            var found = graph?.Indicators.Any(i =>
                NameMatches(GoldText.Normalise(i.Name), key) && Math.Abs(i.Value - value) < 1e-9 && i.Unit == unit &&
                (i.Comparator == cmp || (cmp == ">=" && i.Comparator == "=")) && (year is null || i.Year == year) && (kind is null || i.Kind == kind)) ?? false;
            if (found)
            {
                correct++;
            }
            else
            {
                misses.Add($"indicator: {key} {cmp} {value}{unit}{(year is null ? "" : $" ({year})")}{(kind is null ? "" : $" [{kind}]")}");
            }
        }
        return new Score(total, correct);
    }

    private static Score Citations(JsonElement judged, DocumentGraph? graph, CitationResolver resolver, IGraphStore store, List<string> misses)
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
            // A judged number is found when a citation states it, or reaches a resolved document that has it (a title
            // citation of the 纲要); a judged registry id (a document without a number) when a citation reaches it.
            var number = want.TryGetProperty("number", out var n) ? n.GetString() : null;
            var known = want.TryGetProperty("known", out var id) ? id.GetString() : null;
            var found = number is not null
                ? resolved.Any(r => r.Citation.Number == number || (r.Target.Number == number && r.Target.Resolved))
                : resolved.Any(r => r.Target.Id == known || (r.Target.Kind == DocumentKinds.Document && store.FindDocument(r.Target.Id) is { } target && resolver.Known(target)?.Id == known));
            if (found)
            {
                correct++;
            }
            else
            {
                misses.Add($"citation: {number ?? known} not found");
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
