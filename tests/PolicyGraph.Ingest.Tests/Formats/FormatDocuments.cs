using PolicyGraph.Ingest.Reading;
using PolicyGraph.Testing;

namespace PolicyGraph.Ingest.Tests.Formats;

/// <summary>
/// The team's sample county plan in every format the readers take, made from the same source by
/// <c>tools/formats/make-test-documents.sh</c> (committed, so no test needs chromium), and the converter the .doc
/// tests need, which the test set-up installs: without it they fail, saying so, rather than skip.
/// </summary>
internal static class FormatDocuments
{
    public const string Name = "linxi-2018-quality-county-plan";

    public static string Docx => RepositoryFiles.SampleFile(Name + ".docx");

    /// <summary>The HTML sibling printed by chromium: CID TrueType fonts, a running header and `— N —` page numbers.</summary>
    public static string ChromiumPdf => RepositoryFiles.TestDocument($"formats/{Name}.pdf");

    /// <summary>The DOCX printed by LibreOffice: a character grid, punctuation hanging past the margin.</summary>
    public static string LibreOfficePdf => RepositoryFiles.TestDocument($"formats/{Name}.libreoffice.pdf");

    public static string PermissionsPdf => RepositoryFiles.TestDocument($"formats/{Name}.permissions.pdf");

    public static string PasswordPdf => RepositoryFiles.TestDocument($"formats/{Name}.password.pdf");

    public static string Doc => RepositoryFiles.TestDocument($"formats/{Name}.doc");

    public static string Wps => RepositoryFiles.TestDocument($"formats/{Name}.wps");

    public static string Html => RepositoryFiles.TestDocument($"formats/{Name}.html");

    public static string ScannedPdf => RepositoryFiles.TestDocument("formats/scanned-county-plan.pdf");

    public static string KangxiPdf => RepositoryFiles.TestDocument("formats/kangxi-lookalikes.pdf");

    /// <summary>LibreOffice's converter as the tests find it; fails the test (never skips it) when it is not installed.</summary>
    public static OfficeConverter RequireConverter()
    {
        var converter = OfficeConverter.FromEnvironment();
        Assert.True(converter.Program is not null,
            $"LibreOffice's converter is not installed, and the .doc/.wps tests need it: run tools/install-test-deps.sh (apt-get install {OfficeConverter.DebianPackage}) or set {OfficeConverter.PathVariable}");
        return converter;
    }
}
