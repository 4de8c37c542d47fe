using System.Reflection;
using Microsoft.ML;

namespace PolicyGraph.Ingest.Learning;

/// <summary>
/// A trained Microsoft.ML model that answers one example at a time, safely from any thread (one prediction engine
/// behind a lock): fitted and saved by a <c>train-…</c> verb, loaded from a stream or from the copy this assembly ships
/// embedded. The facet and link classifiers are each one of these with their own features and pipeline.
/// </summary>
public sealed class TrainedModel<TIn, TOut>
    where TIn : class
    where TOut : class, new()
{
    private readonly PredictionEngine<TIn, TOut> _engine;
    private readonly Lock _gate = new();

    private TrainedModel(MLContext context, ITransformer model)
    {
        _engine = context.Model.CreatePredictionEngine<TIn, TOut>(model);
    }

    public TOut Predict(TIn example)
    {
        lock (_gate)
        {
            return _engine.Predict(example);
        }
    }

    /// <summary>Fits <paramref name="pipeline"/> to <paramref name="examples"/>, writing the model to <paramref name="modelPath"/> when given.</summary>
    public static TrainedModel<TIn, TOut> Fit(MLContext context, IReadOnlyList<TIn> examples, IEstimator<ITransformer> pipeline, string? modelPath)
    {
        var data = context.Data.LoadFromEnumerable(examples);
        var model = pipeline.Fit(data);
        if (modelPath is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(modelPath))!);
            context.Model.Save(model, data.Schema, modelPath);
        }
        return new TrainedModel<TIn, TOut>(context, model);
    }

    public static TrainedModel<TIn, TOut> Load(Stream model)
    {
        var context = new MLContext(seed: 0);
        return new TrainedModel<TIn, TOut>(context, context.Model.Load(model, out _));
    }

    /// <summary>The model embedded in this assembly under <paramref name="resource"/>, or null when the build has none.</summary>
    public static TrainedModel<TIn, TOut>? Embedded(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource);
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
