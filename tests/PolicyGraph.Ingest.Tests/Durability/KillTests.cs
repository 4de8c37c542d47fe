using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using PolicyGraph.Bench;
using PolicyGraph.Core.Search;
using PolicyGraph.Core.Store;
using PolicyGraph.Tests;
using Fields = PolicyGraph.Core.Search.Fields;
using Xunit.Abstractions;

namespace PolicyGraph.Ingest.Tests.Durability;

/// <summary>
/// Crash safety (issue 9): <c>policygraph ingest</c> of a hundred documents killed with SIGKILL at random moments,
/// fifty times. After each kill the directory is opened as every writer opens it (its lock taken, the index brought
/// in step with the store), and then every listed document must be whole: all its clauses in the store and each
/// in the index once, found by its own text. A last, uninterrupted ingest must leave each file exactly once.
/// </summary>
public sealed class KillTests(ITestOutputHelper output) : IDisposable
{
    private const int Documents = 100;
    private const int Kills = 50;
    private readonly TemporaryDirectory _temporary = new();

    public void Dispose() => _temporary.Dispose();

    [Fact]
    public void Fifty_SIGKILLs_during_ingest_leave_every_listed_document_whole_in_the_store_and_the_index()
    {
        var input = Path.Combine(_temporary.Path, "input");
        var data = Path.Combine(_temporary.Path, "data");
        var corpus = new SyntheticCorpus(seed: 11);
        corpus.WriteTo(input, corpus.Generate(Documents));
        var files = Directory.GetFiles(input).Order(StringComparer.Ordinal).ToList();
        var random = new Random(20261123);
        var clock = Stopwatch.StartNew();
        var (kills, completed, checkedDocuments, edits) = (0, 0, 0, 0);
        var killedAt = new List<int>();
        while (kills < Kills)
        {
            Assert.True(kills + completed < 4 * Kills, $"only {kills} of {Kills} kills landed in {kills + completed} runs: ingest finishes too fast for the delays");
            using var ingest = Cli.Start("ingest", input, "--data", data, "--json");
            var delay = random.Next(100, 2500);
            if (ingest.WaitForExit(delay))
            {
                Assert.True(ingest.ExitCode == 0, $"an uninterrupted ingest failed ({ingest.ExitCode}): {ingest.StandardError.ReadToEnd()}");
                completed++;
                // Give the next run work to be killed in: a fifth of the files change.
                foreach (var file in files.OrderBy(_ => random.Next()).Take(Documents / 5))
                {
                    File.AppendAllText(file, $"\n({edits++})推进质量基础设施建设第{edits}项工作。\n");
                }
                continue;
            }
            ingest.Kill();
            ingest.WaitForExit();
            kills++;
            killedAt.Add(delay);
            checkedDocuments += CheckWhole(data);
        }
        var final = Cli.Run("ingest", input, "--data", data, "--json");
        Assert.True(final.Code == 0, final.Error);
        checkedDocuments += CheckWhole(data);
        using (var store = new SqliteGraphStore(data))
        {
            var documents = store.ListDocuments();
            Assert.Equal(files, documents.Select(d => d.SourceKey).Order(StringComparer.Ordinal));
            Assert.Empty(store.PendingLinks());
        }
        output.WriteLine($"{kills} SIGKILLs (at {killedAt.Min()}–{killedAt.Max()} ms, median {killedAt.Order().ElementAt(killedAt.Count / 2)} ms after start) " +
                         $"and {completed} runs that finished first, {edits} file edits; {checkedDocuments} document checks, no inconsistency; {clock.Elapsed.TotalSeconds:0} s");
    }

    /// <summary>Opens the directory as a writer does (lock, then the index brought in step), and checks every listed document; returns how many.</summary>
    private static int CheckWhole(string data)
    {
        using var writer = DataDirectoryLock.Acquire(data, "the kill test");
        using var store = new SqliteGraphStore(data);
        using var index = new ClauseIndex(data);
        index.Reconcile(store);
        var documents = store.ListDocuments();
        Assert.Equal(documents.Count, documents.Select(d => d.SourceKey).Distinct(StringComparer.Ordinal).Count());
        index.Search(searcher =>
        {
            var markers = searcher.Search(new TermQuery(new Term(Fields.Kind, Fields.KindDocument)), int.MaxValue).TotalHits;
            Assert.Equal(documents.Count, markers);
            var clauses = searcher.Search(new TermQuery(new Term(Fields.Kind, Fields.KindClause)), int.MaxValue).TotalHits;
            Assert.Equal(documents.Sum(d => d.ClauseCount), clauses);
            foreach (var info in documents)
            {
                var graph = store.GetDocument(info.Id);
                Assert.NotNull(graph);
                Assert.True(graph.Clauses.Count > 0 && graph.Clauses.Count == info.ClauseCount, $"{info.Source}: {graph.Clauses.Count} clauses, {info.ClauseCount} listed");
                var ofDocument = new TermQuery(new Term(Fields.DocId, info.Id));
                Assert.Equal(info.ClauseCount, searcher.Search(new BooleanQuery { { ofDocument, Occur.MUST }, { new TermQuery(new Term(Fields.Kind, Fields.KindClause)), Occur.MUST } }, 1).TotalHits);
                // Found by its own text: the last clause's bigrams find it among the document's clauses.
                var text = new BooleanQuery();
                foreach (var term in PolicyAnalysis.Terms(PolicyAnalysis.Bigrams, Fields.Text, graph.Clauses[^1].SearchText).Select(t => t.Term).Distinct().Take(64))
                {
                    text.Add(new TermQuery(new Term(Fields.Text, term)), Occur.SHOULD);
                }
                var hits = searcher.Search(new BooleanQuery { { ofDocument, Occur.MUST }, { text, Occur.MUST } }, 3);
                Assert.Contains(graph.Clauses[^1].Id, hits.ScoreDocs.Select(h => searcher.Doc(h.Doc).Get(Fields.ClauseId)));
            }
            return 0;
        });
        return documents.Count;
    }
}
