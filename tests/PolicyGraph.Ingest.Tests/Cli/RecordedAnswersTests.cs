using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using PolicyGraph.Testing;

namespace PolicyGraph.Ingest.Tests.Cli;

/// <summary>
/// The same answers before and after a change of structure: every verb's <c>--json</c> over <c>samples/</c> and the
/// reference corpus (ids, metadata, clauses, tasks, indicators, citations, lineage, compare, reuse, search and similar
/// top hits, the export's files) compared with the answers recorded in <c>tests/Answers/</c> before the change. Document
/// ids are written without the hash of their file's path (see <see cref="Portable"/>), so the answers hold in any checkout.
/// A redesign passes only if it changes how the code is laid out, not what it says. When a change of behaviour is
/// meant, record again with <c>POLICYGRAPH_RECORD_ANSWERS=1 dotnet test --filter RecordedAnswers</c> (the run then
/// fails on purpose, naming what it wrote) and let the diff of <c>tests/Answers/</c> show what changed.
/// </summary>
[Collection(nameof(ConsoleCollection))]
public sealed class RecordedAnswersTests : IDisposable
{
    private static readonly string AnswersDirectory = Path.Combine(RepositoryFiles.Root, "tests", "Answers");

    /// <summary>Searches a person would type: plain words, Traditional, a document number, a department, filtered ones.</summary>
    private static readonly string[][] Searches =
    [
        ["质量强市"], ["質量強省"], ["国发〔2012〕9号"], ["首席质量官"], ["标准化 战略"], ["品牌建设"], ["计量"],
        ["农产品质量安全"], ["合格率"], ["市场监管局"], ["政府质量奖"], ["质量发展纲要"], ["知识产权"],
        ["质量强市", "--level", "prefecture"], ["质量", "--province", "山西省"], ["质量", "--year-from", "2016", "--year-to", "2019"],
        ["目标", "--role", "goal"], ["质量", "--region", "贵池区"], ["质量", "--doc-type", "实施方案"], ["质量", "--top", "3"],
    ];

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonSerializerOptions Indented = new(Readable) { WriteIndented = true };

    private readonly TemporaryDirectory _temporary = new();

    public void Dispose() => _temporary.Dispose();

    [Fact]
    public void Every_verb_answers_as_recorded()
    {
        var answers = Answer();
        if (Environment.GetEnvironmentVariable("POLICYGRAPH_RECORD_ANSWERS") == "1")
        {
            Record(answers);
            Assert.Fail($"recorded {answers.Count} answers in {AnswersDirectory}; unset POLICYGRAPH_RECORD_ANSWERS and run again");
        }

        var recorded = Directory.Exists(AnswersDirectory)
            ? Directory.GetFiles(AnswersDirectory, "*.json").ToDictionary(f => Path.GetFileNameWithoutExtension(f), File.ReadAllText, StringComparer.Ordinal)
            : throw new DirectoryNotFoundException($"no recorded answers in {AnswersDirectory}");
        var differences = new List<string>();
        foreach (var (name, answer) in answers)
        {
            if (!recorded.Remove(name, out var expected))
            {
                differences.Add($"{name}: not recorded");
            }
            else if (FirstDifference(JsonNode.Parse(expected), JsonNode.Parse(answer), "$") is { } where)
            {
                differences.Add($"{name}: {where}");
            }
        }
        differences.AddRange(recorded.Keys.Select(name => $"{name}: recorded but no longer asked"));
        Assert.True(differences.Count == 0, $"{differences.Count} of {answers.Count} answers differ from tests/Answers:\n" + string.Join('\n', differences.Take(40)));
    }

    /// <summary>Ingests samples and corpus into a fresh store and asks every verb; answer name → normalised JSON.</summary>
    private SortedDictionary<string, string> Answer()
    {
        var data = Path.Combine(_temporary.Path, "data");
        var answers = new SortedDictionary<string, string>(StringComparer.Ordinal);
        void Ask(string name, params string[] args)
        {
            var (code, output, error) = Run([.. args, "--data", data, "--json"]);
            Assert.True(code == 0, $"{string.Join(' ', args)} exited {code}: {error}");
            answers[name] = Normalise(JsonNode.Parse(output));
        }

        // Ingested through links in the temporary directory, so that the documents' paths (which order `docs` and the
        // export) sort the same wherever the repository is checked out: <temp>/in/corpus before <temp>/in/samples.
        var input = Directory.CreateDirectory(Path.Combine(_temporary.Path, "in")).FullName;
        var corpus = Directory.CreateSymbolicLink(Path.Combine(input, "corpus"), RepositoryFiles.Corpus).FullName;
        var samples = Directory.CreateSymbolicLink(Path.Combine(input, "samples"), RepositoryFiles.Samples).FullName;
        Ask("ingest", "ingest", samples, corpus);
        Ask("docs", "docs");
        var shows = new List<JsonNode>();
        var parents = new SortedSet<string>(StringComparer.Ordinal);
        var pairs = new SortedSet<(string Child, string Parent)>();
        var ids = Ids(answers["docs"]).ToHashSet(StringComparer.Ordinal);
        foreach (var id in ids.Order(StringComparer.Ordinal))
        {
            Ask($"show-{id}", "show", id);
            shows.Add(JsonNode.Parse(answers[$"show-{id}"])!);
            Ask($"lineage-{id}", "lineage", id);
            Ask($"reuse-{id}", "reuse", id);
            foreach (var parent in JsonNode.Parse(answers[$"lineage-{id}"])!["parents"]!.AsArray())
            {
                parents.Add(parent!["id"]!.GetValue<string>());
                if (ids.Contains(parent["id"]!.GetValue<string>()))
                {
                    pairs.Add((id, parent["id"]!.GetValue<string>()));
                }
            }
        }
        foreach (var parent in parents)
        {
            Ask($"lineage-parent-{parent}", "lineage", parent, "--depth", "2");
        }
        foreach (var (child, parent) in pairs)
        {
            Ask($"compare-{child}-{parent}", "compare", child, parent);
        }
        var names = shows.SelectMany(s => s["indicators"]!.AsArray()).Select(i => i!["name"]!.GetValue<string>())
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < names.Count; i += Math.Max(1, names.Count / 25))
        {
            Ask($"indicators-{i:D3}", "indicators", names[i]);
        }
        for (var i = 0; i < Searches.Length; i++)
        {
            Ask($"search-{i:D2}", ["search", .. Searches[i]]);
        }
        var precedent = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryFiles.Gold, "precedent.dev.json")))!["cases"]!.AsArray();
        foreach (var c in precedent)
        {
            Ask($"similar-{c!["id"]!.GetValue<string>()}", "similar", "--text", c["text"]!.GetValue<string>(), "--top", "5");
        }
        foreach (var clause in shows.Take(3).Select(s => s["clauses"]!.AsArray().Last()!))
        {
            Ask($"similar-clause-{clause["id"]!.GetValue<string>()}", "similar", "--text", clause["text"]!.GetValue<string>());
        }
        foreach (var format in new[] { "neo4j-csv", "graphml" })
        {
            var folder = Path.Combine(_temporary.Path, format);
            Ask($"export-{format}", "export", "--format", format, "--out", folder);
            foreach (var file in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
            {
                answers[$"export-{format}-{Path.GetFileName(file)}"] = Normalise(new JsonObject { ["lines"] = new JsonArray([.. File.ReadAllLines(file).Select(l => (JsonNode?)JsonValue.Create(l))]) });
            }
        }
        return Portable(answers);
    }

    /// <summary>
    /// The answers with each ingested document's id written as its file's slug and <c>~</c>: an id's hash is of the file's
    /// full path (cangland-2016-…-866fb281), which differs between checkouts, while what the answers say must not.
    /// </summary>
    private static SortedDictionary<string, string> Portable(SortedDictionary<string, string> answers)
    {
        var ids = Ids(answers["docs"]).OrderByDescending(id => id.Length).ToList();
        Assert.All(ids, id => Assert.Matches("-[0-9a-f]{8}$", id));
        string Rewrite(string text) => ids.Aggregate(text, (t, id) => t.Replace(id, id[..^8] + "~", StringComparison.Ordinal));
        var portable = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, answer) in answers)
        {
            portable[Rewrite(name)] = Rewrite(answer);
        }
        return portable;
    }

    private static IEnumerable<string> Ids(string docs) =>
        JsonNode.Parse(docs)!.AsArray().Select(d => d!["id"]!.GetValue<string>());

    /// <summary>
    /// What may differ without the answer differing: where the repository, the corpus and the store live (their paths
    /// become <c>&lt;repo&gt;</c>, <c>&lt;work&gt;</c> and <c>&lt;temp&gt;</c>), how long a step took (<c>seconds</c> is
    /// dropped) and the last bits of a float score (4 decimals).
    /// </summary>
    private string Normalise(JsonNode? node)
    {
        (string Path, string Name)[] places =
        [
            (_temporary.Path, "<temp>"),
            (RepositoryFiles.Root, "<repo>"),
            (Path.GetFullPath(Path.Combine(RepositoryFiles.Root, "..")), "<work>"),
        ];
        Visit(node);
        return node!.ToJsonString(Indented);

        void Visit(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    o.Remove("seconds");
                    foreach (var key in o.Select(p => p.Key).ToList())
                    {
                        o[key] = key == "score" && o[key] is JsonValue n && n.TryGetValue<double>(out var d) ? Math.Round(d, 4) : Replaced(o[key]);
                    }
                    break;
                case JsonArray a:
                    for (var i = 0; i < a.Count; i++)
                    {
                        a[i] = Replaced(a[i]);
                    }
                    break;
            }
        }

        // A string with its places named; any other node visited in place and detached, so it can be set back.
        JsonNode? Replaced(JsonNode? node)
        {
            if (node is JsonValue v && v.TryGetValue<string>(out var s))
            {
                foreach (var (path, name) in places)
                {
                    s = s.Replace(path.TrimEnd(Path.DirectorySeparatorChar), name, StringComparison.Ordinal);
                }
                return JsonValue.Create(s);
            }
            Visit(node);
            return node?.DeepClone();
        }
    }

    /// <summary>The JSON path of the first difference between two answers, with both values; null when equal.</summary>
    private static string? FirstDifference(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected, actual)
        {
            case (JsonObject e, JsonObject a):
                foreach (var key in e.Select(p => p.Key).Union(a.Select(p => p.Key)))
                {
                    if (!e.ContainsKey(key) || !a.ContainsKey(key))
                    {
                        return $"{path}.{key} {(e.ContainsKey(key) ? "is gone" : "is new")}";
                    }
                    if (FirstDifference(e[key], a[key], $"{path}.{key}") is { } d)
                    {
                        return d;
                    }
                }
                return null;
            case (JsonArray e, JsonArray a):
                for (var i = 0; i < Math.Min(e.Count, a.Count); i++)
                {
                    if (FirstDifference(e[i], a[i], $"{path}[{i}]") is { } d)
                    {
                        return d;
                    }
                }
                return e.Count == a.Count ? null : $"{path} had {e.Count} items, now {a.Count}";
            default:
                var (x, y) = (expected?.ToJsonString(Readable) ?? "null", actual?.ToJsonString(Readable) ?? "null");
                return x == y ? null : $"{path} was {Shorten(x)}, now {Shorten(y)}";
        }

        static string Shorten(string s) => s.Length <= 120 ? s : s[..120] + "…";
    }

    private static void Record(SortedDictionary<string, string> answers)
    {
        if (Directory.Exists(AnswersDirectory))
        {
            Directory.Delete(AnswersDirectory, recursive: true);
        }
        Directory.CreateDirectory(AnswersDirectory);
        foreach (var (name, answer) in answers)
        {
            File.WriteAllText(Path.Combine(AnswersDirectory, name + ".json"), answer + "\n", new UTF8Encoding(false));
        }
    }

    private static (int Code, string Output, string Error) Run(string[] args) => Verbs.Run(args);
}
