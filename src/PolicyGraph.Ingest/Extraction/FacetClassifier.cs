using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

using PolicyGraph.Ingest.Learning;

namespace PolicyGraph.Ingest.Extraction;

/// <summary>A clause's search text with its facet: a training example, or a clause to classify.</summary>
public sealed class FacetExample
{
    public string Text { get; set; } = string.Empty;

    public string Label { get; set; } = string.Empty;
}

internal sealed class FacetPrediction
{
    [ColumnName("PredictedLabel")]
    public string Facet { get; set; } = string.Empty;
}

/// <summary>
/// The facet model: a Microsoft.ML multiclass text classifier (maximum-entropy SDCA over character 1–3-grams of the
/// search view, which needs no word segmentation) trained on the clauses whose headings decide their facet. The
/// trained model ships embedded (Data/facet-model.zip); <c>policygraph train-facets</c> rebuilds it.
/// </summary>
public sealed class FacetClassifier
{
    public const string ModelResource = "PolicyGraph.Data.facet-model.zip";

    private static readonly Lazy<FacetClassifier?> Shipped =
        new(() => TrainedModel<FacetExample, FacetPrediction>.Embedded(ModelResource) is { } model ? new FacetClassifier(model) : null);

    private readonly TrainedModel<FacetExample, FacetPrediction> _model;

    private FacetClassifier(TrainedModel<FacetExample, FacetPrediction> model)
    {
        _model = model;
    }

    /// <summary>The model built into this release, or null when the build has none.</summary>
    public static FacetClassifier? Instance => Shipped.Value;

    public string Predict(string searchText) => _model.Predict(new FacetExample { Text = searchText }).Facet;

    /// <summary>Trains a model on <paramref name="examples"/> and writes it to <paramref name="modelPath"/>.</summary>
    public static FacetClassifier Train(IReadOnlyList<FacetExample> examples, string modelPath, int seed = 20261123)
    {
        var context = new MLContext(seed);
        var pipeline = context.Transforms.Conversion.MapValueToKey("Label")
            .Append(context.Transforms.Text.FeaturizeText("Features", new TextFeaturizingEstimator.Options
            {
                WordFeatureExtractor = null,
                CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = true },
                KeepPunctuations = false,
                KeepNumbers = false,
                CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            }, nameof(FacetExample.Text)))
            .Append(context.MulticlassClassification.Trainers.SdcaMaximumEntropy(maximumNumberOfIterations: 200))
            .Append(context.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
        return new FacetClassifier(TrainedModel<FacetExample, FacetPrediction>.Fit(context, examples, pipeline, modelPath));
    }

    public static FacetClassifier Load(Stream model) => new(TrainedModel<FacetExample, FacetPrediction>.Load(model));
}
