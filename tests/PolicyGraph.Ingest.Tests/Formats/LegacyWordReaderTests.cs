using System.Diagnostics;
using PolicyGraph.Core.Store;
using PolicyGraph.Ingest.Pipeline;
using PolicyGraph.Ingest.Reading;
using PolicyGraph.Testing;

namespace PolicyGraph.Ingest.Tests.Formats;

/// <summary>
/// .doc and .wps through LibreOffice's converter: the sample saved as Word 97–2003 reads to the DOCX's text with
/// its list numbers; without the converter, or given something that is no Word document, the file is refused with
/// the reason; a converter that hangs is killed with everything it started, and its directory removed.
/// </summary>
public sealed class LegacyWordReaderTests
{
    [Theory]
    [InlineData(".doc")]
    [InlineData(".wps")]
    public void Reads_to_the_text_of_the_docx_it_was_saved_from_list_numbers_included(string extension)
    {
        var readers = new DocumentReaders(ReaderLimits.Default, FormatDocuments.RequireConverter());
        var path = extension == ".doc" ? FormatDocuments.Doc : FormatDocuments.Wps;
        var read = readers.Read(path, File.ReadAllBytes(path));
        var docx = new DocxReader().Read(File.ReadAllBytes(FormatDocuments.Docx), ReaderLimits.Default);
        Assert.Equal(docx.Text.Split('\n').Where(l => l.Length > 0), read.Text.Split('\n').Where(l => l.Length > 0));
        Assert.Contains("\n(五)加强质量安全监管和诚信建设。", read.Text, StringComparison.Ordinal);
        Assert.Equal(extension.TrimStart('.'), read.Format);
    }

    [Theory]
    [InlineData(".doc")]
    [InlineData(".wps")]
    public void Without_the_converter_is_refused_with_the_package_to_install(string extension)
    {
        var missing = new OfficeConverter("/nonexistent/libreoffice/soffice");
        var bytes = File.ReadAllBytes(FormatDocuments.Doc);
        var e = Assert.Throws<UnreadableDocumentException>(() => new DocumentReaders(ReaderLimits.Default, missing).Read("plan" + extension, bytes));
        Assert.Equal($"{extension} needs LibreOffice's converter (apt-get install libreoffice-writer-nogui); POLICYGRAPH_SOFFICE names /nonexistent/libreoffice/soffice, which does not exist", e.Message);
    }

    [Fact]
    public void Without_the_converter_a_batch_reports_the_doc_and_ingests_the_rest()
    {
        using var data = new TemporaryDirectory();
        var batch = Directory.CreateDirectory(Path.Combine(data.Path, "batch")).FullName;
        File.Copy(FormatDocuments.Doc, Path.Combine(batch, "plan.doc"));
        File.Copy(FormatDocuments.Docx, Path.Combine(batch, "plan.docx"));
        using var store = new SqliteGraphStore(Path.Combine(data.Path, "store"));
        var readers = new DocumentReaders(ReaderLimits.Default, new OfficeConverter("/nonexistent/soffice"));
        var report = new IngestPipeline(store, readers, linkClauses: false).IngestPaths([batch]);
        Assert.Equal("plan.docx", Path.GetFileName(Assert.Single(report.Ingested).Source));
        var failed = Assert.Single(report.Failed);
        Assert.Equal("plan.doc", Path.GetFileName(failed.Source));
        Assert.StartsWith(".doc needs LibreOffice's converter (apt-get install libreoffice-writer-nogui)", failed.Error, StringComparison.Ordinal);
        Assert.Single(store.ListDocuments());
    }

    [Fact]
    public void What_is_no_Word_document_is_refused_before_the_converter_is_started()
    {
        // The converter does not exist: a refusal that names the bytes shows it was never needed.
        var readers = new DocumentReaders(ReaderLimits.Default, new OfficeConverter("/nonexistent/soffice"));
        var e = Assert.Throws<UnreadableDocumentException>(() => readers.Read("random.doc", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04]));
        Assert.Equal("not a Word 97–2003 document (a .doc file is an OLE2 compound file, or RTF; this one starts with 4D 5A 90 00 03 00 00 00)", e.Message);
    }

    [Fact]
    public void A_docx_saved_under_doc_is_read_as_the_docx_it_is()
    {
        var readers = new DocumentReaders(ReaderLimits.Default, new OfficeConverter("/nonexistent/soffice"));
        var read = readers.Read("misnamed.doc", File.ReadAllBytes(FormatDocuments.Docx));
        Assert.Contains("一、指导思想", read.Text, StringComparison.Ordinal);
        Assert.Equal("doc", read.Format);
    }

    [Fact]
    public void A_converter_that_hangs_is_killed_with_what_it_started_and_its_directory_removed()
    {
        using var scratch = new TemporaryDirectory();
        // A stand-in for soffice that starts a child (as oosplash starts soffice.bin), records where it runs and
        // both process ids, and never finishes.
        var record = Path.Combine(scratch.Path, "pids");
        var fake = Path.Combine(scratch.Path, "soffice");
        File.WriteAllText(fake, $"""
            #!/bin/sh
            sleep 600 &
            echo "$$ $! $(pwd)" > {record}
            wait
            """);
        Assert.False(OperatingSystem.IsWindows(), "the converter runs on Linux (and macOS) only");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        var limits = ReaderLimits.Default with { ConverterTimeout = TimeSpan.FromSeconds(2) };
        var readers = new DocumentReaders(limits, new OfficeConverter(fake));

        var e = Assert.Throws<UnreadableDocumentException>(() => readers.Read("slow.doc", File.ReadAllBytes(FormatDocuments.Doc)));
        Assert.Equal("LibreOffice did not convert the .doc within 2 s (it was stopped: a damaged or hostile file?)", e.Message);
        var fields = File.ReadAllText(record).Trim().Split(' ', 3);
        foreach (var pid in fields[..2].Select(int.Parse))
        {
            Assert.False(IsRunning(pid), $"process {pid} is still running");
        }
        Assert.StartsWith(Path.Combine(Path.GetTempPath(), "policygraph-convert-"), fields[2], StringComparison.Ordinal);
        Assert.False(Directory.Exists(fields[2]), $"{fields[2]} was left behind");
    }

    /// <summary>Whether a process lives (a zombie awaiting its parent counts as ended).</summary>
    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..][0] != 'Z';
        }
        catch (Exception e) when (e is ArgumentException or IOException or InvalidOperationException)
        {
            return false;
        }
    }
}
