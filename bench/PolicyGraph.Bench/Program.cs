using System.Diagnostics;
using System.Text.Json;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using PolicyGraph.Bench;
using PolicyGraph.Core.Contract;
using PolicyGraph.Core.Search;
using PolicyGraph.Core.Store;
using PolicyGraph.Ingest.Pipeline;
using PolicyGraph.Ingest.Reading;
using PolicyGraph.Testing;

// dotnet run --project bench/PolicyGraph.Bench -c Release -- search --docs 2000
// dotnet run --project bench/PolicyGraph.Bench -c Release -- link --docs 2000
// dotnet run --project bench/PolicyGraph.Bench -c Release -- generate --docs 100 --out /tmp/synthetic
// dotnet run --project bench/PolicyGraph.Bench -c Release -- scale --sizes 1000,2000,5000,10000 --http   (issue 8's table)
// dotnet run --project bench/PolicyGraph.Bench -c Release -- load --docs 1000 --seconds 20   (issue 9: wrk searches during an upload)
var verb = args.FirstOrDefault() ?? "search";
var docs = IntOption("--docs", 2000);
var seed = IntOption("--seed", 7);
var rounds = IntOption("--rounds", 5);
switch (verb)
{
    case "generate":
        var corpus = new SyntheticCorpus(seed);
        var outDir = StringOption("--out") ?? "synthetic";
        corpus.WriteTo(outDir, corpus.Generate(docs));
        Console.WriteLine($"{docs} documents written to {outDir}");
        return 0;
    case "search":
        Console.WriteLine(ContractJson.Serialize(SearchBenchmark.Run(docs, seed, rounds, StringOption("--work"))));
        return 0;
    case "link":
        Console.WriteLine(ContractJson.Serialize(LinkBenchmark.Run(docs, seed, StringOption("--work"))));
        return 0;
    case "scale":
        var sizes = (StringOption("--sizes") ?? "1000,2000,5000,10000").Split(',').Select(x => int.Parse(x, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return ScaleBenchmark.Run(sizes, seed, args.Contains("--http"));
    case "load":
        var load = LoadBenchmark.Run(docs, seed, IntOption("--seconds", 20));
        Console.WriteLine(ContractJson.Serialize(load));
        return load.ZeroErrors ? 0 : 1;
    case "measure":
        Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(
            ScaleBenchmark.Measure(docs, seed, StringOption("--work") ?? System.IO.Directory.CreateTempSubdirectory("pg-measure-").FullName, args.Contains("--http")),
            new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web)));
        return 0;
    default:
        Console.Error.WriteLine("usage: PolicyGraph.Bench search|link|scale|load|generate [--docs N] [--sizes A,B,…] [--http] [--seed S] [--rounds R] [--out DIR] [--work DIR]");
        return 1;
}

int IntOption(string name, int fallback) =>
    Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;

string? StringOption(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

namespace PolicyGraph.Bench
{
    public sealed record Latency(double P50Ms, double P99Ms, double MeanMs, int Samples);

    public sealed record SearchBenchmarkResult(
        int Documents, int Clauses, double InputMegabytes,
        double IngestSeconds, double IngestDocumentsPerSecond, double IngestMegabytesPerSecond,
        double BareIndexSeconds, double BareMegabytesPerSecond, double IngestToBareRatio,
        int Queries, Latency PolicyGraph, Latency BareLucene, double P50Ratio, double P99Ratio,
        long PeakWorkingSetMegabytes, int Segments);

    public sealed record LinkBenchmarkResult(
        int Documents, int Clauses, double IngestSeconds, double LinkSeconds, double LinkToIngestRatio,
        double LinkMillisecondsPerDocument, int LinkedDocuments, int Links, int InferredLinks, long PeakWorkingSetMegabytes);

    /// <summary>
    /// The cost of clause linking (issue 5): synthetic documents ingested without linking, then every document linked
    /// in one batch — its parents' and grandparents' clauses aligned and scored by the link model — as an ingest does.
    /// </summary>
    public static class LinkBenchmark
    {
        public static LinkBenchmarkResult Run(int documents, int seed, string? work)
        {
            var root = work ?? System.IO.Directory.CreateTempSubdirectory("pg-bench-link-").FullName;
            var input = Path.Combine(root, "input");
            var corpus = new SyntheticCorpus(seed);
            corpus.WriteTo(input, corpus.Generate(documents));
            var data = Path.Combine(root, "data");
            using var store = new SqliteGraphStore(data);
            using var index = new ClauseIndex(data);
            var pipeline = new IngestPipeline(store, new DocumentReaders(ReaderLimits.Default), index, linkClauses: false);
            var clock = Stopwatch.StartNew();
            var report = pipeline.IngestPaths([input]);
            var ingestSeconds = clock.Elapsed.TotalSeconds;
            if (report.Failed.Count > 0)
            {
                throw new InvalidOperationException($"{report.Failed.Count} synthetic documents failed: {report.Failed[0].Error}");
            }
            clock.Restart();
            var linked = new IngestPipeline(store, new DocumentReaders(ReaderLimits.Default), index).LinkPending();
            var linkSeconds = clock.Elapsed.TotalSeconds;
            var links = store.ListDocuments().SelectMany(d => store.LinksFrom(d.Id).Where(l => l.ChildDocId == d.Id)).ToList();
            var clauses = store.ListDocuments().Sum(d => d.ClauseCount);
            var result = new LinkBenchmarkResult(documents, clauses, Math.Round(ingestSeconds, 2), Math.Round(linkSeconds, 2),
                Math.Round(linkSeconds / ingestSeconds, 2), Math.Round(linkSeconds * 1000 / Math.Max(1, linked.Documents), 1),
                linked.Documents, links.Count, links.Count(l => l.Inferred), Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024));
            if (work is null)
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            }
            return result;
        }
    }

    /// <summary>
    /// Ingest (extraction included) and search latency of PolicyGraph against bare Lucene.Net indexing the same clause
    /// texts with the same CJK-bigram analyzer and answering the same queries, in one run on the same machine.
    /// </summary>
    public static class SearchBenchmark
    {
        public static SearchBenchmarkResult Run(int documents, int seed, int rounds, string? work)
        {
            var root = work ?? System.IO.Directory.CreateTempSubdirectory("pg-bench-").FullName;
            var input = Path.Combine(root, "input");
            var corpus = new SyntheticCorpus(seed);
            corpus.WriteTo(input, corpus.Generate(documents));
            var bytes = System.IO.Directory.GetFiles(input).Sum(f => new FileInfo(f).Length);
            var megabytes = bytes / 1024.0 / 1024.0;

            var data = Path.Combine(root, "data");
            using var store = new SqliteGraphStore(data);
            using var index = new ClauseIndex(data);
            var clock = Stopwatch.StartNew();
            // Ingest without clause linking, as bare Lucene does no linking either: the link benchmark measures that step.
            var report = new IngestPipeline(store, new DocumentReaders(ReaderLimits.Default), index, linkClauses: false).IngestPaths([input]);
            index.Commit();
            var segments = index.Search(s => s.IndexReader.Leaves.Count);
            var ingestSeconds = clock.Elapsed.TotalSeconds;
            if (report.Failed.Count > 0)
            {
                throw new InvalidOperationException($"{report.Failed.Count} synthetic documents failed: {report.Failed[0].Error}");
            }

            var clauses = store.ListDocuments().SelectMany(d => store.GetDocument(d.Id)!.Clauses).Select(c => (c.Id, c.SearchText)).ToList();
            using var bareDirectory = FSDirectory.Open(Path.Combine(root, "bare"));
            var bareSeconds = BareIndex(bareDirectory, clauses);

            var queries = Queries();
            var search = new SearchService(index, QueryInterpreter.Instance);
            using var bareReader = DirectoryReader.Open(bareDirectory);
            var bare = new IndexSearcher(bareReader) { Similarity = ClauseIndex.Similarity };
            var (ours, theirs) = Alternate(queries, q => search.Search(new SearchRequest(q)), q => BareSearch(bare, q), rounds);
            var policy = Summarise(ours);
            var lucene = Summarise(theirs);
            var result = new SearchBenchmarkResult(
                documents, clauses.Count, Math.Round(megabytes, 2),
                Math.Round(ingestSeconds, 2), Math.Round(documents / ingestSeconds, 1), Math.Round(megabytes / ingestSeconds, 3),
                Math.Round(bareSeconds, 2), Math.Round(megabytes / bareSeconds, 3), Math.Round(ingestSeconds / bareSeconds, 2),
                queries.Count, policy, lucene, Math.Round(policy.P50Ms / lucene.P50Ms, 2), Math.Round(policy.P99Ms / lucene.P99Ms, 2),
                Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024), segments);
            if (work is null)
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            }
            return result;
        }

        /// <summary>
        /// Warms both engines on every query, settles the garbage the ingest left, then times them alternately, so
        /// that neither gets a quieter machine.
        /// </summary>
        public static (List<double> Ours, List<double> Theirs) Alternate(IReadOnlyList<string> queries, Action<string> ours, Action<string> theirs, int rounds)
        {
            for (var w = 0; w < 2; w++)
            {
                foreach (var q in queries)
                {
                    ours(q);
                    theirs(q);
                }
            }
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var a = new List<double>();
            var b = new List<double>();
            var clock = new Stopwatch();
            for (var r = 0; r < rounds; r++)
            {
                foreach (var q in queries)
                {
                    clock.Restart();
                    ours(q);
                    a.Add(clock.Elapsed.TotalMilliseconds);
                    clock.Restart();
                    theirs(q);
                    b.Add(clock.Elapsed.TotalMilliseconds);
                }
            }
            return (a, b);
        }

        /// <summary>Bare Lucene.Net indexing: each clause's text in one field with the same CJK-bigram analyzer, one commit; returns the seconds.</summary>
        public static double BareIndex(Lucene.Net.Store.Directory directory, IEnumerable<(string Id, string Text)> clauses)
        {
            var clock = Stopwatch.StartNew();
            using (var writer = new IndexWriter(directory, new IndexWriterConfig(PolicyAnalysis.Version, PolicyAnalysis.Bigrams) { RAMBufferSizeMB = 64 }))
            {
                foreach (var (id, text) in clauses)
                {
                    writer.AddDocument(new Document { new StringField("id", id, Field.Store.YES), new TextField("text", text, Field.Store.YES) });
                }
                writer.Commit();
            }
            return clock.Elapsed.TotalSeconds;
        }

        /// <summary>Bare Lucene.Net: the query's bigrams as SHOULD terms on the one text field, top 10, their stored ids fetched.</summary>
        public static void BareSearch(IndexSearcher searcher, string query)
        {
            var text = PolicyGraph.Core.Text.SearchNormaliser.ToSearchText(query);
            var q = new BooleanQuery();
            foreach (var (term, _, _, _) in PolicyAnalysis.Terms(PolicyAnalysis.Bigrams, "text", text).DistinctBy(t => t.Term))
            {
                q.Add(new TermQuery(new Term("text", term)), Occur.SHOULD);
            }
            foreach (var hit in searcher.Search(q, 10).ScoreDocs)
            {
                _ = searcher.Doc(hit.Doc).Get("text");
            }
        }

        /// <summary>The development and team judgments' queries, and wording the generator uses.</summary>
        public static List<string> Queries()
        {
            var queries = new List<string>
            {
                "首席质量官", "质量信用黑名单", "计量器具受检率", "缺陷产品召回", "质量月", "质量奖", "顾客满意度",
                "哪些地方要求建立首席质量官制度？", "質量信用黑名單", "中发[2017]24号", "宏观质量统计", "電梯安全", "质量技术监督局",
                "知识产权保护", "怎样健全质量奖励制度？", "特种设备安全监管", "产品质量安全责任保险", "農業標準化示範區", "卓越绩效管理模式",
                "产品质量监督抽查合格率", "主要农产品质量安全抽检合格率", "建设工程一次验收合格率", "服务业顾客满意度指数",
                "推进标准化工作改革", "加强质量人才队伍建设", "检验检测机构市场化改革", "国家级和省级质检中心", "工程质量终身责任制",
                "质量专业技术人才培养", "市场监管局牵头", "发展和改革委员会", "落实企业法定代表人质量第一责任",
            };
            return queries;
        }

        public static Latency Summarise(List<double> samples)
        {
            var sorted = samples.Order().ToList();
            double At(double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
            return new Latency(Math.Round(At(0.5), 3), Math.Round(At(0.99), 3), Math.Round(sorted.Average(), 3), sorted.Count);
        }
    }
}
