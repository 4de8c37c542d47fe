using System.CommandLine;
using PolicyGraph.Core.Queries;
using Spectre.Console;

namespace PolicyGraph.Cli.Commands;

/// <summary><c>compare CHILD PARENT</c>: 对照 — the child's clauses beside the parent clauses they implement, and which of the parent's tasks and targets the child leaves out.</summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var child = new Argument<string>("child") { Description = "The implementing document's id" };
        var parent = new Argument<string>("parent") { Description = "The parent document's id" };
        var command = new Command("compare", "Show the coverage of a parent document's tasks and targets by a child document") { child, parent };
        command.SetAction(result => Output.WithStore(result.GetValue(CommandLine.Data)!, store =>
        {
            var comparison = new ComparisonService(store).Of(result.GetValue(child)!, result.GetValue(parent)!);
            if (comparison is null)
            {
                return Output.Fail($"no document with id '{result.GetValue(child)}' or '{result.GetValue(parent)}' (see 'policygraph docs')");
            }
            if (result.GetValue(CommandLine.Json))
            {
                Output.WriteJson(comparison);
                return 0;
            }
            var coverage = comparison.Coverage;
            AnsiConsole.MarkupLineInterpolated($"tasks {coverage.TasksCovered}/{coverage.Tasks} implemented, targets {coverage.TargetsCovered}/{coverage.Targets} restated");
            foreach (var m in coverage.Missing)
            {
                AnsiConsole.MarkupLineInterpolated($"  [red]left out[/] {m.Kind} {m.Path} {m.Title}");
            }
            return 0;
        }));
        return command;
    }
}
