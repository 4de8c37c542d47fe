using PolicyGraph.Testing;

namespace PolicyGraph.Ingest.Tests;

/// <summary>
/// The test classes that read the reference corpus share one ingest of it per run: with the samples (three levels
/// linked across documents) and alone (as the search and precedent judgments were made). Classes of one collection
/// run one after another; each store is ingested when a test first asks for it.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ReferenceCorpus : ICollectionFixture<SamplesAndCorpus>, ICollectionFixture<CorpusAlone>
{
    public const string Name = "reference corpus";
}

/// <summary>samples/ and the reference corpus ingested, indexed and linked into one store.</summary>
public sealed class SamplesAndCorpus() : IngestedStore([RepositoryFiles.Samples, RepositoryFiles.Corpus]);

/// <summary>The reference corpus alone, ingested, indexed and linked.</summary>
public sealed class CorpusAlone() : IngestedStore([RepositoryFiles.Corpus]);
