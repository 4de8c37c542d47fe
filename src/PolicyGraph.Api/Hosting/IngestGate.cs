using PolicyGraph.Ingest.Pipeline;

namespace PolicyGraph.Api.Hosting;

/// <summary>One uploaded file: its name as sent (without any folder) and its bytes.</summary>
public sealed record Upload(string Name, byte[] Bytes);

/// <summary>
/// Lets one upload at a time through the ingest pipeline, which is not thread-safe (its index writes and link
/// drawing assume a single writer); others wait their turn. Each file goes in under the source key
/// <c>upload:NAME</c>, so uploading a file of the same name again replaces its document, or leaves it unchanged.
/// </summary>
public sealed class IngestGate(Func<IReadOnlyList<Upload>, IngestReport> ingest) : IDisposable
{
    public const string SourceKeyPrefix = "upload:";

    /// <summary>Every file of an upload stored, then the links drawn once for them all.</summary>
    public IngestGate(IngestPipeline pipeline)
        : this(uploads => pipeline.IngestUploads(uploads.Select(u => (u.Name, SourceKeyPrefix + u.Name, u.Bytes)).ToList()))
    {
    }

    private readonly SemaphoreSlim _one = new(1, 1);

    public async Task<IngestReport> IngestAsync(IReadOnlyList<Upload> uploads, CancellationToken cancellation)
    {
        await _one.WaitAsync(cancellation);
        try
        {
            return ingest(uploads);
        }
        finally
        {
            _one.Release();
        }
    }

    public void Dispose() => _one.Dispose();
}
