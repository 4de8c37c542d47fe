using System.Text;
using PolicyGraph.Ingest.Reading;
using Xunit.Abstractions;

namespace PolicyGraph.Ingest.Tests.Hostile;

/// <summary>
/// Every reader on random and mutated files: it reads them or refuses them with <see cref="UnreadableDocumentException"/>
/// and a reason, never another exception, never a hang; what it reads stays within the limits.
/// </summary>
[Trait("Category", "Slow")] // left out of ./test.sh --fast (README: running the tests)
public sealed class ReaderPropertyTests(ITestOutputHelper output)
{
    private static readonly DocumentReaders Readers = new(ReaderLimits.Default);
    private readonly PropertyCheck _check = new(output);

    static ReaderPropertyTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>Reads or refuses with a reason; returns what was read, or null when refused.</summary>
    internal static SourceText? ReadOrRefuse(string fileName, byte[] bytes)
    {
        try
        {
            var read = Readers.Read(fileName, bytes);
            Assert.True(read.Text.Length <= ReaderLimits.Default.MaxTextChars, $"text of {read.Text.Length:N0} characters passed the limit");
            Assert.Contains(read.Text, c => c is >= '\u4E00' and <= '\u9FFF');
            return read;
        }
        catch (UnreadableDocumentException e)
        {
            AssertReason(e.Message);
            return null;
        }
    }

    /// <summary>A reason a user can act on: words, not an exception's type name or an empty string.</summary>
    internal static void AssertReason(string reason)
    {
        Assert.False(string.IsNullOrWhiteSpace(reason), "refused without a reason");
        Assert.True(reason.Length >= 10, $"reason too short to say anything: '{reason}'");
        Assert.DoesNotMatch(@"^\w+Exception\b", reason);
    }

    /// <summary>A page's fields and title are one line each, without control or format characters.</summary>
    private static void AssertCleanFields(SourceText read) =>
        Assert.All(read.Fields.Values, v => Assert.DoesNotContain(v, c => Core.Text.SearchNormaliser.IsInvisible(c) || c is '\n' or '\r'));

    private static readonly string[] TextEncodings = ["utf-8", "utf-8-bom", "utf-16le-bom", "utf-16be-bom", "gb18030"];

    private static byte[] Encode(string text, string encoding) => encoding switch
    {
        "utf-8" => Encoding.UTF8.GetBytes(text),
        "utf-8-bom" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
        "utf-16le-bom" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
        "utf-16be-bom" => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
        _ => Encoding.GetEncoding("GB18030").GetBytes(text),
    };

    [Fact]
    public void Text_files_of_random_bytes_and_random_Unicode_in_every_encoding_are_read_or_refused()
    {
        _check.ForAll("txt random", 1500, g =>
        {
            var bytes = g.Next(3) switch
            {
                0 => g.Bytes(20_000),
                1 => [.. g.Pick<byte[]>([[0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xFF, 0xFE, 0, 0], []]), .. g.Bytes(5000)],
                _ => Encode(g.Unicode(20_000), g.Pick(TextEncodings)),
            };
            return bytes;
        }, bytes => ReadOrRefuse("random.txt", bytes));
    }

    [Fact]
    public void Text_read_back_is_the_text_written_whatever_its_encoding_with_a_byte_order_mark()
    {
        _check.ForAll("txt round trip", 600, g =>
        {
            var encoding = g.Pick(TextEncodings.Where(e => e.EndsWith("-bom", StringComparison.Ordinal)).ToList());
            var text = g.Chance(0.5) ? g.PolicyLike() : "质量" + g.Unicode(3000);
            return (Text: text, Encoding: encoding, Bytes: Encode(text, encoding));
        }, x =>
        {
            // What the encoder could carry (a lone surrogate becomes U+FFFD) is what must come back, or a refusal.
            var carried = x.Encoding switch
            {
                "utf-8-bom" => Encoding.UTF8.GetString(x.Bytes.AsSpan(3)),
                "utf-16le-bom" => Encoding.Unicode.GetString(x.Bytes.AsSpan(2)),
                _ => Encoding.BigEndianUnicode.GetString(x.Bytes.AsSpan(2)),
            };
            if (ReadOrRefuse("round-trip.txt", x.Bytes) is { } read)
            {
                Assert.Equal(carried, read.Text);
            }
        });
    }

    [Fact]
    public void Mutated_reference_and_sample_text_files_are_read_or_refused()
    {
        var files = HostileCorpus.OfType(".txt");
        _check.ForAll("txt mutated", 1000, g =>
        {
            var original = g.Pick(files).Bytes;
            if (g.Chance(0.3))
            {
                // The same document in another encoding before it is mutated.
                original = Encode(Encoding.UTF8.GetString(original), g.Pick(TextEncodings));
            }
            return g.Mutate(original, g.Pick(files).Bytes);
        }, bytes => ReadOrRefuse("mutated.txt", bytes));
    }

    [Fact]
    public void Html_pages_of_random_tag_soup_are_read_or_refused_and_never_show_script_or_style_content()
    {
        _check.ForAll("html tag soup", 800, g => Encoding.UTF8.GetBytes(HtmlSoup.Page(g)), bytes =>
        {
            if (ReadOrRefuse("soup.html", bytes) is { } read)
            {
                Assert.DoesNotContain(HtmlSoup.HiddenMark, read.Text, StringComparison.Ordinal);
                AssertCleanFields(read);
            }
        });
    }

    [Fact]
    public void Mutated_html_pages_are_read_or_refused()
    {
        var pages = HostileCorpus.OfType(".html");
        var donors = HostileCorpus.All;
        _check.ForAll("html mutated", 600, g => g.Mutate(g.Pick(pages).Bytes, g.Pick(donors).Bytes,
            depth => Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(g.Pick(["<div>", "<b>", "<table><tr><td>", "<a>", "<p><span>", "<ul><li>"]), depth)))),
            bytes =>
            {
                if (ReadOrRefuse("mutated.html", bytes) is { } read)
                {
                    AssertCleanFields(read);
                }
            });
    }

    [Fact]
    public void Word_documents_built_with_random_text_numbering_and_styles_are_read_or_refused()
    {
        _check.ForAll("docx generated", 400, Docx.Generated, bytes => ReadOrRefuse("generated.docx", bytes));
    }

    [Fact]
    public void Word_documents_with_mutated_xml_inside_an_intact_package_are_read_or_refused()
    {
        var sample = Assert.Single(HostileCorpus.OfType(".docx")).Bytes;
        var entries = DocxPackage.Entries(sample);
        var donors = HostileCorpus.All;
        _check.ForAll("docx mutated xml", 400, g =>
        {
            var parts = entries.ToList();
            var target = g.Chance(0.6) ? parts.FindIndex(p => p.Name == "word/document.xml") : g.Next(parts.Count);
            var xml = Encoding.UTF8.GetString(parts[target].Content);
            parts[target] = (parts[target].Name, Encoding.UTF8.GetBytes(g.Mutate(xml, Encoding.UTF8.GetString(g.Pick(donors).Bytes))));
            return DocxPackage.Zip(parts);
        }, bytes => ReadOrRefuse("mutated-xml.docx", bytes));
    }

    [Fact]
    public void Word_documents_with_mutated_zip_bytes_and_random_bytes_are_read_or_refused()
    {
        var sample = Assert.Single(HostileCorpus.OfType(".docx")).Bytes;
        var donors = HostileCorpus.All;
        _check.ForAll("docx mutated zip", 600, g => g.Chance(0.15) ? [0x50, 0x4B, 0x03, 0x04, .. g.Bytes(4000)] : g.Mutate(sample, g.Pick(donors).Bytes),
            bytes => ReadOrRefuse("mutated.docx", bytes));
    }

    /// <summary>The team's PDFs (printed by chromium and by LibreOffice) and generated ones, to mutate.</summary>
    private static readonly Lazy<IReadOnlyList<byte[]>> PrintedPdfs = new(() =>
        new[] { Formats.FormatDocuments.ChromiumPdf, Formats.FormatDocuments.LibreOfficePdf, Formats.FormatDocuments.KangxiPdf }.Select(File.ReadAllBytes).ToList());

    /// <summary>A hostile PDF: generated, a generated one mutated, or one of the team's prints mutated.</summary>
    internal static byte[] HostilePdfFile(HostileInput g) => g.Next(4) switch
    {
        < 2 => HostilePdf.Generate(g),
        2 => g.Mutate(HostilePdf.Generate(g), g.Pick(PrintedPdfs.Value), depth => HostilePdf.Nesting(g, depth)),
        _ => g.Mutate(g.Pick(PrintedPdfs.Value), g.Pick(HostileCorpus.All).Bytes, depth => HostilePdf.Nesting(g, depth)),
    };

    /// <summary>
    /// The text layer read in this process, as the reading process reads it: what PdfPig throws on the file is a
    /// refusal with a reason, and anything else (our layout code on odd geometry) fails the property. Only files
    /// that cannot crash or hang a process are generated here; the rest are in <see cref="ReaderLimitTests"/>.
    /// </summary>
    [Fact]
    public void Pdf_files_generated_and_mutated_are_read_or_refused_by_the_text_layer()
    {
        var limits = ReaderLimits.Default with { PdfTimeout = TimeSpan.FromSeconds(8) };
        var outcomes = new System.Collections.Concurrent.ConcurrentBag<string>();
        _check.ForAll("pdf text layer", 300, HostilePdfFile, bytes =>
        {
            try
            {
                var text = PdfTextLayer.Extract(bytes, limits);
                TextSanity.EnsureText(text.Text, limits);
                Assert.True(text.Text.Length <= limits.MaxTextChars);
                Assert.InRange(text.Pages, 1, limits.MaxPdfPages);
                Assert.DoesNotContain('\r', text.Text);
                Assert.All(text.Text.Split('\n'), line => Assert.False(line.Length > 0 && line.Trim().Length == 0, "a line of whitespace"));
                outcomes.Add("read");
            }
            catch (UnreadableDocumentException e)
            {
                AssertReason(e.Message);
                Assert.DoesNotContain(e.Message, c => char.IsControl(c) || char.IsSurrogate(c));
                outcomes.Add(System.Text.RegularExpressions.Regex.Replace(e.Message, @"[\d,]+", "#"));
            }
        });
        // The generator reaches both ends: documents read and files refused, for several reasons.
        foreach (var outcome in outcomes.GroupBy(o => o).OrderByDescending(g => g.Count()))
        {
            output.WriteLine($"{outcome.Count(),5} {outcome.Key}");
        }
        Assert.InRange(outcomes.Count(o => o == "read"), 30, 270);
        Assert.True(outcomes.Distinct().Count() >= 6, "refusals for too few reasons: the generator lost its variety");
    }

    /// <summary>The same kinds of file through the reader the product uses, which parses each in a process of its own.</summary>
    [Fact]
    public void Pdf_files_generated_and_mutated_are_read_or_refused_by_the_reading_process()
    {
        _check.ForAll("pdf reader", 24, HostilePdfFile, bytes => ReadOrRefuse("hostile.pdf", bytes), limit: TimeSpan.FromSeconds(90));
    }

    /// <summary>A handful: each that starts like a Word file is a LibreOffice run of seconds.</summary>
    [Fact]
    public void Doc_files_random_truncated_and_flipped_are_read_or_refused()
    {
        var readers = new DocumentReaders(ReaderLimits.Default, Formats.FormatDocuments.RequireConverter());
        var doc = File.ReadAllBytes(Formats.FormatDocuments.Doc);
        _check.ForAll("doc", 6, g => HostileDoc.Generate(g, doc), bytes =>
        {
            try
            {
                var read = readers.Read(bytes.Length % 2 == 0 ? "hostile.doc" : "hostile.wps", bytes);
                Assert.Contains(read.Text, c => c is >= '\u4E00' and <= '\u9FFF');
            }
            catch (UnreadableDocumentException e)
            {
                AssertReason(e.Message);
            }
        }, limit: TimeSpan.FromSeconds(150));
    }

    /// <summary>Random Word packages: paragraphs with list references valid and invalid, numbering and style definitions with odd values.</summary>
    private static class Docx
    {
        private static readonly string[] Formats =
        [
            "decimal", "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographDigital", "decimalEnclosedCircle",
            "decimalEnclosedCircleChinese", "decimalEnclosedParen", "ideographTraditional", "lowerLetter", "upperLetter", "lowerRoman", "upperRoman",
            "decimalFullWidth", "bullet", "none", "japaneseCounting", "", "bogus",
        ];

        private static readonly string[] Numbers = ["0", "1", "2", "3", "-1", "9", "10", "99", "2147483647", "-2147483648", "4294967296", "abc", "", "1.5", "０"];

        public static byte[] Generated(HostileInput g)
        {
            var numbering = new StringBuilder();
            for (var a = g.Next(4); a > 0; a--)
            {
                var abstractId = g.Pick(Numbers);
                numbering.Append($"<w:abstractNum w:abstractNumId=\"{DocxPackage.Attribute(abstractId)}\">");
                for (var level = g.Next(11); level > 0; level--)
                {
                    var start = g.Chance(0.8) ? $"<w:start w:val=\"{DocxPackage.Attribute(g.Pick(Numbers))}\"/>" : string.Empty;
                    var text = g.Pick(["%1、", "（%1）", "%1.", "(%1)", "%1", "%2.%1", "%9", "%0", "%", "%%1", "第%1条", g.Unicode(8)]);
                    numbering.Append($"<w:lvl w:ilvl=\"{DocxPackage.Attribute(g.Pick(Numbers))}\">{start}<w:numFmt w:val=\"{DocxPackage.Attribute(g.Pick(Formats))}\"/><w:lvlText w:val=\"{DocxPackage.Attribute(text)}\"/>{(g.Chance(0.3) ? "<w:suff w:val=\"space\"/>" : "")}</w:lvl>");
                }
                numbering.Append("</w:abstractNum>");
                for (var n = g.Next(3); n > 0; n--)
                {
                    var over = g.Chance(0.3) ? $"<w:lvlOverride w:ilvl=\"{DocxPackage.Attribute(g.Pick(Numbers))}\"><w:startOverride w:val=\"{DocxPackage.Attribute(g.Pick(Numbers))}\"/></w:lvlOverride>" : string.Empty;
                    numbering.Append($"<w:num w:numId=\"{DocxPackage.Attribute(g.Pick(Numbers))}\"><w:abstractNumId w:val=\"{DocxPackage.Attribute(abstractId)}\"/>{over}</w:num>");
                }
            }
            var styles = new StringBuilder($"<w:styles xmlns:w=\"{DocxPackage.WordNamespace}\">");
            for (var s = g.Next(3); s > 0; s--)
            {
                styles.Append($"<w:style w:type=\"paragraph\" w:styleId=\"s{s}\"><w:pPr><w:numPr><w:ilvl w:val=\"{DocxPackage.Attribute(g.Pick(Numbers))}\"/><w:numId w:val=\"{DocxPackage.Attribute(g.Pick(Numbers))}\"/></w:numPr></w:pPr></w:style>");
            }
            styles.Append("</w:styles>");
            var body = new StringBuilder();
            foreach (var line in g.PolicyLike(60).Split('\n'))
            {
                body.Append(g.Next(5) switch
                {
                    0 => DocxPackage.Paragraph(line, g.Pick(Numbers), g.Chance(0.8) ? g.Pick(Numbers) : null),
                    1 => DocxPackage.Paragraph(line, style: g.Pick(["s1", "s2", "missing"])),
                    2 => $"<w:tbl><w:tr><w:tc>{DocxPackage.Paragraph(line)}</w:tc></w:tr></w:tbl>",
                    3 => $"<w:p><w:r><w:t>{DocxPackage.Text(line)}</w:t><w:tab/><w:br/><w:cr/><w:t>{DocxPackage.Text(g.Unicode(30))}</w:t></w:r></w:p>",
                    _ => DocxPackage.Paragraph(line),
                });
            }
            var withParts = g.Next(3);
            return DocxPackage.Build(DocxPackage.Document(body.ToString()),
                withParts > 0 ? DocxPackage.Numbering(numbering.ToString()) : null,
                withParts > 1 ? styles.ToString() : null);
        }
    }
}

/// <summary>Random HTML: a tree of tags that matter to the reader, unclosed and stray tags, entities, comments.</summary>
internal static class HtmlSoup
{
    /// <summary>
    /// Written only inside script and style elements: the text read must never contain it. (A stray <c>&lt;/</c>
    /// before &lt;script&gt; would rightly turn the tag into a comment and its content into text, and an attribute
    /// value with an unclosed quote would swallow the tag: neither is made.)
    /// </summary>
    public const string HiddenMark = "HIDDENMARK";

    private static readonly string[] Tags =
    [
        "div", "p", "span", "b", "i", "a", "table", "tr", "td", "th", "tbody", "ul", "ol", "li", "h1", "h2", "section", "article", "center", "font",
        "nav", "footer", "aside", "form", "button", "select", "option", "pre", "blockquote", "dl", "dt", "dd", "svg", "math", "noscript", "template",
        "iframe", "object", "hr", "header", "address", "figure", "caption", "colgroup", "frameset", "body", "html", "head",
    ];

    private static readonly string[] Attributes =
    [
        "class=\"nav\"", "class=\"article\"", "id=\"breadcrumb\"", "hidden", "onclick=\"evil()\"", "style=\"display:none\"", "class=x'y", "id=\"\"",
        "data-x=\"\u0000\"", "title=\"<script>\"", "class=\"toolbar sidebar\"", "lang=zh", "a=\"1\" a=\"2\"",
    ];

    public static string Page(HostileInput g)
    {
        var sb = new StringBuilder();
        if (g.Chance(0.5))
        {
            sb.Append(g.Pick(["<!DOCTYPE html>", "<!doctype html public \"x\">", "<?xml version=\"1.0\"?>", ""]));
        }
        if (g.Chance(0.6))
        {
            sb.Append("<html><head><title>").Append(Escape(g.Unicode(40))).Append("</title><meta charset=\"")
                .Append(g.Pick(["utf-8", "gbk", "gb2312", "bogus"])).Append("\"><style>p{}").Append(HiddenMark).Append("</style></head><body>");
        }
        Node(g, sb, g.Next(24));
        if (g.Chance(0.5))
        {
            sb.Append("<table class=\"xxgk\"><tr><td>索 引 号:</td><td>").Append(Escape(g.Unicode(20))).Append("</td><td>文  号:</td><td>")
                .Append(Escape(g.Unicode(20))).Append("</td></tr><tr><td>发布机构：").Append(Escape(g.Unicode(10))).Append("</td><td>成文日期</td><td>")
                .Append(Escape(g.Unicode(12))).Append("</td></tr></table>");
        }
        return sb.ToString();
    }

    private static void Node(HostileInput g, StringBuilder sb, int depth)
    {
        for (var n = g.Next(6) + 1; n > 0; n--)
        {
            switch (g.Next(12))
            {
                case < 4:
                    sb.Append(Escape(g.Chance(0.3) ? g.PolicyLike(5) : g.Unicode(80)));
                    break;
                case 4:
                    sb.Append("<script>var a = '").Append(HiddenMark).Append("';</script>");
                    break;
                case 5:
                    sb.Append("<style>").Append(HiddenMark).Append("{}</style>");
                    break;
                case 6:
                    sb.Append(g.Pick(["<!--", "<!-- 注释 -->", "<![CDATA[x]]>", "&nbsp;", "&#12288;", "&#x4E00;", "&#0;", "&#1;", "&#x202E;", "&#x200B;", "&#xD800;", "&#99999999;", "&amp", "&lt;script&gt;", "<br>", "<br/>", "</br>", "<hr>", "<img src=x>", "</div>", "</p>", "</table>", "</td>", "</body>", "</html>", ">"]));
                    break;
                default:
                    if (depth <= 0)
                    {
                        sb.Append(Escape(g.Unicode(20)));
                        break;
                    }
                    var tag = g.Pick(Tags);
                    sb.Append('<').Append(tag);
                    for (var a = g.Next(3); a > 0; a--)
                    {
                        sb.Append(' ').Append(g.Pick(Attributes));
                    }
                    sb.Append('>');
                    Node(g, sb, depth - 1 - g.Next(3));
                    if (g.Chance(0.8))
                    {
                        sb.Append("</").Append(g.Chance(0.9) ? tag : g.Pick(Tags)).Append('>');
                    }
                    break;
            }
        }
    }

    private static string Escape(string s) => s.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);
}
