using System.Security.Cryptography;
using System.Text;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Regions;
using PolicyGraph.Core.Text;
using PolicyGraph.Ingest.Extraction;
using PolicyGraph.Ingest.Extraction.Metadata;
using PolicyGraph.Ingest.Normalising;
using PolicyGraph.Ingest.Outline;
using PolicyGraph.Ingest.Reading;

namespace PolicyGraph.Ingest.Pipeline;

/// <summary>Runs the steps from bytes to a document graph; nothing here touches the store.</summary>
public sealed class DocumentBuilder(DocumentReaders readers, Gazetteer gazetteer, FacetClassifier? facets)
{
    /// <exception cref="IngestStepException">a step failed; its message names the step and the reason.</exception>
    public DocumentGraph Build(string source, string sourceKey, ReadOnlySpan<byte> bytes)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var text = Step(PipelineSteps.Read, bytes.ToArray(), b => readers.Read(source, b));
        var normalised = Step(PipelineSteps.Normalise, text, DocumentNormaliser.Normalise);
        var outline = Step(PipelineSteps.Outline, normalised, OutlineParser.Parse);
        var metadata = Step(PipelineSteps.Extract, (normalised, outline), x => MetadataResolver.Resolve(x.normalised, x.outline, gazetteer));
        if (outline.Clauses.Count == 0)
        {
            throw new IngestStepException(PipelineSteps.Outline, "no policy text found (only titles, chrome or sign-off lines)");
        }
        return Assemble(DocumentIds.ForSource(source, sourceKey), source, sourceKey, hash, text.Format, normalised, outline, metadata);
    }

    private DocumentGraph Assemble(string id, string source, string sourceKey, string hash, string format,
        NormalisedDocument normalised, ParsedOutline outline, DocumentMetadata metadata)
    {
        var sectionIds = outline.Sections.Select(s => DocumentIds.Section(id, s.Path)).ToList();
        var clauseIds = outline.Clauses.Select(c => DocumentIds.Clause(id, c.Path)).ToList();
        var sections = outline.Sections.Select(s => new Section
        {
            Id = sectionIds[s.Index],
            ParentId = s.ParentIndex is { } p ? sectionIds[p] : null,
            Ordinal = s.Index,
            Path = s.Path,
            Number = s.Number,
            Heading = s.Heading,
            Role = s.Role,
            Kind = s.Kind,
        }).ToList();
        var clauses = outline.Clauses.Select(c => new Clause
        {
            Id = clauseIds[c.Index],
            SectionId = c.SectionIndex is { } s ? sectionIds[s] : null,
            Ordinal = c.Index,
            Path = c.Path,
            Number = c.Number,
            Heading = c.Heading,
            Role = c.Role,
            Text = c.Text,
            SearchText = SearchNormaliser.ToSearchText(c.Text, normalised.Traditional),
            LeadId = c.LeadIndex is { } l ? clauseIds[l] : null,
            SourceStart = c.SourceStart,
            SourceEnd = c.SourceEnd,
        }).ToList();
        var info = new DocumentInfo
        {
            Id = id,
            Source = source,
            SourceKey = sourceKey,
            ContentHash = hash,
            PipelineVersion = PipelineSteps.Version,
            Format = format,
            Script = normalised.Traditional ? "Hant" : "Hans",
            Title = metadata.Title,
            DocNumber = metadata.DocNumber,
            Issuer = metadata.Issuer,
            Date = metadata.Date,
            Published = metadata.Published,
            Year = metadata.Year,
            Level = metadata.Level,
            Province = metadata.Province,
            Region = metadata.Region,
            Prefecture = metadata.Prefecture,
            Evidence = metadata.Evidence,
            DocType = metadata.DocType,
            AttachmentTitle = metadata.AttachmentTitle,
            ClauseCount = clauses.Count,
            IngestedAt = DateTimeOffset.UtcNow,
        };
        var content = Step(PipelineSteps.Extract, (clauses, sections, info), x => ContentExtractor.Extract(x.clauses, x.sections, x.info));
        clauses = Step(PipelineSteps.Extract, (clauses, sections), x => FacetAssigner.Assign(x.clauses, x.sections, facets)).ToList();
        return new DocumentGraph
        {
            Document = info,
            OriginalText = normalised.Original,
            Sections = sections,
            Clauses = clauses,
            Goals = content.Goals,
            Tasks = content.Tasks,
            Indicators = content.Indicators,
            Citations = content.Citations,
        };
    }

    private static TOut Step<TIn, TOut>(string name, TIn input, Func<TIn, TOut> step)
    {
        try
        {
            return step(input);
        }
        catch (UnreadableDocumentException)
        {
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new IngestStepException(name, $"{e.GetType().Name}: {e.Message}", e);
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
