namespace PolicyGraph.Ingest.Pipeline;

/// <summary>The ingest steps' names (<see cref="IIngestStep{TIn,TOut}"/>, IngestSteps.cs), in the order they run.</summary>
public static class PipelineSteps
{
    public const string Read = "read";
    public const string Normalise = "normalise";
    public const string Outline = "outline";
    public const string Metadata = "metadata";
    public const string Parts = "parts";
    public const string Content = "content";
    public const string Facets = "facets";
    public const string Store = "store";
    public const string Index = "index";
    public const string Link = "link";

    public static readonly IReadOnlyList<string> Order = [Read, Normalise, Outline, Metadata, Parts, Content, Facets, Store, Index, Link];

    /// <summary>
    /// Changes whenever a step would produce a different graph from the same bytes, so that an unchanged file
    /// ingested by a newer build is processed again instead of being reported unchanged.
    /// </summary>
    public const string Version = "ingest-8";
}
