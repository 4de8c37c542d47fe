using System.CommandLine;
using PolicyGraph.Core.Citations;
using PolicyGraph.Core.Graph;
using Spectre.Console;

namespace PolicyGraph.Cli.Commands;

/// <summary><c>export --format neo4j-csv|graphml --out DIR</c>: the store as a property graph for Neo4j and other graph tools.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "neo4j-csv (neo4j-admin database import, LOAD CSV) or graphml", Required = true };
        format.AcceptOnlyFromAmong([.. GraphExport.Formats]);
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder to write the files to (created if missing)", Required = true };
        var command = new Command("export", "Export the graph for Neo4j (neo4j-admin import / cypher/import.cypher) or as GraphML") { format, output };
        command.SetAction(result => Output.WithStore(result.GetValue(CommandLine.Data)!, store =>
        {
            ExportReport report;
            try
            {
                report = GraphExport.Write(new GraphProjection(store, DocumentRegistry.Instance).All(), result.GetValue(format)!, result.GetValue(output)!.FullName);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return Output.Fail($"cannot write to {result.GetValue(output)!.FullName}: {e.Message}");
            }
            if (result.GetValue(CommandLine.Json))
            {
                Output.WriteJson(report);
                return 0;
            }
            AnsiConsole.MarkupLineInterpolated($"{report.Nodes} nodes, {report.Relationships} relationships → {report.Files.Count} files in {result.GetValue(output)!.FullName}");
            return 0;
        }));
        return command;
    }
}
