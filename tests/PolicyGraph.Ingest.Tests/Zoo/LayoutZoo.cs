using PolicyGraph.Testing;

namespace PolicyGraph.Ingest.Tests.Zoo;

/// <summary>
/// tests/Zoo ingested, indexed and linked into one store, once per run, for the classes of the layout-zoo collection:
/// the field-by-field judgments and the indicator bar.
/// </summary>
public sealed class LayoutZoo() : IngestedStore([Directory])
{
    public const string Collection = "layout zoo";

    public static string Directory => Path.Combine(RepositoryFiles.Root, "tests", "Zoo");
}

/// <summary>The classes that read the ingested zoo: one ingest for all.</summary>
[CollectionDefinition(LayoutZoo.Collection)]
public sealed class LayoutZooCollection : ICollectionFixture<LayoutZoo>;
