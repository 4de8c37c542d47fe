namespace PolicyGraph.Ingest.Reading;

/// <summary>
/// Word 97–2003 documents (<c>.doc</c>) and Kingsoft WPS Writer documents (<c>.wps</c>, the same binary format: WPS
/// saves Word 97 compound files under its own extension), converted to DOCX by LibreOffice's headless converter
/// (<see cref="OfficeConverter"/>) and then read as DOCX, list numbers included. Sites also serve RTF and DOCX
/// under <c>.doc</c>: RTF goes through the converter too, a DOCX is read as it is. Anything else is refused before
/// the converter starts (it would import random bytes as a text document). Without the converter the file is
/// refused with the package to install.
/// </summary>
public sealed class LegacyWordReader(string extension, OfficeConverter converter) : IDocumentReader
{
    private static readonly byte[] CompoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] Rtf = "{\\rtf"u8.ToArray();
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];

    public IReadOnlyList<string> Extensions { get; } = [extension];

    public SourceText Read(ReadOnlySpan<byte> bytes, ReaderLimits limits)
    {
        var format = extension.TrimStart('.');
        if (bytes.StartsWith(Zip))
        {
            return new DocxReader().Read(bytes, limits) with { Format = format };
        }
        if (!bytes.StartsWith(CompoundFile) && !bytes.StartsWith(Rtf))
        {
            throw new UnreadableDocumentException(
                $"not a Word 97–2003 document (a {extension} file is an OLE2 compound file, or RTF; this one starts with {Describe(bytes)})");
        }
        var docx = converter.ConvertToDocx(bytes, extension, limits);
        try
        {
            return new DocxReader().Read(docx, limits) with { Format = format };
        }
        catch (UnreadableDocumentException e)
        {
            throw new UnreadableDocumentException($"the {extension} converted, but its DOCX could not be read: {e.Message}", e);
        }
    }

    private static string Describe(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(8, bytes.Length)];
        return string.Join(' ', head.ToArray().Select(b => b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));
    }
}
