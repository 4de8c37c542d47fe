using System.Diagnostics;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using UglyToad.PdfPig.Exceptions;

namespace PolicyGraph.Ingest.Reading;

/// <summary>What the text layer of a PDF gives: its paragraphs, one a line, and the title its metadata states.</summary>
internal sealed record PdfText(string Text, int Pages, string? Title);

/// <summary>
/// Reads a PDF's text layer with PdfPig, page by page, under the reader limits: a page limit before parsing, a
/// bound on each decoded stream (<see cref="PdfStreamFilters"/>), PdfPig's nesting limit, and between pages a
/// check of the time spent and of the characters on the page. A page being parsed cannot be interrupted, so this
/// runs in a process of its own (<see cref="PdfReader"/>), whose wall-clock and memory limits stop what these
/// checks cannot. Lines and paragraphs are rebuilt from the letters' positions (<see cref="PdfPageLines"/>,
/// <see cref="PdfParagraphs"/>).
/// </summary>
internal static class PdfTextLayer
{
    /// <summary>The nesting of arrays and dictionaries PdfPig follows (its own default): deeper is hostile.</summary>
    private const int MaxNesting = 256;

    /// <exception cref="UnreadableDocumentException">the file is not a PDF with text, or breaks a limit; the message says which.</exception>
    public static PdfText Extract(byte[] bytes, ReaderLimits limits)
    {
        var clock = Stopwatch.StartNew();
        var options = new ParsingOptions
        {
            UseLenientParsing = true,
            SkipMissingFonts = true,
            MaxStackDepth = MaxNesting,
            FilterProvider = new PdfStreamFilters(limits.MaxPdfStreamBytes),
        };
        using var document = PdfPig(() => PdfDocument.Open(bytes, options));
        var pageCount = PdfPig(() => document.NumberOfPages);
        if (pageCount <= 0)
        {
            throw new UnreadableDocumentException("PDF has no pages");
        }
        if (pageCount > limits.MaxPdfPages)
        {
            throw new UnreadableDocumentException($"PDF has {pageCount:N0} pages; the limit is {limits.MaxPdfPages:N0}");
        }
        var pages = new List<PdfPageLines>(pageCount);
        var letters = 0;
        var hidden = 0;
        for (var number = 1; number <= pageCount; number++)
        {
            if (clock.Elapsed > limits.PdfTimeout)
            {
                throw new UnreadableDocumentException(
                    $"PDF reading took longer than {limits.PdfTimeout.TotalSeconds:0} s (stopped at page {number} of {pageCount})");
            }
            var page = PdfPig(() => document.GetPage(number));
            var pageLetters = PdfPig(() => page.Letters);
            if (pageLetters.Count > limits.MaxPdfLettersPerPage)
            {
                throw new UnreadableDocumentException(
                    $"PDF page {number} has {pageLetters.Count:N0} characters; the limit is {limits.MaxPdfLettersPerPage:N0} (no page of a document holds that many)");
            }
            var visible = PdfPageLines.TextLetters(page, pageLetters);
            var words = PdfPig(() => NearestNeighbourWordExtractor.Instance.GetWords(visible).ToList());
            var lines = PdfPageLines.FromWords(number, words);
            letters += lines.Letters;
            hidden += pageLetters.Count(l => !string.IsNullOrWhiteSpace(l.Value)) - visible.Count;
            pages.Add(lines);
        }
        if (letters == 0 && hidden > 0)
        {
            throw new UnreadableDocumentException(
                $"PDF has no visible text: {Pages(pageCount)}, {hidden:N0} characters all outside the page or too small to see");
        }
        if (letters == 0)
        {
            throw new UnreadableDocumentException($"PDF has no text layer (a scanned document?): {Pages(pageCount)}, no text");
        }
        var text = PdfParagraphs.Text(pages, limits.MaxTextChars);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new UnreadableDocumentException(
                $"PDF has no text layer (a scanned document?): {Pages(pageCount)}, no text but page numbers and running headers");
        }
        return new PdfText(text, pageCount, Title(document));
    }

    private static string Pages(int n) => n == 1 ? "1 page" : $"{n:N0} pages";

    /// <summary>
    /// The document information's title, a hint beside the text as a DOCX's core title is: only when it is Chinese
    /// text, not the file name a converter put there (<c>Microsoft Word - 附件1.doc</c>).
    /// </summary>
    private static string? Title(PdfDocument document)
    {
        string? title;
        try
        {
            title = document.Information?.Title?.Trim();
        }
        catch (Exception e) when (IsFromParser(e))
        {
            return null;
        }
        if (string.IsNullOrEmpty(title) || !title.Any(c => c is >= '\u4E00' and <= '\u9FFF')
            || title.StartsWith("Microsoft Word", StringComparison.OrdinalIgnoreCase)
            || System.Text.RegularExpressions.Regex.IsMatch(title, @"\.(?:docx?|wps|pdf|xlsx?|txt)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase))
        {
            return null;
        }
        var clean = new string(title.Where(c => !Core.Text.SearchNormaliser.IsInvisible(c) && c is not ('\n' or '\r')).ToArray()).Trim();
        return clean.Length == 0 ? null : clean;
    }

    /// <summary>
    /// Runs a call into PdfPig: what it throws is the file's fault (or the parser's weakness on it), so it becomes a
    /// refusal naming the reason. Our own code runs outside these calls, so that a bug of ours is not mistaken for a
    /// bad file.
    /// </summary>
    private static T PdfPig<T>(Func<T> call)
    {
        try
        {
            return call();
        }
        catch (UnreadableDocumentException)
        {
            throw;
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new UnreadableDocumentException("PDF is encrypted and needs a password to open (only PDFs that open without one are read)", e);
        }
        catch (UglyToad.PdfPig.Core.PdfDocumentStackDepthException e)
        {
            throw new UnreadableDocumentException($"PDF nests arrays or dictionaries more than {MaxNesting} deep", e);
        }
        catch (Exception e) when (IsFromParser(e))
        {
            throw new UnreadableDocumentException($"not a readable PDF ({Describe(e)})", e);
        }
    }

    /// <summary>Everything but running out of memory, whose handling belongs to the process (and cannot be a file's reason here).</summary>
    private static bool IsFromParser(Exception e) => e is not (OutOfMemoryException or InsufficientExecutionStackException or ThreadAbortException);

    private static string Describe(Exception e)
    {
        // PdfPig quotes the tokens it met, which in a broken file are any bytes: a reason is one printable line.
        var message = new string(e.Message.Select(c => char.IsControl(c) || char.IsSurrogate(c) || Core.Text.SearchNormaliser.IsInvisible(c) ? '?' : c).ToArray()).Trim();
        if (message.Length > 200)
        {
            message = message[..200] + "…";
        }
        // The exception's type says more than "Index was outside the bounds of the array." alone.
        return e is UglyToad.PdfPig.Core.PdfDocumentFormatException ? message : $"{message} [{e.GetType().Name}]";
    }
}
