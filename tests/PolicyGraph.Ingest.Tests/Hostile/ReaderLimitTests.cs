using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using PolicyGraph.Core.Store;
using PolicyGraph.Ingest.Pipeline;
using PolicyGraph.Ingest.Reading;
using PolicyGraph.Tests;
using Xunit.Abstractions;

namespace PolicyGraph.Ingest.Tests.Hostile;

/// <summary>
/// The reader limits against files made to break them: DOCX zip bombs (honest and forged sizes), HTML nested
/// 100,000 deep, more elements than a page has, files over the size limit. Each is refused quickly, with the
/// reason, without expanding what it refuses (allocations are measured on the thread that reads).
/// </summary>
public sealed class ReaderLimitTests(ITestOutputHelper output)
{
    private static readonly DocumentReaders Readers = new(ReaderLimits.Default);

    /// <summary>
    /// Each refusal takes milliseconds (printed); the bound leaves room for a loaded 2-core machine and still fails
    /// what the limits exist to stop (100,000 nested &lt;div&gt; took 78 s before the depth was checked while parsing).
    /// </summary>
    private static readonly TimeSpan Quickly = TimeSpan.FromSeconds(10);

    /// <summary>Reads on this thread; returns the refusal's reason, the time taken and the bytes allocated.</summary>
    private (string Reason, TimeSpan Elapsed, long Allocated) Refusal(string fileName, byte[] bytes)
    {
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var e = Assert.Throws<UnreadableDocumentException>(() => Readers.Read(fileName, bytes));
        var refusal = (e.Message, clock.Elapsed, GC.GetAllocatedBytesForCurrentThread() - allocatedBefore);
        output.WriteLine($"{fileName} ({bytes.Length:N0} bytes) refused in {refusal.Elapsed.TotalMilliseconds:F0} ms, {refusal.Item3:N0} bytes allocated: {e.Message}");
        return refusal;
    }

    /// <summary>A package whose document.xml is <paramref name="bytes"/> of short paragraphs (about 300:1 compressed).</summary>
    private static byte[] PackageWithDocumentOf(long bytes)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in DocxPackage.Entries(DocxPackage.Build(DocxPackage.Document(""))).Where(e => e.Name != "word/document.xml"))
            {
                using var part = zip.CreateEntry(name).Open();
                part.Write(content);
            }
            using var stream = zip.CreateEntry("word/document.xml", CompressionLevel.Optimal).Open();
            stream.Write(Encoding.UTF8.GetBytes($"<w:document xmlns:w=\"{DocxPackage.WordNamespace}\"><w:body>"));
            var paragraph = Encoding.UTF8.GetBytes("<w:p><w:r><w:t>质量</w:t></w:r></w:p>");
            var block = new byte[paragraph.Length * 1024];
            for (var i = 0; i < 1024; i++)
            {
                paragraph.CopyTo(block, i * paragraph.Length);
            }
            for (long written = 0; written < bytes; written += block.Length)
            {
                stream.Write(block);
            }
            stream.Write(Encoding.UTF8.GetBytes("</w:body></w:document>"));
        }
        return buffer.ToArray();
    }

    /// <summary>Overwrites the uncompressed size that the local header and the central directory give for one entry.</summary>
    private static byte[] ForgeUncompressedSize(byte[] package, string entry, uint size)
    {
        var forged = package.ToArray();
        var name = Encoding.ASCII.GetBytes(entry);
        var patched = 0;
        for (var i = 0; i + 46 + name.Length <= forged.Length; i++)
        {
            if (forged[i] != 0x50 || forged[i + 1] != 0x4B)
            {
                continue;
            }
            if (forged[i + 2] == 3 && forged[i + 3] == 4 && forged.AsSpan(i + 30, name.Length).SequenceEqual(name))
            {
                BitConverter.TryWriteBytes(forged.AsSpan(i + 22, 4), size);
                patched++;
            }
            else if (forged[i + 2] == 1 && forged[i + 3] == 2 && forged.AsSpan(i + 46, name.Length).SequenceEqual(name))
            {
                BitConverter.TryWriteBytes(forged.AsSpan(i + 24, 4), size);
                patched++;
            }
        }
        Assert.Equal(2, patched);
        return forged;
    }

    [Fact]
    public void A_docx_that_expands_past_the_uncompressed_limit_is_refused_as_a_zip_bomb_without_expanding_it()
    {
        var bomb = PackageWithDocumentOf(ReaderLimits.Default.MaxDocxUncompressedBytes + (1 << 20));
        Assert.True(bomb.Length < 1_000_000, $"the bomb should be small: {bomb.Length:N0} bytes");

        var (reason, elapsed, allocated) = Refusal("bomb.docx", bomb);
        Assert.Equal("DOCX expands to more than 100 MB (a zip bomb or an oversize document)", reason);
        Assert.True(elapsed < Quickly, $"took {elapsed}");
        Assert.True(allocated < 4 * bomb.Length + (8 << 20), $"allocated {allocated:N0} bytes for a {bomb.Length:N0}-byte file");
    }

    [Fact]
    public void A_docx_whose_document_xml_is_over_the_part_limit_is_refused_before_it_is_parsed()
    {
        // 20 MB of paragraphs: under the package limit and the 1000:1 ratio, but the SDK would hold it at ~280 MB.
        var package = PackageWithDocumentOf(20 << 20);
        var (reason, elapsed, allocated) = Refusal("large.docx", package);
        Assert.Equal("DOCX part word/document.xml expands to 20 MB of XML; the limit for one part is 16 MB", reason);
        Assert.True(elapsed < Quickly, $"took {elapsed}");
        Assert.True(allocated < 4 * package.Length + (8 << 20), $"allocated {allocated:N0} bytes");
    }

    [Theory]
    [InlineData(0u)]
    [InlineData(4096u)]
    public void A_docx_with_a_forged_small_uncompressed_size_is_cut_at_that_size_and_refused(uint forgedSize)
    {
        // The header says 0 or 4 KB; the deflate stream holds 200 MB. The zip reader stops at the declared size, so
        // what the SDK sees is a document cut short: refused, having expanded no more than the header admitted.
        var forged = ForgeUncompressedSize(PackageWithDocumentOf(200 << 20), "word/document.xml", forgedSize);
        var (reason, elapsed, allocated) = Refusal("forged.docx", forged);
        Assert.Matches("^(not a valid DOCX: a part is not well-formed XML|the DOCX has no document body)", reason);
        Assert.True(elapsed < Quickly, $"took {elapsed}");
        Assert.True(allocated < 16L << 20, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void A_docx_part_compressed_more_than_a_thousand_to_one_is_refused()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var stream = zip.CreateEntry("word/media/image1.png", CompressionLevel.SmallestSize).Open();
            stream.Write(new byte[8 << 20]);
        }
        var (reason, elapsed, _) = Refusal("ratio.docx", buffer.ToArray());
        Assert.Equal("DOCX part word/media/image1.png is compressed more than 1000:1 (a zip bomb)", reason);
        Assert.True(elapsed < Quickly, $"took {elapsed}");
    }

    public static TheoryData<string, string> DeepNesting => new()
    {
        { "<div>", "" },
        { "<b>", "" },
        { "<span>", "" },
        { "<table><tr><td>", "" },
        { "<ul><li>", "" },
        { "<svg><g>", "" },
        { "<div>", "</div>" },
    };

    [Theory]
    [MemberData(nameof(DeepNesting))]
    public void Html_nested_100000_deep_is_refused_within_the_depth_limit_quickly(string open, string close)
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat(open, 100_000)) + "质量" + string.Concat(Enumerable.Repeat(close, 100_000));
        var (reason, elapsed, _) = Refusal("deep.html", Encoding.UTF8.GetBytes(html));
        Assert.Equal("HTML nested more than 256 elements deep", reason);
        // 100,000 nested <div> took the parser 78 s before the depth was checked while parsing.
        Assert.True(elapsed < Quickly, $"took {elapsed}");
    }

    [Fact]
    public void Html_nested_just_within_the_limit_is_read()
    {
        var depth = ReaderLimits.Default.MaxHtmlDepth - 2; // <html> and <body> are two levels
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "质量发展" + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";
        Assert.Contains("质量发展", Readers.Read("within.html", Encoding.UTF8.GetBytes(html)).Text, StringComparison.Ordinal);
        var deeper = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth + 1)) + "质量发展";
        Assert.Equal("HTML nested more than 256 elements deep", Refusal("over.html", Encoding.UTF8.GetBytes(deeper)).Reason);
    }

    [Fact]
    public void Html_with_more_elements_than_a_page_has_is_refused_before_the_tree_is_built()
    {
        var html = "<p>质量</p>" + string.Concat(Enumerable.Repeat("<i></i>", 1_000_000));
        var (reason, elapsed, allocated) = Refusal("flat.html", Encoding.UTF8.GetBytes(html));
        Assert.Equal("HTML has more than 200,000 elements", reason);
        // A million elements took 3.5 s and 580 MB when they were all built.
        Assert.True(elapsed < Quickly, $"took {elapsed}");
        Assert.True(allocated < 200L << 20, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_by_the_readers_and_by_the_pipeline_without_reading_it()
    {
        var limit = ReaderLimits.Default.MaxFileBytes;
        Assert.Equal($"file too large ({limit + 1:N0} bytes; the limit is {limit:N0})", Refusal("big.txt", new byte[limit + 1]).Reason);

        using var data = new TemporaryDirectory();
        var path = Path.Combine(data.Path, "huge.txt");
        using (var file = File.Create(path))
        {
            file.SetLength(limit * 50); // a sparse 1 GB file: reading it whole would take the memory
        }
        using var store = new SqliteGraphStore(Path.Combine(data.Path, "store"));
        // Built first: a pipeline loads the gazetteer and the facet model once per process, which is not reading.
        var pipeline = new IngestPipeline(store, Readers);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var report = pipeline.IngestPaths([path]);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore < 16 << 20);
        var failed = Assert.Single(report.Failed);
        Assert.Equal(path, failed.Source);
        Assert.Equal($"file too large ({limit * 50:N0} bytes; the limit is {limit:N0})", failed.Error);
        Assert.Empty(store.ListDocuments());
    }
}
