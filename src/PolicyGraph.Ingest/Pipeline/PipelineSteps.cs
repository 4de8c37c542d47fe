namespace PolicyGraph.Ingest.Pipeline;

/// <summary>The ingest steps, by name, in the order they run (architecture.md's one flow).</summary>
public static class PipelineSteps
{
    public const string Read = "read";
    public const string Normalise = "normalise";
    public const string Outline = "outline";
    public const string Extract = "extract";
    public const string Store = "store";

    public static readonly IReadOnlyList<string> Order = [Read, Normalise, Outline, Extract, Store];

    /// <summary>
    /// Changes whenever a step would produce a different graph from the same bytes, so that an unchanged file
    /// ingested by a newer build is processed again instead of being reported unchanged.
    /// </summary>
    public const string Version = "ingest-7";
}
