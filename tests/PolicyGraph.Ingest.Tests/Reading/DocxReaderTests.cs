using PolicyGraph.Core.Text;
using System.IO.Compression;
using PolicyGraph.Ingest.Reading;
using PolicyGraph.Testing;

namespace PolicyGraph.Ingest.Tests.Reading;

public class DocxReaderTests
{
    private static readonly byte[] Sample = File.ReadAllBytes(RepositoryFiles.SampleFile("linxi-2018-quality-county-plan.docx"));

    [Fact]
    public void Renders_Word_list_numbers_before_each_paragraph()
    {
        var lines = new DocxReader().Read(Sample, ReaderLimits.Default).Text.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("一、指导思想", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("二、工作目标", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("(一)落实企业质量主体责任", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("(五)加强质量安全监管和诚信建设", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("1.产品质量", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("五、保障措施", StringComparison.Ordinal));
    }

    [Fact]
    public void Restarts_deeper_levels_under_each_new_heading()
    {
        var lines = new DocxReader().Read(Sample, ReaderLimits.Default).Text.Split('\n');
        var tasks = lines.SkipWhile(l => !l.StartsWith("三、", StringComparison.Ordinal)).Skip(1).First();
        Assert.StartsWith("(一)", tasks, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_truncated_package()
    {
        var e = Assert.Throws<UnreadableDocumentException>(() => new DocxReader().Read(Sample.AsSpan(0, Sample.Length / 2), ReaderLimits.Default));
        Assert.Contains("truncated or corrupt", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_zip_that_is_not_a_Word_document()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("hello.txt").Open());
            writer.Write("质量");
        }
        var e = Assert.Throws<UnreadableDocumentException>(() => new DocxReader().Read(buffer.ToArray(), ReaderLimits.Default));
        Assert.Contains("no word/document.xml", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_zip_bomb_before_expanding_it()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var stream = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 12; i++)
            {
                stream.Write(zeros);
            }
        }
        var limits = ReaderLimits.Default with { MaxDocxUncompressedBytes = 10 * 1024 * 1024 };
        var e = Assert.Throws<UnreadableDocumentException>(() => new DocxReader().Read(buffer.ToArray(), limits));
        Assert.Contains("zip bomb", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "一")]
    [InlineData(10, "十")]
    [InlineData(11, "十一")]
    [InlineData(17, "十七")]
    [InlineData(20, "二十")]
    [InlineData(23, "二十三")]
    [InlineData(101, "一百零一")]
    [InlineData(110, "一百一十")]
    public void Writes_and_reads_Chinese_counting_numbers(int n, string chinese)
    {
        Assert.Equal(chinese, DocxReader.Format(n, "chineseCounting"));
        Assert.Equal(n, ChineseNumerals.Parse(chinese));
    }
}
