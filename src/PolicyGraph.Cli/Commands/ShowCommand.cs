using System.CommandLine;
using PolicyGraph.Core.Citations;
using PolicyGraph.Core.Queries;
using Spectre.Console;

namespace PolicyGraph.Cli.Commands;

/// <summary><c>show ID</c>: one document's outline, clauses and what was extracted from them.</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "Document id (as listed by docs)" };
        var command = new Command("show", "Show one document") { id };
        command.SetAction(result => Output.WithStore(result.GetValue(CommandLine.Data)!, store =>
        {
            if (new DocumentQueries(store, DocumentRegistry.Instance).View(result.GetValue(id)!) is not { } view)
            {
                return Output.Fail($"no document with id '{result.GetValue(id)}' (see 'policygraph docs')");
            }
            var detail = view.Detail;
            if (result.GetValue(CommandLine.Json))
            {
                Output.WriteJson(detail);
                return 0;
            }
            var d = detail.Document;
            AnsiConsole.MarkupLineInterpolated($"[bold]{d.Title ?? "(untitled)"}[/]  {d.DocNumber ?? ""}");
            AnsiConsole.MarkupLineInterpolated($"{d.Issuer ?? "—"} · {d.Date ?? d.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—"} · {d.Level ?? "—"} · {string.Join(" ", new[] { d.Province, d.Prefecture, d.Region }.OfType<string>().Distinct())} · {d.DocType ?? "—"}{(d.Published is null ? "" : $" · published {d.Published}")}");
            if (detail.Evidence.Count > 0)
            {
                AnsiConsole.MarkupLineInterpolated($"[grey]from: {string.Join(", ", detail.Evidence.Select(e => $"{e.Key} {e.Value.From}"))}[/]");
            }
            var tree = new Tree(Markup.Escape(d.Source));
            var nodes = new Dictionary<string, TreeNode>();
            foreach (var s in detail.Sections)
            {
                var label = Markup.Escape($"{s.Number} {s.Heading}  [{s.Role}]");
                nodes[s.Id] = s.ParentId is not null && nodes.TryGetValue(s.ParentId, out var parent) ? parent.AddNode(label) : tree.AddNode(label);
            }
            foreach (var c in detail.Clauses)
            {
                var text = c.Text.Length > 60 ? c.Text[..60] + "…" : c.Text;
                var label = Markup.Escape($"{c.Path}  {text.Replace('\n', ' ')}");
                if (c.SectionId is not null && nodes.TryGetValue(c.SectionId, out var parent))
                {
                    parent.AddNode(label);
                }
                else
                {
                    tree.AddNode(label);
                }
            }
            AnsiConsole.Write(tree);
            foreach (var t in detail.Tasks.Where(t => t.Lead.Count > 0))
            {
                AnsiConsole.MarkupLineInterpolated($"[green]task[/] {t.Title}: {string.Join("、", t.Lead.Select(l => l.Name))}{(t.Support.Count > 0 ? " / " + string.Join("、", t.Support.Select(l => l.Name)) : "")}");
            }
            foreach (var i in detail.Indicators)
            {
                AnsiConsole.MarkupLineInterpolated($"[blue]indicator[/] {i.Name} {i.Comparator} {i.Value}{i.Unit}{(i.Year is null ? "" : $" ({i.Year})")}");
            }
            foreach (var c in detail.Citations)
            {
                AnsiConsole.MarkupLineInterpolated($"[yellow]{c.Relation}[/] {c.Raw} → {c.TargetId} {c.Number ?? ""}");
            }
            return 0;
        }));
        return command;
    }
}
