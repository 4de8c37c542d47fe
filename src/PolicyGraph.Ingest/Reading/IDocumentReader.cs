namespace PolicyGraph.Ingest.Reading;

/// <summary>Reads one file format into text and source metadata.</summary>
public interface IDocumentReader
{
    /// <summary>File name extensions this reader takes, lower case with the dot.</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <exception cref="UnreadableDocumentException">the bytes are not a readable document of this format.</exception>
    SourceText Read(ReadOnlySpan<byte> bytes, ReaderLimits limits);
}
