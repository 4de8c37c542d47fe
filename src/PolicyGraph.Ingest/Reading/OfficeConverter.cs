namespace PolicyGraph.Ingest.Reading;

/// <summary>
/// LibreOffice's headless converter, the one place that knows where it is and how it is run. It is found as
/// <c>POLICYGRAPH_SOFFICE</c> says (a path to <c>soffice</c>), else as <c>soffice</c> or <c>libreoffice</c> on PATH,
/// else where Debian and LibreOffice's own packages put it. Each conversion runs in a temporary directory of its
/// own with a LibreOffice profile of its own inside (two conversions sharing a profile would hand their work to one
/// another or wait on its lock), under the converter's time and memory limits (<see cref="ExternalProcess"/>), and
/// the directory is removed afterwards whatever happened.
/// </summary>
public sealed class OfficeConverter(string? configuredPath)
{
    /// <summary>The environment variable naming the converter (a path to LibreOffice's <c>soffice</c>).</summary>
    public const string PathVariable = "POLICYGRAPH_SOFFICE";

    /// <summary>The Debian package that provides the converter without a desktop.</summary>
    public const string DebianPackage = "libreoffice-writer-nogui";

    private static readonly string[] WellKnown =
    [
        "/usr/lib/libreoffice/program/soffice",
        "/opt/libreoffice/program/soffice",
        "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    ];

    /// <summary>The converter as this process's environment names it (<see cref="PathVariable"/>), else found on the system.</summary>
    public static OfficeConverter FromEnvironment() => new(Environment.GetEnvironmentVariable(PathVariable));

    /// <summary>The converter's path, or null when there is none (looked up on each use, so installing it needs no restart).</summary>
    public string? Program
    {
        get
        {
            if (!string.IsNullOrWhiteSpace(configuredPath))
            {
                return File.Exists(configuredPath) ? configuredPath : null;
            }
            return ExternalProcess.FindOnPath("soffice") ?? ExternalProcess.FindOnPath("libreoffice")
                ?? WellKnown.Concat(OptVersions()).FirstOrDefault(File.Exists);
        }
    }

    /// <summary>Why a file of <paramref name="extension"/> cannot be read here, when the converter is missing.</summary>
    public string MissingReason(string extension) =>
        $"{extension} needs LibreOffice's converter (apt-get install {DebianPackage})"
        + (string.IsNullOrWhiteSpace(configuredPath) ? "; soffice is not on PATH" : $"; {PathVariable} names {configuredPath}, which does not exist");

    /// <summary>LibreOffice's own packages install to /opt/libreofficeX.Y.</summary>
    private static IEnumerable<string> OptVersions()
    {
        try
        {
            return Directory.Exists("/opt") ? Directory.EnumerateDirectories("/opt", "libreoffice*").Select(d => Path.Combine(d, "program", "soffice")) : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>
    /// Converts a Word 97–2003 (or RTF) document to DOCX and returns the DOCX's bytes.
    /// </summary>
    /// <exception cref="UnreadableDocumentException">no converter, the conversion failed, or it broke a limit.</exception>
    public byte[] ConvertToDocx(ReadOnlySpan<byte> bytes, string extension, ReaderLimits limits)
    {
        var program = Program ?? throw new UnreadableDocumentException(MissingReason(extension));
        var directory = Directory.CreateTempSubdirectory("policygraph-convert-");
        try
        {
            // The file's own name never reaches the command line; the input is named for the filter that reads it.
            var input = Path.Combine(directory.FullName, "document.doc");
            File.WriteAllBytes(input, bytes);
            var output = Directory.CreateDirectory(Path.Combine(directory.FullName, "out")).FullName;
            var profile = new Uri(Path.Combine(directory.FullName, "profile")).AbsoluteUri;
            var outcome = ExternalProcess.Run(program,
                ["--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck", $"-env:UserInstallation={profile}",
                 "--convert-to", "docx:MS Word 2007 XML", "--outdir", output, input],
                stdin: null, limits.ConverterTimeout, limits.ConverterMemoryBytes,
                // Whatever LibreOffice writes besides its profile (caches, temporary files) goes into the same directory.
                environment: new Dictionary<string, string?> { ["HOME"] = directory.FullName, ["TMPDIR"] = directory.FullName },
                workingDirectory: directory.FullName, maxStdoutBytes: 64 * 1024);
            if (outcome.TimedOut)
            {
                throw new UnreadableDocumentException(
                    $"LibreOffice did not convert the {extension} within {limits.ConverterTimeout.TotalSeconds:0} s (it was stopped: a damaged or hostile file?)");
            }
            var docx = Path.Combine(output, "document.docx");
            if (!File.Exists(docx) || new FileInfo(docx).Length == 0)
            {
                var said = (System.Text.Encoding.UTF8.GetString(outcome.Stdout) + "\n" + outcome.Stderr)
                    .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .LastOrDefault(l => l.Contains("Error", StringComparison.OrdinalIgnoreCase)) ?? $"exit code {outcome.ExitCode}";
                throw new UnreadableDocumentException($"LibreOffice could not convert the {extension} (damaged, or not a Word document): {said}");
            }
            var length = new FileInfo(docx).Length;
            if (length > limits.MaxFileBytes)
            {
                throw new UnreadableDocumentException(
                    $"the {extension} converts to a DOCX of {length:N0} bytes; the limit is {limits.MaxFileBytes:N0}");
            }
            return File.ReadAllBytes(docx);
        }
        finally
        {
            Remove(directory);
        }
    }

    private static void Remove(DirectoryInfo directory)
    {
        // The converter's processes are gone (ExternalProcess waits for them or kills them), so nothing holds files open.
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                directory.Delete(recursive: true);
                return;
            }
            catch (DirectoryNotFoundException)
            {
                return;
            }
            catch (Exception e) when ((e is IOException or UnauthorizedAccessException) && attempt < 5)
            {
                Thread.Sleep(100 * (attempt + 1));
            }
        }
    }
}
