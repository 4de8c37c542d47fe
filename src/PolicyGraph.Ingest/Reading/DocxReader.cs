using PolicyGraph.Core.Text;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyGraph.Ingest.Reading;

/// <summary>
/// Word documents: one line a paragraph (table cells included), each with its list number as Word would show it
/// (一、 (一) 1. ①), rendered from the numbering definitions because Word does not store it in the text.
/// The package is checked as a zip first: truncated files and zip bombs are refused before parsing.
/// </summary>
public sealed class DocxReader : IDocumentReader
{
    public IReadOnlyList<string> Extensions { get; } = [".docx"];

    public SourceText Read(ReadOnlySpan<byte> bytes, ReaderLimits limits)
    {
        var copy = bytes.ToArray();
        CheckPackage(copy, limits);
        try
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(copy, writable: false), isEditable: false);
            return ReadDocument(document, limits);
        }
        // The SDK opens parts and parses attribute values lazily, so a broken package, part or value surfaces at
        // whichever step first touches it: each is the file's fault, not ours.
        catch (System.Xml.XmlException e)
        {
            throw new UnreadableDocumentException($"not a valid DOCX: a part is not well-formed XML ({e.Message})", e);
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            throw new UnreadableDocumentException($"not a valid DOCX: an attribute has an invalid value ({e.Message})", e);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or InvalidOperationException)
        {
            throw new UnreadableDocumentException($"not a valid DOCX package ({e.Message})", e);
        }
    }

    private static SourceText ReadDocument(WordprocessingDocument document, ReaderLimits limits)
    {
        var main = document.MainDocumentPart ?? throw new UnreadableDocumentException("not a Word document (the DOCX has no main document part)");
        var body = main.Document?.Body ?? throw new UnreadableDocumentException("the DOCX has no document body");
        var numbering = new ListNumbering(main.NumberingDefinitionsPart?.Numbering, main.StyleDefinitionsPart?.Styles);
        var text = new StringBuilder();
        var targetTables = body.Descendants<Table>().Where(IsTargetTable).ToHashSet();
        TableRow? row = null;
        TableCell? cell = null;
        foreach (var paragraph in body.Descendants<Paragraph>())
        {
            // A target table's row is one line, its cells between tabs (| 指标 | 2020年 | 2025年目标值 |), as a page
            // copies it; every other paragraph, other tables' cells included, is a line of its own.
            var rowCell = paragraph.Ancestors<TableCell>().FirstOrDefault();
            var ownRow = rowCell?.Parent as TableRow;
            if (ownRow?.Parent is Table table && targetTables.Contains(table))
            {
                if (ownRow != row)
                {
                    if (row is not null)
                    {
                        text.Append('\n');
                    }
                    row = ownRow;
                    cell = null;
                }
                if (rowCell != cell)
                {
                    if (cell is not null)
                    {
                        text.Append('\t', Span(cell));
                    }
                    cell = rowCell;
                }
                text.Append(numbering.Next(paragraph));
                AppendCellRuns(paragraph, text);
            }
            else
            {
                if (row is not null)
                {
                    text.Append('\n');
                    row = null;
                    cell = null;
                }
                text.Append(numbering.Next(paragraph));
                AppendRuns(paragraph, text);
                text.Append('\n');
            }
            if (text.Length > limits.MaxTextChars)
            {
                throw new UnreadableDocumentException($"text too long (over {limits.MaxTextChars:N0} characters)");
            }
        }
        if (row is not null)
        {
            text.Append('\n');
        }
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Title(document) is { } title)
        {
            fields[SourceText.FieldNames.PageTitle] = title;
        }
        var result = text.ToString();
        TextSanity.EnsureText(result, limits);
        return new SourceText(result, "docx", fields);
    }

    /// <summary>
    /// The title in the package's core properties, a hint beside the text: a document whose core properties part is
    /// broken is read without it (System.IO.Packaging throws ArgumentOutOfRangeException on some malformed ones).
    /// </summary>
    private static string? Title(WordprocessingDocument document)
    {
        try
        {
            return string.IsNullOrWhiteSpace(document.PackageProperties.Title) ? null : document.PackageProperties.Title.Trim();
        }
        catch (Exception e) when (e is System.Xml.XmlException or ArgumentException or FormatException or InvalidOperationException or IOException or OpenXmlPackageException)
        {
            return null;
        }
    }

    private static void CheckPackage(byte[] bytes, ReaderLimits limits)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > limits.MaxDocxUncompressedBytes)
                {
                    throw new UnreadableDocumentException(
                        $"DOCX expands to more than {limits.MaxDocxUncompressedBytes / (1024 * 1024)} MB (a zip bomb or an oversize document)");
                }
                if (entry.Length > limits.MaxDocxXmlPartBytes && IsXml(entry.FullName))
                {
                    throw new UnreadableDocumentException(
                        $"DOCX part {entry.FullName} expands to {entry.Length / (1024 * 1024)} MB of XML; the limit for one part is {limits.MaxDocxXmlPartBytes / (1024 * 1024)} MB");
                }
                if (entry.CompressedLength > 0 && entry.Length / entry.CompressedLength > 1000)
                {
                    throw new UnreadableDocumentException($"DOCX part {entry.FullName} is compressed more than 1000:1 (a zip bomb)");
                }
            }
            if (zip.GetEntry("word/document.xml") is null)
            {
                throw new UnreadableDocumentException("not a Word document (the zip has no word/document.xml)");
            }
        }
        catch (InvalidDataException e)
        {
            throw new UnreadableDocumentException($"not a valid DOCX: the zip is truncated or corrupt ({e.Message})", e);
        }
    }

    /// <summary>Parts the SDK parses whole into memory (the zip reader stops at each part's declared size, so a forged one truncates).</summary>
    private static bool IsXml(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A table of targets: its first row names an indicator column (指标, 指标名称, 项目) and a year or target column
    /// (2025年, 目标值), with three cells at least.
    /// </summary>
    private static bool IsTargetTable(Table table)
    {
        var header = table.Elements<TableRow>().FirstOrDefault();
        var cells = header?.Elements<TableCell>().Select(c => new string(c.InnerText.Where(ch => !char.IsWhiteSpace(ch)).ToArray())).ToList() ?? [];
        return cells.Count >= 3 && cells.Any(c => c is "指标" or "指标名称" or "主要指标" or "项目" or "指標" or "指標名稱" or "主要指標")
            && cells.Any(c => c.Contains('年', StringComparison.Ordinal) && c.Any(char.IsAsciiDigit) || c.Contains("目标", StringComparison.Ordinal) || c.Contains("目標", StringComparison.Ordinal));
    }

    /// <summary>How many grid columns a cell spans (a merged header cell): that many tabs keep the columns in step.</summary>
    private static int Span(TableCell cell) => Math.Max(1, cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1);

    /// <summary>A cell's text on one line: its tabs and breaks are spaces, so that only the row's tabs part cells.</summary>
    private static void AppendCellRuns(Paragraph paragraph, StringBuilder text)
    {
        var start = text.Length;
        AppendRuns(paragraph, text);
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] is '\t' or '\n')
            {
                text[i] = ' ';
            }
        }
    }

    private static void AppendRuns(Paragraph paragraph, StringBuilder text)
    {
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case W.Text t:
                    text.Append(t.Text);
                    break;
                case TabChar:
                    text.Append('\t');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
            }
        }
    }

    /// <summary>Word's list counters: one set a numbering instance, deeper levels restarting when a level advances.</summary>
    private sealed class ListNumbering(Numbering? numbering, Styles? styles)
    {
        private readonly Dictionary<int, int[]> _counters = [];

        public string Next(Paragraph paragraph)
        {
            var (numId, ilvl) = Reference(paragraph);
            if (numId is null or 0 || numbering is null)
            {
                return string.Empty;
            }
            var instance = numbering.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numId);
            var abstractId = instance?.AbstractNumId?.Val?.Value;
            var definition = numbering.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId);
            if (instance is null || definition is null)
            {
                return string.Empty;
            }
            var levels = Enumerable.Range(0, 9).Select(i => definition.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == i)).ToArray();
            var level = Math.Clamp(ilvl, 0, 8);
            if (!_counters.TryGetValue(numId.Value, out var counters))
            {
                counters = new int[9];
                for (var i = 0; i < 9; i++)
                {
                    counters[i] = Start(instance, levels[i], i) - 1;
                }
                _counters[numId.Value] = counters;
            }
            counters[level]++;
            for (var i = level + 1; i < 9; i++)
            {
                counters[i] = Start(instance, levels[i], i) - 1;
            }
            var template = levels[level]?.LevelText?.Val?.Value ?? string.Empty;
            var result = new StringBuilder();
            for (var i = 0; i < template.Length; i++)
            {
                if (template[i] == '%' && i + 1 < template.Length && char.IsDigit(template[i + 1]))
                {
                    var referenced = template[i + 1] - '1';
                    if (referenced is >= 0 and < 9)
                    {
                        var format = levels[referenced]?.NumberingFormat?.Val?.InnerText ?? "decimal";
                        result.Append(Format(Math.Max(counters[referenced], Start(instance, levels[referenced], referenced)), format));
                    }
                    i++;
                }
                else
                {
                    result.Append(template[i]);
                }
            }
            var suffix = levels[level]?.LevelSuffix?.Val?.InnerText;
            return levels[level]?.NumberingFormat?.Val?.InnerText is "bullet" or "none" ? string.Empty : result.ToString() + (suffix == "space" ? " " : string.Empty);
        }

        private (int? NumId, int Level) Reference(Paragraph paragraph)
        {
            var direct = paragraph.ParagraphProperties?.NumberingProperties;
            if (direct?.NumberingId?.Val?.Value is { } id)
            {
                return (id, direct.NumberingLevelReference?.Val?.Value ?? 0);
            }
            var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
            var style = styleId is null ? null : styles?.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == styleId);
            var fromStyle = style?.StyleParagraphProperties?.NumberingProperties;
            return (fromStyle?.NumberingId?.Val?.Value, fromStyle?.NumberingLevelReference?.Val?.Value ?? 0);
        }

        private static int Start(NumberingInstance instance, Level? level, int index)
        {
            var overrideStart = instance.Elements<LevelOverride>().FirstOrDefault(o => o.LevelIndex?.Value == index)?.StartOverrideNumberingValue?.Val?.Value;
            return overrideStart ?? level?.StartNumberingValue?.Val?.Value ?? 1;
        }
    }

    internal static string Format(int n, string format) => format switch
    {
        "chineseCounting" or "chineseCountingThousand" or "chineseLegalSimplified" or "ideographDigital" => ChineseNumerals.ToChinese(n),
        "decimalEnclosedCircle" or "decimalEnclosedCircleChinese" when n is >= 1 and <= 20 => ((char)('①' + n - 1)).ToString(),
        "decimalEnclosedParen" when n is >= 1 and <= 20 => ((char)('⑴' + n - 1)).ToString(),
        "ideographTraditional" when n is >= 1 and <= 10 => "甲乙丙丁戊己庚辛壬癸"[n - 1].ToString(),
        "lowerLetter" => ((char)('a' + (n - 1) % 26)).ToString(),
        "upperLetter" => ((char)('A' + (n - 1) % 26)).ToString(),
        "lowerRoman" => Roman(n).ToLowerInvariant(),
        "upperRoman" => Roman(n),
        "decimalFullWidth" or "decimalFullWidth2" => string.Concat(n.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(c => (char)(c + 0xFEE0))),
        _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string Roman(int n)
    {
        var sb = new StringBuilder();
        foreach (var (value, symbol) in new[] { (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") })
        {
            while (n >= value)
            {
                sb.Append(symbol);
                n -= value;
            }
        }
        return sb.ToString();
    }
}
