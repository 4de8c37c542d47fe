using System.Diagnostics;
using System.Globalization;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using PolicyGraph.Core.Citations;
using PolicyGraph.Core.Precedent;
using PolicyGraph.Core.Queries;
using PolicyGraph.Core.Search;
using PolicyGraph.Core.Store;
using PolicyGraph.Ingest.Pipeline;
using PolicyGraph.Ingest.Reading;
using PolicyGraph.Testing;

namespace PolicyGraph.Bench;

public sealed record HttpLatency(int Connections, double P50Ms, double P99Ms, long Requests, double RequestsPerSecond, long Errors, long Non2xx);

/// <summary>Everything measured for one corpus size, in one process (so that its peak memory is its own).</summary>
public sealed record ScalePoint(
    int Documents, int Clauses, double InputMegabytes,
    double IngestSeconds, double BuildStoreIndexSeconds, double LinkSeconds, double IngestDocumentsPerSecond, double IngestMegabytesPerSecond,
    double BareIndexSeconds, double BareMegabytesPerSecond, double IngestToBareRatio,
    int Queries, Latency Search, Latency BareLucene, Latency Lineage, Latency Similar,
    IReadOnlyList<HttpLatency> Http, double? HttpP50ToBareP50, double? HttpP99ToBareP99,
    long PeakWorkingSetMegabytes, double IndexMegabytes, double StoreMegabytes, int Links);

/// <summary>
/// Issue 8's measurements: synthetic corpora of growing size (fictional regions at every level, 2012–2025, lower
/// levels restating higher ones), each ingested whole — reading, extraction, store, index and clause linking — and
/// set against bare Lucene.Net indexing the same clause texts with the same analyzer; then search in process and
/// through the HTTP API (wrk on loopback, 1 and 8 connections), lineage and similar-wording latency, peak memory,
/// index and store size. Each size runs in its own process.
/// </summary>
public static class ScaleBenchmark
{
    /// <summary>Runs every size in a child process and prints the table and the growth from the smallest to the largest.</summary>
    public static int Run(IReadOnlyList<int> sizes, int seed, bool http)
    {
        var points = new List<ScalePoint>();
        var self = Environment.ProcessPath!;
        var dll = typeof(ScaleBenchmark).Assembly.Location;
        foreach (var size in sizes)
        {
            var work = System.IO.Directory.CreateTempSubdirectory($"pg-scale-{size}-").FullName;
            var start = new ProcessStartInfo(self) { RedirectStandardOutput = true };
            if (Path.GetFileNameWithoutExtension(self) == "dotnet")
            {
                start.ArgumentList.Add(dll);
            }
            foreach (var a in new[] { "measure", "--docs", size.ToString(CultureInfo.InvariantCulture), "--seed", seed.ToString(CultureInfo.InvariantCulture), "--work", work })
            {
                start.ArgumentList.Add(a);
            }
            if (http)
            {
                start.ArgumentList.Add("--http");
            }
            Console.Error.WriteLine($"scale: {size} documents in {work}");
            using var child = Process.Start(start)!;
            var output = child.StandardOutput.ReadToEnd();
            child.WaitForExit();
            if (child.ExitCode != 0)
            {
                Console.Error.WriteLine($"scale: the {size}-document run failed (exit {child.ExitCode})");
                return 1;
            }
            points.Add(JsonSerializer.Deserialize<ScalePoint>(output, Json)!);
            // Each size as it completes, so that a long run shows its progress (and a cut-off run keeps its figures).
            Console.Error.WriteLine(Table([points[^1]]));
            System.IO.Directory.Delete(work, recursive: true);
        }
        Console.WriteLine(JsonSerializer.Serialize(points, new JsonSerializerOptions(Json) { WriteIndented = true }));
        Console.WriteLine();
        Console.WriteLine(Table(points));
        return 0;
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Table(IReadOnlyList<ScalePoint> points)
    {
        var b = new StringBuilder();
        b.AppendLine("| documents | clauses | MB | ingest s (build+store+index / link) | docs/s | bare Lucene s | ingest ÷ bare | search p50/p99 ms | bare p50/p99 ms | HTTP 1 conn p50/p99 ms | HTTP 8 conn p50/p99 ms (req/s) | lineage p50/p99 ms | similar p50/p99 ms | peak MB | index MB | store MB |");
        b.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var p in points)
        {
            string Http(int c) => p.Http.FirstOrDefault(h => h.Connections == c) is { } h ? $"{h.P50Ms:0.0} / {h.P99Ms:0.0}" + (c > 1 ? $" ({h.RequestsPerSecond:0})" : "") : "–";
            b.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {p.Documents:N0} | {p.Clauses:N0} | {p.InputMegabytes:0.0} | {p.IngestSeconds:0.0} ({p.BuildStoreIndexSeconds:0.0} / {p.LinkSeconds:0.0}) | {p.IngestDocumentsPerSecond:0} | {p.BareIndexSeconds:0.00} | {p.IngestToBareRatio:0.0}× | {p.Search.P50Ms:0.0} / {p.Search.P99Ms:0.0} | {p.BareLucene.P50Ms:0.0} / {p.BareLucene.P99Ms:0.0} | {Http(1)} | {Http(8)} | {p.Lineage.P50Ms:0.0} / {p.Lineage.P99Ms:0.0} | {p.Similar.P50Ms:0.0} / {p.Similar.P99Ms:0.0} | {p.PeakWorkingSetMegabytes:N0} | {p.IndexMegabytes:0} | {p.StoreMegabytes:0} |"));
        }
        if (points.Count > 1)
        {
            var (first, last) = (points[0], points[^1]);
            var size = (double)last.Documents / first.Documents;
            b.AppendLine();
            b.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"Growth {first.Documents:N0} → {last.Documents:N0} documents ({size:0.#}×): ingest {last.IngestSeconds / first.IngestSeconds:0.0}×, " +
                $"bare indexing {last.BareIndexSeconds / first.BareIndexSeconds:0.0}×, search p50 {last.Search.P50Ms / first.Search.P50Ms:0.0}× and p99 {last.Search.P99Ms / first.Search.P99Ms:0.0}×, " +
                $"peak memory {(double)last.PeakWorkingSetMegabytes / first.PeakWorkingSetMegabytes:0.0}×."));
        }
        return b.ToString();
    }

    /// <summary>One size, in this process.</summary>
    public static ScalePoint Measure(int documents, int seed, string root, bool http)
    {
        var input = Path.Combine(root, "input");
        var corpus = new SyntheticCorpus(seed);
        corpus.WriteTo(input, corpus.Generate(documents));
        var megabytes = System.IO.Directory.GetFiles(input).Sum(f => new FileInfo(f).Length) / 1024.0 / 1024.0;
        var data = Path.Combine(root, "data");

        // Ours first (the full ingest), then bare Lucene.Net on the clause texts that ingest produced.
        List<(string Id, string Text)> clauses;
        ScalePoint result;
        using (var store = new SqliteGraphStore(data))
        using (var index = new ClauseIndex(data))
        {
            var clock = Stopwatch.StartNew();
            var report = new IngestPipeline(store, new DocumentReaders(ReaderLimits.Default), index).IngestPaths([input]);
            var ingestSeconds = clock.Elapsed.TotalSeconds;
            if (report.Failed.Count > 0)
            {
                throw new InvalidOperationException($"{report.Failed.Count} synthetic documents failed: {report.Failed[0].Error}");
            }
            clauses = store.ListDocuments().SelectMany(d => store.GetDocument(d.Id)!.Clauses).Select(c => (c.Id, c.SearchText)).ToList();

            using var bareDirectory = FSDirectory.Open(Path.Combine(root, "bare"));
            var bareSeconds = SearchBenchmark.BareIndex(bareDirectory, clauses);

            var queries = SearchBenchmark.Queries();
            var search = new SearchService(index, QueryInterpreter.Instance);
            using var bareReader = DirectoryReader.Open(bareDirectory);
            var bare = new IndexSearcher(bareReader) { Similarity = ClauseIndex.Similarity };
            var (ours, theirs) = SearchBenchmark.Alternate(queries, q => search.Search(new SearchRequest(q)), q => SearchBenchmark.BareSearch(bare, q), rounds: 5);

            var random = new Random(seed);
            var ids = store.ListDocuments().Select(d => d.Id).ToList();
            var lineage = new LineageService(store, DocumentRegistry.Instance);
            var lineageSamples = Time(Enumerable.Range(0, 200).Select(_ => ids[random.Next(ids.Count)]).ToList(), id => lineage.Of(id, depth: 2));
            var precedent = new PrecedentService(index, store);
            var passages = Enumerable.Range(0, 60).Select(_ => clauses[random.Next(clauses.Count)].Text).ToList();
            var similarSamples = Time(passages, text => precedent.Find(new SimilarRequest(text)));

            var links = ids.Sum(id => store.LinksFrom(id).Count(l => l.ChildDocId == id));
            var linkSeconds = report.Linked.Seconds;
            result = new ScalePoint(
                documents, clauses.Count, Math.Round(megabytes, 2),
                Math.Round(ingestSeconds, 2), Math.Round(ingestSeconds - linkSeconds, 2), Math.Round(linkSeconds, 2),
                Math.Round(documents / ingestSeconds, 1), Math.Round(megabytes / ingestSeconds, 3),
                Math.Round(bareSeconds, 2), Math.Round(megabytes / bareSeconds, 3), Math.Round(ingestSeconds / bareSeconds, 2),
                queries.Count, SearchBenchmark.Summarise(ours), SearchBenchmark.Summarise(theirs), SearchBenchmark.Summarise(lineageSamples), SearchBenchmark.Summarise(similarSamples),
                [], null, null,
                Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024),
                Math.Round(DirectoryMegabytes(Path.Combine(data, ClauseIndex.FolderName)), 1),
                Math.Round(System.IO.Directory.GetFiles(data, SqliteGraphStore.FileName + "*").Sum(f => new FileInfo(f).Length) / 1024.0 / 1024.0, 1),
                links);
        }
        if (http)
        {
            var measured = HttpBenchmark.Run(data, SearchBenchmark.Queries());
            result = result with
            {
                Http = measured,
                HttpP50ToBareP50 = Math.Round(measured.Max(h => h.P50Ms) / result.BareLucene.P50Ms, 2),
                HttpP99ToBareP99 = Math.Round(measured.Max(h => h.P99Ms) / result.BareLucene.P99Ms, 2),
            };
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return result;
    }

    private static List<double> Time<T>(IReadOnlyList<T> inputs, Action<T> action)
    {
        foreach (var input in inputs.Take(10))
        {
            action(input);
        }
        var samples = new List<double>();
        var clock = new Stopwatch();
        foreach (var input in inputs)
        {
            clock.Restart();
            action(input);
            samples.Add(clock.Elapsed.TotalMilliseconds);
        }
        return samples;
    }

    private static double DirectoryMegabytes(string path) =>
        System.IO.Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) / 1024.0 / 1024.0;
}

/// <summary>
/// Search through the HTTP API: the site's host started on the data directory (rate limits raised and request
/// logging at warnings, as a load test needs), wrk from Debian's packages on loopback, the reference queries in
/// turn, 1 and then 8 connections.
/// </summary>
public static class HttpBenchmark
{
    public static IReadOnlyList<HttpLatency> Run(string data, IReadOnlyList<string> queries, int seconds = 10)
    {
        if (!OnPath("wrk"))
        {
            throw new InvalidOperationException("wrk is not installed: sudo apt-get install -y wrk");
        }
        var root = Repository.Root();
        var web = Path.Combine(root, "src", "PolicyGraph.Web", "bin", "Release", "net10.0", "PolicyGraph.Web.dll");
        if (!File.Exists(web))
        {
            throw new InvalidOperationException($"{web} is not built: dotnet build src/PolicyGraph.Web -c Release");
        }
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { web, "--data", data, "--urls", $"http://127.0.0.1:{port}", "--PolicyGraph:RequestsPerMinute", "0", "--Logging:LogLevel:Default", "Warning" })
        {
            start.ArgumentList.Add(a);
        }
        using var host = Process.Start(start)!;
        host.OutputDataReceived += (_, _) => { };
        host.ErrorDataReceived += (_, _) => { };
        host.BeginOutputReadLine();
        host.BeginErrorReadLine();
        try
        {
            WaitUntilUp($"http://127.0.0.1:{port}/api/health", host);
            var script = Path.Combine(Path.GetTempPath(), $"pg-wrk-{port}.lua");
            File.WriteAllText(script, Script(queries));
            var results = new List<HttpLatency>();
            // Warm the host (JIT, caches) before measuring.
            Wrk(port, script, connections: 2, seconds: 3);
            foreach (var connections in new[] { 1, 8 })
            {
                results.Add(Wrk(port, script, connections, seconds));
            }
            File.Delete(script);
            return results;
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            host.WaitForExit();
        }
    }

    internal static HttpLatency Wrk(int port, string script, int connections, int seconds)
    {
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true };
        foreach (var a in new[] { "-t", Math.Min(connections, 2).ToString(CultureInfo.InvariantCulture), "-c", connections.ToString(CultureInfo.InvariantCulture), "-d", $"{seconds}s", "-s", script, $"http://127.0.0.1:{port}" })
        {
            start.ArgumentList.Add(a);
        }
        using var wrk = Process.Start(start)!;
        var output = wrk.StandardOutput.ReadToEnd();
        wrk.WaitForExit();
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("wrk gave no result:\n" + output);
        using var json = JsonDocument.Parse(line["RESULT ".Length..]);
        var r = json.RootElement;
        double Ms(string name) => Math.Round(r.GetProperty(name).GetDouble() / 1000.0, 3);
        var requests = r.GetProperty("requests").GetInt64();
        return new HttpLatency(connections, Ms("p50"), Ms("p99"), requests, Math.Round(requests / (r.GetProperty("duration").GetDouble() / 1e6), 1),
            r.GetProperty("errors").GetInt64(), r.GetProperty("non2xx").GetInt64());
    }

    /// <summary>A wrk script that asks the queries in turn and prints the latency percentiles (microseconds) as JSON.</summary>
    internal static string Script(IReadOnlyList<string> queries)
    {
        var paths = string.Join(",\n", queries.Select(q => $"  \"/api/search?q={Uri.EscapeDataString(q)}\""));
        return $$"""
            local paths = {
            {{paths}}
            }
            local i = 0
            request = function()
              i = i + 1
              return wrk.format("GET", paths[(i % #paths) + 1])
            end
            done = function(summary, latency, requests)
              local e = summary.errors
              io.write(string.format('RESULT {"p50":%d,"p99":%d,"requests":%d,"duration":%d,"errors":%d,"non2xx":%d}\n',
                latency:percentile(50), latency:percentile(99), summary.requests, summary.duration,
                e.connect + e.read + e.write + e.timeout, e.status))
            end
            """;
    }

    internal static void WaitUntilUp(string url, Process host)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (host.HasExited)
            {
                throw new InvalidOperationException($"the web host exited with {host.ExitCode}");
            }
            try
            {
                if (client.GetAsync(url).GetAwaiter().GetResult().IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            Thread.Sleep(250);
        }
        throw new TimeoutException($"{url} did not answer within two minutes");
    }

    internal static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    internal static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => File.Exists(Path.Combine(d, program)));
}

public sealed record LoadResult(int Documents, double IngestSeconds, int IngestedDocuments, int FailedDocuments, double WrkSeconds, HttpLatency Search, bool ZeroErrors);

/// <summary>
/// Issue 9's load test: the site's host on loopback answering searches from wrk (8 connections) while an upload of
/// synthetic documents is ingested through POST /api/ingest, in batches, for the whole of wrk's run. Counts every
/// socket error and every answer that is not 2xx.
/// </summary>
public static class LoadBenchmark
{
    public static LoadResult Run(int documents, int seed, int seconds)
    {
        var root = System.IO.Directory.CreateTempSubdirectory("pg-load-").FullName;
        var corpus = new SyntheticCorpus(seed);
        var uploads = corpus.Generate(documents).Select(d => (d.FileName, Bytes: Encoding.UTF8.GetBytes(d.Text))).ToList();
        var web = Path.Combine(Repository.Root(), "src", "PolicyGraph.Web", "bin", "Release", "net10.0", "PolicyGraph.Web.dll");
        var port = HttpBenchmark.FreePort();
        const string key = "load-test-key";
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { web, "--data", Path.Combine(root, "data"), "--urls", $"http://127.0.0.1:{port}", "--PolicyGraph:RequestsPerMinute", "0", "--PolicyGraph:WritesPerMinute", "0", "--Logging:LogLevel:Default", "Warning" })
        {
            start.ArgumentList.Add(a);
        }
        start.Environment["POLICYGRAPH_API_KEY"] = key;
        using var host = Process.Start(start)!;
        host.OutputDataReceived += (_, _) => { };
        host.ErrorDataReceived += (_, _) => { };
        host.BeginOutputReadLine();
        host.BeginErrorReadLine();
        try
        {
            HttpBenchmark.WaitUntilUp($"http://127.0.0.1:{port}/api/health", host);
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(10) };
            var ingested = 0;
            var failed = 0;
            var clock = Stopwatch.StartNew();
            var ingest = Task.Run(async () =>
            {
                foreach (var batch in uploads.Chunk(20))
                {
                    using var form = new MultipartFormDataContent();
                    foreach (var (name, bytes) in batch)
                    {
                        form.Add(new ByteArrayContent(bytes), "files", name);
                    }
                    using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest") { Content = form };
                    request.Headers.Add("X-Api-Key", key);
                    using var response = await client.SendAsync(request);
                    response.EnsureSuccessStatusCode();
                    using var report = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync());
                    ingested += report.RootElement.GetProperty("ingested").GetArrayLength();
                    failed += report.RootElement.GetProperty("failed").GetArrayLength();
                }
                return clock.Elapsed.TotalSeconds;
            });
            var script = Path.Combine(Path.GetTempPath(), $"pg-load-{port}.lua");
            File.WriteAllText(script, HttpBenchmark.Script(SearchBenchmark.Queries()));
            var wrkClock = Stopwatch.StartNew();
            var search = HttpBenchmark.Wrk(port, script, connections: 8, seconds);
            var wrkSeconds = wrkClock.Elapsed.TotalSeconds;
            var stillIngesting = !ingest.IsCompleted;
            var ingestSeconds = ingest.GetAwaiter().GetResult();
            File.Delete(script);
            if (!stillIngesting)
            {
                Console.Error.WriteLine("load: the ingest finished before wrk did; give more --docs for a load test over the whole ingest");
            }
            return new LoadResult(documents, Math.Round(ingestSeconds, 1), ingested, failed, Math.Round(wrkSeconds, 1), search,
                search.Errors == 0 && search.Non2xx == 0 && failed == 0 && stillIngesting);
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            host.WaitForExit();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            System.IO.Directory.Delete(root, recursive: true);
        }
    }
}

internal static class Repository
{
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PolicyGraph.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("cannot find the repository (PolicyGraph.sln) above " + AppContext.BaseDirectory);
    }
}
