using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace PolicyGraph.Core.Search;

/// <summary>
/// The Lucene.Net index of clauses, beside the store in the data directory. Every clause is one Lucene document
/// carrying its document's fields for filtering; every document also has a marker with its content hash, which
/// lets <see cref="Reconcile"/> bring the index back in step with the store (the store is the truth). Writes go
/// through one <see cref="IndexWriter"/> opened on demand; searches use a <see cref="SearcherManager"/> that is
/// refreshed before each search, so documents ingested by another process are found without a restart.
/// </summary>
public sealed class ClauseIndex : IDisposable
{
    public const string FolderName = "index";

    /// <summary>Changes when the fields of the index change, so that <see cref="Reconcile"/> rebuilds every document.</summary>
    public const string Version = "index-4";

    private readonly LuceneDirectory _directory;
    private readonly bool _readOnly;
    private readonly System.Threading.Lock _gate = new();
    private IndexWriter? _writer;
    private SearcherManager? _searchers;

    public ClauseIndex(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, FolderName);
        System.IO.Directory.CreateDirectory(path);
        _directory = FSDirectory.Open(path);
        DiscardUnreadableIndex(_directory);
    }

    /// <summary>
    /// A process killed while it wrote the index's first commit leaves a segments file cut short and no earlier commit for
    /// Lucene to fall back on: the index cannot be opened at all. When no writer holds the directory, such an index is
    /// dropped; <see cref="Reconcile"/> then rebuilds it from the store, which is the truth.
    /// </summary>
    private static void DiscardUnreadableIndex(LuceneDirectory directory)
    {
        if (!DirectoryReader.IndexExists(directory) || IndexWriter.IsLocked(directory))
        {
            return;
        }
        try
        {
            new SegmentInfos().Read(directory); // the latest readable commit, or an earlier one; no segment is opened
        }
        catch (System.IO.IOException)
        {
            foreach (var file in directory.ListAll())
            {
                directory.DeleteFile(file);
            }
        }
    }

    private ClauseIndex(LuceneDirectory directory)
    {
        _directory = directory;
        _readOnly = true;
    }

    /// <summary>
    /// The index as a read-only verb (search, similar) sees it: the last commit, never written to, so that it needs no
    /// lock on the data directory and cannot disturb an ingest running beside it. A data directory without an index
    /// reads as an empty one (in memory; nothing is created on disk).
    /// </summary>
    public static ClauseIndex OpenReadOnly(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, FolderName);
        if (System.IO.Directory.Exists(path))
        {
            var onDisk = FSDirectory.Open(path);
            if (DirectoryReader.IndexExists(onDisk))
            {
                return new ClauseIndex(onDisk);
            }
            onDisk.Dispose();
        }
        var empty = new RAMDirectory();
        using (var writer = new IndexWriter(empty, new IndexWriterConfig(PolicyAnalysis.Version, PolicyAnalysis.PerField)))
        {
            writer.Commit();
        }
        return new ClauseIndex(empty);
    }

    /// <summary>How many documents the index is out of step with the store on (missing, stale or no longer stored); read only.</summary>
    public int DocumentsOutOfStep(IGraphStore store)
    {
        var (stale, gone) = OutOfStep(store);
        return stale.Count + gone.Count;
    }

    /// <summary>The stored documents whose marker is missing or carries another hash, and the indexed ones no longer stored.</summary>
    private (List<string> Stale, List<string> Gone) OutOfStep(IGraphStore store)
    {
        var indexed = IndexedDocuments();
        var stored = store.ListDocuments().ToDictionary(d => d.Id, MarkerHash);
        return (stored.Where(d => !indexed.TryGetValue(d.Key, out var have) || have != d.Value).Select(d => d.Key).ToList(),
                indexed.Keys.Where(id => !stored.ContainsKey(id)).ToList());
    }

    public static Similarity Similarity { get; } = new BM25Similarity();

    /// <summary>Indexes a document's clauses in place of any earlier version; visible after <see cref="Commit"/>.</summary>
    public void Replace(DocumentGraph graph)
    {
        lock (_gate)
        {
            var writer = Writer();
            writer.DeleteDocuments(new Term(Fields.DocId, graph.Document.Id));
            writer.AddDocuments(ClauseDocuments.For(graph));
        }
    }

    public void Delete(string documentId)
    {
        lock (_gate)
        {
            Writer().DeleteDocuments(new Term(Fields.DocId, documentId));
        }
    }

    /// <summary>Makes the changes durable and visible to searches.</summary>
    public void Commit()
    {
        lock (_gate)
        {
            _writer?.Commit();
            _searchers?.MaybeRefresh();
        }
    }

    /// <summary>Closes the writer (committing), so that another process can write.</summary>
    public void CloseWriter()
    {
        lock (_gate)
        {
            if (_writer is not null)
            {
                _writer.Dispose();
                _writer = null;
                _searchers?.MaybeRefresh();
            }
        }
    }

    /// <summary>
    /// Brings the index in step with the store: documents whose marker is missing or carries another content hash are
    /// indexed again from the store, markers of documents the store no longer has are deleted. Returns what it fixed.
    /// </summary>
    public (int Reindexed, int Removed) Reconcile(IGraphStore store)
    {
        var (stale, gone) = OutOfStep(store);
        var reindexed = 0;
        foreach (var graph in stale.Select(store.GetDocument).OfType<DocumentGraph>())
        {
            Replace(graph);
            reindexed++;
        }
        foreach (var id in gone)
        {
            Delete(id);
        }
        if (reindexed + gone.Count > 0)
        {
            Commit();
        }
        return (reindexed, gone.Count);
    }

    /// <summary>How often a search looks for commits made by another process (a look lists the index directory).</summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(1);

    private long _lastRefresh;

    /// <summary>
    /// Runs <paramref name="search"/> on the latest committed index: this process's own commits are visible at once,
    /// another process's within <see cref="RefreshInterval"/>.
    /// </summary>
    public T Search<T>(Func<IndexSearcher, T> search)
    {
        var manager = Searchers();
        var now = Environment.TickCount64;
        if (now - Interlocked.Read(ref _lastRefresh) >= RefreshInterval.TotalMilliseconds)
        {
            Interlocked.Exchange(ref _lastRefresh, now);
            manager.MaybeRefresh();
        }
        var searcher = manager.Acquire();
        try
        {
            searcher.Similarity = Similarity;
            return search(searcher);
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _searchers?.Dispose();
            _writer?.Dispose();
            _directory.Dispose();
        }
    }

    internal static string MarkerHash(DocumentInfo d) => d.ContentHash + "/" + d.PipelineVersion + "/" + Version;

    private Dictionary<string, string> IndexedDocuments()
    {
        return Search(searcher =>
        {
            var markers = new Dictionary<string, string>(StringComparer.Ordinal);
            var top = searcher.Search(new TermQuery(new Term(Fields.Kind, Fields.KindDocument)), Math.Max(1, searcher.IndexReader.MaxDoc));
            foreach (var hit in top.ScoreDocs)
            {
                var doc = searcher.Doc(hit.Doc);
                markers[doc.Get(Fields.DocId)] = doc.Get(Fields.DocHash);
            }
            return markers;
        });
    }

    private IndexWriter Writer()
    {
        if (_readOnly)
        {
            throw new InvalidOperationException("the clause index is open read-only (a read-only verb never writes it)");
        }
        if (_writer is null)
        {
            var config = new IndexWriterConfig(PolicyAnalysis.Version, PolicyAnalysis.PerField)
            {
                OpenMode = OpenMode.CREATE_OR_APPEND,
                Similarity = Similarity,
                RAMBufferSizeMB = 64,
                // Fewer, larger segments: every segment costs each search a term lookup per query term.
                MergePolicy = new TieredMergePolicy { SegmentsPerTier = 4, MaxMergeAtOnce = 4 },
            };
            _writer = new IndexWriter(_directory, config);
        }
        return _writer;
    }

    private SearcherManager Searchers()
    {
        lock (_gate)
        {
            if (_searchers is null)
            {
                if (!DirectoryReader.IndexExists(_directory))
                {
                    // An empty commit, so that a reader can open before the first document arrives.
                    Writer().Commit();
                }
                _searchers = new SearcherManager(_directory, new SearcherFactory());
            }
            return _searchers;
        }
    }
}

/// <summary>How a document's clauses become Lucene documents.</summary>
internal static class ClauseDocuments
{
    public static IEnumerable<Document> For(DocumentGraph graph)
    {
        var d = graph.Document;
        var traditional = d.Traditional;
        var sections = graph.Sections.ToDictionary(s => s.Id);
        var title = Text.SearchNormaliser.ToSearchText(string.Join(" ", new[] { d.Title, d.AttachmentTitle }.OfType<string>()), traditional);
        yield return new Document
        {
            new StringField(Fields.Kind, Fields.KindDocument, Field.Store.YES),
            new StringField(Fields.DocId, d.Id, Field.Store.YES),
            new StoredField(Fields.DocHash, ClauseIndex.MarkerHash(d)),
        };
        foreach (var clause in graph.Clauses)
        {
            var headings = new List<string>();
            if (clause.Heading is not null)
            {
                headings.Add(clause.Heading);
            }
            for (var id = clause.SectionId; id is not null && sections.TryGetValue(id, out var s); id = s.ParentId)
            {
                headings.Add(s.Heading);
            }
            var heading = Text.SearchNormaliser.ToSearchText(string.Join(" ", headings), traditional);
            var doc = new Document
            {
                new StringField(Fields.Kind, Fields.KindClause, Field.Store.NO),
                new StringField(Fields.ClauseId, clause.Id, Field.Store.YES),
                new StringField(Fields.DocId, d.Id, Field.Store.YES),
                // Column-stored copies for ranking and grouping, read without loading stored documents.
                new BinaryDocValuesField(Fields.DocId, new Lucene.Net.Util.BytesRef(d.Id)),
                new BinaryDocValuesField(Fields.DocTitle, new Lucene.Net.Util.BytesRef(d.Label)),
                new TextField(Fields.Text, clause.SearchText, Field.Store.NO),
                new TextField(Fields.TextWords, clause.SearchText, Field.Store.NO),
                new TextField(Fields.Heading, heading, Field.Store.NO),
                new TextField(Fields.HeadingWords, heading, Field.Store.NO),
                new TextField(Fields.Title, title, Field.Store.NO),
                new StringField(Fields.Role, clause.Role, Field.Store.YES),
                new StoredField(Fields.Original, clause.Text),
                new StoredField(Fields.Path, clause.Path),
                new StoredField(Fields.DocTitle, d.Label),
                new StoredField(Fields.Script, d.Script),
            };
            Add(doc, Fields.DocNumber, d.DocNumber);
            Add(doc, Fields.Level, d.Level);
            Add(doc, Fields.Province, d.Province);
            Add(doc, Fields.Region, d.Region);
            Add(doc, Fields.DocType, d.DocType);
            Add(doc, Fields.Facet, clause.Facet);
            if (d.Year is { } year)
            {
                doc.Add(new Int32Field(Fields.Year, year, Field.Store.YES));
            }
            yield return doc;
        }
    }

    private static void Add(Document doc, string field, string? value)
    {
        if (value is not null)
        {
            doc.Add(new StringField(field, value, Field.Store.YES));
        }
    }
}
