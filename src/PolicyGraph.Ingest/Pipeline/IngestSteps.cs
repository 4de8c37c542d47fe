using System.Security.Cryptography;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Regions;
using PolicyGraph.Core.Search;
using PolicyGraph.Core.Store;
using PolicyGraph.Core.Text;
using PolicyGraph.Ingest.Extraction;
using PolicyGraph.Ingest.Extraction.Metadata;
using PolicyGraph.Ingest.Linking;
using PolicyGraph.Ingest.Normalising;
using PolicyGraph.Ingest.Outline;
using PolicyGraph.Ingest.Reading;

namespace PolicyGraph.Ingest.Pipeline;

// The ingest pipeline, step by step, in the order a document goes through it (architecture.md's one flow):
// read → normalise → outline → metadata → parts → content → facets build the graph (DocumentBuilder runs them, pure,
// on every core); store → index write it, one document at a time; link draws a batch's clause links (IngestPipeline).

/// <summary>One step of ingest: one input, one output, and the name a failure of the step is reported under.</summary>
public interface IIngestStep<in TIn, out TOut>
{
    string Name { get; }

    TOut Run(TIn input);
}

/// <summary>A file's bytes as they arrive, with the identity of their source and their hash (computed once, here).</summary>
public sealed record SourceFile(string Source, string SourceKey, byte[] Bytes, string Hash)
{
    public static SourceFile Of(string source, string sourceKey, byte[] bytes) =>
        new(source, sourceKey, bytes, Convert.ToHexStringLower(SHA256.HashData(bytes)));
}

/// <summary>Bytes → text with the fields a page states about itself (format by format, domain.md §11).</summary>
public sealed class ReadStep(DocumentReaders readers) : IIngestStep<SourceFile, SourceText>
{
    public string Name => PipelineSteps.Read;

    public SourceText Run(SourceFile file) => readers.Read(file.Source, file.Bytes);
}

/// <summary>Text → lines rejoined, chrome and page furniture dropped, script detected; the original kept.</summary>
public sealed class NormaliseStep : IIngestStep<SourceText, NormalisedDocument>
{
    public string Name => PipelineSteps.Normalise;

    public NormalisedDocument Run(SourceText text) => DocumentNormaliser.Normalise(text);
}

/// <summary>A normalised document and its outline: the input of every later reading step.</summary>
public sealed record OutlinedDocument(NormalisedDocument Text, ParsedOutline Outline);

/// <summary>Normalised text → sections and clauses; a document with no policy text is refused here.</summary>
public sealed class OutlineStep : IIngestStep<NormalisedDocument, OutlinedDocument>
{
    public string Name => PipelineSteps.Outline;

    public OutlinedDocument Run(NormalisedDocument text)
    {
        var outline = OutlineParser.Parse(text);
        return outline.Clauses.Count == 0
            ? throw new IngestStepException(Name, "no policy text found (only titles, chrome or sign-off lines)")
            : new OutlinedDocument(text, outline);
    }
}

/// <summary>An outlined document → what it says about itself (title, 文号, issuer, dates, place), with evidence.</summary>
public sealed class MetadataStep(Gazetteer gazetteer) : IIngestStep<OutlinedDocument, DocumentMetadata>
{
    public string Name => PipelineSteps.Metadata;

    public DocumentMetadata Run(OutlinedDocument document) => MetadataResolver.Resolve(document.Text, document.Outline, gazetteer);
}

/// <summary>Everything known of a document before its content is read: the file, its outline and its metadata.</summary>
public sealed record DescribedDocument(SourceFile File, string Format, OutlinedDocument Outlined, DocumentMetadata Metadata);

/// <summary>A described document → its graph's skeleton: the document record, sections and clauses with their ids.</summary>
public sealed class PartsStep : IIngestStep<DescribedDocument, DocumentGraph>
{
    public string Name => PipelineSteps.Parts;

    public DocumentGraph Run(DescribedDocument d)
    {
        var (normalised, outline) = (d.Outlined.Text, d.Outlined.Outline);
        var id = DocumentIds.ForSource(d.File.Source, d.File.SourceKey);
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
        var clauses = outline.Clauses.Select(c =>
        {
            var view = SearchNormaliser.Normalise(c.Text, normalised.Traditional);
            return new Clause
            {
                Id = clauseIds[c.Index],
                SectionId = c.SectionIndex is { } s ? sectionIds[s] : null,
                Ordinal = c.Index,
                Path = c.Path,
                Number = c.Number,
                Heading = c.Heading,
                Role = c.Role,
                Text = c.Text,
                SearchText = view.Text,
                Traditional = normalised.Traditional,
                SearchView = view,
                LeadId = c.LeadIndex is { } l ? clauseIds[l] : null,
                SourceStart = c.SourceStart,
                SourceEnd = c.SourceEnd,
            };
        }).ToList();
        var info = new DocumentInfo(d.Metadata)
        {
            Id = id,
            Source = d.File.Source,
            SourceKey = d.File.SourceKey,
            ContentHash = d.File.Hash,
            PipelineVersion = PipelineSteps.Version,
            Format = d.Format,
            Script = normalised.Traditional ? Scripts.Traditional : Scripts.Simplified,
            ClauseCount = clauses.Count,
            IngestedAt = DateTimeOffset.UtcNow,
        };
        return new DocumentGraph { Document = info, OriginalText = normalised.Original, Sections = sections, Clauses = clauses };
    }
}

/// <summary>A graph's skeleton → the same graph with its goals, tasks, indicators and citations read from the clauses.</summary>
public sealed class ContentStep : IIngestStep<DocumentGraph, DocumentGraph>
{
    public string Name => PipelineSteps.Content;

    public DocumentGraph Run(DocumentGraph graph)
    {
        var content = ContentExtractor.Extract(graph.Clauses, graph.Sections, graph.Document);
        return graph with { Goals = content.Goals, Tasks = content.Tasks, Indicators = content.Indicators, Citations = content.Citations };
    }
}

/// <summary>A graph → the same graph with each clause's quality facet, from its headings or from the classifier.</summary>
public sealed class FacetStep(FacetClassifier? classifier) : IIngestStep<DocumentGraph, DocumentGraph>
{
    public string Name => PipelineSteps.Facets;

    public DocumentGraph Run(DocumentGraph graph) => graph with { Clauses = FacetAssigner.Assign(graph.Clauses, graph.Sections, classifier) };
}

/// <summary>A built graph → saved in the store, replacing the document's earlier version in one transaction.</summary>
public sealed class StoreStep(IGraphStore store) : IIngestStep<DocumentGraph, DocumentGraph>
{
    public string Name => PipelineSteps.Store;

    public DocumentGraph Run(DocumentGraph graph)
    {
        store.Save(graph);
        return graph;
    }
}

/// <summary>A stored graph → its clauses in the search index, committed every <see cref="CommitInterval"/> documents.</summary>
public sealed class IndexStep(ClauseIndex index) : IIngestStep<DocumentGraph, DocumentGraph>
{
    /// <summary>How many documents go into the index between commits: Lucene commits (and their fsync) are costly.</summary>
    public const int CommitInterval = 1000;

    private int _uncommitted;

    public string Name => PipelineSteps.Index;

    public DocumentGraph Run(DocumentGraph graph)
    {
        index.Replace(graph);
        if (++_uncommitted >= CommitInterval)
        {
            Commit();
        }
        return graph;
    }

    /// <summary>Commits what the index holds uncommitted (a batch's end).</summary>
    public void Commit()
    {
        if (_uncommitted > 0)
        {
            index.Commit();
            _uncommitted = 0;
        }
    }
}

/// <summary>The documents whose links are pending → their clause links drawn, with those of the documents they affect.</summary>
public sealed class LinkStep(IGraphStore store, ClauseIndex index) : IIngestStep<CancellationToken, LinkReport>
{
    public string Name => PipelineSteps.Link;

    public LinkReport Run(CancellationToken cancellation)
    {
        var pending = store.PendingLinks();
        if (pending.Count == 0)
        {
            return new LinkReport(0, 0, 0);
        }
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var linker = new ClauseLinker(store, index, LinkClassifier.Instance);
        var affected = linker.Affected(pending);
        store.MarkLinksPending(affected);
        var links = linker.LinkAll(affected, cancellation);
        return new LinkReport(affected.Count, links, Math.Round(clock.Elapsed.TotalSeconds, 3));
    }
}
