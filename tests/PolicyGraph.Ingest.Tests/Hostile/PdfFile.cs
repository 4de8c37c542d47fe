using System.IO.Compression;
using System.Text;

namespace PolicyGraph.Ingest.Tests.Hostile;

/// <summary>
/// PDF files written byte by byte, so that a test can put anything in them: a stream that inflates to a gigabyte,
/// arrays nested a hundred thousand deep, a page box of 10^30 points, a cross-reference table that points nowhere.
/// Text is Chinese in a Type0 font (Identity-H, a ToUnicode map, no embedded program), as a PDF from an office
/// suite carries it, so that a well-formed file is a readable policy document and every mutation starts from one.
/// </summary>
internal static class PdfFile
{
    /// <summary>One indirect object's body (what goes between <c>N 0 obj</c> and <c>endobj</c>).</summary>
    public sealed record Object(byte[] Body)
    {
        public static implicit operator Object(string body) => new(Encoding.Latin1.GetBytes(body));
    }

    /// <summary>A stream object; <paramref name="length"/> overrides the honest /Length.</summary>
    public static Object Stream(byte[] data, string dictionary = "", string? length = null) =>
        new([.. Encoding.Latin1.GetBytes($"<< /Length {length ?? data.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)} {dictionary}>>\nstream\n"), .. data, .. "\nendstream"u8]);

    public static Object Deflated(byte[] data, string dictionary = "")
    {
        using var buffer = new MemoryStream();
        using (var zlib = new ZLibStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(data);
        }
        return Stream(buffer.ToArray(), "/Filter /FlateDecode " + dictionary);
    }

    /// <summary>
    /// Header, objects 1…n, a cross-reference table and a trailer whose /Root is object 1. <paramref name="xref"/>
    /// false leaves the table and startxref out (a reader must rebuild them); <paramref name="trailer"/> adds entries.
    /// </summary>
    public static byte[] Build(IReadOnlyList<Object> objects, bool xref = true, string trailer = "")
    {
        using var pdf = new MemoryStream();
        Write(pdf, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            Write(pdf, $"{i + 1} 0 obj\n");
            pdf.Write(objects[i].Body);
            Write(pdf, "\nendobj\n");
        }
        var start = pdf.Position;
        if (xref)
        {
            Write(pdf, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
            foreach (var offset in offsets)
            {
                Write(pdf, $"{offset:D10} 00000 n \n");
            }
        }
        Write(pdf, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R {trailer}>>\n");
        if (xref)
        {
            Write(pdf, $"startxref\n{start}\n");
        }
        Write(pdf, "%%EOF\n");
        return pdf.ToArray();
    }

    /// <summary>
    /// A PDF 1.5 file whose catalog (object 1) is compressed in an object stream, found through a cross-reference
    /// stream, as current writers store objects. <paramref name="objectStream"/> makes the object stream from the
    /// catalog's bytes (<c>1 0 &lt;&lt;…&gt;&gt;</c>); by default it is that, deflated, with /N 1.
    /// </summary>
    public static byte[] BuildWithObjectStream(IReadOnlyList<Object> objects, Func<byte[], Object>? objectStream = null)
    {
        var catalog = (byte[])[.. "1 0 "u8, .. objects[0].Body];
        var packed = objectStream?.Invoke(catalog) ?? Deflated(catalog, "/Type /ObjStm /N 1 /First 4 ");
        var holder = objects.Count + 1;
        var xref = objects.Count + 2;
        using var pdf = new MemoryStream();
        Write(pdf, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new Dictionary<int, long>();
        void Add(int number, byte[] body)
        {
            offsets[number] = pdf.Position;
            Write(pdf, $"{number} 0 obj\n");
            pdf.Write(body);
            Write(pdf, "\nendobj\n");
        }
        for (var i = 1; i < objects.Count; i++)
        {
            Add(i + 1, objects[i].Body);
        }
        Add(holder, packed.Body);
        offsets[xref] = pdf.Position;
        var entries = new MemoryStream();
        for (var number = 0; number <= xref; number++)
        {
            // /W [1 4 2]: type, then offset (type 1) or holding stream (type 2), then generation or index.
            var (type, field, index) = number switch
            {
                0 => (0, 0L, 0xFFFF),
                1 => (2, (long)holder, 0),
                _ => (1, offsets[number], 0),
            };
            entries.WriteByte((byte)type);
            entries.Write([(byte)(field >> 24), (byte)(field >> 16), (byte)(field >> 8), (byte)field]);
            entries.Write([(byte)(index >> 8), (byte)index]);
        }
        var data = entries.ToArray();
        Write(pdf, $"{xref} 0 obj\n<< /Type /XRef /Size {xref + 1} /W [1 4 2] /Root 1 0 R /Length {data.Length} >>\nstream\n");
        pdf.Write(data);
        Write(pdf, $"\nendstream\nendobj\nstartxref\n{offsets[xref]}\n%%EOF\n");
        return pdf.ToArray();
    }

    private static void Write(Stream stream, string text) => stream.Write(Encoding.Latin1.GetBytes(text));

    /// <summary>
    /// A document of pages of lines of Chinese text: catalog (1), pages (2), the font (3–6), then for each page its
    /// page object and content stream. The characters are the font's CIDs in order of first use.
    /// </summary>
    public static List<Object> TextDocument(IReadOnlyList<IReadOnlyList<string>> pages, string mediaBox = "[0 0 595 842]", bool deflate = true)
    {
        var characters = pages.SelectMany(p => p).SelectMany(l => l).Distinct().ToList();
        var cid = characters.Select((c, i) => (c, i + 1)).ToDictionary(x => x.c, x => x.Item2);
        var kids = string.Join(' ', pages.Select((_, i) => $"{7 + 2 * i} 0 R"));
        var objects = new List<Object>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Kids [{kids}] /Count {pages.Count} >>",
            "<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 5 0 R >>",
            "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 /CIDToGIDMap /Identity /FontDescriptor 6 0 R >>",
            Stream(Encoding.ASCII.GetBytes(ToUnicode(cid))),
            "<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -140 1000 860] /ItalicAngle 0 /Ascent 860 /Descent -140 /CapHeight 700 /StemV 80 >>",
        };
        for (var p = 0; p < pages.Count; p++)
        {
            objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox {mediaBox} /Resources << /Font << /F1 3 0 R >> >> /Contents {8 + 2 * p} 0 R >>");
            var content = new StringBuilder("BT /F1 16 Tf 18 TL 80 760 Td\n");
            foreach (var line in pages[p])
            {
                content.Append('<').Append(string.Concat(line.Select(c => cid[c].ToString("X4", System.Globalization.CultureInfo.InvariantCulture)))).Append("> Tj T*\n");
            }
            content.Append("ET");
            var bytes = Encoding.ASCII.GetBytes(content.ToString());
            objects.Add(deflate ? Deflated(bytes) : Stream(bytes));
        }
        return objects;
    }

    private static string ToUnicode(Dictionary<char, int> cid)
    {
        var map = new StringBuilder("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Adobe-Identity-UCS def /CMapType 2 def\n1 begincodespacerange <0000> <FFFF> endcodespacerange\n");
        foreach (var chunk in cid.Chunk(100))
        {
            map.Append(chunk.Length).Append(" beginbfchar\n");
            foreach (var (c, code) in chunk)
            {
                map.Append($"<{code:X4}> <{(int)c:X4}>\n");
            }
            map.Append("endbfchar\n");
        }
        map.Append("endcmap CMapName currentdict /CMap defineresource pop end end");
        return map.ToString();
    }

    /// <summary>A short policy text, two pages of lines of at most 28 characters, to read and to mutate.</summary>
    public static readonly IReadOnlyList<IReadOnlyList<string>> PolicyPages =
    [
        ["临溪县质量提升工作方案", "一、总体要求", "到2020年，全县产品质量监督抽查合格率", "稳定在95%以上。"],
        ["二、重点任务", "（一）落实企业质量主体责任。", "（责任单位：县市场监管局）", "三、保障措施", "加强组织领导，强化督查考核。"],
    ];
}
