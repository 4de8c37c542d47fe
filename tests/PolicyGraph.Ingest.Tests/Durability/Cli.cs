using System.Diagnostics;

namespace PolicyGraph.Ingest.Tests.Durability;

/// <summary>The <c>policygraph</c> command line as a separate process (built beside the tests), for what must cross a process boundary: kills, locks.</summary>
internal static class Cli
{
    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "policygraph.dll");

    public static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        var process = Process.Start(start)!;
        // Drain stdout so that a full pipe never blocks the process; stderr is read by whoever needs it.
        process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        return process;
    }

    public static (int Code, string Error) Run(params string[] args)
    {
        using var process = Start(args);
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, error.GetAwaiter().GetResult());
    }
}
