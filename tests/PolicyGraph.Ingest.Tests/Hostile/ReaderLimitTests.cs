using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using PolicyGraph.Core.Store;
using PolicyGraph.Ingest.Pipeline;
using PolicyGraph.Ingest.Reading;
using PolicyGraph.Testing;
using Xunit.Abstractions;

namespace PolicyGraph.Ingest.Tests.Hostile;

/// <summary>
/// The reader limits against files made to break them: DOCX zip bombs (honest and forged sizes), HTML nested
/// 100,000 deep, more elements than a page has, files over the size limit. Each is refused quickly, with the
/// reason, without expanding what it refuses (allocations are measured on the thread that reads). And PDFs made
/// to break a parser — a deflate bomb, nesting 100,000 deep, a page tree deep enough to overflow PdfPig's stack,
/// Form XObjects that never finish drawing, three million text operators, page boxes of 10^30 points, broken
/// cross-references — each read or refused with its reason by the product's reader, whose reading process takes
/// the crash, the hang or the memory.
/// </summary>
[Trait("Category", "Slow")] // left out of ./test.sh --fast (README: running the tests)
public sealed class ReaderLimitTests(ITestOutputHelper output)
{
    private static readonly DocumentReaders Readers = new(ReaderLimits.Default);

    /// <summary>
    /// Each refusal takes milliseconds (printed); the bound leaves room for a loaded 2-core machine and still fails
    /// what the limits exist to stop (100,000 nested &lt;div&gt; took 78 s before the depth was checked while parsing).
    /// </summary>
    private static readonly TimeSpan Quickly = PropertyCheck.DefaultLimit;

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

    // PDF: every file below is read by the product's reader, which parses it in a process of its own.

    private static byte[] PolicyPdf(Action<List<PdfFile.Object>>? change = null, string mediaBox = "[0 0 595 842]", bool xref = true, string trailer = "")
    {
        var objects = PdfFile.TextDocument(PdfFile.PolicyPages, mediaBox);
        change?.Invoke(objects);
        return PdfFile.Build(objects, xref, trailer);
    }

    /// <summary>List index of the first page's content stream (objects 1–6 are catalog, pages and font; then page, content).</summary>
    private const int FirstContent = 7;

    private SourceText Read(string fileName, byte[] bytes, ReaderLimits? limits = null)
    {
        var clock = Stopwatch.StartNew();
        var read = new DocumentReaders(limits ?? ReaderLimits.Default).Read(fileName, bytes);
        output.WriteLine($"{fileName} ({bytes.Length:N0} bytes) read in {clock.ElapsedMilliseconds} ms: {read.Text.Length:N0} characters");
        return read;
    }

    private (string Reason, TimeSpan Elapsed) Refusal(string fileName, byte[] bytes, ReaderLimits limits)
    {
        var clock = Stopwatch.StartNew();
        var e = Assert.Throws<UnreadableDocumentException>(() => new DocumentReaders(limits).Read(fileName, bytes));
        output.WriteLine($"{fileName} ({bytes.Length:N0} bytes) refused in {clock.ElapsedMilliseconds} ms: {e.Message}");
        return (e.Message, clock.Elapsed);
    }

    [Fact]
    public void A_pdf_stream_that_inflates_to_200_MB_is_refused_having_held_none_of_it()
    {
        var bomb = PolicyPdf(o => o[FirstContent] = PdfFile.Stream(HostilePdf.Bomb.Value, "/Filter /FlateDecode "));
        Assert.True(bomb.Length < 1_000_000, $"the bomb should be small: {bomb.Length:N0} bytes");
        Assert.Equal("a PDF stream decodes to more than 64 MB (a compression bomb or an oversize stream)", Refusal("bomb.pdf", bomb).Reason);
    }

    [Fact]
    public void A_catalog_in_an_object_stream_reads_and_an_object_stream_that_inflates_to_200_MB_is_refused()
    {
        // The honest file first: the reader follows the cross-reference stream into the object stream.
        var objects = PdfFile.TextDocument(PdfFile.PolicyPages);
        Assert.StartsWith("临溪县质量提升工作方案\n", Read("object-stream.pdf", PdfFile.BuildWithObjectStream(objects)).Text, StringComparison.Ordinal);

        var bomb = PdfFile.BuildWithObjectStream(objects, _ => PdfFile.Stream(HostilePdf.Bomb.Value, "/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode "));
        Assert.Equal("a PDF stream decodes to more than 64 MB (a compression bomb or an oversize stream)", Refusal("object-stream-bomb.pdf", bomb).Reason);
    }

    [Theory]
    [InlineData("2147483647", "4")]
    [InlineData("1", "2147483647")]
    [InlineData("-1", "-4")]
    public void An_object_stream_claiming_two_billion_objects_or_a_first_offset_past_its_end_is_refused(string n, string first)
    {
        var objects = PdfFile.TextDocument(PdfFile.PolicyPages);
        var forged = PdfFile.BuildWithObjectStream(objects, catalog => PdfFile.Deflated(catalog, $"/Type /ObjStm /N {n} /First {first} "));
        Assert.StartsWith("not a readable PDF (", Refusal($"object-stream-n{n}.pdf", forged).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_forged_stream_length_is_read_past()
    {
        // /Length says 100 GB; the stream ends at endstream, which is where PdfPig looks when the length lies.
        var forged = PolicyPdf(o => o[FirstContent] = PdfFile.Stream("BT /F1 16 Tf 80 760 Td <0001000200030004> Tj ET"u8.ToArray(), length: "99999999999"));
        Assert.StartsWith("临溪县质\n二、重点任务", Read("forged-length.pdf", forged).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Arrays_nested_100000_deep_in_a_page_are_refused_at_the_nesting_limit()
    {
        var deep = PolicyPdf(o => o[FirstContent] = PdfFile.Deflated(Encoding.ASCII.GetBytes("BT /F1 16 Tf 80 760 Td <0001> Tj ET " + new string('[', 100_000))));
        Assert.Equal("PDF nests arrays or dictionaries more than 256 deep", Refusal("deep-arrays.pdf", deep).Reason);
    }

    [Fact]
    public void Dictionaries_nested_100000_deep_in_the_catalog_are_refused_at_the_nesting_limit()
    {
        var deep = PolicyPdf(o => o[0] = "<< /Type /Catalog /Pages 2 0 R /Deep " + string.Concat(Enumerable.Repeat("<< /A ", 100_000)) + " >>");
        Assert.Equal("PDF nests arrays or dictionaries more than 256 deep", Refusal("deep-dictionaries.pdf", deep).Reason);
    }

    [Fact]
    public void A_page_tree_nested_50000_deep_overflows_the_parsers_stack_in_its_own_process_not_ours()
    {
        // PdfPig walks the page tree recursively: 50,000 levels overflow its stack, which ends any .NET process.
        var objects = new List<PdfFile.Object> { "<< /Type /Catalog /Pages 2 0 R >>" };
        const int Levels = 50_000;
        for (var i = 0; i < Levels; i++)
        {
            objects.Add($"<< /Type /Pages {(i == 0 ? "" : $"/Parent {i + 1} 0 R ")}/Kids [{i + 3} 0 R] /Count 1 >>");
        }
        var page = Levels + 2;
        var text = PdfFile.TextDocument(PdfFile.PolicyPages.Take(1).ToList());
        objects.Add($"<< /Type /Page /Parent {page - 1} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 {page + 1} 0 R >> >> /Contents {page + 5} 0 R >>");
        objects.Add(Encoding.Latin1.GetString(text[2].Body).Replace("4 0 R", $"{page + 2} 0 R", StringComparison.Ordinal).Replace("5 0 R", $"{page + 3} 0 R", StringComparison.Ordinal));
        objects.Add(Encoding.Latin1.GetString(text[3].Body).Replace("6 0 R", $"{page + 4} 0 R", StringComparison.Ordinal));
        objects.Add(text[4]);
        objects.Add(text[5]);
        objects.Add(text[7]);
        Assert.Equal("PDF is nested too deeply to read (the reading process ran out of stack)", Refusal("deep-page-tree.pdf", PdfFile.Build(objects)).Reason);
    }

    [Fact]
    public void Form_xobjects_that_draw_each_other_twice_over_30_levels_are_stopped_at_the_time_limit()
    {
        // A billion drawings of one letter from a 5 KB file: PdfPig would not finish; the reading process is killed.
        var objects = PdfFile.TextDocument(PdfFile.PolicyPages.Take(1).ToList());
        objects[6] = Encoding.Latin1.GetString(objects[6].Body).Replace("/Resources << /Font << /F1 3 0 R >> >>", "/Resources << /Font << /F1 3 0 R >> /XObject << /X 9 0 R >> >>", StringComparison.Ordinal);
        objects[FirstContent] = PdfFile.Stream("/X Do"u8.ToArray());
        const int Levels = 30;
        for (var i = 0; i < Levels; i++)
        {
            var last = i == Levels - 1;
            var body = last ? "BT /F1 16 Tf 80 760 Td <0001> Tj ET" : "/Y Do /Y Do";
            var resources = last ? "<< /Font << /F1 3 0 R >> >>" : $"<< /XObject << /Y {10 + i} 0 R >> /Font << /F1 3 0 R >> >>";
            objects.Add(PdfFile.Stream(Encoding.ASCII.GetBytes(body), $"/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources {resources} "));
        }
        var limits = ReaderLimits.Default with { PdfTimeout = TimeSpan.FromSeconds(3) };
        Assert.Equal("PDF reading took longer than 3 s (the reading process was killed)", Refusal("form-fan-out.pdf", PdfFile.Build(objects), limits).Reason);
    }

    [Fact]
    public void A_page_of_200000_text_operators_is_refused_at_the_letter_limit()
    {
        var operators = PolicyPdf(o => o[FirstContent] = PdfFile.Deflated(Encoding.ASCII.GetBytes("BT /F1 12 Tf 80 100 Td " + string.Concat(Enumerable.Repeat("<0001> Tj ", 200_000)) + "ET")));
        Assert.Equal("PDF page 1 has 200,000 characters; the limit is 50,000 (no page of a document holds that many)", Refusal("operators.pdf", operators).Reason);
    }

    [Fact]
    public void A_page_of_3_million_text_operators_runs_out_of_the_reading_process_memory_not_ours()
    {
        // 30 KB of deflate; parsed whole it took 1.3 GB and 15 s. The reading process stops at its heap limit.
        var operators = PolicyPdf(o => o[FirstContent] = PdfFile.Deflated(Encoding.ASCII.GetBytes("BT /F1 12 Tf 80 100 Td " + string.Concat(Enumerable.Repeat("<0001> Tj ", 3_000_000)) + "ET")));
        var limits = ReaderLimits.Default with { PdfMemoryBytes = 256L * 1024 * 1024 };
        Assert.Equal("PDF needs more than 256 MB of memory to read (a hostile or broken file?)", Refusal("operators-3m.pdf", operators, limits).Reason);
    }

    [Fact]
    public void A_page_box_of_10_to_the_30_points_reads_and_one_away_from_the_text_shows_nothing()
    {
        Assert.StartsWith("临溪县质量提升工作方案\n一、总体要求\n", Read("huge-box.pdf", PolicyPdf(mediaBox: "[0 0 1e30 1e30]")).Text, StringComparison.Ordinal);
        Assert.Equal("PDF has no visible text: 2 pages, 99 characters all outside the page or too small to see",
            Refusal("box-elsewhere.pdf", PolicyPdf(mediaBox: "[-1e30 -1e30 0 0]")).Reason);
    }

    public static TheoryData<string> BrokenCrossReferences => new() { "no table", "offsets wrong", "startxref wrong" };

    [Theory]
    [MemberData(nameof(BrokenCrossReferences))]
    public void A_broken_cross_reference_table_is_rebuilt_from_the_objects(string broken)
    {
        var good = PolicyPdf();
        var text = Encoding.Latin1.GetString(good);
        var bytes = broken switch
        {
            "no table" => PolicyPdf(xref: false),
            "offsets wrong" => Encoding.Latin1.GetBytes(System.Text.RegularExpressions.Regex.Replace(text, @"\d{10} 00000 n", m => $"{(long.Parse(m.Value[..10], System.Globalization.CultureInfo.InvariantCulture) * 7 + 13) % good.Length:D10} 00000 n")),
            _ => Encoding.Latin1.GetBytes(text.Replace("startxref\n", "startxref\n9999", StringComparison.Ordinal)),
        };
        Assert.StartsWith("临溪县质量提升工作方案\n", Read($"xref-{broken.Replace(' ', '-')}.pdf", bytes).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_trailer_whose_root_is_not_there_a_truncated_file_and_random_bytes_after_the_header_are_refused()
    {
        Assert.Equal("not a readable PDF (The root object in the trailer did not resolve to a readable dictionary.)",
            Refusal("no-root.pdf", PolicyPdf(o => o[0] = "null")).Reason);
        var good = PolicyPdf();
        Assert.StartsWith("not a readable PDF (", Refusal("truncated.pdf", good[..(good.Length / 2)]).Reason, StringComparison.Ordinal);
        var random = new byte[20_000];
        new Random(7).NextBytes(random);
        Assert.StartsWith("not a readable PDF (", Refusal("random.pdf", [.. "%PDF-1.7\n"u8, .. random]).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void More_pages_than_the_limit_are_refused_before_any_is_parsed()
    {
        var pages = Enumerable.Range(0, 1_001).Select(_ => (IReadOnlyList<string>)["质量"]).ToList();
        var bytes = PdfFile.Build(PdfFile.TextDocument(pages, deflate: false));
        Assert.Equal("PDF has 1,001 pages; the limit is 1,000", Refusal("many-pages.pdf", bytes).Reason);
    }
}
