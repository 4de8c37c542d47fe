using System.Text;

namespace PolicyGraph.Ingest.Reading;

/// <summary>
/// Plain text: the encoding is detected, never assumed — a byte-order mark (UTF-8, UTF-16, UTF-32) decides;
/// without one, bytes that are valid UTF-8 are UTF-8, and anything else is read as GB18030 (which includes GBK
/// and GB2312) if it decodes to text. Binary content is refused.
/// </summary>
public sealed class TextFileReader : IDocumentReader
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextFileReader()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public IReadOnlyList<string> Extensions { get; } = [".txt", ".text"];

    public SourceText Read(ReadOnlySpan<byte> bytes, ReaderLimits limits)
    {
        var (text, encoding) = Decode(bytes);
        TextSanity.EnsureText(text, limits);
        return new SourceText(text, "txt", new Dictionary<string, string> { [SourceText.FieldNames.Encoding] = encoding });
    }

    public static (string Text, string Encoding) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (DecodeStrict(StrictUtf8, bytes[3..], "UTF-8"), "UTF-8");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return (DecodeStrict(new UTF32Encoding(false, false, true), bytes[4..], "UTF-32"), "UTF-32LE");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (DecodeStrict(new UnicodeEncoding(false, false, true), bytes[2..], "UTF-16"), "UTF-16LE");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (DecodeStrict(new UnicodeEncoding(true, false, true), bytes[2..], "UTF-16"), "UTF-16BE");
        }
        if (bytes.IndexOf((byte)0) >= 0)
        {
            throw new UnreadableDocumentException("binary content (NUL bytes), not a text document");
        }
        try
        {
            return (StrictUtf8.GetString(bytes), "UTF-8");
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: the Chinese national standard encoding is the remaining candidate.
        }
        var gb = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        return (DecodeStrict(gb, bytes, "GB18030"), "GB18030");
    }

    private static string DecodeStrict(Encoding encoding, ReadOnlySpan<byte> bytes, string name)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new UnreadableDocumentException($"not valid {name} text (undecodable bytes at offset {e.Index})", e);
        }
    }
}
