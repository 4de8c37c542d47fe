using PolicyGraph.Api.Hosting;
using PolicyGraph.Ingest.Pipeline;

namespace PolicyGraph.Web.Tests;

public sealed class IngestGateTests
{
    [Fact]
    public async Task Uploads_arriving_together_go_through_the_pipeline_one_at_a_time()
    {
        var inside = 0;
        var mostInside = 0;
        using var entered = new SemaphoreSlim(0);
        using var release = new ManualResetEventSlim();
        using var gate = new IngestGate(uploads =>
        {
            InterlockedMax(ref mostInside, Interlocked.Increment(ref inside));
            entered.Release();
            release.Wait();
            Interlocked.Decrement(ref inside);
            return new IngestReport(uploads.Select(u => new IngestedFile("id-" + u.Name, u.Name, null)).ToList(), [], []) { Linked = new LinkReport(2, 4, 1.0) };
        });

        // Each caller on a thread of its own, so that nothing but the gate keeps them apart.
        var calls = Enumerable.Range(0, 4).Select(i => Task.Factory.StartNew(
            () => gate.IngestAsync([new Upload($"a{i}.txt", [1]), new Upload($"b{i}.txt", [2])], CancellationToken.None),
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap()).ToList();
        Assert.True(await entered.WaitAsync(TimeSpan.FromMinutes(1)));
        Assert.False(await entered.WaitAsync(TimeSpan.FromMilliseconds(300)));
        release.Set();
        var reports = await Task.WhenAll(calls);

        Assert.Equal(1, mostInside);
        Assert.All(reports, r => Assert.Equal(2, r.Ingested.Count));
        Assert.All(reports, r => Assert.Equal(new LinkReport(2, 4, 1.0), r.Linked));
        Assert.Equal(8, reports.SelectMany(r => r.Ingested).Select(f => f.Source).Distinct().Count());
    }

    [Fact]
    public async Task A_caller_that_gives_up_while_waiting_leaves_the_gate_usable()
    {
        using var release = new ManualResetEventSlim();
        using var entered = new SemaphoreSlim(0);
        using var gate = new IngestGate(uploads =>
        {
            entered.Release();
            release.Wait();
            return new IngestReport([], uploads.Select(u => new UnchangedFile("id", u.Name)).ToList(), []);
        });
        var first = Task.Run(() => gate.IngestAsync([new Upload("first.txt", [1])], CancellationToken.None));
        // The first caller holds the gate before the second asks (a fixed delay is a race on a busy machine).
        Assert.True(await entered.WaitAsync(TimeSpan.FromMinutes(1)), "the first caller never entered the gate");
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gate.IngestAsync([new Upload("second.txt", [1])], cancel.Token));
        release.Set();
        Assert.Equal("first.txt", Assert.Single((await first).Unchanged).Source);
        Assert.Equal("third.txt", Assert.Single((await gate.IngestAsync([new Upload("third.txt", [1])], CancellationToken.None)).Unchanged).Source);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
