using PolicyGraph.Cli.Evaluation;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Search;
using PolicyGraph.Core.Store;
using PolicyGraph.Ingest.Pipeline;
using PolicyGraph.Ingest.Reading;
using PolicyGraph.Testing;

namespace PolicyGraph.Ingest.Tests;

/// <summary>
/// Folders of real files ingested, indexed and linked (a run draws clause links only with an index) into a store of
/// their own, on first use, for the tests to read and never to change; a test that writes makes a store of its own. Every file must go in
/// (unless the folder measures refusals too): a failure fails each test that asks, naming the file and the reason.
/// </summary>
public abstract class IngestedStore(IReadOnlyList<string> paths) : IDisposable
{
    private readonly TemporaryDirectory _temporary = new();
    private (SqliteGraphStore Store, ClauseIndex Index, IngestReport Report)? _ingested;

    public SqliteGraphStore Store => Ingested().Store;

    public ClauseIndex Index => Ingested().Index;

    public IngestReport Report => Ingested().Report;

    public SearchService Search => new(Index, QueryInterpreter.Instance);

    /// <summary>Whether a file the pipeline refuses (with its reason, in <see cref="Report"/>) is part of what the folder measures.</summary>
    protected virtual bool AcceptsRefusals => false;

    /// <summary>
    /// A document's id by the start of its file name up to a separator: a corpus prefix (000), a zoo page (z10, not
    /// z101) or the start of a sample's name (linxi, cangland-2016).
    /// </summary>
    public string Id(string start) =>
        Store.ListDocuments().Single(d => Starts(Path.GetFileName(d.Source), start)).Id;

    public DocumentGraph Graph(string start) => Store.GetDocument(Id(start))!;

    /// <summary>The corpus prefix or sample name of a document, as the search and precedent judgments name it.</summary>
    public string Prefix(string docId) => SearchEvaluation.Prefix(Store.GetDocument(docId)!.Document.Source);

    public void Dispose()
    {
        GC.SuppressFinalize(this);
        _ingested?.Index.Dispose();
        _ingested?.Store.Dispose();
        _temporary.Dispose();
    }

    private static bool Starts(string name, string start) =>
        name.StartsWith(start, StringComparison.Ordinal) && (name.Length == start.Length || !char.IsLetterOrDigit(name[start.Length]));

    private (SqliteGraphStore Store, ClauseIndex Index, IngestReport Report) Ingested()
    {
        if (_ingested is null)
        {
            var store = new SqliteGraphStore(_temporary.Path);
            var index = new ClauseIndex(_temporary.Path);
            _ingested = (store, index, new IngestPipeline(store, new DocumentReaders(ReaderLimits.Default), index).IngestPaths(paths));
        }
        var failed = _ingested.Value.Report.Failed;
        Assert.True(AcceptsRefusals || failed.Count == 0, "not ingested: " + string.Join("; ", failed.Select(f => $"{f.Source}: {f.Error}")));
        return _ingested.Value;
    }
}
