using Microsoft.Extensions.Configuration;

namespace PolicyGraph.Api.Extensions;

/// <summary>
/// Settings of the hosted product, bound from configuration: <c>--data</c> and <c>--samples</c> on the command line,
/// the API key from the environment variable <c>POLICYGRAPH_API_KEY</c>.
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

    /// <summary>The environment variable (and configuration key) holding the API key.</summary>
    public const string ApiKeyVariable = "POLICYGRAPH_API_KEY";

    /// <summary>Whether writes are possible at all: a key is configured.</summary>
    public bool WritesEnabled => !string.IsNullOrWhiteSpace(ApiKey);
}
