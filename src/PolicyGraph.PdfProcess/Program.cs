using PolicyGraph.Ingest.Reading;

// Entered only by PdfReader, which passes its verb first: anything else is a mistake, said on stderr.
if (args.Length == 0 || args[0] != PdfReader.ChildVerb)
{
    Console.Error.WriteLine($"policygraph-pdf: started by PolicyGraph's PDF reader only (first argument {PdfReader.ChildVerb})");
    return 1;
}
return PdfReader.RunChild(args[1..]);
