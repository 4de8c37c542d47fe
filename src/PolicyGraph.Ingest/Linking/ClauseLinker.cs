using Lucene.Net.Index;
using Lucene.Net.Search;
using PolicyGraph.Core.Citations;
using PolicyGraph.Core.Linking;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Precedent;
using PolicyGraph.Core.Search;
using PolicyGraph.Core.Store;
using Fields = PolicyGraph.Core.Search.Fields;

namespace PolicyGraph.Ingest.Linking;

/// <summary>A pair of clauses that might be linked, with what the model needs to decide.</summary>
public sealed record LinkCandidate(Clause Child, Clause Parent, DocumentGraph ParentDocument, LinkFeatures Features, Alignment Alignment, bool Inferred);

/// <summary>
/// Clause links (issue 5): a document's clauses aligned with those of the documents it implements — its cited
/// parents, and through them the grandparents — and, when a cited parent's text is not ingested, with the siblings
/// that cite the same parent (such links are marked inferred). Candidates come from the clause index (the child
/// clause's bigrams, restricted to those documents); each is aligned character by character; the link model
/// decides, and each child clause keeps its best parent clause per parent document.
/// </summary>
public sealed class ClauseLinker(IGraphStore store, ClauseIndex index, LinkClassifier? model)
{
    /// <summary>Candidate parent clauses looked at per child clause and parent document set.</summary>
    public const int CandidatesPerClause = 5;

    public const double Threshold = 0.5;

    private readonly CitationResolver _resolver = new(store, DocumentRegistry.Instance);

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
                    Math.Round(score, 4), Evidence(candidate), candidate.Inferred));
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
        var sibling = parents.All(p => p.Document.Id != parentDocument.Document.Id);
        return Features(child, clause, parentDocument, parent, PassageAligner.Align(clause.SearchText, parent.SearchText), sibling);
    }

    /// <summary>Every candidate pair for a document's clauses, with its features.</summary>
    public IEnumerable<LinkCandidate> Candidates(DocumentGraph child)
    {
        var (parents, siblings) = Related(child);
        foreach (var (documents, inferred) in new[] { (parents, false), (siblings, true) })
        {
            if (documents.Count == 0)
            {
                continue;
            }
            var graphs = documents.ToDictionary(d => d.Document.Id);
            foreach (var clause in child.Clauses.Where(Linkable))
            {
                foreach (var (docId, clauseId) in Similar(clause, graphs.Keys))
                {
                    var parentDocument = graphs[docId];
                    var parent = parentDocument.Clauses.FirstOrDefault(c => c.Id == clauseId);
                    if (parent is null || !Linkable(parent))
                    {
                        continue;
                    }
                    var alignment = PassageAligner.Align(clause.SearchText, parent.SearchText);
                    yield return new LinkCandidate(clause, parent, parentDocument, Features(child, clause, parentDocument, parent, alignment, inferred), alignment, inferred);
                }
            }
        }
    }

    /// <summary>Parents (cited and ingested, then their ingested parents) and, for parents known only by name, siblings.</summary>
    private (List<DocumentGraph> Parents, List<DocumentGraph> Siblings) Related(DocumentGraph child)
    {
        var parents = new Dictionary<string, DocumentGraph>(StringComparer.Ordinal);
        var siblings = new Dictionary<string, DocumentGraph>(StringComparer.Ordinal);
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
                        if (cited.Target.Id != child.Document.Id && !parents.ContainsKey(cited.Target.Id) && store.GetDocument(cited.Target.Id) is { } parent)
                        {
                            parents[parent.Document.Id] = parent;
                            next.Add(parent);
                        }
                    }
                    else if (depth == 0)
                    {
                        // The parent's text is not here: its other children are the best witnesses of its wording.
                        var keys = cited.Citation.Title is { } t ? new[] { TitleKey.Of(t) } : [];
                        var known = DocumentRegistry.Instance.ById(cited.Target.Id);
                        var allKeys = known is null ? keys : known.Aliases.Prepend(known.Title).Select(TitleKey.Of).Concat(keys).Distinct().ToArray();
                        foreach (var (siblingId, _) in store.FindCitations(cited.Target.Number, allKeys))
                        {
                            if (siblingId != child.Document.Id && !siblings.ContainsKey(siblingId) && store.GetDocument(siblingId) is { } sibling &&
                                _resolver.ResolveAll(sibling).Any(r => r.Target.Id == cited.Target.Id))
                            {
                                siblings[siblingId] = sibling;
                            }
                        }
                    }
                }
            }
            frontier = next;
        }
        foreach (var id in parents.Keys)
        {
            siblings.Remove(id);
        }
        return (parents.Values.ToList(), siblings.Values.ToList());
    }

    /// <summary>The clauses of <paramref name="documents"/> that share most bigrams with <paramref name="clause"/>.</summary>
    private List<(string DocId, string ClauseId)> Similar(Clause clause, IEnumerable<string> documents)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var term in PolicyAnalysis.Terms(PolicyAnalysis.Bigrams, Fields.Text, clause.SearchText).Select(t => t.Term).Distinct(StringComparer.Ordinal).Take(512))
        {
            query.Add(new TermQuery(new Term(Fields.Text, term)), Occur.SHOULD);
        }
        var restrict = new BooleanQuery();
        foreach (var doc in documents)
        {
            restrict.Add(new TermQuery(new Term(Fields.DocId, doc)), Occur.SHOULD);
        }
        var filter = new QueryWrapperFilter(restrict);
        return index.Search(searcher => searcher.Search(query, filter, CandidatesPerClause).ScoreDocs
            .Select(sd => searcher.Doc(sd.Doc))
            .Select(d => (d.Get(Fields.DocId), d.Get(Fields.ClauseId)))
            .ToList());
    }

    /// <summary>
    /// Clauses worth linking: policy text. A notice's cover and a preamble (为贯彻落实《…》,制定本方案) restate their
    /// parents only in the formula that cites them, which the document-level citation already records.
    /// </summary>
    private static bool Linkable(Clause clause) =>
        clause.SearchText.Length >= 12 && clause.Role != Roles.Preamble && !clause.Path.StartsWith("notice", StringComparison.Ordinal);

    internal static LinkFeatures Features(DocumentGraph child, Clause clause, DocumentGraph parentDocument, Clause parent, Alignment alignment, bool sibling)
    {
        var childIndicators = child.Indicators.Where(i => i.ClauseId == clause.Id).ToList();
        var parentIndicators = parentDocument.Indicators.Where(i => i.ClauseId == parent.Id).ToList();
        var sharedNames = childIndicators.Where(c => parentIndicators.Any(p => SameIndicator(c.Name, p.Name))).ToList();
        var sameValues = sharedNames.Count(c => parentIndicators.Any(p => SameIndicator(c.Name, p.Name) && p.Value == c.Value));
        var shorter = Math.Max(1, Math.Min(clause.SearchText.Length, parent.SearchText.Length));
        return new LinkFeatures
        {
            ChildCoverage = (float)alignment.PassageCoverage,
            ParentCoverage = (float)alignment.ClauseCoverage,
            LocalScore = (float)alignment.LocalScore,
            LongestRun = (float)(alignment.SharedRuns.Count == 0 ? 0 : alignment.SharedRuns.Max(r => r.Length)) / shorter,
            BigramOverlap = (float)Jaccard(clause.SearchText, parent.SearchText),
            SharedIndicators = sharedNames.Count,
            SameIndicatorValues = sameValues,
            SameRole = clause.Role == parent.Role ? 1 : 0,
            SameFacet = clause.Facet is not null && clause.Facet == parent.Facet ? 1 : 0,
            PositionGap = (float)Math.Abs(RelativePosition(child, clause) - RelativePosition(parentDocument, parent)),
            YearGap = child.Document.Year is { } cy && parentDocument.Document.Year is { } py ? Math.Abs(cy - py) : 0,
            LevelGap = sibling ? 0 : Math.Max(0, Levels.Rank(child.Document.Level) - Levels.Rank(parentDocument.Document.Level)),
        };
    }

    /// <summary>Two indicator names name the same thing when one contains the other (主要农产品… / 农产品…).</summary>
    internal static bool SameIndicator(string a, string b) =>
        a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal);

    private static double RelativePosition(DocumentGraph doc, Clause clause) =>
        doc.Clauses.Count <= 1 ? 0 : (double)clause.Ordinal / (doc.Clauses.Count - 1);

    private static double Jaccard(string a, string b)
    {
        var x = Bigrams(a);
        var y = Bigrams(b);
        return x.Count + y.Count == 0 ? 0 : (double)x.Intersect(y).Count() / x.Union(y).Count();
    }

    private static HashSet<string> Bigrams(string s)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < s.Length; i++)
        {
            set.Add(s.Substring(i, 2));
        }
        return set;
    }

    /// <summary>What a person checks a link by: the longest shared wording, how much of the child it covers, changed numbers.</summary>
    private static string Evidence(LinkCandidate c)
    {
        var runs = c.Alignment.SharedRuns.OrderByDescending(r => r.Length).Take(3).Select(r => c.Child.SearchText.Substring(r.PassageStart, r.Length));
        var changed = c.ParentDocument.Indicators.Where(p => p.ClauseId == c.Parent.Id)
            .SelectMany(p => c.Features.SharedIndicators > 0 ? new[] { p } : [])
            .Take(3)
            .Select(p => $"{p.Name} {p.Comparator}{p.Value}{p.Unit}");
        return $"covers {c.Features.ChildCoverage:P0} of the clause; shared: {string.Join(" | ", runs)}" +
            (c.Features.SharedIndicators > 0 ? $"; parent targets: {string.Join(", ", changed)}" : string.Empty);
    }
}
