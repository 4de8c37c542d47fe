using System.Text;
using PolicyGraph.Ingest.Reading;
using PolicyGraph.Testing;

namespace PolicyGraph.Ingest.Tests.Reading;

public class TextFileReaderTests
{
    private static readonly string Reference = File.ReadAllText(RepositoryFiles.CorpusFile("000"));

    static TextFileReaderTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static TheoryData<string> Encodings => ["utf-8", "utf-8-bom", "utf-16le-bom", "utf-16be-bom", "gb18030", "gbk"];

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Detects_the_encoding_and_reads_the_same_text(string encoding)
    {
        var bytes = Encode(Reference, encoding);
        var read = new TextFileReader().Read(bytes, ReaderLimits.Default);
        // GBK has no no-break space (000 has some): what GBK can hold is what must come back.
        var expected = encoding == "gbk" ? Encoding.GetEncoding("GBK").GetString(bytes) : Reference;
        Assert.Equal(expected, read.Text);
        Assert.Contains("呼和浩特市人民政府关于加快推进", read.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_the_encoding_it_detected()
    {
        Assert.Equal("GB18030", new TextFileReader().Read(Encode(Reference, "gb18030"), ReaderLimits.Default).Fields[SourceText.FieldNames.Encoding]);
        Assert.Equal("UTF-16LE", new TextFileReader().Read(Encode(Reference, "utf-16le-bom"), ReaderLimits.Default).Fields[SourceText.FieldNames.Encoding]);
    }

    [Fact]
    public void Refuses_binary_content()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        var e = Assert.Throws<UnreadableDocumentException>(() => new TextFileReader().Read(bytes, ReaderLimits.Default));
        Assert.Contains("binary", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_UTF8_cut_in_the_middle_of_a_character()
    {
        var bytes = Encode(Reference, "utf-8");
        var cut = bytes.AsSpan(0, bytes.Length - 1).ToArray();
        while ((cut[^1] & 0xC0) == 0x80 || cut[^1] < 0x80)
        {
            cut = cut[..^1];
        }
        var e = Assert.Throws<UnreadableDocumentException>(() => new TextFileReader().Read(cut, ReaderLimits.Default));
        Assert.Equal("truncated UTF-8 text (the file ends in the middle of a character)", e.Message);
    }

    [Fact]
    public void Refuses_UTF8_with_a_damaged_byte_rather_than_reading_it_as_GB18030()
    {
        var bytes = Encode(Reference, "utf-8");
        bytes[bytes.Length / 2] = 0xFF;
        var e = Assert.Throws<UnreadableDocumentException>(() => new TextFileReader().Read(bytes, ReaderLimits.Default));
        Assert.Matches(@"^damaged UTF-8 text \([12] invalid byte sequences, the first at offset \d+\)$", e.Message);
    }

    [Fact]
    public void Refuses_text_without_Chinese()
    {
        var e = Assert.Throws<UnreadableDocumentException>(() => new TextFileReader().Read("hello world"u8, ReaderLimits.Default));
        Assert.Contains("no Chinese text", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_whitespace_only_text()
    {
        var e = Assert.Throws<UnreadableDocumentException>(() => new TextFileReader().Read(" \n\t\n"u8, ReaderLimits.Default));
        Assert.Contains("no text", e.Message, StringComparison.Ordinal);
    }

    internal static byte[] Encode(string text, string encoding) => encoding switch
    {
        "utf-8" => new UTF8Encoding(false).GetBytes(text),
        "utf-8-bom" => [.. new UTF8Encoding(true).GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
        "utf-16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
        "utf-16be-bom" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
        "gb18030" => Encoding.GetEncoding("GB18030").GetBytes(text),
        "gbk" => Encoding.GetEncoding("GBK").GetBytes(text),
        _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
    };
}
