using PolicyGraph.Ingest.Reading;

namespace PolicyGraph.Ingest.Tests.Reading;

public class DocumentReadersTests
{
    private readonly DocumentReaders _readers = new(ReaderLimits.Default with { MaxFileBytes = 1000 });

    [Fact]
    public void Refuses_unsupported_formats_naming_the_supported_ones()
    {
        var e = Assert.Throws<UnreadableDocumentException>(() => _readers.Read("policy.xls", "质量"u8));
        Assert.Equal("unsupported file type '.xls' (supported: .txt, .text, .html, .htm, .xhtml, .docx, .pdf, .doc, .wps)", e.Message);
    }

    [Fact]
    public void Refuses_empty_files()
    {
        var e = Assert.Throws<UnreadableDocumentException>(() => _readers.Read("a.txt", ReadOnlySpan<byte>.Empty));
        Assert.Equal("empty file (0 bytes)", e.Message);
    }

    [Fact]
    public void Refuses_files_over_the_size_limit()
    {
        var e = Assert.Throws<UnreadableDocumentException>(() => _readers.Read("a.txt", new byte[1001]));
        Assert.Contains("file too large (1,001 bytes; the limit is 1,000)", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a.TXT", true)]
    [InlineData("a.htm", true)]
    [InlineData("a.docx", true)]
    [InlineData("a.PDF", true)]
    [InlineData("a.doc", true)]
    [InlineData("a.wps", true)]
    [InlineData("README.md", false)]
    [InlineData("a.xls", false)]
    public void Knows_which_files_it_reads(string name, bool supported) => Assert.Equal(supported, _readers.IsSupported(name));
}
