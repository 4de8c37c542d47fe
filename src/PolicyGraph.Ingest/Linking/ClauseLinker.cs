using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;
using PolicyGraph.Core.Text;
using PolicyGraph.Core.Citations;
using PolicyGraph.Core.Linking;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Search;
using PolicyGraph.Core.Store;
using Fields = PolicyGraph.Core.Search.Fields;

namespace PolicyGraph.Ingest.Linking;

/// <summary>
/// Clause links (issue 5): a document's clauses aligned with those of the documents it implements — its cited
/// parents, and through them the grandparents — and, when a cited parent's text is not ingested, with the siblings
/// that cite the same parent (such links are marked inferred). Candidates come from the clause index (the child
/// clause's bigrams, restricted to those documents); each is aligned character by character; the link model
/// decides, and each child clause keeps its best parent clauses per parent document.
/// One linker serves one batch: it caches documents and sibling sets, which the batch does not change.
/// </summary>
public sealed class ClauseLinker(IGraphStore store, ClauseIndex index, LinkClassifier? model)
{
    /// <summary>Candidate parent clauses looked at per child clause and parent document set.</summary>
    public const int CandidatesPerClause = 5;

    public const double Threshold = 0.5;

    private readonly CitationResolver _resolver = new(store, DocumentRegistry.Instance);
    private readonly Dictionary<string, DocumentGraph?> _graphs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>> _citing = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CandidateSource?> _siblingSources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CandidateSource> _sources = new(StringComparer.Ordinal);

    /// <summary>Guards the caches above: <see cref="LinkAll"/> links on every core.</summary>
    private readonly Lock _cache = new();

    /// <summary>Links every document in <paramref name="documentIds"/> afresh, replacing what the store holds; returns the number of links.</summary>
    /// <remarks>
    /// Documents are linked in parallel, one per core: a document's links depend on the store's documents, never on
    /// other links, so the order does not change them. Each document's links are replaced in one transaction.
    /// </remarks>
    public int LinkAll(IEnumerable<string> documentIds, CancellationToken cancellation = default)
    {
        var count = 0;
        Parallel.ForEach(documentIds, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellation }, id =>
        {
            if (Graph(id) is { } graph)
            {
                var links = Link(graph);
                store.ReplaceLinks(id, links);
                Interlocked.Add(ref count, links.Count);
            }
        });
        return count;
    }

    /// <summary>
    /// The documents whose links may change when <paramref name="changed"/> were ingested: those documents, the
    /// documents that cite them (two steps down, as links reach grandparents), and the documents that cite the same
    /// not-ingested parent (their siblings).
    /// </summary>
    public IReadOnlyList<string> Affected(IEnumerable<string> changed)
    {
        var affected = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string id)
        {
            if (seen.Add(id))
            {
                affected.Add(id);
            }
        }
        foreach (var id in changed)
        {
            Add(id);
            if (_resolver.Node(id) is not { } node)
            {
                continue;
            }
            foreach (var (child, _) in _resolver.Citing(node))
            {
                Add(child.Id);
                if (_resolver.Node(child.Id) is { } childNode)
                {
                    foreach (var (grandchild, _) in _resolver.Citing(childNode))
                    {
                        Add(grandchild.Id);
                    }
                }
            }
            if (Graph(id) is { } graph)
            {
                foreach (var cited in _resolver.ResolveAll(graph).Where(c => c.Target.Kind != DocumentKinds.Document))
                {
                    foreach (var sibling in Citing(cited.Target.Id))
                    {
                        Add(sibling);
                    }
                }
            }
        }
        return affected;
    }

    /// <summary>The links of a document's clauses, decided by the model (or, with none, by alignment alone).</summary>
    public IReadOnlyList<ClauseLink> Link(DocumentGraph child)
    {
        var links = new List<ClauseLink>();
        foreach (var group in Candidates(child).GroupBy(c => (c.Child.Id, c.ParentDocument.Document.Id)))
        {
            // A clause may merge two of its parent's (监管 and 诚信 in one task): up to two links per parent document.
            foreach (var (candidate, score) in group.Select(c => (Candidate: c, Score: Score(c.Features))).Where(x => x.Score >= Threshold)
                         .OrderByDescending(x => x.Score).Take(2))
            {
                links.Add(new ClauseLink(candidate.Child.Id, candidate.Parent.Id, child.Document.Id, candidate.ParentDocument.Document.Id,
                    Math.Round(score, 4), candidate.Evidence(), candidate.Inferred));
            }
        }
        return links;
    }

    public double Score(LinkFeatures features) =>
        model?.Probability(features) ?? (0.6 * features.ChildCoverage + 0.4 * features.LocalScore);

    /// <summary>The features of one given pair (for training and evaluating the model on labelled pairs).</summary>
    public LinkFeatures FeaturesFor(DocumentGraph child, Clause clause, DocumentGraph parentDocument, Clause parent)
    {
        var (parents, _) = Related(child);
        var sibling = !parents.Contains(parentDocument.Document.Id);
        return LinkFeatures.Of(child, clause, parentDocument, parent, PassageAligner.Align(clause.SearchText, parent.SearchText), sibling);
    }

    /// <summary>Every candidate pair for a document's clauses, with its features.</summary>
    public IEnumerable<LinkCandidate> Candidates(DocumentGraph child)
    {
        var (parents, siblingTargets) = Related(child);
        var groups = new List<(CandidateSource Source, bool Inferred)>();
        if (parents.Count > 0)
        {
            groups.Add((Source(parents), false));
        }
        foreach (var target in siblingTargets)
        {
            // Keyed by the parent they share: every sibling of a batch reuses it. The child is in it, and skipped.
            CandidateSource? source;
            lock (_cache)
            {
                if (!_siblingSources.TryGetValue(target, out source))
                {
                    var members = Citing(target);
                    source = members.Count > 1 ? Source(members) : null;
                    _siblingSources[target] = source;
                }
            }
            if (source is not null)
            {
                groups.Add((source, true));
            }
        }
        var seen = new HashSet<(string, string)>();
        foreach (var (source, inferred) in groups)
        {
            foreach (var clause in child.Clauses.Where(Linkable))
            {
                foreach (var (docId, clauseId) in source.Top(clause, child.Document.Id))
                {
                    if (parents.Contains(docId) == inferred || !seen.Add((clause.Id, clauseId)) || Graph(docId) is not { } parentDocument)
                    {
                        continue;
                    }
                    var parent = parentDocument.Clauses.FirstOrDefault(c => c.Id == clauseId);
                    if (parent is null || !Linkable(parent))
                    {
                        continue;
                    }
                    var alignment = PassageAligner.Align(clause.SearchText, parent.SearchText);
                    yield return new LinkCandidate(clause, parent, parentDocument, LinkFeatures.Of(child, clause, parentDocument, parent, alignment, inferred), alignment, inferred);
                }
            }
        }
    }

    /// <summary>Where a group's candidates come from: a small group's clauses in memory, a large one's through the index.</summary>
    private abstract class CandidateSource
    {
        public abstract List<(string DocId, string ClauseId)> Top(Clause clause, string childDocumentId);
    }

    private sealed class PoolSource(ClausePool pool) : CandidateSource
    {
        public override List<(string DocId, string ClauseId)> Top(Clause clause, string childDocumentId) =>
            pool.Top(clause.SearchText, childDocumentId, CandidatesPerClause);
    }

    private sealed class IndexSource(ClauseLinker linker, Filter filter) : CandidateSource
    {
        public override List<(string DocId, string ClauseId)> Top(Clause clause, string childDocumentId) =>
            linker.Similar(clause, filter, childDocumentId);
    }

    /// <summary>
    /// Groups up to this many documents are ranked in memory (a few megabytes of bigram lists, a millisecond a
    /// clause); larger ones (every county of a country citing the 纲要) through the index.
    /// </summary>
    public const int PoolDocuments = 1024;

    /// <summary>An index query keeps the clause's rarest bigrams: common ones (质量, 加强) cost most and tell least.</summary>
    public const int QueryTerms = 48;

    private CandidateSource Source(IReadOnlyCollection<string> documents)
    {
        var key = string.Join('|', documents.Order(StringComparer.Ordinal));
        // Built once under the lock: the threads that need the same group wait for it rather than build it twice.
        lock (_cache)
        {
            return SourceLocked(key, documents);
        }
    }

    private CandidateSource SourceLocked(string key, IReadOnlyCollection<string> documents)
    {
        if (!_sources.TryGetValue(key, out var source))
        {
            source = documents.Count <= PoolDocuments
                ? new PoolSource(new ClausePool(documents.Select(Graph).OfType<DocumentGraph>(), Linkable))
                : new IndexSource(this, DocumentFilter(documents));
            // Children of one parent share their source; keep the cache bounded all the same.
            if (_sources.Count >= 1024)
            {
                _sources.Clear();
            }
            _sources[key] = source;
        }
        return source;
    }

    /// <summary>
    /// Parents (cited and ingested, then their ingested parents), and the cited parents known only by name, whose
    /// other children — the document's siblings — are the best witnesses of their wording.
    /// </summary>
    private (HashSet<string> Parents, List<string> SiblingTargets) Related(DocumentGraph child)
    {
        var parents = new HashSet<string>(StringComparer.Ordinal);
        var siblingTargets = new List<string>();
        var frontier = new List<DocumentGraph> { child };
        for (var depth = 0; depth < 2 && frontier.Count > 0; depth++)
        {
            var next = new List<DocumentGraph>();
            foreach (var doc in frontier)
            {
                foreach (var cited in _resolver.ResolveAll(doc))
                {
                    if (cited.Target.Kind == DocumentKinds.Document)
                    {
                        if (cited.Target.Id != child.Document.Id && parents.Add(cited.Target.Id) && Graph(cited.Target.Id) is { } parent)
                        {
                            next.Add(parent);
                        }
                    }
                    else if (depth == 0)
                    {
                        siblingTargets.Add(cited.Target.Id);
                    }
                }
            }
            frontier = next;
        }
        return (parents, siblingTargets);
    }

    /// <summary>The ingested documents whose citations reach a node, cached for the batch.</summary>
    private IReadOnlyList<string> Citing(string targetId)
    {
        lock (_cache)
        {
            if (_citing.TryGetValue(targetId, out var cached))
            {
                return cached;
            }
        }
        IReadOnlyList<string> ids = _resolver.Node(targetId) is { } node ? _resolver.Citing(node).Select(c => c.Document.Id).ToList() : [];
        lock (_cache)
        {
            _citing[targetId] = ids;
        }
        return ids;
    }

    private DocumentGraph? Graph(string id)
    {
        lock (_cache)
        {
            if (_graphs.TryGetValue(id, out var cached))
            {
                return cached;
            }
        }
        var graph = store.GetDocument(id);
        lock (_cache)
        {
            // A batch may touch thousands of documents; keep the cache to those that recur (parents and candidates).
            if (_graphs.Count < 4096)
            {
                _graphs[id] = graph;
            }
        }
        return graph;
    }

    /// <summary>A filter to these documents' clauses (a terms filter: a batch's siblings may be thousands, past a boolean query's limit).</summary>
    private static CachingWrapperFilter DocumentFilter(IEnumerable<string> documents) =>
        new(new TermsFilter(documents.Select(d => new Term(Fields.DocId, d)).ToList()));

    /// <summary>The clauses (outside the child's own document) within <paramref name="filter"/> that share most bigrams with <paramref name="clause"/>.</summary>
    private List<(string DocId, string ClauseId)> Similar(Clause clause, Filter filter, string childDocumentId)
    {
        var distinct = PolicyAnalysis.Terms(PolicyAnalysis.Bigrams, Fields.Text, clause.SearchText).Select(t => new Term(Fields.Text, t.Term)).Distinct().ToList();
        return index.Search(searcher =>
        {
            var terms = new BooleanQuery(disableCoord: true);
            foreach (var term in distinct.Select(t => (Term: t, Frequency: searcher.IndexReader.DocFreq(t))).Where(t => t.Frequency > 0)
                         .OrderBy(t => t.Frequency).Take(QueryTerms))
            {
                terms.Add(new TermQuery(term.Term), Occur.SHOULD);
            }
            var query = new BooleanQuery { { terms, Occur.MUST }, { new TermQuery(new Term(Fields.DocId, childDocumentId)), Occur.MUST_NOT } };
            return searcher.Search(query, filter, CandidatesPerClause).ScoreDocs
                .Select(sd => searcher.Doc(sd.Doc))
                .Select(d => (d.Get(Fields.DocId), d.Get(Fields.ClauseId)))
                .ToList();
        });
    }

    /// <summary>
    /// Clauses worth linking: policy text. A notice's cover and a preamble (为贯彻落实《…》,制定本方案) restate their
    /// parents only in the formula that cites them, which the document-level citation already records.
    /// </summary>
    private static bool Linkable(Clause clause) =>
        clause.SearchText.Length >= 12 && clause.Role != Roles.Preamble && !clause.Path.StartsWith("notice", StringComparison.Ordinal);
}
