namespace PolicyGraph.Ingest.Pipeline;

public sealed record IngestedFile(string Id, string Source, string? Title);

public sealed record UnchangedFile(string Id, string Source);

public sealed record FailedFile(string Source, string Error);

/// <summary>Clause links drawn after a batch: for how many documents (the batch's and those it affects), and how many links.</summary>
public sealed record LinkReport(int Documents, int Links, double Seconds);

/// <summary>The outcome of one ingest run, file by file (contract.md's <c>ingest</c> JSON, with <see cref="Linked"/> added).</summary>
public sealed record IngestReport(IReadOnlyList<IngestedFile> Ingested, IReadOnlyList<UnchangedFile> Unchanged, IReadOnlyList<FailedFile> Failed)
{
    public LinkReport Linked { get; init; } = new(0, 0, 0);

    [System.Text.Json.Serialization.JsonIgnore]
    public int ExitCode => Failed.Count > 0 ? 2 : 0;
}

/// <summary>Reported after each file of a batch.</summary>
public sealed record IngestProgress(int Done, int Total, string Source, string Outcome);
