using System.ComponentModel;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PolicyGraph.Ingest.Reading;

/// <summary>
/// PDF files: the text layer in reading order, one paragraph a line (<see cref="PdfTextLayer"/>). A PDF without one
/// (a scan) is refused with that reason, never ingested empty; an encrypted PDF is read when it opens without a
/// password and refused otherwise.
/// <para>
/// PDF is the most hostile format the product takes, and PdfPig parses a page in one call that nothing can interrupt
/// or bound from outside: a page of three million one-letter operators (a 30 KB file) took it 15 s and 1.3 GB, a
/// deflate bomb 14 s and 2.6 GB, a page tree nested 50,000 deep overflows its stack (which ends the process: no
/// .NET code can catch that), Form XObjects drawing each other twice over 30 levels never finish. Checks between
/// pages cannot stop any of these. So the parse runs in a process of its own — <c>policygraph-pdf</c>
/// (src/PolicyGraph.PdfProcess), which enters <see cref="RunChild"/> — with a .NET heap hard limit
/// (<see cref="ReaderLimits.PdfMemoryBytes"/>, <c>DOTNET_GCHeapHardLimit</c>: an allocation past it throws in that
/// process, not in ours) and a wall-clock limit (<see cref="ReaderLimits.PdfTimeout"/>) after which it is killed.
/// Whatever the file does to that process, the host gets a refusal with the reason. Inside, the stream-size bound,
/// the page and letter limits and PdfPig's nesting limit refuse most hostile files early with a precise reason.
/// The price is a process start and PdfPig's warm-up per PDF: 0.7–2 s on this shared 2-core machine, against
/// 2–4 s for a LibreOffice conversion. An in-process parse with the same checks (<see cref="PdfTextLayer"/> alone)
/// would save that and give up the guarantee.
/// </para>
/// </summary>
public sealed class PdfReader : IDocumentReader
{
    /// <summary>The first argument that makes the reading process read a PDF from its standard input.</summary>
    public const string ChildVerb = "read-pdf-isolated";

    public IReadOnlyList<string> Extensions { get; } = [".pdf"];

    public SourceText Read(ReadOnlySpan<byte> bytes, ReaderLimits limits)
    {
        var (program, arguments) = ChildCommand(limits);
        ExternalProcess.Outcome outcome;
        try
        {
            outcome = ExternalProcess.Run(program, arguments, bytes.ToArray(), limits.PdfTimeout + ChildGrace,
                environment: new Dictionary<string, string?>
                {
                    // The .NET heap's hard limit, in hex as the runtime reads it.
                    ["DOTNET_GCHeapHardLimit"] = "0x" + limits.PdfMemoryBytes.ToString("X", CultureInfo.InvariantCulture),
                    ["DOTNET_GCHeapHardLimitPercent"] = null,
                    ["DOTNET_gcServer"] = "0",
                    // A short-lived process: compiling with profile-guided optimisation costs more than it returns.
                    ["DOTNET_TieredPGO"] = "0",
                },
                maxStdoutBytes: 8L * limits.MaxTextChars + 65536);
        }
        catch (Win32Exception e)
        {
            throw new UnreadableDocumentException($"PDF reading process could not start ({program}: {e.Message})", e);
        }
        var result = Outcome(outcome, limits);
        var text = result.Text!;
        TextSanity.EnsureText(text, limits);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (result.Title is { Length: > 0 } title)
        {
            fields[SourceText.FieldNames.PageTitle] = title;
        }
        return new SourceText(text, "pdf", fields);
    }

    /// <summary>Time the reading process gets beyond its own deadline to report it, before it is killed.</summary>
    private static readonly TimeSpan ChildGrace = TimeSpan.FromSeconds(3);

    private static ChildResult Outcome(ExternalProcess.Outcome outcome, ReaderLimits limits)
    {
        if (outcome.TimedOut)
        {
            throw new UnreadableDocumentException($"PDF reading took longer than {limits.PdfTimeout.TotalSeconds:0} s (the reading process was killed)");
        }
        if (outcome.ExitCode == 0 && !outcome.StdoutOverflowed)
        {
            ChildResult? result = null;
            try
            {
                result = JsonSerializer.Deserialize(outcome.Stdout, ChildJson.Default.ChildResult);
            }
            catch (JsonException)
            {
                // Falls through to the failure below.
            }
            if (result?.Refused is { } reason)
            {
                throw new UnreadableDocumentException(reason);
            }
            if (result?.Text is not null)
            {
                return result;
            }
        }
        var stderr = outcome.Stderr;
        if (stderr.Contains("OutOfMemory", StringComparison.Ordinal))
        {
            throw new UnreadableDocumentException(OutOfMemory(limits));
        }
        if (stderr.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase))
        {
            throw new UnreadableDocumentException("PDF is nested too deeply to read (the reading process ran out of stack)");
        }
        var last = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "no message";
        throw new UnreadableDocumentException($"PDF reading process failed (exit code {outcome.ExitCode}: {last})");
    }

    private static string OutOfMemory(ReaderLimits limits) =>
        $"PDF needs more than {limits.PdfMemoryBytes / (1024 * 1024)} MB of memory to read (a hostile or broken file?)";

    /// <summary>The file of the reading process, built beside every host that ingests (src/PolicyGraph.PdfProcess).</summary>
    public const string ChildAssembly = "policygraph-pdf.dll";

    /// <summary>
    /// How to start the reading process: the <c>dotnet</c> host that runs us with <c>exec</c> and the process's
    /// assembly beside ours (its runtimeconfig and deps files lie beside it, in every output that references it).
    /// </summary>
    private static (string Program, List<string> Arguments) ChildCommand(ReaderLimits limits)
    {
        var assembly = Path.Combine(AppContext.BaseDirectory, ChildAssembly);
        if (!File.Exists(assembly))
        {
            throw new UnreadableDocumentException($"PDF reading process cannot start: {ChildAssembly} is not beside this program in {AppContext.BaseDirectory} (a host that ingests references src/PolicyGraph.PdfProcess)");
        }
        return (DotnetHost(), [
            "exec", assembly, ChildVerb,
            limits.MaxFileBytes.ToString(CultureInfo.InvariantCulture),
            limits.MaxTextChars.ToString(CultureInfo.InvariantCulture),
            limits.MaxPdfPages.ToString(CultureInfo.InvariantCulture),
            limits.MaxPdfStreamBytes.ToString(CultureInfo.InvariantCulture),
            limits.MaxPdfLettersPerPage.ToString(CultureInfo.InvariantCulture),
            ((long)limits.PdfTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture),
            limits.PdfMemoryBytes.ToString(CultureInfo.InvariantCulture),
        ]);
    }

    /// <summary>The <c>dotnet</c> muxer: the one running us, else the one of our runtime's installation, else PATH's.</summary>
    private static string DotnetHost()
    {
        var name = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        if (Environment.ProcessPath is { } self && Path.GetFileName(self) == name)
        {
            return self;
        }
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }
        // <root>/shared/Microsoft.NETCore.App/<version>/ holds the runtime; the muxer is <root>/dotnet.
        var runtime = RuntimeEnvironment.GetRuntimeDirectory();
        var root = Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
        var beside = Path.Combine(root, name);
        return File.Exists(beside) ? beside : ExternalProcess.FindOnPath(name) ?? name;
    }

    /// <summary>
    /// The reading process: the PDF on standard input, the limits as arguments, the result as JSON on standard
    /// output (the text, or the reason it was refused). Exit code 0 whenever it could say either.
    /// </summary>
    public static int RunChild(string[] arguments)
    {
        ChildResult result;
        long memory = 0;
        try
        {
            var numbers = arguments.Select(a => long.Parse(a, CultureInfo.InvariantCulture)).ToArray();
            memory = numbers[6];
            var limits = ReaderLimits.Default with
            {
                MaxFileBytes = numbers[0],
                MaxTextChars = (int)numbers[1],
                MaxPdfPages = (int)numbers[2],
                MaxPdfStreamBytes = numbers[3],
                MaxPdfLettersPerPage = (int)numbers[4],
                PdfTimeout = TimeSpan.FromMilliseconds(numbers[5]),
                PdfMemoryBytes = numbers[6],
            };
            using var input = Console.OpenStandardInput();
            using var buffer = new MemoryStream();
            input.CopyTo(buffer);
            if (buffer.Length > limits.MaxFileBytes)
            {
                throw new UnreadableDocumentException($"file too large ({buffer.Length:N0} bytes; the limit is {limits.MaxFileBytes:N0})");
            }
            var text = PdfTextLayer.Extract(buffer.ToArray(), limits);
            result = new ChildResult { Text = text.Text, Title = text.Title, Pages = text.Pages };
        }
        catch (UnreadableDocumentException e)
        {
            result = new ChildResult { Refused = e.Message };
        }
        catch (OutOfMemoryException)
        {
            result = new ChildResult { Refused = OutOfMemory(ReaderLimits.Default with { PdfMemoryBytes = memory }) };
        }
        catch (InsufficientExecutionStackException)
        {
            result = new ChildResult { Refused = "PDF is nested too deeply to read (the reading process ran out of stack)" };
        }
        using var output = Console.OpenStandardOutput();
        JsonSerializer.Serialize(output, result, ChildJson.Default.ChildResult);
        return 0;
    }
}

/// <summary>What the reading process answers.</summary>
internal sealed class ChildResult
{
    public string? Text { get; init; }

    public string? Title { get; init; }

    public int Pages { get; init; }

    public string? Refused { get; init; }
}

[JsonSerializable(typeof(ChildResult))]
internal sealed partial class ChildJson : JsonSerializerContext;
