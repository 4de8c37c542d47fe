using System.CommandLine;
using PolicyGraph.Core.Citations;
using PolicyGraph.Core.Queries;
using Spectre.Console;

namespace PolicyGraph.Ingest.Cli;

/// <summary><c>lineage ID</c>: what a document cites or implements, and what cites or implements it.</summary>
internal static class LineageCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "Document id (ingested, known or cited-only)" };
        var command = new Command("lineage", "Show a document's parents and children") { id };
        command.SetAction(result => Output.WithStore(result.GetValue(CommandLine.Data)!, store =>
        {
            var lineage = new LineageService(store, DocumentRegistry.Instance).Of(result.GetValue(id)!);
            if (lineage is null)
            {
                return Output.Fail($"no document with id '{result.GetValue(id)}' (see 'policygraph docs')");
            }
            if (result.GetValue(CommandLine.Json))
            {
                Output.WriteJson(lineage);
                return 0;
            }
            AnsiConsole.MarkupLineInterpolated($"[bold]{lineage.Node.Title ?? lineage.Node.Id}[/] ({lineage.Node.Kind})");
            foreach (var p in lineage.Parents)
            {
                AnsiConsole.MarkupLineInterpolated($"  ↑ {p.Relation,-10} {p.Title ?? "?"} {p.Number ?? ""} [grey]{p.Id}{(p.Resolved ? "" : " (cited only)")}[/]");
            }
            foreach (var c in lineage.Children)
            {
                AnsiConsole.MarkupLineInterpolated($"  ↓ {c.Relation,-10} {c.Title ?? "?"} {c.Number ?? ""} [grey]{c.Id}[/]");
            }
            return 0;
        }));
        return command;
    }
}
