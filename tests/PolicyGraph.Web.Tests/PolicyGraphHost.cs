using PolicyGraph.Api.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using PolicyGraph.Api.Extensions;
using PolicyGraph.Testing;

namespace PolicyGraph.Web.Tests;

/// <summary>
/// The web host on a fresh, empty data directory, with the repository's samples and an API key. Its rate limits are
/// high enough that no test is throttled (the limits have hosts of their own); its log events are recorded.
/// </summary>
public class PolicyGraphHost : WebApplicationFactory<Program>
{
    public const string ApiKey = "test-key-8e1f0c";

    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("pg-web-").FullName;

    public RecordedLogs Logs { get; } = new();

    /// <summary>An empty folder to give as <c>--samples</c>, for a host that starts with nothing in its store.</summary>
    protected string NoSamples => Directory.CreateDirectory(Path.Combine(DataDirectory, "no-samples")).FullName;

    /// <summary>The configuration the host starts with; a subclass changes or adds settings.</summary>
    protected virtual void Configure(IDictionary<string, string?> settings)
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = new Dictionary<string, string?>
        {
            ["data"] = DataDirectory,
            ["samples"] = RepositoryFiles.Samples,
            [PolicyGraphOptions.ApiKeyVariable] = ApiKey,
            ["PolicyGraph:RequestsPerMinute"] = "100000",
            ["PolicyGraph:WritesPerMinute"] = "10000",
        };
        Configure(settings);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}

/// <summary>
/// The classes that only read what the host ingested from samples/ on its first start share one host: one start and
/// one ingest for all of them. A class that writes, or counts log events, has a host of its own.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SamplesSite : ICollectionFixture<PolicyGraphHost>
{
    public const string Name = "samples site";
}

/// <summary>A host whose store starts empty, so that what a test uploads is all there is.</summary>
public sealed class EmptyStoreHost : PolicyGraphHost
{
    protected override void Configure(IDictionary<string, string?> settings) => settings["samples"] = NoSamples;
}

/// <summary>A host started without <c>POLICYGRAPH_API_KEY</c> (set empty, in case the machine running the tests has one).</summary>
public sealed class HostWithoutApiKey : PolicyGraphHost
{
    protected override void Configure(IDictionary<string, string?> settings)
    {
        settings["samples"] = NoSamples;
        settings[PolicyGraphOptions.ApiKeyVariable] = "";
    }
}

/// <summary>A host allowing three requests a minute per client.</summary>
public sealed class RequestLimitedHost : PolicyGraphHost
{
    protected override void Configure(IDictionary<string, string?> settings)
    {
        settings["samples"] = NoSamples;
        settings["PolicyGraph:RequestsPerMinute"] = "3";
    }
}

/// <summary>A host allowing one write a minute per client.</summary>
public sealed class WriteLimitedHost : PolicyGraphHost
{
    protected override void Configure(IDictionary<string, string?> settings)
    {
        settings["samples"] = NoSamples;
        settings["PolicyGraph:WritesPerMinute"] = "1";
    }
}

/// <summary>
/// A host on Kestrel at a loopback port (the in-process test server enforces no body size), with small body limits
/// and one allowed CORS origin.
/// </summary>
public sealed class KestrelHost : PolicyGraphHost
{
    public const int MaxUploadBytes = 64 * 1024;
    public const int MaxJsonBytes = 4 * 1024;
    public const string AllowedOrigin = "https://intranet.example";

    public KestrelHost() => UseKestrel(0);

    protected override void Configure(IDictionary<string, string?> settings)
    {
        settings["samples"] = NoSamples;
        settings["PolicyGraph:MaxUploadBytes"] = MaxUploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["PolicyGraph:MaxJsonBytes"] = MaxJsonBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["PolicyGraph:CorsOrigins:0"] = AllowedOrigin;
    }
}
