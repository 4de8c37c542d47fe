using System.Security.Cryptography;
using System.Text;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Regions;
using PolicyGraph.Ingest.Extraction;
using PolicyGraph.Ingest.Reading;

namespace PolicyGraph.Ingest.Pipeline;

/// <summary>
/// Runs the steps from bytes to a document graph (read → normalise → outline → metadata → parts → content → facets,
/// IngestSteps.cs); nothing here touches the store, so documents are built on every core at once.
/// </summary>
public sealed class DocumentBuilder(DocumentReaders readers, Gazetteer gazetteer, FacetClassifier? facets)
{
    private readonly ReadStep _read = new(readers);
    private readonly NormaliseStep _normalise = new();
    private readonly OutlineStep _outline = new();
    private readonly MetadataStep _metadata = new(gazetteer);
    private readonly PartsStep _parts = new();
    private readonly ContentStep _content = new();
    private readonly FacetStep _facets = new(facets);

    /// <exception cref="IngestStepException">a step failed; its message names the step and the reason.</exception>
    public DocumentGraph Build(string source, string sourceKey, byte[] bytes) => Build(SourceFile.Of(source, sourceKey, bytes));

    /// <exception cref="IngestStepException">a step failed; its message names the step and the reason.</exception>
    public DocumentGraph Build(SourceFile file)
    {
        var text = Run(_read, file);
        var outlined = Run(_outline, Run(_normalise, text));
        var metadata = Run(_metadata, outlined);
        var graph = Run(_parts, new DescribedDocument(file, text.Format, outlined, metadata));
        return Run(_facets, Run(_content, graph));
    }

    /// <summary>Runs one step, reporting any failure but an unreadable document's as the step's.</summary>
    public static TOut Run<TIn, TOut>(IIngestStep<TIn, TOut> step, TIn input)
    {
        try
        {
            return step.Run(input);
        }
        catch (Exception e) when (e is UnreadableDocumentException or IngestStepException)
        {
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new IngestStepException(step.Name, $"{e.GetType().Name}: {e.Message}", e);
        }
    }
}

/// <summary>A pipeline step failed on a document.</summary>
public sealed class IngestStepException(string step, string reason, Exception? inner = null)
    : Exception($"{step} step failed: {reason}", inner)
{
    public string Step { get; } = step;
}

/// <summary>Stable, URL-safe ids: a document's from its file name and source key; its parts' from their outline paths.</summary>
public static class DocumentIds
{
    public static string ForSource(string source, string sourceKey)
    {
        var stem = Path.GetFileNameWithoutExtension(source);
        var slug = new StringBuilder();
        foreach (var c in stem.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }
        var head = slug.ToString().Trim('-');
        if (head.Length > 40)
        {
            head = head[..40].TrimEnd('-');
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sourceKey)))[..8];
        return head.Length == 0 ? $"doc-{hash}" : $"{head}-{hash}";
    }

    public static string Section(string documentId, string path) => $"{documentId}.s{path}";

    public static string Clause(string documentId, string path) => $"{documentId}.c{path}";
}
