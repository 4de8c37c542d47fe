using PolicyGraph.Cli.Commands;

return CommandLine.Build().Parse(args).Invoke();
