using System.Text.Json;
using PolicyGraph.Core.Store;
using PolicyGraph.Cli.Evaluation;
using PolicyGraph.Ingest.Pipeline;
using PolicyGraph.Ingest.Reading;
using PolicyGraph.Ingest.Tests.Zoo;
using PolicyGraph.Testing;

namespace PolicyGraph.Ingest.Tests.Extraction;

/// <summary>Keeps the development metrics (../shared/gold/extraction.dev.json) and the layout zoo's (tests/Zoo) from falling.</summary>
[Collection(LayoutZoo.Collection)]
public sealed class ExtractionEvaluationTests(LayoutZoo zoo) : IDisposable
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

    /// <summary>
    /// Issue 13's bar on the layout zoo (tests/Zoo, judged by hand from the texts), file by file — the judgments the
    /// reader was built against (judgments.json) and each part written blind afterwards (holdout*.json): indicator
    /// recall at least 0.95, and no more than 5 % of the indicators extracted from fully judged documents invented — a
    /// figure reported as achieved, a restated target or a misread number.
    /// </summary>
    [Fact]
    [Trait("Category", "Slow")] // a whole-zoo run: left out of ./test.sh --fast (README: running the tests)
    public void The_layout_zoo_meets_the_indicator_bar()
    {
        var files = Directory.GetFiles(LayoutZoo.Directory, "*.json").Order(StringComparer.Ordinal).ToList();
        Assert.Contains(files, f => Path.GetFileName(f) == "judgments.json");
        Assert.True(files.Count >= 4, $"zoo judgment files missing in {LayoutZoo.Directory}: {string.Join(", ", files.Select(Path.GetFileName))}");
        var store = zoo.Store;

        var failures = new List<string>();
        // A file of fewer than 25 targets says too little for a rate on its own (a representative part has many pages that
        // set none: part T, 18): such files are pooled and the pool is held to the bar.
        var pooled = (Names: new List<string>(), Found: 0, Listed: 0, Invented: 0, Extracted: 0, Misses: new List<string>());
        foreach (var file in files)
        {
            using var gold = JsonDocument.Parse(File.ReadAllText(file));
            var report = ExtractionEvaluation.Evaluate(gold.RootElement, store);
            var name = Path.GetFileName(file);
            var misses = string.Join("\n", report.Documents.SelectMany(d => d.Misses.Where(m => m.Contains("indicator", StringComparison.Ordinal)).Select(m => $"  {d.Document} {m}")));
            // Every judged document is found in the store and every target the file lists is scored.
            var judgedDocuments = report.Documents.Count;
            var found = report.Documents.Count(d => d.DocumentId is not null);
            var listed = gold.RootElement.GetProperty("docs").EnumerateObject()
                .Sum(d => d.Value.TryGetProperty("indicators", out var targets) ? targets.GetArrayLength() : 0);
            // A file whose documents set no target may rightly yield no extraction (parts AN and AP: reports throughout).
            if (found != judgedDocuments || report.Indicators.Judged != listed || (listed > 0 && report.Invented.Judged == 0))
            {
                failures.Add($"{name} judges {judgedDocuments} documents ({found} found in the store), lists {listed} targets of which {report.Indicators.Judged} were scored, and {report.Invented.Judged} extractions: judgments or documents went missing");
            }
            if (listed < 25)
            {
                pooled.Names.Add(name);
                (pooled.Found, pooled.Listed, pooled.Invented, pooled.Extracted) =
                    (pooled.Found + report.Indicators.Correct, pooled.Listed + listed, pooled.Invented + report.Invented.Correct, pooled.Extracted + report.Invented.Judged);
                pooled.Misses.Add(misses);
                continue;
            }
            if (report.Indicators.Rate < 0.95 || report.Invented.Correct > 0.05 * report.Invented.Judged)
            {
                failures.Add($"{name}: recall {report.Indicators.Correct}/{report.Indicators.Judged}, invented {report.Invented.Correct}/{report.Invented.Judged}\n{misses}");
            }
        }
        Console.WriteLine($"pooled small files ({string.Join(", ", pooled.Names)}): recall {pooled.Found}/{pooled.Listed}, invented {pooled.Invented}/{pooled.Extracted}");
        if (pooled.Listed > 0 && (pooled.Found < 0.95 * pooled.Listed || pooled.Invented > 0.05 * pooled.Extracted))
        {
            failures.Add($"pooled {string.Join(", ", pooled.Names)}: recall {pooled.Found}/{pooled.Listed}, invented {pooled.Invented}/{pooled.Extracted}\n{string.Join("\n", pooled.Misses)}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>
    /// A judged name matches an extracted one that holds it, or that it holds with only the creating verb the extractor
    /// reads as the kind in front (新建社会公用计量标准 / 社会公用计量标准, a change), quotation marks, 的, the scope it opens on (全市) and
    /// 累计/新增 aside; a different name never does.
    /// </summary>
    [Theory]
    [InlineData("制造业产品质量合格率", "产品质量合格率", true)]
    [InlineData("社会公用计量标准", "新建社会公用计量标准", true)]
    [InlineData("省级名牌产品", "新增省级名牌产品", true)]
    [InlineData("国家、行业和地方标准", "新制修订国家、行业和地方标准", true)]
    [InlineData("社会公用计量标准", "建立社会公用计量标准", false)]
    [InlineData("产品", "新增产品", false)]
    [InlineData("食品抽检合格率", "制造业产品质量合格率", false)]
    [InlineData("消费品“三品”示范试点的城市", "三品示范试点城市", true)]
    [InlineData("强制检定的工作计量器具周期受检率", "强制检定工作计量器具周期受检率", true)]
    [InlineData("三品示范试点城市", "消费品三品示范试点城市", false)]
    [InlineData("服务业顾客满意度", "全市服务业顾客满意度", true)]
    [InlineData("地理标志商标", "地理标志商标累计", true)]
    [InlineData("“品字标浙江制造”企业", "“品字标浙江制造”企业新增", true)]
    [InlineData("质量强县(区、镇)", "培育建设质量强县(区、镇)", true)]
    [InlineData("服务业顾客满意度", "全市公共服务满意度", false)]
    public void A_judged_name_matches_an_extracted_one_that_holds_it_or_only_lacks_its_creating_verb(string extracted, string judged, bool matches) =>
        Assert.Equal(matches, ExtractionEvaluation.NameMatches(extracted, judged));
}
