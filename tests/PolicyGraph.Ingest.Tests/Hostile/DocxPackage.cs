using System.IO.Compression;
using System.Security;
using System.Text;

namespace PolicyGraph.Ingest.Tests.Hostile;

/// <summary>
/// Word packages built in memory from raw XML, so that a test can put anything in them: invalid attribute values,
/// numbering that refers to nothing, parts that expand far beyond their compressed size.
/// </summary>
internal static class DocxPackage
{
    public const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private const string ContentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>
        """;

    private const string PackageRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
        """;

    private const string DocumentRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>
        """;

    /// <summary>A package of the given parts' XML; null numbering or styles leave the part out.</summary>
    public static byte[] Build(string documentXml, string? numberingXml = null, string? stylesXml = null)
    {
        var parts = new List<(string, string)> { ("[Content_Types].xml", ContentTypes), ("_rels/.rels", PackageRelationships), ("word/document.xml", documentXml) };
        if (numberingXml is not null || stylesXml is not null)
        {
            parts.Add(("word/_rels/document.xml.rels", DocumentRelationships));
            parts.Add(("word/numbering.xml", numberingXml ?? Numbering("")));
            parts.Add(("word/styles.xml", stylesXml ?? $"<w:styles xmlns:w=\"{WordNamespace}\"/>"));
        }
        return Zip(parts.Select(p => (p.Item1, Encoding.UTF8.GetBytes(p.Item2))));
    }

    public static byte[] Zip(IEnumerable<(string Name, byte[] Content)> entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                stream.Write(content);
            }
        }
        return buffer.ToArray();
    }

    /// <summary>The entries of a package, to take apart and put together again.</summary>
    public static List<(string Name, byte[] Content)> Entries(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        return zip.Entries.Select(e =>
        {
            using var stream = e.Open();
            using var content = new MemoryStream();
            stream.CopyTo(content);
            return (e.FullName, content.ToArray());
        }).ToList();
    }

    public static string Document(string bodyXml) =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"{WordNamespace}\"><w:body>{bodyXml}</w:body></w:document>";

    public static string Numbering(string inner) => $"<w:numbering xmlns:w=\"{WordNamespace}\">{inner}</w:numbering>";

    /// <summary>One paragraph: its text escaped for XML, with a list reference when given (values as written, valid or not).</summary>
    public static string Paragraph(string text, string? numId = null, string? ilvl = null, string? style = null)
    {
        var properties = new StringBuilder();
        if (style is not null)
        {
            properties.Append($"<w:pStyle w:val=\"{Attribute(style)}\"/>");
        }
        if (numId is not null)
        {
            properties.Append("<w:numPr>");
            if (ilvl is not null)
            {
                properties.Append($"<w:ilvl w:val=\"{Attribute(ilvl)}\"/>");
            }
            properties.Append($"<w:numId w:val=\"{Attribute(numId)}\"/></w:numPr>");
        }
        var pPr = properties.Length > 0 ? $"<w:pPr>{properties}</w:pPr>" : string.Empty;
        return $"<w:p>{pPr}<w:r><w:t xml:space=\"preserve\">{Text(text)}</w:t></w:r></w:p>";
    }

    /// <summary>Text for element content: escaped, and without the characters XML 1.0 cannot carry at all.</summary>
    public static string Text(string s) => SecurityElement.Escape(new string(s.Where(XmlAllowed).ToArray()));

    public static string Attribute(string s) => Text(s).Replace("\"", "&quot;", StringComparison.Ordinal);

    private static bool XmlAllowed(char c) => c is '\t' or '\n' or '\r' or (>= ' ' and < '\uD800') or (>= '\uE000' and <= '\uFFFD') || char.IsSurrogate(c);
}
