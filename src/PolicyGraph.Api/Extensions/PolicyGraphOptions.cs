namespace PolicyGraph.Api.Extensions;

/// <summary>Settings of the hosted product, bound from configuration (<c>--data</c>, <c>--samples</c> on the command line).</summary>
public sealed class PolicyGraphOptions
{
    /// <summary>Data directory holding the store and the index (contract.md: <c>--data</c>, default <c>./data</c>).</summary>
    public string Data { get; set; } = "./data";

    /// <summary>Documents ingested on first start when the store is empty; found above the working directory when unset.</summary>
    public string? Samples { get; set; }
}
