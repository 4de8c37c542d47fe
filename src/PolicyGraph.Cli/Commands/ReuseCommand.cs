using System.CommandLine;
using PolicyGraph.Core.Queries;
using Spectre.Console;

namespace PolicyGraph.Cli.Commands;

/// <summary><c>reuse ID</c>: the share of a document's text reused from the documents it implements, against its own.</summary>
internal static class ReuseCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "Document id" };
        var command = new Command("reuse", "Show how much of a document's text comes from its parents (boilerplate counts as neither)") { id };
        command.SetAction(result => Output.WithStore(result.GetValue(CommandLine.Data)!, store =>
        {
            var reuse = new CoverageService(store).ReuseOf(result.GetValue(id)!);
            if (reuse is null)
            {
                return Output.Fail($"no document with id '{result.GetValue(id)}' (see 'policygraph docs')");
            }
            if (result.GetValue(CommandLine.Json))
            {
                Output.WriteJson(reuse);
                return 0;
            }
            AnsiConsole.MarkupLineInterpolated($"{reuse.Reused} reused, {reuse.Own} own, {reuse.Boilerplate} boilerplate characters: {reuse.ReusedShare:P1} reused");
            foreach (var s in reuse.Sources)
            {
                AnsiConsole.MarkupLineInterpolated($"  {s.Characters,6} from {s.Title ?? s.DocId}{(s.Inferred ? " (sibling, inferred)" : "")}");
            }
            return 0;
        }));
        return command;
    }
}
