using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Regions;
using PolicyGraph.Ingest.Pipeline;
using PolicyGraph.Ingest.Reading;
using PolicyGraph.Testing;

namespace PolicyGraph.Ingest.Tests.Extraction;

/// <summary>
/// Extraction examples kept as files, as Markdig keeps its specs: each input the team wrote in <c>Extraction/Data/</c>
/// (<c>name.txt</c>, <c>name.html</c>) beside what the extractor makes of it (<c>name.json</c>: metadata, indicators,
/// citations), and one case per input. A difference prints both sides line by line. When a change of behaviour is
/// meant, record again with <c>POLICYGRAPH_RECORD_CASES=1 dotnet test --filter ExtractionCaseTests</c> (each case then
/// fails on purpose, naming what it wrote) and let the diff of the JSON files show what changed.
/// </summary>
public sealed class ExtractionCaseTests
{
    private static readonly string Data = Path.Combine(RepositoryFiles.Root, "tests", "PolicyGraph.Ingest.Tests", "Extraction", "Data");

    private static readonly DocumentBuilder Builder = new(new DocumentReaders(ReaderLimits.Default), Gazetteer.Instance, facets: null);

    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonSerializerOptions Indented = new(Compact) { WriteIndented = true };

    public static TheoryData<string> Cases()
    {
        var inputs = Directory.GetFiles(Data).Select(Path.GetFileName).Where(f => Path.GetExtension(f) is not (".json" or ".md")).Order(StringComparer.Ordinal).ToList();
        Assert.True(inputs.Count > 0, $"no extraction cases in {Data}");
        return new TheoryData<string>(inputs!);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_extractor_gives_what_the_case_records(string input)
    {
        var path = Path.Combine(Data, input);
        var expectedPath = Path.ChangeExtension(path, ".json");
        var actual = Describe(Builder.Build(path, Path.GetFileNameWithoutExtension(input), File.ReadAllBytes(path)));
        if (Environment.GetEnvironmentVariable("POLICYGRAPH_RECORD_CASES") == "1")
        {
            File.WriteAllText(expectedPath, actual, new UTF8Encoding(false));
            Assert.Fail($"recorded {expectedPath}; unset POLICYGRAPH_RECORD_CASES and run again");
        }
        Assert.True(File.Exists(expectedPath), $"{input} has no recorded output: record it with POLICYGRAPH_RECORD_CASES=1 and read what was written");
        var expected = File.ReadAllText(expectedPath).ReplaceLineEndings("\n");
        Assert.True(expected == actual, $"{input} differs from {Path.GetFileName(expectedPath)} (- recorded, + now):\n{LineDiff(expected, actual)}");
    }

    /// <summary>What a case records: the metadata fields, then one line per indicator and per citation, in document order.</summary>
    private static string Describe(DocumentGraph graph)
    {
        var d = graph.Document;
        var metadata = new
        {
            title = d.Title, docNumber = d.DocNumber, issuer = d.Issuer, date = d.Date, published = d.Published, year = d.Year,
            level = d.Level, province = d.Province, prefecture = d.Prefecture, region = d.Region, docType = d.DocType, attachmentTitle = d.AttachmentTitle,
        };
        var indicators = graph.Indicators.Select(i => JsonSerializer.Serialize(new { name = i.Name, comparator = i.Comparator, value = i.Value, unit = i.Unit, year = i.Year, kind = i.Kind, text = i.Text }, Compact));
        var citations = graph.Citations.Select(c => JsonSerializer.Serialize(new { raw = c.Raw, number = c.Number, title = c.Title, relation = c.Relation }, Compact));
        var text = new StringBuilder();
        text.Append("{\n  \"metadata\": ").Append(JsonSerializer.Serialize(metadata, Indented).ReplaceLineEndings("\n  ")).Append(",\n");
        text.Append("  \"indicators\": ").Append(List(indicators)).Append(",\n");
        text.Append("  \"citations\": ").Append(List(citations)).Append("\n}\n");
        return text.ToString();

        static string List(IEnumerable<string> items) =>
            items.Any() ? "[\n    " + string.Join(",\n    ", items) + "\n  ]" : "[]";
    }

    /// <summary>The lines of two texts that differ, by their longest common subsequence of lines.</summary>
    private static string LineDiff(string expected, string actual)
    {
        var (a, b) = (expected.Split('\n'), actual.Split('\n'));
        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }
        var lines = new StringBuilder();
        var (x, y) = (0, 0);
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                (x, y) = (x + 1, y + 1);
            }
            else if (x < a.Length && (y == b.Length || common[x + 1, y] >= common[x, y + 1]))
            {
                lines.Append("- ").Append(a[x++]).Append('\n');
            }
            else
            {
                lines.Append("+ ").Append(b[y++]).Append('\n');
            }
        }
        return lines.ToString();
    }
}
