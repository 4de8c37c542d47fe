using System.CommandLine;
using PolicyGraph.Core.Citations;
using PolicyGraph.Core.Queries;
using Spectre.Console;

namespace PolicyGraph.Cli.Commands;

/// <summary><c>indicators NAME</c>: the ladder of one indicator — every document's target, and what each lower level did with its parent's.</summary>
internal static class IndicatorsCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "Indicator name, e.g. 农业标准化生产普及率 (Simplified or Traditional)" };
        var command = new Command("indicators", "Show an indicator's targets across documents, levels and years") { name };
        command.SetAction(result => Output.WithStore(result.GetValue(CommandLine.Data)!, store =>
        {
            Ladder ladder;
            try
            {
                ladder = new IndicatorLadder(store, DocumentRegistry.Instance).For(result.GetValue(name)!);
            }
            catch (ArgumentException e)
            {
                return Output.Fail(e.Message);
            }
            if (result.GetValue(CommandLine.Json))
            {
                Output.WriteJson(ladder);
                return 0;
            }
            var table = new Table().AddColumns("level", "document", "year", "target", "text");
            foreach (var t in ladder.Targets)
            {
                table.AddRow(Markup.Escape(t.Level ?? "?"), Markup.Escape(t.DocTitle), Markup.Escape(t.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—"),
                    Markup.Escape($"{t.Name} {t.Comparator} {t.Value}{t.Unit}"), Markup.Escape(t.Text));
            }
            AnsiConsole.Write(table);
            foreach (var s in ladder.Steps)
            {
                var child = s.Child is { } c ? $" → {c.Comparator}{c.Value}{c.Unit}" : "";
                AnsiConsole.MarkupLineInterpolated($"{s.ChildDocId} {s.Change} {s.Parent.Name} {s.Parent.Comparator}{s.Parent.Value}{s.Parent.Unit} of {s.ParentDocId}{child}");
            }
            return 0;
        }));
        return command;
    }
}
