using System.CommandLine;
using PolicyGraph.Ingest.Linking;
using PolicyGraph.Ingest.Pipeline;
using PolicyGraph.Ingest.Reading;
using Spectre.Console;

namespace PolicyGraph.Cli.Commands;

/// <summary>
/// <c>train-linker DIR…</c>: ingests the folders into the data directory, reads the team's labelled clause pairs,
/// reports precision and recall on a held-out split (model trained on the rest), then trains on every pair and writes
/// the model that ships.
/// </summary>
internal static class TrainLinkerCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Folders holding the labelled documents (samples/, the corpus)", Arity = ArgumentArity.OneOrMore };
        var pairs = new Option<FileInfo>("--pairs") { Description = "Labelled pairs", DefaultValueFactory = _ => new FileInfo("tools/linker/pairs.tsv") };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the model", DefaultValueFactory = _ => new FileInfo("src/PolicyGraph.Ingest/Data/linker-model.zip") };
        var command = new Command("train-linker", "Train the clause-link model and report its held-out precision and recall") { inputs, pairs, output };
        command.SetAction(result => Output.WithData(result.GetValue(CommandLine.Data)!, (store, index) =>
        {
            var report = new IngestPipeline(store, new DocumentReaders(ReaderLimits.Default), index, linkClauses: false).IngestPaths(result.GetValue(inputs)!);
            if (report.Failed.Count > 0)
            {
                return Output.Fail($"{report.Failed[0].Source}: {report.Failed[0].Error}");
            }
            var labelled = LinkTraining.Read(result.GetValue(pairs)!.FullName, store, new ClauseLinker(store, index, model: null));
            var train = labelled.Where(p => !p.HeldOut).ToList();
            var heldOut = labelled.Where(p => p.HeldOut).ToList();
            var trial = LinkClassifier.Train(train.Select(p => p.Features).ToList(), modelPath: null);
            var heldOutScores = LinkTraining.Score(heldOut, trial.Probability);
            var crossValidated = LinkTraining.CrossValidate(labelled, examples => LinkClassifier.Train(examples, modelPath: null).Probability);
            var final = LinkClassifier.Train(labelled.Select(p => p.Features).ToList(), result.GetValue(output)!.FullName);
            var samples = labelled.Where(p => !char.IsAsciiDigit(p.Child[0])).ToList();
            var scores = new
            {
                pairs = labelled.Count,
                positives = labelled.Count(p => p.Label),
                heldOut = heldOutScores,
                crossValidated,
                shippedOnAllPairs = LinkTraining.Score(labelled, final.Probability),
                shippedOnSamplePairs = LinkTraining.Score(samples, final.Probability),
                alignmentOnlyOnHeldOut = LinkTraining.Score(heldOut, f => 0.6 * f.ChildCoverage + 0.4 * f.LocalScore),
                model = result.GetValue(output)!.FullName,
            };
            if (result.GetValue(CommandLine.Json))
            {
                Output.WriteJson(scores);
                return 0;
            }
            AnsiConsole.MarkupLineInterpolated($"{scores.pairs} labelled pairs ({scores.positives} links); held out {heldOutScores.Pairs}: precision {heldOutScores.Precision:0.000}, recall {heldOutScores.Recall:0.000}");
            AnsiConsole.MarkupLineInterpolated($"five-fold cross-validation: precision {crossValidated.Precision:0.000}, recall {crossValidated.Recall:0.000}");
            foreach (var miss in heldOut.Where(p => trial.Probability(p.Features) >= ClauseLinker.Threshold != p.Label))
            {
                AnsiConsole.MarkupLineInterpolated($"  held out, {(miss.Label ? "missed" : "wrongly linked")}: {miss.Child} {miss.ChildPath} → {miss.Parent} {miss.ParentPath} ({trial.Probability(miss.Features):0.00}; coverage {miss.Features.ChildCoverage:0.00}/{miss.Features.ParentCoverage:0.00}, local {miss.Features.LocalScore:0.00})");
            }
            AnsiConsole.MarkupLineInterpolated($"shipped model on the sample pairs: precision {scores.shippedOnSamplePairs.Precision:0.000}, recall {scores.shippedOnSamplePairs.Recall:0.000} → {scores.model}");
            return 0;
        }));
        return command;
    }
}
