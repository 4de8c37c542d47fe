using PolicyGraph.Core.Persistence;
using System.CommandLine;
using PolicyGraph.Core.Store.Neo4j;
using Spectre.Console;

namespace PolicyGraph.Cli.Commands;

/// <summary>
/// <c>backup --out FILE</c> and <c>restore FILE [--replace]</c>: the data directory (store and index) as one zip,
/// taken while the site serves; restored only when checked whole, never under a running writer.
/// </summary>
internal static class BackupCommand
{
    public static Command CreateBackup()
    {
        var output = new Option<FileInfo>("--out") { Description = "The backup file to write (a zip; replaced whole once complete)", Required = true };
        var command = new Command("backup", "Back up the data directory (store and index) into one file, while the site keeps serving") { output };
        command.SetAction(result =>
        {
            var data = result.GetValue(CommandLine.Data)!;
            if (Neo4jOptions.FromEnvironment() is not null)
            {
                return Output.Fail($"{Neo4jOptions.UrlVariable} is set: back up the Neo4j database with neo4j-admin database dump; this backs up the embedded store");
            }
            BackupManifest manifest;
            try
            {
                manifest = new DataDirectory(data).Backup(result.GetValue(output)!.FullName);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
            {
                return Output.Fail($"backup of {data} failed: {e.Message}");
            }
            if (result.GetValue(CommandLine.Json))
            {
                Output.WriteJson(new { file = result.GetValue(output)!.FullName, manifest.Documents, manifest.Clauses, manifest.IndexGeneration, manifest.Created });
                return 0;
            }
            AnsiConsole.MarkupLineInterpolated($"{manifest.Documents} documents, {manifest.Clauses} clauses → {result.GetValue(output)!.FullName}");
            return 0;
        });
        return command;
    }

    public static Command CreateRestore()
    {
        var file = new Argument<FileInfo>("file") { Description = "A file written by backup" };
        var replace = new Option<bool>("--replace") { Description = "Put the backup in place of documents the data directory already holds" };
        var command = new Command("restore", "Restore a backup into the data directory (checked whole first; refused while the site or an ingest writes there)") { file, replace };
        command.SetAction(result =>
        {
            var data = result.GetValue(CommandLine.Data)!;
            try
            {
                var (manifest, reindexed, removed) = new DataDirectory(data).Restore(result.GetValue(file)!.FullName, result.GetValue(replace));
                if (result.GetValue(CommandLine.Json))
                {
                    Output.WriteJson(new { manifest.Documents, manifest.Clauses, manifest.Created, reindexed, removed });
                    return 0;
                }
                AnsiConsole.MarkupLineInterpolated($"restored {manifest.Documents} documents ({manifest.Created:yyyy-MM-dd HH:mm:ss}Z) into {data}; index: {reindexed} re-indexed, {removed} removed");
                return 0;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
            {
                return Output.Fail($"restore into {data} failed: {e.Message}");
            }
        });
        return command;
    }
}
