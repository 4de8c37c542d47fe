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
        catch (DecoderFallbackException e)
        {
            RefuseBrokenUtf8(bytes, e.Index);
            // Not UTF-8: the Chinese national standard encoding is the remaining candidate.
        }
        var gb = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        return (DecodeStrict(gb, bytes, "GB18030"), "GB18030");
    }

    /// <summary>
    /// UTF-8 that breaks only in its last character was cut short; UTF-8 with a rare bad byte is damaged. Either
    /// would otherwise decode as GB18030 mojibake, so both are refused with what is wrong.
    /// </summary>
    private static void RefuseBrokenUtf8(ReadOnlySpan<byte> bytes, int badIndex)
    {
        var tail = bytes.Length - 1;
        while (tail > 0 && bytes.Length - tail < 4 && (bytes[tail] & 0xC0) == 0x80)
        {
            tail--;
        }
        if (tail >= 0 && bytes[tail] >= 0xC0 && Utf8Length(bytes[tail]) > bytes.Length - tail && IsValidUtf8(bytes[..tail]))
        {
            throw new UnreadableDocumentException("truncated UTF-8 text (the file ends in the middle of a character)");
        }
        var lossy = Encoding.UTF8.GetString(bytes);
        var replaced = lossy.Count(c => c == '\uFFFD');
        if (replaced * 50 < lossy.Length)
        {
            throw new UnreadableDocumentException($"damaged UTF-8 text ({replaced} invalid byte sequences, the first at offset {badIndex})");
        }
    }

    private static int Utf8Length(byte lead) => lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

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
