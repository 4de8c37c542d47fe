namespace PolicyGraph.Ingest.Reading;

/// <summary>
/// The readers by format, and the checks every file passes before one of them sees it. The converter is
/// LibreOffice's, for .doc and .wps (by default as the environment names it or the system has it).
/// </summary>
public sealed class DocumentReaders
{
    private readonly IReadOnlyList<IDocumentReader> _readers;

    public DocumentReaders(ReaderLimits limits, OfficeConverter? converter = null)
    {
        Limits = limits;
        converter ??= OfficeConverter.FromEnvironment();
        _readers =
        [
            new TextFileReader(), new HtmlReader(), new DocxReader(), new PdfReader(),
            new LegacyWordReader(".doc", converter), new LegacyWordReader(".wps", converter),
        ];
    }

    public ReaderLimits Limits { get; }

    public IEnumerable<string> SupportedExtensions => _readers.SelectMany(r => r.Extensions);

    public bool IsSupported(string fileName) => ReaderFor(fileName) is not null;

    /// <exception cref="UnreadableDocumentException">the file cannot be ingested; the message says why.</exception>
    public SourceText Read(string fileName, ReadOnlySpan<byte> bytes)
    {
        var reader = ReaderFor(fileName) ?? throw new UnreadableDocumentException(
            $"unsupported file type '{Path.GetExtension(fileName)}' (supported: {string.Join(", ", SupportedExtensions)})");
        if (bytes.Length == 0)
        {
            throw new UnreadableDocumentException("empty file (0 bytes)");
        }
        if (bytes.Length > Limits.MaxFileBytes)
        {
            throw new UnreadableDocumentException($"file too large ({bytes.Length:N0} bytes; the limit is {Limits.MaxFileBytes:N0})");
        }
        var read = reader.Read(bytes, Limits);
        return read with { Text = ShiftedPunctuation.Repair(read.Text) };
    }

    private IDocumentReader? ReaderFor(string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return _readers.FirstOrDefault(r => r.Extensions.Contains(extension));
    }
}
