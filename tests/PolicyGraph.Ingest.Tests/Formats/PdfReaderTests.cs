using System.Text.RegularExpressions;
using PolicyGraph.Core.Search;
using PolicyGraph.Core.Store;
using PolicyGraph.Core.Text;
using PolicyGraph.Ingest.Normalising;
using PolicyGraph.Ingest.Pipeline;
using PolicyGraph.Ingest.Reading;
using PolicyGraph.Testing;
using UglyToad.PdfPig;
using Xunit.Abstractions;

namespace PolicyGraph.Ingest.Tests.Formats;

/// <summary>
/// PDF through the reader: the team's sample printed by chromium (CID TrueType fonts, a running header, `— N —`
/// page numbers) and by LibreOffice (a character grid, hanging punctuation) reads to the DOCX's paragraphs; a scan
/// and a password-protected file are refused with their reasons; Kangxi look-alikes search as the plain characters.
/// </summary>
public sealed partial class PdfReaderTests(ITestOutputHelper output)
{
    private static readonly DocumentReaders Readers = new(ReaderLimits.Default);

    /// <summary>The DOCX's paragraphs as the reader gives them, without the empty ones (a page break, a rule).</summary>
    private static List<string> DocxParagraphs() =>
        new DocxReader().Read(File.ReadAllBytes(FormatDocuments.Docx), ReaderLimits.Default).Text
            .Split('\n').Where(l => l.Trim().Length > 0).ToList();

    private static string WithoutSpaces(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));

    [Theory]
    [InlineData("chromium")]
    [InlineData("libreoffice")]
    public void Reads_the_paragraphs_of_the_docx_one_a_line(string printer)
    {
        var path = printer == "chromium" ? FormatDocuments.ChromiumPdf : FormatDocuments.LibreOfficePdf;
        var read = Readers.Read(path, File.ReadAllBytes(path));
        var lines = read.Text.Split('\n').ToList();
        var docx = DocxParagraphs();
        output.WriteLine($"{Path.GetFileName(path)}: {lines.Count} lines, the DOCX {docx.Count} paragraphs");
        // Whitespace aside: the DOCX spaces its 印发 line with eight ideographic spaces, which print as one gap.
        Assert.Equal(docx.Select(WithoutSpaces), lines.Select(WithoutSpaces));
        Assert.Equal("pdf", read.Format);
        Assert.Equal("临溪县人民政府办公室关于印发临溪县创建质量强县工作方案的通知", read.Fields[SourceText.FieldNames.PageTitle]);
    }

    [Fact]
    public void Puts_no_space_between_Chinese_letters_even_when_a_character_grid_spreads_them()
    {
        var path = FormatDocuments.LibreOfficePdf;
        // The fixture does spread them: PdfPig's words are single letters on most lines.
        using (var pdf = PdfDocument.Open(path))
        {
            var words = pdf.GetPage(2).GetWords().Count();
            var letters = pdf.GetPage(2).Letters.Count(l => !string.IsNullOrWhiteSpace(l.Value));
            Assert.True(words > letters / 2, $"page 2: {words} words of {letters} letters");
        }
        var text = Readers.Read(path, File.ReadAllBytes(path)).Text;
        Assert.DoesNotMatch(CjkSpaceCjk(), text);
        Assert.Contains("临政办〔2018〕5号", text, StringComparison.Ordinal);
        Assert.Contains("\n(四)总结验收阶段（2018年12月）。全面总结创建工作，形成创建工作报告，经市质量强市工作领导小组初审后申报省级验收。\n", text, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"[\u4E00-\u9FFF，。、][ \t\u3000]+[\u4E00-\u9FFF，。、]")]
    private static partial Regex CjkSpaceCjk();

    [Fact]
    public void Drops_page_numbers_and_the_running_header_and_joins_paragraphs_across_pages()
    {
        var path = FormatDocuments.ChromiumPdf;
        // The fixture carries them: every page starts with the site's header and ends with its number between dashes.
        using (var pdf = PdfDocument.Open(path))
        {
            Assert.True(pdf.NumberOfPages >= 4, $"{pdf.NumberOfPages} pages");
            foreach (var page in pdf.GetPages())
            {
                var raw = WithoutSpaces(page.Text);
                Assert.Contains("临溪县人民政府门户网站·政府信息公开", raw, StringComparison.Ordinal);
                Assert.Contains($"—{page.Number}—", raw, StringComparison.Ordinal);
            }
        }
        var text = Readers.Read(path, File.ReadAllBytes(path)).Text;
        Assert.DoesNotContain("门户网站", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?m)^\s*—\s*\d+\s*—\s*$", text);
        Assert.DoesNotContain("—1—", WithoutSpaces(text), StringComparison.Ordinal);
        // This task starts on page 3 and ends on page 4 (its lines run to the margin across the break).
        Assert.Contains("\n(二)提升农产品和食品质量安全水平。加快农业标准化示范区建设，推行农产品产地准出和市场准入制度，主要农产品质量安全抽检合格率达到98%以上。加强食品生产经营企业日常监管，落实食品安全属地管理责任。（责任单位：县市场监管局、县农业局）\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_reader_joins_lines_the_normaliser_alone_would_leave_apart_or_run_together()
    {
        // One line per PDF line, handed to the normaliser, does not give the DOCX's paragraphs (measured here and
        // printed); the reader's own joining does.
        var docx = DocumentNormaliser.Normalise(new DocxReader().Read(File.ReadAllBytes(FormatDocuments.Docx), ReaderLimits.Default))
            .Paragraphs.Select(p => WithoutSpaces(p.Text)).ToList();
        foreach (var path in new[] { FormatDocuments.ChromiumPdf, FormatDocuments.LibreOfficePdf })
        {
            var pages = PdfPages(path);
            var perLine = string.Join('\n', PdfParagraphs.DropPageFurniture(pages).SelectMany(p => p).Select(l => l.Text));
            var naive = Paragraphs(perLine);
            var joined = Paragraphs(PdfParagraphs.Text(pages, ReaderLimits.Default.MaxTextChars));
            output.WriteLine($"{Path.GetFileName(path)}: the DOCX has {docx.Count} paragraphs; PDF lines through the normaliser give {naive.Count} ({naive.Except(docx).Count()} not the DOCX's); the reader's paragraphs {joined.Count} ({joined.Except(docx).Count()})");
            Assert.Equal(docx, joined);
        }

        static List<string> Paragraphs(string text) =>
            DocumentNormaliser.Normalise(new SourceText(text, "pdf", new Dictionary<string, string>())).Paragraphs.Select(p => WithoutSpaces(p.Text)).ToList();
    }

    private static List<PdfPageLines> PdfPages(string path)
    {
        using var pdf = PdfDocument.Open(path);
        return pdf.GetPages().Select(p => PdfPageLines.FromWords(p.Number,
            UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor.NearestNeighbourWordExtractor.Instance.GetWords(PdfPageLines.TextLetters(p, p.Letters)).ToList())).ToList();
    }

    [Fact]
    public void A_scanned_pdf_is_refused_as_having_no_text_layer()
    {
        var path = FormatDocuments.ScannedPdf;
        using (var pdf = PdfDocument.Open(path))
        {
            Assert.Equal(2, pdf.NumberOfPages);
            Assert.All(pdf.GetPages(), p => Assert.True(p.NumberOfImages > 0 && p.Letters.Count == 0, $"page {p.Number}: {p.NumberOfImages} images, {p.Letters.Count} letters"));
        }
        var e = Assert.Throws<UnreadableDocumentException>(() => Readers.Read(path, File.ReadAllBytes(path)));
        Assert.Equal("PDF has no text layer (a scanned document?): 2 pages, no text", e.Message);
    }

    [Fact]
    public void An_encrypted_pdf_is_read_when_it_opens_without_a_password_and_refused_when_it_needs_one()
    {
        using (var permissions = PdfDocument.Open(FormatDocuments.PermissionsPdf))
        {
            Assert.True(permissions.IsEncrypted);
        }
        var read = Readers.Read(FormatDocuments.PermissionsPdf, File.ReadAllBytes(FormatDocuments.PermissionsPdf));
        Assert.Contains("(一)落实企业质量主体责任。", read.Text, StringComparison.Ordinal);

        var e = Assert.Throws<UnreadableDocumentException>(() => Readers.Read(FormatDocuments.PasswordPdf, File.ReadAllBytes(FormatDocuments.PasswordPdf)));
        Assert.Equal("PDF is encrypted and needs a password to open (only PDFs that open without one are read)", e.Message);
    }

    [Theory]
    [InlineData("— 3 —")]
    [InlineData("-3-")]
    [InlineData("- 3 -")]
    [InlineData("第3页")]
    [InlineData("第 3 页 共 12 页")]
    [InlineData("共12页 第3页")]
    [InlineData("3/12")]
    [InlineData("３")]
    [InlineData("Page 3 of 12")]
    public void Knows_page_numbers(string line) => Assert.True(PdfParagraphs.IsPageNumber(line));

    [Theory]
    [InlineData("2018年6月8日")]
    [InlineData("一、指导思想")]
    [InlineData("3.服务质量。服务业顾客满意度指数达到80以上。")]
    [InlineData("100%")]
    [InlineData("（2018年11月）")]
    [InlineData("第三章")]
    public void Knows_what_is_not_a_page_number(string line) => Assert.False(PdfParagraphs.IsPageNumber(line));

    [Fact]
    public void A_running_header_is_dropped_where_it_recurs_but_the_same_words_in_the_text_are_kept()
    {
        PdfLine Line(int page, double baseline, string text, double size = 16) => new(text, 80, 520, baseline, size, page);
        string[] body = ["为深入贯彻落实质量提升行动", "全面提升我县质量总体水平。", "临溪县创建质量强县工作方案", "结合我县实际，制定本方案。", "（责任单位：县市场监管局）", "加强组织领导。"];
        var pages = Enumerable.Range(1, 3).Select(p => new PdfPageLines
        {
            Number = p,
            Letters = 100,
            Lines =
            [
                Line(p, 800, "临溪县创建质量强县工作方案", 10.5),
                Line(p, 700, body[2 * p - 2]),
                Line(p, 670, body[2 * p - 1]),
                Line(p, 60, $"- {p} -", 12),
            ],
        }).ToList();
        var kept = PdfParagraphs.DropPageFurniture(pages);
        Assert.Equal(body, kept.SelectMany(p => p).Select(l => l.Text));
    }

    [Fact]
    public void Kangxi_radicals_from_a_pdf_are_kept_as_written_and_searched_as_the_plain_characters()
    {
        var path = FormatDocuments.KangxiPdf;
        var text = Readers.Read(path, File.ReadAllBytes(path)).Text;
        // The text layer says ⾏ (U+2F8F KANGXI RADICAL WALK) where the page shows 行.
        Assert.Contains("各⾏业主管部门", text, StringComparison.Ordinal);
        Assert.Equal("各行业主管部门按照职责分工", SearchNormaliser.ToSearchText("各⾏业主管部门按照职责分⼯"));

        using var data = new TemporaryDirectory();
        using var store = new SqliteGraphStore(data.Path);
        using var index = new ClauseIndex(data.Path);
        var report = new IngestPipeline(store, Readers, index, linkClauses: false).IngestPaths([path]);
        var id = Assert.Single(report.Ingested).Id;
        var clause = store.GetDocument(id)!.Clauses.Single(c => c.Text.Contains("⾏业主管部门", StringComparison.Ordinal));
        Assert.Contains("各行业主管部门按照职责分工抓好落实", clause.SearchText, StringComparison.Ordinal);
        var hits = new SearchService(index, QueryInterpreter.Instance).Search(new SearchRequest("行业主管部门")).Hits;
        Assert.Contains(hits, h => h.ClauseId == clause.Id);
        Assert.Contains(hits, h => h.ClauseId == clause.Id && h.Text.Contains("⾏业", StringComparison.Ordinal));
        output.WriteLine($"'行业主管部门' finds {clause.Path}: {clause.Text}");
    }
}
