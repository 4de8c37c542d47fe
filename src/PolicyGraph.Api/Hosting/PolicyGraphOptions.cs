using Microsoft.Extensions.Configuration;
using PolicyGraph.Ingest.Reading;

namespace PolicyGraph.Api.Hosting;

/// <summary>
/// Settings of the hosted product, bound from configuration: <c>--data</c> and <c>--samples</c> on the command line,
/// the API key from the environment variable <c>POLICYGRAPH_API_KEY</c>, and the HTTP limits under <c>PolicyGraph:</c>.
/// </summary>
public sealed class PolicyGraphOptions
{
    /// <summary>Data directory holding the store and the index (contract.md: <c>--data</c>, default <c>./data</c>).</summary>
    public string Data { get; set; } = "./data";

    /// <summary>Documents ingested on first start when the store is empty; found above the working directory when unset.</summary>
    public string? Samples { get; set; }

    /// <summary>The key a caller must send in <c>X-Api-Key</c> to write (contract.md); with none set, writes are refused.</summary>
    [ConfigurationKeyName(ApiKeyVariable)]
    public string? ApiKey { get; set; }

    /// <summary>Request size limits, rate limits and CORS origins: the <c>PolicyGraph</c> section.</summary>
    [ConfigurationKeyName(ApiOptions.Section)]
    public ApiOptions Api { get; set; } = new();

    /// <summary>The environment variable (and configuration key) holding the API key.</summary>
    public const string ApiKeyVariable = "POLICYGRAPH_API_KEY";

    /// <summary>Whether writes are possible at all: a key is configured.</summary>
    public bool WritesEnabled => !string.IsNullOrWhiteSpace(ApiKey);

    /// <summary>Refuses settings the host cannot run with, naming each by its configuration path.</summary>
    public void Validate()
    {
        var errors = Api.Errors().ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("Invalid configuration: " + string.Join("; ", errors));
        }
    }
}

/// <summary>
/// What the HTTP API accepts, per request and per client: configuration keys <c>PolicyGraph:MaxUploadBytes</c> …
/// (on the command line <c>--PolicyGraph:MaxUploadBytes=…</c>, in the environment <c>PolicyGraph__MaxUploadBytes</c>).
/// </summary>
public sealed class ApiOptions
{
    public const string Section = "PolicyGraph";

    /// <summary>Largest request body in bytes, which is what an upload to <c>POST /api/ingest</c> may carry (default: the readers' 20 MB file limit).</summary>
    public long MaxUploadBytes { get; set; } = ReaderLimits.Default.MaxFileBytes;

    /// <summary>Largest JSON body in bytes (<c>POST /api/similar</c>).</summary>
    public long MaxJsonBytes { get; set; } = 64 * 1024;

    /// <summary>Requests a client (by remote address) may make per minute, whatever they are; 0 for no limit (behind a proxy that limits).</summary>
    public int RequestsPerMinute { get; set; } = 300;

    /// <summary>Writes (<c>POST /api/ingest</c>) a client may make per minute, on top of <see cref="RequestsPerMinute"/>; 0 for no limit.</summary>
    public int WritesPerMinute { get; set; } = 20;

    /// <summary>Origins whose pages may call the API from a browser (CORS); none by default, so no CORS headers are sent.</summary>
    public string[] CorsOrigins { get; set; } = [];

    internal IEnumerable<string> Errors()
    {
        if (MaxUploadBytes <= 0)
        {
            yield return $"{Section}:{nameof(MaxUploadBytes)} must be positive (it is {MaxUploadBytes})";
        }
        if (MaxJsonBytes <= 0 || MaxJsonBytes > MaxUploadBytes)
        {
            yield return $"{Section}:{nameof(MaxJsonBytes)} must be positive and at most {Section}:{nameof(MaxUploadBytes)} (it is {MaxJsonBytes})";
        }
        if (RequestsPerMinute < 0)
        {
            yield return $"{Section}:{nameof(RequestsPerMinute)} must be 0 (no limit) or positive (it is {RequestsPerMinute})";
        }
        if (WritesPerMinute < 0)
        {
            yield return $"{Section}:{nameof(WritesPerMinute)} must be 0 (no limit) or positive (it is {WritesPerMinute})";
        }
        foreach (var origin in CorsOrigins)
        {
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.PathAndQuery != "/" || origin.EndsWith('/'))
            {
                yield return $"{Section}:{nameof(CorsOrigins)} holds '{origin}', which is not an origin such as https://intranet.example";
            }
        }
    }
}
