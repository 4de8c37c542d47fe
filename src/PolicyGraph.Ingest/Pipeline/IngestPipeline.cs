using System.Security.Cryptography;
using PolicyGraph.Core.Facets;
using PolicyGraph.Core.Linking;
using PolicyGraph.Core.Regions;
using PolicyGraph.Core.Search;
using PolicyGraph.Core.Store;
using PolicyGraph.Ingest.Linking;
using PolicyGraph.Ingest.Reading;

namespace PolicyGraph.Ingest.Pipeline;

/// <summary>
/// Ingests files and folders into the store, one document per transaction: a file that fails is reported with
/// its reason and leaves nothing behind; the others go on. A file whose bytes and pipeline version match what
/// the store holds is reported unchanged and not touched. With an index, a run ends by drawing the clause links of
/// the documents it saved and of those they affect (<see cref="ClauseLinker"/>); documents whose links an
/// interrupted run left undrawn stay pending in the store and are linked by the next run.
/// </summary>
public sealed class IngestPipeline(IGraphStore store, DocumentReaders readers, ClauseIndex? index = null, bool linkClauses = true)
{
    /// <summary>How many documents go into the index between commits: Lucene commits (and their fsync) are costly.</summary>
    public const int IndexCommitInterval = 1000;

    private readonly DocumentBuilder _builder = new(readers, Gazetteer.Instance, FacetClassifier.Instance);
    private int _uncommitted;

    public IngestReport IngestPaths(IReadOnlyList<string> paths, IProgress<IngestProgress>? progress = null, CancellationToken cancellation = default)
    {
        var ingested = new List<IngestedFile>();
        var unchanged = new List<UnchangedFile>();
        var failed = new List<FailedFile>();
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                // A folder gives the files of the formats we read; anything else in it is not a document.
                files.AddRange(Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                    .Where(readers.IsSupported)
                    .OrderBy(f => f, StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                failed.Add(new FailedFile(path, "no such file or directory"));
            }
        }
        // The store is the truth: an index left behind by an interrupted run is brought in step before anything else.
        index?.Reconcile(store);
        try
        {
            for (var i = 0; i < files.Count; i++)
            {
                cancellation.ThrowIfCancellationRequested();
                var file = files[i];
                var outcome = IngestFile(file, ingested, unchanged, failed);
                progress?.Report(new IngestProgress(i + 1, files.Count, file, outcome));
            }
        }
        finally
        {
            CommitIndex();
        }
        return new IngestReport(ingested, unchanged, failed) { Linked = LinkPending(cancellation) };
    }

    /// <summary>Ingests one uploaded document; <paramref name="sourceKey"/> identifies it across uploads.</summary>
    public IngestReport IngestBytes(string source, string sourceKey, byte[] bytes)
    {
        var ingested = new List<IngestedFile>();
        var unchanged = new List<UnchangedFile>();
        var failed = new List<FailedFile>();
        index?.Reconcile(store);
        try
        {
            Process(source, sourceKey, bytes, ingested, unchanged, failed);
        }
        finally
        {
            CommitIndex();
        }
        return new IngestReport(ingested, unchanged, failed) { Linked = LinkPending(CancellationToken.None) };
    }

    /// <summary>Draws the links of the pending documents and of those they affect (their children and siblings).</summary>
    public LinkReport LinkPending(CancellationToken cancellation = default)
    {
        var pending = store.PendingLinks();
        if (index is null || !linkClauses || pending.Count == 0)
        {
            return new LinkReport(0, 0, 0);
        }
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var linker = new ClauseLinker(store, index, LinkClassifier.Instance);
        var affected = linker.Affected(pending);
        store.MarkLinksPending(affected);
        var links = linker.LinkAll(affected, cancellation);
        return new LinkReport(affected.Count, links, Math.Round(clock.Elapsed.TotalSeconds, 3));
    }

    private void CommitIndex()
    {
        if (index is not null && _uncommitted > 0)
        {
            index.Commit();
            _uncommitted = 0;
        }
    }

    private string IngestFile(string file, List<IngestedFile> ingested, List<UnchangedFile> unchanged, List<FailedFile> failed)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(file).Length;
            if (length > readers.Limits.MaxFileBytes)
            {
                failed.Add(new FailedFile(file, $"file too large ({length:N0} bytes; the limit is {readers.Limits.MaxFileBytes:N0})"));
                return "failed";
            }
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            failed.Add(new FailedFile(file, $"cannot read the file ({e.Message})"));
            return "failed";
        }
        return Process(file, Path.GetFullPath(file), bytes, ingested, unchanged, failed);
    }

    private string Process(string source, string sourceKey, byte[] bytes, List<IngestedFile> ingested, List<UnchangedFile> unchanged, List<FailedFile> failed)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var existing = store.FindBySourceKey(sourceKey);
        if (existing is not null && existing.ContentHash == hash && existing.PipelineVersion == PipelineSteps.Version)
        {
            unchanged.Add(new UnchangedFile(existing.Id, source));
            return "unchanged";
        }
        try
        {
            var graph = _builder.Build(source, sourceKey, bytes);
            store.Save(graph);
            if (index is not null)
            {
                index.Replace(graph);
                if (++_uncommitted >= IndexCommitInterval)
                {
                    CommitIndex();
                }
            }
            ingested.Add(new IngestedFile(graph.Document.Id, source, graph.Document.Title));
            return "ingested";
        }
        catch (Exception e) when (e is UnreadableDocumentException or IngestStepException)
        {
            failed.Add(new FailedFile(source, e.Message));
            return "failed";
        }
    }
}
