using System.CommandLine;
using PolicyGraph.Core.Citations;
using PolicyGraph.Core.Queries;
using Spectre.Console;

namespace PolicyGraph.Cli.Commands;

/// <summary>
/// <c>lineage ID [--depth N]</c>: for a document, what it cites, implements or succeeds and what cites, implements or
/// succeeds it; for a clause, the clauses it implements and those implementing it; each way up to N steps.
/// </summary>
internal static class LineageCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "Document id (ingested, known or cited-only) or clause id" };
        var depth = new Option<int>("--depth") { Description = $"Steps up and down (1–{LineageService.MaxDepth})", DefaultValueFactory = _ => 1 };
        depth.Validators.Add(r =>
        {
            if (r.GetValue(depth) is < 1 or > LineageService.MaxDepth)
            {
                r.AddError($"--depth must be between 1 and {LineageService.MaxDepth}");
            }
        });
        var command = new Command("lineage", "Show a document's or clause's parents and children") { id, depth };
        command.SetAction(result => Output.WithStore(result.GetValue(CommandLine.Data)!, store =>
        {
            var lineage = new LineageService(store, DocumentRegistry.Instance).Of(result.GetValue(id)!, result.GetValue(depth));
            if (lineage is null)
            {
                return Output.Fail($"no document or clause with id '{result.GetValue(id)}' (see 'policygraph docs')");
            }
            if (result.GetValue(CommandLine.Json))
            {
                Output.WriteJson(lineage);
                return 0;
            }
            AnsiConsole.MarkupLineInterpolated($"[bold]{lineage.Node.Title ?? lineage.Node.Id}[/] ({lineage.Node.Kind})");
            foreach (var (arrow, links) in new[] { ("↑", lineage.Parents), ("↓", lineage.Children), ("↔", lineage.Siblings) })
            {
                foreach (var l in links)
                {
                    var indent = new string(' ', 2 * l.Depth);
                    var score = l.Score is { } s ? $" {s:0.00}" : "";
                    var clauses = l.ClauseLinks is > 0 ? $" ({l.ClauseLinks} clause links)" : "";
                    AnsiConsole.MarkupLineInterpolated($"{indent}{arrow} {l.Relation,-10} {l.Title ?? "?"} {l.Number ?? ""}{score}{clauses} [grey]{l.Id}{(l.Resolved ? "" : " (cited only)")}[/]");
                }
            }
            return 0;
        }));
        return command;
    }
}
