using PolicyGraph.Ingest.Extraction;
using PolicyGraph.Core.Model;
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
    private readonly DocumentBuilder _builder = new(readers, Gazetteer.Instance, FacetClassifier.Instance);
    private readonly StoreStep _store = new(store);
    private readonly IndexStep? _index = index is null ? null : new IndexStep(index);

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
            // Reading and building (the pure steps) run ahead on every core, a bounded number of files ahead; the
            // store and the index take the documents one at a time, in file order.
            using var ahead = new CancellationTokenSource();
            var prepared = new Queue<Task<Prepared>>();
            var next = 0;
            for (var i = 0; i < files.Count; i++)
            {
                cancellation.ThrowIfCancellationRequested();
                while (next < files.Count && prepared.Count < PrepareAhead)
                {
                    var file = files[next++];
                    prepared.Enqueue(Task.Run(() => Prepare(file), ahead.Token));
                }
                string outcome;
                Prepared ready;
                try
                {
                    ready = prepared.Dequeue().GetAwaiter().GetResult();
                    outcome = Store(ready, ingested, unchanged, failed);
                }
                catch
                {
                    // Files not yet started are not started; those running finish and are dropped.
                    ahead.Cancel();
                    throw;
                }
                progress?.Report(new IngestProgress(i + 1, files.Count, ready.Source, outcome));
            }
        }
        finally
        {
            CommitIndex();
        }
        return new IngestReport(ingested, unchanged, failed) { Linked = LinkPending(cancellation) };
    }

    /// <summary>Ingests one uploaded document; <paramref name="sourceKey"/> identifies it across uploads.</summary>
    public IngestReport IngestBytes(string source, string sourceKey, byte[] bytes) => IngestUploads([(source, sourceKey, bytes)]);

    /// <summary>Ingests uploaded documents (each with the key that identifies it across uploads), then draws the batch's links once.</summary>
    public IngestReport IngestUploads(IReadOnlyList<(string Source, string SourceKey, byte[] Bytes)> uploads)
    {
        var ingested = new List<IngestedFile>();
        var unchanged = new List<UnchangedFile>();
        var failed = new List<FailedFile>();
        index?.Reconcile(store);
        try
        {
            foreach (var (source, sourceKey, bytes) in uploads)
            {
                Store(Prepare(source, sourceKey, bytes), ingested, unchanged, failed);
            }
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
        return index is null || !linkClauses ? new LinkReport(0, 0, 0) : new LinkStep(store, index).Run(cancellation);
    }

    private void CommitIndex() => _index?.Commit();

    /// <summary>How many files are read and built ahead of the one being stored (bounds the memory they hold).</summary>
    private static readonly int PrepareAhead = 4 * Environment.ProcessorCount;

    /// <summary>A file read and built (or found unchanged, or failed), ready to be stored.</summary>
    private sealed record Prepared(string Source, DocumentGraph? Graph, UnchangedFile? Unchanged, FailedFile? Failed);

    private Prepared Prepare(string file)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(file).Length;
            if (length > readers.Limits.MaxFileBytes)
            {
                return new Prepared(file, null, null, new FailedFile(file, $"file too large ({length:N0} bytes; the limit is {readers.Limits.MaxFileBytes:N0})"));
            }
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Prepared(file, null, null, new FailedFile(file, $"cannot read the file ({e.Message})"));
        }
        return Prepare(file, Path.GetFullPath(file), bytes);
    }

    private Prepared Prepare(string source, string sourceKey, byte[] bytes)
    {
        var file = SourceFile.Of(source, sourceKey, bytes);
        var existing = store.FindBySourceKey(sourceKey);
        if (existing is not null && existing.ContentHash == file.Hash && existing.PipelineVersion == PipelineSteps.Version)
        {
            return new Prepared(source, null, new UnchangedFile(existing.Id, source), null);
        }
        try
        {
            return new Prepared(source, _builder.Build(file), null, null);
        }
        catch (Exception e) when (e is UnreadableDocumentException or IngestStepException)
        {
            return new Prepared(source, null, null, new FailedFile(source, e.Message));
        }
    }

    private string Store(Prepared prepared, List<IngestedFile> ingested, List<UnchangedFile> unchanged, List<FailedFile> failed)
    {
        if (prepared.Failed is not null)
        {
            failed.Add(prepared.Failed);
            return "failed";
        }
        if (prepared.Unchanged is not null)
        {
            unchanged.Add(prepared.Unchanged);
            return "unchanged";
        }
        // A store or index failure is not the document's: it ends the run (the store keeps the earlier version).
        var graph = _store.Run(prepared.Graph!);
        _index?.Run(graph);
        ingested.Add(new IngestedFile(graph.Document.Id, prepared.Source, graph.Document.Title));
        return "ingested";
    }
}
