using System.IO.Compression;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace PolicyGraph.Ingest.Reading;

/// <summary>
/// PdfPig's stream filters with a bound on what one stream may decode to. Flate, the filter of nearly every stream,
/// is first inflated into a counter that stops past the bound, so a deflate bomb is refused having held nothing;
/// the other filters' output is checked after decoding (their expansion is small — LZW's and RunLength's bounded
/// by their codes — and the reading process's memory limit stops the rest).
/// </summary>
internal sealed class PdfStreamFilters(long maxDecodedBytes) : BaseFilterProvider(Filters(maxDecodedBytes))
{
    private static Dictionary<string, IFilter> Filters(long max)
    {
        var flate = new Bounded(new FlateFilter(), max, countFirst: true);
        var lzw = new Bounded(new LzwFilter(), max, countFirst: false);
        var runLength = new Bounded(new RunLengthFilter(), max, countFirst: false);
        var ascii85 = new Bounded(new Ascii85Filter(), max, countFirst: false);
        var asciiHex = new Bounded(new AsciiHexDecodeFilter(), max, countFirst: false);
        return new Dictionary<string, IFilter>(StringComparer.Ordinal)
        {
            ["FlateDecode"] = flate, ["Fl"] = flate,
            ["LZWDecode"] = lzw, ["LZW"] = lzw,
            ["RunLengthDecode"] = runLength, ["RL"] = runLength,
            ["ASCII85Decode"] = ascii85, ["A85"] = ascii85,
            ["ASCIIHexDecode"] = asciiHex, ["AHx"] = asciiHex,
            // Image codecs: PdfPig decodes them only when asked for pixels, which text extraction never does.
            ["DCTDecode"] = new DctDecodeFilter(), ["DCT"] = new DctDecodeFilter(),
            ["CCITTFaxDecode"] = new CcittFaxDecodeFilter(), ["CCF"] = new CcittFaxDecodeFilter(),
            ["JBIG2Decode"] = new Jbig2DecodeFilter(),
            ["JPXDecode"] = new JpxDecodeFilter(),
        };
    }

    private sealed class Bounded(IFilter inner, long max, bool countFirst) : IFilter
    {
        public bool IsSupported => inner.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            if (countFirst)
            {
                EnsureInflatesWithin(input, max);
            }
            var output = inner.Decode(input, streamDictionary, filterProvider, filterIndex);
            if (output.Length > max)
            {
                throw TooLarge(max);
            }
            return output;
        }
    }

    /// <summary>Inflates into nothing, counting, and throws as soon as the count passes <paramref name="max"/>.</summary>
    private static void EnsureInflatesWithin(Memory<byte> input, long max)
    {
        // A zlib stream has a two-byte header that DeflateStream does not read; PdfPig skips it the same way.
        if (input.Length < 3)
        {
            return;
        }
        var buffer = new byte[64 * 1024];
        long total = 0;
        try
        {
            using var inflater = new DeflateStream(new MemoryStream(input[2..].ToArray(), writable: false), CompressionMode.Decompress);
            int n;
            while ((n = inflater.Read(buffer)) > 0)
            {
                total += n;
                if (total > max)
                {
                    throw TooLarge(max);
                }
            }
        }
        catch (InvalidDataException)
        {
            // Damaged data: PdfPig's own filter decides what to make of it (it keeps what inflated before the damage).
        }
    }

    private static UnreadableDocumentException TooLarge(long max) =>
        new($"a PDF stream decodes to more than {max / (1024 * 1024)} MB (a compression bomb or an oversize stream)");
}
