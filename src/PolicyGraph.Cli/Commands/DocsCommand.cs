using System.CommandLine;
using PolicyGraph.Core.Citations;
using PolicyGraph.Core.Queries;
using Spectre.Console;

namespace PolicyGraph.Cli.Commands;

/// <summary><c>docs</c>: every document with its metadata.</summary>
internal static class DocsCommand
{
    public static Command Create()
    {
        var command = new Command("docs", "List the ingested documents");
        command.SetAction(result => Output.WithStore(result.GetValue(CommandLine.Data)!, store =>
        {
            var docs = new DocumentQueries(store, DocumentRegistry.Instance).Catalogue().Select(e => e.Document).ToList();
            if (result.GetValue(CommandLine.Json))
            {
                Output.WriteJson(docs);
                return 0;
            }
            var table = new Table().AddColumns("id", "title", "number", "issuer", "date", "published", "level", "province", "region", "type", "clauses");
            foreach (var d in docs)
            {
                table.AddRow(Markup.Escape(d.Id), Markup.Escape(d.Title ?? "—"), Markup.Escape(d.DocNumber ?? "—"), Markup.Escape(d.Issuer ?? "—"),
                    Markup.Escape(d.Date ?? d.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—"), Markup.Escape(d.Published ?? "—"), d.Level ?? "—",
                    Markup.Escape(d.Province ?? "—"), Markup.Escape(d.Region ?? "—"), Markup.Escape(d.DocType ?? "—"), d.ClauseCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            AnsiConsole.Write(table);
            return 0;
        }));
        return command;
    }
}
