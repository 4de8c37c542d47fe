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

    /// <summary>
    /// A flipbook's text of a typeset PDF with every mark shifted (，as 袁, 。as 遥, ：as 院 …) reads with its marks back,
    /// while a 院 that ends an institution's name stays; a text that merely uses 袁 or 遥 as characters is left alone.
    /// </summary>
    [Fact]
    public void Punctuation_a_PDF_font_shifted_is_read_back_and_ordinary_text_is_left_alone()
    {
        var readers = new DocumentReaders(ReaderLimits.Default);
        const string Shifted = "申报方式院 企 业 根 据 通 知 袁 在 线 提 交 渊 网 址 院 见 附 件 冤 袁 纸 质 材 料 报 送 县 渊 市 尧 区 冤 局 遥\n经 国 务 院 同 意 袁 补 助 8 万 元 遥\n";
        var read = readers.Read("page.txt", System.Text.Encoding.UTF8.GetBytes(Shifted)).Text;
        Assert.Equal("申报方式： 企 业 根 据 通 知 ， 在 线 提 交 （ 网 址 ： 见 附 件 ） ， 纸 质 材 料 报 送 县 （ 市 、 区 ） 局 。\n经 国 务 院 同 意 ， 补 助 8 万 元 。\n", read);
        const string Ordinary = "袁家村的遥感监测站建成，遥测数据由袁工负责。经国务院同意，全县推广。\n";
        Assert.Equal(Ordinary, readers.Read("plain.txt", System.Text.Encoding.UTF8.GetBytes(Ordinary)).Text);
    }
}
