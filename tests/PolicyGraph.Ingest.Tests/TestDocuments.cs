using PolicyGraph.Core.Model;
using PolicyGraph.Core.Regions;
using PolicyGraph.Ingest.Extraction.Metadata;
using PolicyGraph.Ingest.Normalising;
using PolicyGraph.Ingest.Outline;
using PolicyGraph.Ingest.Pipeline;
using PolicyGraph.Ingest.Reading;
using PolicyGraph.Testing;

namespace PolicyGraph.Ingest.Tests;

/// <summary>Runs the read, normalise and outline steps on real files (once per file per test run), and the steps or the whole pipeline on texts written for a test.</summary>
internal static class TestDocuments
{
    private static readonly DocumentReaders Readers = new(ReaderLimits.Default);
    private static readonly DocumentBuilder Builder = new(Readers, Gazetteer.Instance, facets: null);
    private static readonly Dictionary<string, (NormalisedDocument Doc, ParsedOutline Outline)> Cache = [];
    private static readonly Lock Gate = new();

    public static NormalisedDocument Normalised(string path) => Parsed(path).Doc;

    public static ParsedOutline Outline(string path) => Parsed(path).Outline;

    public static NormalisedDocument NormalisedText(string text) =>
        DocumentNormaliser.Normalise(new SourceText(text, "txt", new Dictionary<string, string>()));

    public static ParsedOutline OutlineOfText(string text) => OutlineParser.Parse(NormalisedText(text));

    /// <summary>The metadata a text written for a test resolves to (normalised, outlined, resolved against the gazetteer).</summary>
    public static DocumentMetadata MetadataOfText(string text)
    {
        var doc = NormalisedText(text);
        return MetadataResolver.Resolve(doc, OutlineParser.Parse(doc), Gazetteer.Instance);
    }

    /// <summary>The graph the whole pipeline builds from a text written for a test (no facet model).</summary>
    public static DocumentGraph GraphOfText(string text, string name = "page.txt") =>
        Builder.Build(name, Path.GetFileNameWithoutExtension(name), System.Text.Encoding.UTF8.GetBytes(text));

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
