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
}
