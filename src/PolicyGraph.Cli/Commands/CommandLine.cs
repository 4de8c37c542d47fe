using System.CommandLine;

namespace PolicyGraph.Cli.Commands;

/// <summary>The <c>policygraph</c> verbs of contract.md; every verb takes <c>--data</c> and <c>--json</c>.</summary>
public static class CommandLine
{
    public static readonly Option<string> Data = new("--data")
    {
        Description = "Data directory holding the store and the index",
        DefaultValueFactory = _ => "./data",
        Recursive = true,
    };

    public static readonly Option<bool> Json = new("--json")
    {
        Description = "Machine output (JSON) on stdout; progress and logs go to stderr",
        Recursive = true,
    };

    public static RootCommand Build()
    {
        var root = new RootCommand("PolicyGraph: Chinese quality-policy documents as a connected graph");
        root.Options.Add(Data);
        root.Options.Add(Json);
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(DocsCommand.Create());
        root.Subcommands.Add(ShowCommand.Create());
        root.Subcommands.Add(SearchCommand.Create());
        root.Subcommands.Add(SimilarCommand.Create());
        root.Subcommands.Add(LineageCommand.Create());
        root.Subcommands.Add(IndicatorsCommand.Create());
        root.Subcommands.Add(CompareCommand.Create());
        root.Subcommands.Add(ReuseCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(BackupCommand.CreateBackup());
        root.Subcommands.Add(BackupCommand.CreateRestore());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(TrainFacetsCommand.Create());
        root.Subcommands.Add(TrainLinkerCommand.Create());
        return root;
    }
}
