using PolicyGraph.Core.Store;
using PolicyGraph.Ingest.Pipeline;
using PolicyGraph.Ingest.Reading;
using PolicyGraph.Testing;
using Xunit.Abstractions;

namespace PolicyGraph.Ingest.Tests.Formats;

/// <summary>
/// The same team-written document as DOCX, as its HTML sibling, as PDF (printed by chromium from the HTML, and by
/// LibreOffice from the DOCX, plain and encrypted with a permissions password), as .doc (saved by LibreOffice) and as
/// .wps ingests to the same clauses — texts, paths, roles — and the same sections and metadata.
/// </summary>
public sealed class FormatEquivalenceTests(ITestOutputHelper output) : IDisposable
{
    private readonly TemporaryDirectory _data = new();

    public void Dispose() => _data.Dispose();

    /// <summary>The HTML sibling too: it is what chromium printed, so the PDF's equality rests on it.</summary>
    public static TheoryData<string> Others => new() { "html", "chromium.pdf", "libreoffice.pdf", "permissions.pdf", "doc", "wps" };

    private static string PathOf(string kind) => kind switch
    {
        "chromium.pdf" => FormatDocuments.ChromiumPdf,
        "libreoffice.pdf" => FormatDocuments.LibreOfficePdf,
        "permissions.pdf" => FormatDocuments.PermissionsPdf,
        "doc" => FormatDocuments.Doc,
        "html" => FormatDocuments.Html,
        _ => FormatDocuments.Wps,
    };

    [Theory]
    [MemberData(nameof(Others))]
    public void Ingests_to_the_same_clauses_as_the_docx(string kind)
    {
        var converter = kind is "doc" or "wps" ? FormatDocuments.RequireConverter() : null;
        using var store = new SqliteGraphStore(Path.Combine(_data.Path, "store"));
        var report = new IngestPipeline(store, new DocumentReaders(ReaderLimits.Default, converter), linkClauses: false)
            .IngestPaths([FormatDocuments.Docx, PathOf(kind)]);
        Assert.Empty(report.Failed);
        Assert.Equal(2, report.Ingested.Count);
        var docx = store.GetDocument(report.Ingested[0].Id)!;
        var other = store.GetDocument(report.Ingested[1].Id)!;
        output.WriteLine($"{kind}: {other.Clauses.Count} clauses, {other.Sections.Count} sections, format {other.Document.Format}");

        Assert.True(docx.Clauses.Count >= 20, $"the DOCX gave {docx.Clauses.Count} clauses");
        var expected = docx.Clauses.Select(c => $"{c.Path} [{c.Role}] {c.Text}").ToList();
        var actual = other.Clauses.Select(c => $"{c.Path} [{c.Role}] {c.Text}").ToList();
        Assert.Equal(expected, actual);
        Assert.Equal(docx.Sections.Select(s => (s.Path, s.Heading, s.Role)), other.Sections.Select(s => (s.Path, s.Heading, s.Role)));
        Assert.Equal(
            (docx.Document.Title, docx.Document.DocNumber, docx.Document.Issuer, docx.Document.Date, docx.Document.Level, docx.Document.AttachmentTitle),
            (other.Document.Title, other.Document.DocNumber, other.Document.Issuer, other.Document.Date, other.Document.Level, other.Document.AttachmentTitle));
        Assert.Equal(kind.Split('.').Last(), other.Document.Format);
    }

    [Fact]
    public void A_scan_in_a_batch_is_refused_with_its_reason_and_the_rest_goes_in()
    {
        var batch = Directory.CreateDirectory(Path.Combine(_data.Path, "batch")).FullName;
        File.Copy(FormatDocuments.ScannedPdf, Path.Combine(batch, "attachment-scan.pdf"));
        File.Copy(FormatDocuments.ChromiumPdf, Path.Combine(batch, "county-plan.pdf"));
        File.Copy(FormatDocuments.KangxiPdf, Path.Combine(batch, "work-points.pdf"));
        File.Copy(FormatDocuments.Docx, Path.Combine(batch, "county-plan.docx"));
        using var store = new SqliteGraphStore(Path.Combine(_data.Path, "store"));
        var report = new IngestPipeline(store, new DocumentReaders(ReaderLimits.Default), linkClauses: false).IngestPaths([batch]);

        Assert.Equal(2, report.ExitCode);
        var failed = Assert.Single(report.Failed);
        Assert.Equal("attachment-scan.pdf", Path.GetFileName(failed.Source));
        Assert.Equal("PDF has no text layer (a scanned document?): 2 pages, no text", failed.Error);
        Assert.Equal(["county-plan.docx", "county-plan.pdf", "work-points.pdf"], report.Ingested.Select(f => Path.GetFileName(f.Source)).Order(StringComparer.Ordinal));
        // Nothing of the scan was stored; each of the others whole.
        var stored = store.ListDocuments();
        Assert.Equal(3, stored.Count);
        Assert.All(stored, d => Assert.Equal(d.ClauseCount, store.GetDocument(d.Id)!.Clauses.Count));
        Assert.DoesNotContain(stored, d => d.Source.EndsWith("attachment-scan.pdf", StringComparison.Ordinal));
    }
}
