namespace PolicyGraph.Ingest.Reading;

/// <summary>Bounds on what a reader accepts, so that one hostile or broken file cannot exhaust the machine.</summary>
public sealed record ReaderLimits
{
    public static readonly ReaderLimits Default = new();

    /// <summary>Largest file accepted, in bytes.</summary>
    public long MaxFileBytes { get; init; } = 20 * 1024 * 1024;

    /// <summary>Largest total uncompressed size of a DOCX's parts, in bytes (zip bombs).</summary>
    public long MaxDocxUncompressedBytes { get; init; } = 100 * 1024 * 1024;

    /// <summary>
    /// Largest uncompressed XML part of a DOCX, in bytes: the SDK holds a parsed part in memory at about 14 times its
    /// size (a 90 MB document.xml of short paragraphs took 1.2 GB), and a policy document's document.xml is a few MB.
    /// </summary>
    public long MaxDocxXmlPartBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>Deepest element nesting read from HTML.</summary>
    public int MaxHtmlDepth { get; init; } = 256;

    /// <summary>
    /// Most elements read from one HTML page: the parsed tree takes about 600 bytes an element (a million empty
    /// &lt;i&gt; took 580 MB and 3.5 s), while a long policy page has a few thousand.
    /// </summary>
    public int MaxHtmlElements { get; init; } = 200_000;

    /// <summary>Most characters of text kept from one document.</summary>
    public int MaxTextChars { get; init; } = 5_000_000;

    /// <summary>
    /// Most pages read from one PDF: a policy document with its attachments runs to tens of pages; every page costs
    /// a parse (15–25 ms here), so a file of thousands is refused before any is parsed.
    /// </summary>
    public int MaxPdfPages { get; init; } = 1_000;

    /// <summary>
    /// Largest decoded size of one PDF stream (a page's content, a font, a cross-reference stream): the whole
    /// stream is held in memory once decoded, and 1 MB of deflate expands to 1 GB of zeros (a 1 GB bomb took
    /// PdfPig 14 s and 2.6 GB). An embedded CJK font is the largest honest stream, 10–20 MB whole.
    /// </summary>
    public long MaxPdfStreamBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// Most characters on one PDF page: an A4 page of 公文 holds 616 (22 lines of 28, GB/T 9704), a page of small
    /// print a few thousand; a page of 200,000 took PdfPig 3 s and 150 MB, and one of 3 million one-letter
    /// <c>Tj</c> operators (a 30 KB file) 15 s and 1.3 GB — checked once the page is parsed, so the reading
    /// process's time and memory limits are what stop the largest.
    /// </summary>
    public int MaxPdfLettersPerPage { get; init; } = 50_000;

    /// <summary>
    /// Wall-clock limit of reading one PDF, in the process of its own that parses it (which is killed then): a
    /// 91-page text PDF took 2.3–3.1 s here, process start included; a file that takes 20 times that is hostile
    /// or broken (Form XObjects drawing each other twice over 30 levels never finish).
    /// </summary>
    public TimeSpan PdfTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Memory the PDF-reading process may use (its .NET heap hard limit, <c>DOTNET_GCHeapHardLimit</c>): reading
    /// a 91-page text PDF peaked at 90 MB resident here; past the limit that process ends with an out-of-memory
    /// refusal instead of taking the host's memory.
    /// </summary>
    public long PdfMemoryBytes { get; init; } = 1024L * 1024 * 1024;

    /// <summary>
    /// Wall-clock limit of one LibreOffice conversion (.doc/.wps to .docx), after which it is killed with every
    /// process it started: a short .doc converts in 2–4 s here, most of it LibreOffice starting with a new profile.
    /// </summary>
    public TimeSpan ConverterTimeout { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>
    /// Address space LibreOffice may map (<c>prlimit --as</c>): it converts the sample .doc within 800 MB and
    /// aborts at start under 400 MB; 2 GB leaves room for a long document with images and stops a runaway one.
    /// </summary>
    public long ConverterMemoryBytes { get; init; } = 2048L * 1024 * 1024;
}
