using PolicyGraph.Ingest.Normalising;
using PolicyGraph.Ingest.Outline;
using PolicyGraph.Ingest.Reading;
using PolicyGraph.Testing;

namespace PolicyGraph.Ingest.Tests;

/// <summary>Runs the read, normalise and outline steps on real files, once per file per test run.</summary>
internal static class TestDocuments
{
    private static readonly DocumentReaders Readers = new(ReaderLimits.Default);
    private static readonly Dictionary<string, (NormalisedDocument Doc, ParsedOutline Outline)> Cache = [];
    private static readonly Lock Gate = new();

    public static NormalisedDocument Normalised(string path) => Parsed(path).Doc;

    public static ParsedOutline Outline(string path) => Parsed(path).Outline;

    public static NormalisedDocument NormalisedText(string text) =>
        DocumentNormaliser.Normalise(new SourceText(text, "txt", new Dictionary<string, string>()));

    public static ParsedOutline OutlineOfText(string text) => OutlineParser.Parse(NormalisedText(text));

    public static IEnumerable<string> AllReferenceFiles() =>
        Directory.GetFiles(RepositoryFiles.Corpus).Order(StringComparer.Ordinal);

    public static IEnumerable<string> AllSampleFiles() =>
        Directory.GetFiles(RepositoryFiles.Samples).Where(Readers.IsSupported).Order(StringComparer.Ordinal);

    private static (NormalisedDocument Doc, ParsedOutline Outline) Parsed(string path)
    {
        lock (Gate)
        {
            if (!Cache.TryGetValue(path, out var parsed))
            {
                var doc = DocumentNormaliser.Normalise(Readers.Read(path, File.ReadAllBytes(path)));
                parsed = (doc, OutlineParser.Parse(doc));
                Cache[path] = parsed;
            }
            return parsed;
        }
    }
}
