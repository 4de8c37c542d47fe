using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace PolicyGraph.Ingest.Tests.Hostile;

/// <summary>
/// Runs a property over generated inputs, each on a task of its own under a time limit, so that a hang fails the
/// test instead of blocking the run (the hung thread is left behind; the rest of the run goes on). Each input has
/// its own seed, derived from the run's seed (<c>POLICYGRAPH_HOSTILE_SEED</c>, fixed by default so that CI sees
/// the same inputs every time), the property's name and the input's number: a failure names all three and saves
/// the input to a file, so that it reproduces. The count and the time of every property go to the test output.
/// </summary>
internal sealed class PropertyCheck(ITestOutputHelper output)
{
    public const string SeedVariable = "POLICYGRAPH_HOSTILE_SEED";

    /// <summary>The run's seed; set <see cref="SeedVariable"/> to another number (or "random") to explore further.</summary>
    public static readonly int RunSeed = ReadSeed();

    /// <summary>With <see cref="InputVariable"/> set to an input seed from a failure, only that input is checked (to debug it).</summary>
    public const string InputVariable = "POLICYGRAPH_HOSTILE_INPUT";

    private static readonly int? OnlyInput =
        int.TryParse(Environment.GetEnvironmentVariable(InputVariable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var only) ? only : null;

    /// <summary>
    /// The bound that tells a hang or a blow-up from slowness: the slowest input of any property takes well under a second
    /// (printed), the blow-ups these checks exist for took minutes (100,000 nested &lt;div&gt; took 78 s before the depth was
    /// checked), and a 2-core CI machine running four test projects and a browser side by side can stretch a second many
    /// times over. Every "finishes quickly" check in these tests uses it.
    /// </summary>
    public static readonly TimeSpan DefaultLimit = TimeSpan.FromSeconds(60);

    private static readonly JsonSerializerOptions SavedJson = new() { IncludeFields = true, WriteIndented = true };

    private static long _inputs;
    private static long _ticks;

    /// <summary>Checks <paramref name="property"/> on <paramref name="count"/> inputs made by <paramref name="generate"/>.</summary>
    public void ForAll<T>(string name, int count, Func<HostileInput, T> generate, Action<T> property, TimeSpan? limit = null)
    {
        var timeLimit = limit ?? DefaultLimit;
        var clock = Stopwatch.StartNew();
        var slowest = TimeSpan.Zero;
        var slowestSeed = 0;
        var checkedInputs = 0;
        for (var i = 0; i < count; i++)
        {
            var seed = InputSeed(name, i);
            if (OnlyInput is { } only && only != seed)
            {
                continue;
            }
            checkedInputs++;
            var input = generate(new HostileInput(seed));
            var one = Stopwatch.StartNew();
            var run = Task.Run(() => property(input));
            try
            {
                if (!run.Wait(timeLimit))
                {
                    Fail(name, i, seed, input, $"did not finish within {timeLimit.TotalSeconds:0.#} s (a hang or a blow-up)");
                }
            }
            catch (AggregateException e) when (e.InnerException is not null)
            {
                Fail(name, i, seed, input, e.InnerException.ToString());
            }
            if (one.Elapsed > slowest)
            {
                slowest = one.Elapsed;
                slowestSeed = seed;
            }
        }
        clock.Stop();
        var inputs = Interlocked.Add(ref _inputs, checkedInputs);
        var ticks = Interlocked.Add(ref _ticks, clock.Elapsed.Ticks);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {checkedInputs:N0} generated inputs in {clock.Elapsed.TotalSeconds:F2} s, slowest {slowest.TotalMilliseconds:F0} ms (input seed {slowestSeed}; run seed {RunSeed}; hostile-input properties so far in this run: {inputs:N0} inputs, {TimeSpan.FromTicks(ticks).TotalSeconds:F1} s)"));
    }

    /// <summary>The seed of one input: stable across processes (string.GetHashCode is not).</summary>
    public static int InputSeed(string name, int index)
    {
        var hash = 2166136261u;
        foreach (var c in name)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return (int)(hash ^ (uint)RunSeed * 2654435761u ^ (uint)index * 40503u);
    }

    [DoesNotReturn]
    private void Fail<T>(string name, int index, int seed, T input, string problem)
    {
        var saved = Save(name, seed, input);
        var message = $"property '{name}' failed on input #{index} (input seed {seed}, run seed {RunSeed}; rerun with {SeedVariable}={RunSeed}, and {InputVariable}={seed} for this input alone; the input is saved at {saved}): {problem}";
        output.WriteLine(message);
        throw new XunitException(message);
    }

    private static string Save<T>(string name, int seed, T input)
    {
        var directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "policygraph-hostile")).FullName;
        var path = Path.Combine(directory, $"{string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'))}-{seed}.bin");
        var bytes = input switch
        {
            byte[] b => b,
            string s => Encoding.UTF8.GetBytes(s),
            IHostileSample sample => sample.Bytes,
            // Tuples and records as JSON, fields included; lone surrogates come out escaped (\uD800).
            _ => JsonSerializer.SerializeToUtf8Bytes(input, SavedJson),
        };
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static int ReadSeed()
    {
        var value = Environment.GetEnvironmentVariable(SeedVariable);
        if (string.Equals(value, "random", StringComparison.OrdinalIgnoreCase))
        {
            return Random.Shared.Next();
        }
        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed) ? seed : 20261101;
    }
}

/// <summary>A generated input that is more than bytes (a file name with its bytes, a query with its filters), saved as its bytes.</summary>
internal interface IHostileSample
{
    byte[] Bytes { get; }
}
