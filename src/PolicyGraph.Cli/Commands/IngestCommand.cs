using System.CommandLine;
using PolicyGraph.Ingest.Pipeline;
using PolicyGraph.Ingest.Reading;
using Spectre.Console;

namespace PolicyGraph.Cli.Commands;

/// <summary><c>ingest PATH…</c>: files or folders (recursive). Exit 2 when some files failed and the rest went in.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders to ingest", Arity = ArgumentArity.OneOrMore };
        var maxBytes = new Option<long>("--max-file-bytes")
        {
            Description = "Largest file accepted, in bytes",
            DefaultValueFactory = _ => ReaderLimits.Default.MaxFileBytes,
        };
        var command = new Command("ingest", "Read documents into the graph store") { paths, maxBytes };
        command.SetAction(result =>
        {
            var json = result.GetValue(CommandLine.Json);
            var limits = ReaderLimits.Default with { MaxFileBytes = result.GetValue(maxBytes) };
            var data = result.GetValue(CommandLine.Data)!;
            if (Output.TryLock(data, "policygraph ingest") is not { } writer)
            {
                return 1;
            }
            using var held = writer;
            return Output.WithData(data, (store, index) =>
            {
                var pipeline = new IngestPipeline(store, new DocumentReaders(limits), index);
                var report = pipeline.IngestPaths(result.GetValue(paths)!, new Progress());
                if (json)
                {
                    Output.WriteJson(report);
                }
                else
                {
                    WriteSummary(report);
                }
                return report.ExitCode;
            });
        });
        return command;
    }

    private static void WriteSummary(IngestReport report)
    {
        foreach (var f in report.Failed)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]failed[/]    {f.Source}: {f.Error}");
        }
        AnsiConsole.MarkupLineInterpolated($"{report.Ingested.Count} ingested, {report.Unchanged.Count} unchanged, {report.Failed.Count} failed");
        if (report.Linked.Documents > 0)
        {
            AnsiConsole.MarkupLineInterpolated($"{report.Linked.Links} clause links drawn for {report.Linked.Documents} documents in {report.Linked.Seconds:0.0} s");
        }
    }

    /// <summary>A line per file on stderr; on a terminal, one line that updates in place.</summary>
    private sealed class Progress : IProgress<IngestProgress>
    {
        private readonly bool _interactive = !Console.IsErrorRedirected;

        public void Report(IngestProgress value)
        {
            var line = $"[{value.Done}/{value.Total}] {value.Outcome,-9} {value.Source}";
            if (_interactive)
            {
                var width = Math.Max(20, Console.WindowWidth - 1);
                Console.Error.Write("\r" + (line.Length > width ? line[..width] : line.PadRight(width)));
                if (value.Done == value.Total)
                {
                    Console.Error.WriteLine();
                }
            }
            else
            {
                Console.Error.WriteLine(line);
            }
        }
    }
}
