using System.CommandLine;
using PolicyGraph.Core.Precedent;
using PolicyGraph.Core.Search;
using Spectre.Console;

namespace PolicyGraph.Cli.Commands;

/// <summary><c>similar --text PASSAGE [--top N] [--exclude-doc ID]</c>: who has already written this, and what they changed.</summary>
internal static class SimilarCommand
{
    public static Command Create()
    {
        var text = new Option<string>("--text") { Description = "The passage to find precedent wording for", Required = true };
        var top = new Option<int>("--top") { Description = "How many clauses", DefaultValueFactory = _ => 10 };
        var exclude = new Option<string?>("--exclude-doc") { Description = "Leave out this document (the one the passage comes from)" };
        var command = new Command("similar", "Find clauses that share wording with a passage") { text, top, exclude };
        command.SetAction(result => Output.WithDataReadOnly(result.GetValue(CommandLine.Data)!, (store, index) =>
        {
            SimilarResponse response;
            try
            {
                response = new PrecedentService(index, store).Find(new SimilarRequest(result.GetValue(text)!)
                {
                    Top = result.GetValue(top),
                    ExcludeDoc = result.GetValue(exclude),
                });
            }
            catch (SearchQueryException e)
            {
                return Output.Fail(e.Message);
            }
            if (result.GetValue(CommandLine.Json))
            {
                Output.WriteJson(response);
                return 0;
            }
            AnsiConsole.MarkupLineInterpolated($"used by {response.Precedent.Documents} documents{(response.Precedent.FirstYear is { } y ? $", first in {y}" : "")}: {string.Join("、", response.Precedent.Jurisdictions)}");
            foreach (var hit in response.Hits)
            {
                AnsiConsole.MarkupLineInterpolated($"[bold]{hit.DocTitle}[/] [grey]{hit.Score:0.00} ({hit.Coverage:P0} of the passage)[/]");
                AnsiConsole.WriteLine("  " + hit.Text.Replace('\n', ' '));
            }
            return 0;
        }));
        return command;
    }
}
