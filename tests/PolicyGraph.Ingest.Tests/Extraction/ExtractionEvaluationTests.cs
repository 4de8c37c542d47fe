using System.Text.Json;
using PolicyGraph.Core.Store;
using PolicyGraph.Ingest.Evaluation;
using PolicyGraph.Ingest.Pipeline;
using PolicyGraph.Ingest.Reading;
using PolicyGraph.Tests;

namespace PolicyGraph.Ingest.Tests.Extraction;

/// <summary>Keeps the development metrics (../shared/gold/extraction.dev.json) from falling.</summary>
public sealed class ExtractionEvaluationTests : IDisposable
{
    private readonly TemporaryDirectory _temporary = new();

    private string _dir => _temporary.Path;

    public void Dispose() => _temporary.Dispose();

    [Fact]
    public void Development_judgments_are_all_met()
    {
        using var store = new SqliteGraphStore(_dir);
        new IngestPipeline(store, new DocumentReaders(ReaderLimits.Default)).IngestPaths([RepositoryFiles.Corpus]);
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryFiles.Gold, "extraction.dev.json")));

        var report = ExtractionEvaluation.Evaluate(gold.RootElement, store);

        var misses = string.Join("\n", report.Documents.SelectMany(d => d.Misses.Select(m => d.Document + " " + m)));
        Assert.True(report.Metadata.Rate == 1, misses);
        Assert.True(report.Indicators.Rate == 1, misses);
        Assert.True(report.Citations.Rate == 1, misses);
        Assert.True(report.Tasks.Rate == 1, misses);
        Assert.True(report.Indicators.Judged >= 20 && report.Tasks.Judged >= 6);
    }
}
