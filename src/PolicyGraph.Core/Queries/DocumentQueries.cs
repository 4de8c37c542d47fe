using PolicyGraph.Core.Citations;
using PolicyGraph.Core.Contract;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Store;

namespace PolicyGraph.Core.Queries;

/// <summary>One line of the catalogue: the document as <c>docs</c> lists it, and the name a list shows for it.</summary>
public sealed record CatalogueEntry(DocumentSummary Document, string Label);

/// <summary>
/// One document whole: contract.md's detail (what <c>show</c> and <c>GET /api/docs/{id}</c> answer), the registry's
/// document it is the text of (a reprint of a 纲要), if any, and the ingested documents it cites, once each (the
/// parents it can be set beside in 对照).
/// </summary>
public sealed record DocumentView(DocumentDetail Detail, KnownDocument? Known, IReadOnlyList<CitationView> CitedDocuments);

/// <summary>
/// The questions about the documents themselves, answered once for the command line, the API and the pages, which
/// only format the answers: which documents there are (the catalogue), how many, and one document with its outline,
/// clauses, goals, tasks, indicators, evidence and citations resolved.
/// </summary>
public sealed class DocumentQueries(IGraphStore store, DocumentRegistry registry)
{
    private readonly CitationResolver _resolver = new(store, registry);

    /// <summary>Every document, in the store's order (<c>docs</c>, <c>GET /api/docs</c>).</summary>
    public IReadOnlyList<CatalogueEntry> Catalogue() =>
        store.ListDocuments().Select(d => new CatalogueEntry(DocumentSummary.From(d), d.Label)).ToList();

    /// <summary>The catalogue from national down to county (unknown levels last), each level by year: how the site lists it.</summary>
    public IReadOnlyList<CatalogueEntry> CatalogueByLevel() =>
        Catalogue().OrderBy(e => Levels.Order(e.Document.Level)).ThenBy(e => e.Document.Year).ToList();

    /// <summary>How many documents the store holds.</summary>
    public int Count() => store.ListDocuments().Count;

    /// <summary>The document with this id, whole; null when there is none.</summary>
    public DocumentView? View(string id)
    {
        if (store.GetDocument(id) is not { } graph)
        {
            return null;
        }
        var detail = Detail(graph);
        var cited = detail.Citations.Where(c => c.TargetKind == DocumentKinds.Document && c.TargetId is not null).DistinctBy(c => c.TargetId).ToList();
        return new DocumentView(detail, _resolver.Known(graph.Document), cited);
    }

    private DocumentDetail Detail(DocumentGraph graph) => new(
        DocumentSummary.From(graph.Document),
        graph.Sections.Select(s => new SectionView(s.Id, s.Path, s.Heading, s.Role, s.ParentId, s.Number, s.Kind)).ToList(),
        graph.Clauses.Select(c => new ClauseView(c.Id, c.SectionId, c.Path, c.Role, c.Text, c.Number, c.Heading, c.LeadId, c.Facet)).ToList(),
        graph.Tasks.Select(t => new TaskView(t.Id, t.ClauseId, t.Title, t.Lead.Select(DepartmentView.From).ToList(), t.Support.Select(DepartmentView.From).ToList())).ToList(),
        graph.Indicators.Select(i => new IndicatorView(i.Id, i.ClauseId, i.Name, i.Comparator, i.Value, i.Unit, i.Year, i.Text, i.GoalId, i.Kind)).ToList(),
        _resolver.ResolveAll(graph).Select(r => new CitationView(
            r.Citation.Raw, r.Citation.Number ?? r.Target.Number, r.Citation.Title ?? r.Target.Title, r.Target.Id, r.Relation, r.Target.Kind, r.Target.Resolved, r.Target.Title)).ToList(),
        graph.Goals.Select(g => new GoalView(g.Id, g.ClauseId, g.Title)).ToList(),
        graph.Document.Evidence);
}
