using PolicyGraph.Testing;

namespace PolicyGraph.Ingest.Tests.Durability;

/// <summary>
/// A kill that lands while the index's first commit is written leaves a segments file cut short and no earlier commit:
/// the next writer drops that index and rebuilds it from the store (found by the fifty-kill test at stop 26, once in a run).
/// </summary>
public sealed class IndexRecoveryTests : IDisposable
{
    private readonly TemporaryDirectory _temporary = new();

    public void Dispose() => _temporary.Dispose();

    [Fact]
    public void An_index_whose_only_commit_was_cut_short_is_rebuilt_from_the_store()
    {
        var input = Path.Combine(_temporary.Path, "input");
        var data = Path.Combine(_temporary.Path, "data");
        var corpus = new SyntheticCorpus(seed: 5);
        corpus.WriteTo(input, corpus.Generate(3));
        var (code, error) = Cli.Run("ingest", input, "--data", data, "--json");
        Assert.True(code == 0, error);
        var index = Path.Combine(data, "index");
        var commits = Directory.GetFiles(index, "segments_*").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(commits);
        // Only the first commit left, cut after a few bytes, as a SIGKILL during its write leaves it.
        foreach (var later in commits.Skip(1))
        {
            File.Delete(later);
        }
        File.Delete(Path.Combine(index, "segments.gen")); // absent is fine: File.Delete ignores a missing file
        var first = File.ReadAllBytes(commits[0]);
        File.WriteAllBytes(commits[0], first[..Math.Min(6, first.Length)]);

        Assert.Equal(3, DataDirectoryCheck.Whole(data));
    }
}
