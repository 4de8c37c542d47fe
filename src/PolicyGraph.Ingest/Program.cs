using PolicyGraph.Ingest.Cli;
using PolicyGraph.Ingest.Reading;

// The PDF reader parses each PDF in a process of its own, this program entered here (not a verb for users).
if (args.Length > 0 && args[0] == PdfReader.ChildVerb)
{
    return PdfReader.RunChild(args[1..]);
}

return CommandLine.Build().Parse(args).Invoke();
