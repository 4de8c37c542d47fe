using PolicyGraph.Ingest.Extraction;
using PolicyGraph.Core.Facets;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Regions;
using PolicyGraph.Cli.Commands;
using PolicyGraph.Ingest.Pipeline;
using PolicyGraph.Ingest.Reading;
using PolicyGraph.Testing;

namespace PolicyGraph.Ingest.Tests.Extraction;

public class FacetClassifierTests
{
    [Theory]
    [InlineData("产品质量", "product")]
    [InlineData("夯实标准计量基础", "standardisation")]
    [InlineData("加强检测能力建设", "testing")]
    [InlineData("强化质量诚信体系", "credit")]
    [InlineData("加强质量人才队伍建设", "talent")]
    [InlineData("营造质量发展氛围", "culture")]
    [InlineData("加强组织领导", "governance")]
    [InlineData("质量目标", null)]
    public void Headings_decide_by_their_earliest_facet_word(string heading, string? facet) =>
        Assert.Equal(facet, FacetVocabulary.Instance.FromHeading(heading));

    [Fact]
    public void The_shipped_model_keeps_its_accuracy_on_the_held_out_labels()
    {
        var classifier = FacetClassifier.Instance;
        Assert.NotNull(classifier);
        var builder = new DocumentBuilder(new DocumentReaders(ReaderLimits.Default), Gazetteer.Instance, facets: null);
        var graphs = TestDocuments.AllReferenceFiles().Concat(TestDocuments.AllSampleFiles())
            .ToDictionary(f => Path.GetFileName(f)!, f => builder.Build(f, f, File.ReadAllBytes(f)));
        var heldOut = TrainFacetsCommand.ReadLabels(Path.Combine(RepositoryFiles.Root, "tools", "facets", "heldout-labels.tsv"), graphs);
        Assert.True(heldOut.Count >= 50);
        var accuracy = heldOut.Count(h => classifier.Predict(h.Clause.SearchText) == h.Facet) / (double)heldOut.Count;
        // Measured 0.67 when the model was trained (train-facets); a retrained model must not do worse.
        Assert.True(accuracy >= 0.65, $"held-out facet accuracy {accuracy:P1}");
    }
}
