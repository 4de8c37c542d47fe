using System.Text.Json;
using PolicyGraph.Testing;

namespace PolicyGraph.Ingest.Tests.Cli;

/// <summary>The verbs as scripts call them (contract.md): JSON on stdout, exit codes. Console is process-wide, so these run alone.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed class CommandLineTests : IDisposable
{
    private readonly TemporaryDirectory _temporary = new();

    private string _data => _temporary.Path;

    public void Dispose() => _temporary.Dispose();

    [Fact]
    public void Ingest_docs_and_show_speak_the_contract()
    {
        var (code, output, _) = Run("ingest", RepositoryFiles.Corpus, "--data", _data, "--json");
        Assert.Equal(0, code);
        using (var ingest = JsonDocument.Parse(output))
        {
            var ingested = ingest.RootElement.GetProperty("ingested");
            Assert.Equal(5, ingested.GetArrayLength());
            Assert.All(ingested.EnumerateArray(), e => AssertFields(e, "id", "source", "title"));
            Assert.Equal(0, ingest.RootElement.GetProperty("unchanged").GetArrayLength());
            Assert.Equal(0, ingest.RootElement.GetProperty("failed").GetArrayLength());
        }

        (code, output, _) = Run("docs", "--data", _data, "--json");
        Assert.Equal(0, code);
        using var docs = JsonDocument.Parse(output);
        Assert.Equal(5, docs.RootElement.GetArrayLength());
        foreach (var d in docs.RootElement.EnumerateArray())
        {
            AssertFields(d, "id", "source", "title", "docNumber", "issuer", "date", "year", "level", "province", "region", "docType", "clauseCount");
        }
        var d004 = docs.RootElement.EnumerateArray().Single(d => d.GetProperty("source").GetString()!.Contains("004_", StringComparison.Ordinal));
        Assert.Equal(JsonValueKind.Null, d004.GetProperty("title").ValueKind);
        Assert.Equal("province", d004.GetProperty("level").GetString());

        (code, output, _) = Run("show", d004.GetProperty("id").GetString()!, "--data", _data, "--json");
        Assert.Equal(0, code);
        using var show = JsonDocument.Parse(output);
        AssertFields(show.RootElement, "document", "sections", "clauses", "tasks", "indicators", "citations");
        Assert.All(show.RootElement.GetProperty("sections").EnumerateArray(), s => AssertFields(s, "id", "path", "heading", "role"));
        var clauses = show.RootElement.GetProperty("clauses").EnumerateArray().ToList();
        Assert.All(clauses, c => AssertFields(c, "id", "sectionId", "path", "role", "text"));
        Assert.Equal(17, clauses.Count(c => c.GetProperty("role").GetString() == "task"));
        Assert.Contains(clauses, c => c.GetProperty("text").GetString()!.StartsWith("(十七)營造質量發展氛圍。", StringComparison.Ordinal));
    }

    [Fact]
    public void A_second_ingest_reports_every_file_unchanged()
    {
        Run("ingest", RepositoryFiles.Corpus, "--data", _data, "--json");
        var (code, output, _) = Run("ingest", RepositoryFiles.Corpus, "--data", _data, "--json");
        Assert.Equal(0, code);
        using var report = JsonDocument.Parse(output);
        Assert.Equal(0, report.RootElement.GetProperty("ingested").GetArrayLength());
        Assert.Equal(5, report.RootElement.GetProperty("unchanged").GetArrayLength());
        Assert.All(report.RootElement.GetProperty("unchanged").EnumerateArray(), e => AssertFields(e, "id", "source"));
    }

    [Fact]
    public void Failed_files_give_exit_code_2_with_reasons_on_stdout()
    {
        var empty = Path.Combine(_data, "empty.txt");
        File.WriteAllBytes(empty, []);
        var (code, output, error) = Run("ingest", empty, RepositoryFiles.CorpusFile("000"), "--data", Path.Combine(_data, "d"), "--json");
        Assert.Equal(2, code);
        using var report = JsonDocument.Parse(output);
        var failed = report.RootElement.GetProperty("failed").EnumerateArray().Single();
        Assert.Equal(empty, failed.GetProperty("source").GetString());
        Assert.Equal("empty file (0 bytes)", failed.GetProperty("error").GetString());
        Assert.Contains("[2/2]", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_of_an_unknown_id_is_an_error_on_stderr()
    {
        var (code, output, error) = Run("show", "no-such-doc", "--data", _data, "--json");
        Assert.Equal(1, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("no document with id 'no-such-doc'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_and_similar_never_write_the_index_and_say_when_it_is_out_of_step()
    {
        Assert.Equal(0, Run("ingest", RepositoryFiles.Corpus, "--data", _data, "--json").Code);
        var index = Path.Combine(_data, PolicyGraph.Core.Search.ClauseIndex.FolderName);
        // While a writer holds the data directory, a search still answers from the last commit.
        using (PolicyGraph.Core.Persistence.DataDirectoryLock.Acquire(_data, "a test standing in for an ingest"))
        {
            var (code, output, error) = Run("search", "首席质量官", "--data", _data, "--json");
            Assert.Equal(0, code);
            Assert.True(JsonDocument.Parse(output).RootElement.GetProperty("hits").GetArrayLength() > 0, error);
            Assert.DoesNotContain("out of step", error, StringComparison.Ordinal);
        }
        // With the index gone (a crash before its first commit), search and similar answer empty, say why, and create nothing.
        Directory.Delete(index, recursive: true);
        var (searched, found, warned) = Run("search", "首席质量官", "--data", _data, "--json");
        Assert.Equal(0, searched);
        Assert.Equal(0, JsonDocument.Parse(found).RootElement.GetProperty("hits").GetArrayLength());
        Assert.Contains("out of step with the store on 5 document(s)", warned, StringComparison.Ordinal);
        Assert.Equal(0, Run("similar", "--text", "推行首席质量官制度", "--data", _data, "--json").Code);
        Assert.False(Directory.Exists(index), "a read-only verb created the index");
        // The next ingest brings it back in step.
        Run("ingest", RepositoryFiles.Corpus, "--data", _data, "--json");
        var (_, again, quiet) = Run("search", "首席质量官", "--data", _data, "--json");
        Assert.True(JsonDocument.Parse(again).RootElement.GetProperty("hits").GetArrayLength() > 0);
        Assert.DoesNotContain("out of step", quiet, StringComparison.Ordinal);
    }

    /// <summary>
    /// eval scores a file the reader refuses as a document not ingested, naming it and its reason, and scores the rest; a
    /// judgments file without a field eval reads is refused with the file named, not a stack trace.
    /// </summary>
    [Fact]
    public void Eval_scores_a_refused_file_as_missing_and_names_an_ill_shaped_judgments_file()
    {
        var corpus = Directory.CreateDirectory(Path.Combine(_temporary.Path, "corpus")).FullName;
        File.WriteAllText(Path.Combine(corpus, "z1_plan.txt"), "青禾市质量提升行动方案\n一、工作目标\n到2025年，全市制造业产品质量合格率达到95%以上。\n");
        File.WriteAllBytes(Path.Combine(corpus, "z2_empty.txt"), []);
        var gold = Path.Combine(_temporary.Path, "gold.json");
        File.WriteAllText(gold, """
            {"docs": {
              "z1": {"metadata": {"title": "青禾市质量提升行动方案"}, "indicators": [{"name_key": "制造业产品质量合格率", "cmp": ">=", "value": 95, "unit": "%", "year": 2025}], "not_targets": []},
              "z2": {"metadata": {"title": "某文件"}}
            }}
            """);
        var (code, output, error) = Run("eval", "--gold", gold, "--corpus", corpus, "--data", Path.Combine(_temporary.Path, "d1"), "--json");
        Assert.Equal(0, code);
        Assert.Contains("z2_empty.txt", error, StringComparison.Ordinal);
        using var scores = JsonDocument.Parse(output);
        var documents = scores.RootElement.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(1, documents.Single(d => d.GetProperty("document").GetString() == "z1").GetProperty("indicators").GetProperty("correct").GetInt32());
        Assert.Equal(0, documents.Single(d => d.GetProperty("document").GetString() == "z2").GetProperty("metadata").GetProperty("correct").GetInt32());

        File.WriteAllText(gold, """{"docs": {"z1": {"indicators": [{"name": "制造业产品质量合格率", "comparator": ">=", "value": 95, "unit": "%"}]}}}""");
        (code, _, error) = Run("eval", "--gold", gold, "--corpus", corpus, "--data", Path.Combine(_temporary.Path, "d2"), "--json");
        Assert.Equal(1, code);
        Assert.Contains(gold, error, StringComparison.Ordinal);
        Assert.Contains("name_key", error, StringComparison.Ordinal);
    }

    private static void AssertFields(JsonElement element, params string[] names)
    {
        foreach (var name in names)
        {
            Assert.True(element.TryGetProperty(name, out _), $"missing field '{name}' in {element}");
        }
    }

    private static (int Code, string Output, string Error) Run(params string[] args) => Verbs.Run(args);
}
