using PolicyGraph.Ingest.Cli;

return CommandLine.Build().Parse(args).Invoke();
