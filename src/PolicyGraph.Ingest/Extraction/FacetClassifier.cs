using System.Reflection;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

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

    private static readonly Lazy<FacetClassifier?> Shipped = new(LoadShipped);

    private readonly PredictionEngine<FacetExample, FacetPrediction> _engine;
    private readonly Lock _gate = new();

    private FacetClassifier(MLContext context, ITransformer model)
    {
        _engine = context.Model.CreatePredictionEngine<FacetExample, FacetPrediction>(model);
    }

    /// <summary>The model built into this release, or null when the build has none.</summary>
    public static FacetClassifier? Instance => Shipped.Value;

    public string Predict(string searchText)
    {
        lock (_gate)
        {
            return _engine.Predict(new FacetExample { Text = searchText }).Facet;
        }
    }

    /// <summary>Trains a model on <paramref name="examples"/> and writes it to <paramref name="modelPath"/>.</summary>
    public static FacetClassifier Train(IReadOnlyList<FacetExample> examples, string modelPath, int seed = 20261123)
    {
        var context = new MLContext(seed);
        var data = context.Data.LoadFromEnumerable(examples);
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
        var model = pipeline.Fit(data);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(modelPath))!);
        context.Model.Save(model, data.Schema, modelPath);
        return new FacetClassifier(context, model);
    }

    public static FacetClassifier Load(Stream model)
    {
        var context = new MLContext(seed: 0);
        return new FacetClassifier(context, context.Model.Load(model, out _));
    }

    private static FacetClassifier? LoadShipped()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ModelResource);
        if (stream is null)
        {
            return null;
        }
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        return Load(copy);
    }
}
