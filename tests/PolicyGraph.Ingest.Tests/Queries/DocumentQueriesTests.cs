using PolicyGraph.Core.Citations;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Queries;
using PolicyGraph.Core.Store;
using PolicyGraph.Ingest.Pipeline;
using PolicyGraph.Ingest.Reading;
using PolicyGraph.Testing;

namespace PolicyGraph.Ingest.Tests.Queries;

/// <summary>
/// The document questions the command line, the API and the pages all ask (<see cref="DocumentQueries"/>): the
/// catalogue, the count, and one document whole, on the reference corpus and samples/ (<see cref="SamplesAndCorpus"/>,
/// shared) and on the zoo's reprint of the 纲要.
/// </summary>
[Collection(ReferenceCorpus.Name)]
public sealed class DocumentQueriesTests(SamplesAndCorpus data)
{
    private DocumentQueries Queries => new(data.Store, DocumentRegistry.Instance);

    /// <summary>A document's id by its file name's start (a corpus prefix such as 000, a sample such as linxi).</summary>
    private string Id(string prefix) => data.Id(prefix);

    [Fact]
    public void The_catalogue_holds_every_document_once_in_the_stores_order_with_the_name_lists_show()
    {
        var catalogue = Queries.Catalogue();
        Assert.Equal(10, catalogue.Count);
        Assert.Equal(catalogue.Count, Queries.Count());
        Assert.Equal(data.Store.ListDocuments().Select(d => d.Id), catalogue.Select(e => e.Document.Id));
        var plan = catalogue.Single(e => e.Document.Id == Id("000"));
        Assert.Equal("呼和浩特市人民政府关于加快推进质量强市建设的实施意见", plan.Label);
        Assert.Equal(35, plan.Document.ClauseCount);
        // A document without a title (cangland 2019, in Traditional) is listed by what the store calls it, never blank.
        var untitled = catalogue.Single(e => e.Document.Id == Id("cangland-2019"));
        Assert.Null(untitled.Document.Title);
        Assert.Equal(data.Store.FindDocument(untitled.Document.Id)!.Label, untitled.Label);
        Assert.False(string.IsNullOrWhiteSpace(untitled.Label));
    }

    [Fact]
    public void The_catalogue_by_level_runs_from_provinces_down_to_counties_each_level_by_year()
    {
        var catalogue = Queries.CatalogueByLevel();
        Assert.Equal(Queries.Catalogue().Select(e => e.Document.Id).Order(StringComparer.Ordinal), catalogue.Select(e => e.Document.Id).Order(StringComparer.Ordinal));
        Assert.Equal(Id("001"), catalogue[0].Document.Id);
        Assert.Equal((Levels.Province, 2013), (catalogue[0].Document.Level, catalogue[0].Document.Year));
        Assert.Equal([Levels.Province, Levels.Prefecture, Levels.County], catalogue.Select(e => e.Document.Level).Distinct());
        foreach (var level in catalogue.GroupBy(e => e.Document.Level))
        {
            var years = level.Select(e => e.Document.Year ?? int.MinValue).ToList();
            Assert.Equal(years.Order(), years);
        }
        Assert.Equal((Levels.County, 2023), (catalogue[^1].Document.Level, catalogue[^1].Document.Year));
    }

    [Fact]
    public void A_document_view_holds_the_outline_and_what_was_extracted_with_citations_resolved()
    {
        var view = Queries.View(Id("000"))!;
        var detail = view.Detail;
        Assert.Equal(Id("000"), detail.Document.Id);
        Assert.Equal((14, 35, 18, 28, 11), (detail.Sections.Count, detail.Clauses.Count, detail.Tasks.Count, detail.Indicators.Count, detail.Goals.Count));
        Assert.All(detail.Clauses, c => Assert.True(c.SectionId is null || detail.Sections.Any(s => s.Id == c.SectionId), $"{c.Id} under a missing section"));
        Assert.All(detail.Indicators, i => Assert.Contains(detail.Clauses, c => c.Id == i.ClauseId));
        Assert.All(detail.Tasks, t => Assert.Contains(detail.Clauses, c => c.Id == t.ClauseId));
        Assert.All(detail.Goals, g => Assert.Contains(detail.Clauses, c => c.Id == g.ClauseId));
        Assert.NotEmpty(detail.Evidence);
        // The 纲要 cited by title only comes with its number; the regional decision cited under two titles is one citation.
        var outline = Assert.Single(detail.Citations, c => c.TargetId == "guofa-2012-9");
        Assert.Equal(("国发〔2012〕9号", DocumentKinds.Known, Relations.Implements, true), (outline.Number, outline.TargetKind, outline.Relation, outline.Resolved));
        Assert.Single(detail.Citations, c => c.TargetId == "neizhengfa-2015-92");
        Assert.Contains(detail.Citations, c => c.TargetKind == DocumentKinds.Cited && !c.Resolved);
        // It cites no ingested document, so there is nothing to set it beside, and it is no registry document's text.
        Assert.Empty(view.CitedDocuments);
        Assert.Null(view.Known);
    }

    [Fact]
    public void A_county_plan_can_be_set_beside_each_ingested_parent_it_cites_once()
    {
        var view = Queries.View(Id("linxi"))!;
        Assert.Equal([Id("cangland-2016"), Id("wangchuan")], view.CitedDocuments.Select(c => c.TargetId));
        Assert.All(view.CitedDocuments, c => Assert.Equal(DocumentKinds.Document, c.TargetKind));
        Assert.Equal(data.Store.FindDocument(Id("wangchuan"))!.Title, view.CitedDocuments[1].TargetTitle);
        // The national opinion it also implements is known but not ingested: cited, not comparable.
        Assert.Contains(view.Detail.Citations, c => c.TargetId == "zhongfa-2017-24" && c.TargetKind == DocumentKinds.Known);
    }

    [Fact]
    public void The_reprinted_outline_is_shown_as_the_registry_document_it_is_the_text_of()
    {
        using var directory = new TemporaryDirectory();
        using var store = new SqliteGraphStore(directory.Path);
        var reprint = Directory.GetFiles(Path.Combine(RepositoryFiles.Root, "tests", "Zoo"), "z10_*").Single();
        var report = new IngestPipeline(store, new DocumentReaders(ReaderLimits.Default), linkClauses: false).IngestPaths([reprint]);
        var known = new DocumentQueries(store, DocumentRegistry.Instance).View(Assert.Single(report.Ingested).Id)!.Known;
        Assert.NotNull(known);
        Assert.Equal(("quality-power-outline-2023", "质量强国建设纲要"), (known.Id, known.Title));
    }

    [Fact]
    public void An_id_that_names_no_document_has_no_view()
    {
        Assert.Null(Queries.View("no-such-document"));
        Assert.Null(Queries.View("guofa-2012-9"));
    }
}
