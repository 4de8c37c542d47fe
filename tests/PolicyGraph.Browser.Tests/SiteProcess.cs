using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Reflection;
using System.Text;
using PolicyGraph.Testing;

namespace PolicyGraph.Browser.Tests;

/// <summary>
/// The site as users run it: <c>dotnet PolicyGraph.Web.dll --urls http://127.0.0.1:PORT --data TEMP</c>, started from
/// the solution's build output (this fixture builds nothing; the project reference makes a solution build build the
/// site first), on a fresh data directory so that it ingests <c>samples/</c> on first start. Ready when
/// <c>GET /api/health</c> counts the samples; killed, with its data directory deleted, on dispose.
/// </summary>
public class SiteProcess : IAsyncLifetime
{
    /// <summary>How many documents <c>samples/</c> holds: the site is ready when the store has them all.</summary>
    public const int SampleDocuments = 5;

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(180);

    private readonly TemporaryDirectory data = new();
    private readonly StringBuilder log = new();
    private Process? process;

    /// <summary>The API key the site is started with (POLICYGRAPH_API_KEY); none, so writes are disabled, unless a fixture sets one.</summary>
    public virtual string? ApiKey => null;

    /// <summary>Settings given on the site's command line (<c>--PolicyGraph:RequestsPerMinute</c>, <c>0</c> …).</summary>
    protected virtual IEnumerable<string> Settings => [];

    /// <summary>Where the site listens, e.g. <c>http://127.0.0.1:41234</c> (no trailing slash).</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>The site's data directory (store and index), fresh for this run.</summary>
    public string DataDirectory => data.Path;

    /// <summary>How long the site took from start to answering with the samples ingested.</summary>
    public TimeSpan StartTime { get; private set; }

    /// <summary>What the site wrote on stdout and stderr so far (its log).</summary>
    public string Log
    {
        get
        {
            lock (log)
            {
                return log.ToString();
            }
        }
    }

    /// <summary>The site's entry assembly in the build output of the configuration these tests were built in.</summary>
    public static string SiteAssembly => Path.Combine(RepositoryFiles.Root,
        typeof(SiteProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "SiteAssembly").Value!);

    public async Task InitializeAsync()
    {
        var dll = SiteAssembly;
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException(
                $"The site is not built: {dll} does not exist. Build the solution first (./test.sh does: dotnet test PolicyGraph.sln -c Release).", dll);
        }

        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo(DotnetHost())
        {
            // Started where the README starts it, at the repository root, so that it finds samples/ as it would there.
            WorkingDirectory = RepositoryFiles.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { dll, "--urls", BaseUrl, "--data", data.Path }.Concat(Settings))
        {
            start.ArgumentList.Add(arg);
        }
        // No colours or console width tricks in the captured log.
        start.Environment["DOTNET_SYSTEM_CONSOLE_ALLOW_ANSI_COLOR_REDIRECTION"] = "false";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        // Writes stay disabled unless a fixture turns them on, as on a server started without a key.
        start.Environment.Remove("POLICYGRAPH_API_KEY");
        if (ApiKey is not null)
        {
            start.Environment["POLICYGRAPH_API_KEY"] = ApiKey;
        }

        var clock = Stopwatch.StartNew();
        process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        // Should the test host die without disposing its fixtures, the site must not outlive it.
        AppDomain.CurrentDomain.ProcessExit += KillOnExit;

        await WaitUntilReady(clock);
        StartTime = clock.Elapsed;
    }

    private async Task WaitUntilReady(Stopwatch clock)
    {
        using var http = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(10) };
        string last = "no answer yet";
        while (clock.Elapsed < StartTimeout)
        {
            if (process!.HasExited)
            {
                throw new InvalidOperationException(
                    $"The site exited with code {process.ExitCode} before it was ready ({Describe()}).{Environment.NewLine}Its output:{Environment.NewLine}{Log}");
            }
            try
            {
                using var response = await http.GetAsync("/api/health");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    var health = await response.Content.ReadFromJsonAsync<Health>();
                    if (health?.Documents == SampleDocuments)
                    {
                        return;
                    }
                    last = $"/api/health says {health?.Documents} documents";
                }
                else
                {
                    last = $"/api/health answered {(int)response.StatusCode}";
                }
            }
            catch (HttpRequestException e)
            {
                last = e.Message; // not listening yet: it ingests the samples before it starts serving
            }
            catch (TaskCanceledException)
            {
                last = "/api/health did not answer within 10 s";
            }
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
        throw new TimeoutException(
            $"The site was not ready with {SampleDocuments} documents within {StartTimeout.TotalSeconds:0} s ({Describe()}; last: {last}).{Environment.NewLine}Its output:{Environment.NewLine}{Log}");
    }

    public Task DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= KillOnExit;
        Kill();
        process?.Dispose();
        data.Dispose();
        return Task.CompletedTask;
    }

    private void KillOnExit(object? sender, EventArgs e) => Kill();

    private void Kill()
    {
        try
        {
            if (process is { HasExited: false })
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(TimeSpan.FromSeconds(10));
            }
        }
        catch (InvalidOperationException)
        {
            // never started, or already gone
        }
    }

    private string Describe() => $"dotnet {SiteAssembly} --urls {BaseUrl} --data {data.Path}";

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (log)
        {
            log.AppendLine(line);
        }
    }

    /// <summary>The dotnet host running these tests (the CLI tells its children), else the one on PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed record Health(string Status, int Documents);
}
