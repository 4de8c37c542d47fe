using PolicyGraph.Ingest.Pipeline;

namespace PolicyGraph.Api.Hosting;

/// <summary>One uploaded file: its name as sent (without any folder) and its bytes.</summary>
public sealed record Upload(string Name, byte[] Bytes);

/// <summary>
/// Lets one upload at a time through the ingest pipeline, which is not thread-safe (its index writes and link
/// drawing assume a single writer); others wait their turn. Each file goes in under the source key
/// <c>upload:NAME</c>, so uploading a file of the same name again replaces its document, or leaves it unchanged.
/// </summary>
public sealed class IngestGate(Func<Upload, IngestReport> ingestOne) : IDisposable
{
    public const string SourceKeyPrefix = "upload:";

    public IngestGate(IngestPipeline pipeline)
        : this(upload => pipeline.IngestBytes(upload.Name, SourceKeyPrefix + upload.Name, upload.Bytes))
    {
    }

    private readonly SemaphoreSlim _one = new(1, 1);

    public async Task<IngestReport> IngestAsync(IReadOnlyList<Upload> uploads, CancellationToken cancellation)
    {
        await _one.WaitAsync(cancellation);
        try
        {
            var ingested = new List<IngestedFile>();
            var unchanged = new List<UnchangedFile>();
            var failed = new List<FailedFile>();
            LinkReport linked = new(0, 0, 0);
            foreach (var upload in uploads)
            {
                var report = ingestOne(upload);
                ingested.AddRange(report.Ingested);
                unchanged.AddRange(report.Unchanged);
                failed.AddRange(report.Failed);
                linked = new LinkReport(linked.Documents + report.Linked.Documents, linked.Links + report.Linked.Links,
                    Math.Round(linked.Seconds + report.Linked.Seconds, 3));
            }
            return new IngestReport(ingested, unchanged, failed) { Linked = linked };
        }
        finally
        {
            _one.Release();
        }
    }

    public void Dispose() => _one.Dispose();
}
