using PolicyGraph.Ingest.Extraction;
using System.CommandLine;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Regions;
using PolicyGraph.Ingest.Pipeline;
using PolicyGraph.Ingest.Reading;
using Spectre.Console;

namespace PolicyGraph.Cli.Commands;

/// <summary>
/// <c>train-facets</c>: trains the facet model on the clauses whose headings decide their facet (corpus and
/// samples), writes it, and reports its accuracy on the team's held-out labels — clauses no heading decides.
/// </summary>
internal static class TrainFacetsCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Folders of documents to learn from (the corpus, samples/)", Arity = ArgumentArity.OneOrMore };
        var labels = new Option<FileInfo>("--labels")
        {
            Description = "Held-out labels: document file prefix, clause path, facet (tab-separated)",
            DefaultValueFactory = _ => new FileInfo("tools/facets/heldout-labels.tsv"),
        };
        var output = new Option<FileInfo>("--out")
        {
            Description = "Where to write the model",
            DefaultValueFactory = _ => new FileInfo("src/PolicyGraph.Ingest/Data/facet-model.zip"),
        };
        var command = new Command("train-facets", "Train the facet classifier and report its held-out accuracy") { inputs, labels, output };
        command.SetAction(result =>
        {
            var builder = new DocumentBuilder(new DocumentReaders(ReaderLimits.Default), Gazetteer.Instance, facets: null);
            var graphs = new Dictionary<string, DocumentGraph>(StringComparer.Ordinal);
            foreach (var folder in result.GetValue(inputs)!)
            {
                var files = Directory.Exists(folder) ? Directory.GetFiles(folder).Where(new DocumentReaders(ReaderLimits.Default).IsSupported) : [folder];
                foreach (var file in files.Order(StringComparer.Ordinal))
                {
                    graphs[Path.GetFileName(file)] = builder.Build(file, Path.GetFullPath(file), File.ReadAllBytes(file));
                }
            }
            var examples = graphs.Values.SelectMany(g => g.Clauses).Where(c => c.FacetFromHeading && c.Facet is not null)
                .Select(c => new FacetExample { Text = c.SearchText, Label = c.Facet! }).ToList();
            var modelPath = result.GetValue(output)!.FullName;
            var classifier = FacetClassifier.Train(examples, modelPath);
            var heldOut = ReadLabels(result.GetValue(labels)!.FullName, graphs);
            var correct = heldOut.Count(h => classifier.Predict(h.Clause.SearchText) == h.Facet);
            var report = new
            {
                documents = graphs.Count,
                trainingClauses = examples.Count,
                trainingByFacet = examples.GroupBy(e => e.Label).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
                heldOut = heldOut.Count,
                heldOutCorrect = correct,
                heldOutAccuracy = heldOut.Count == 0 ? 0 : Math.Round((double)correct / heldOut.Count, 3),
                model = modelPath,
                errors = heldOut.Where(h => classifier.Predict(h.Clause.SearchText) != h.Facet)
                    .Select(h => $"{h.Document} {h.Clause.Path}: labelled {h.Facet}, predicted {classifier.Predict(h.Clause.SearchText)}").ToList(),
            };
            if (result.GetValue(CommandLine.Json))
            {
                Output.WriteJson(report);
            }
            else
            {
                AnsiConsole.MarkupLineInterpolated($"trained on {examples.Count} heading-labelled clauses of {graphs.Count} documents → {modelPath}");
                AnsiConsole.MarkupLineInterpolated($"held-out accuracy: {correct}/{heldOut.Count} = {report.heldOutAccuracy:P1}");
                foreach (var e in report.errors)
                {
                    AnsiConsole.MarkupLineInterpolated($"  [grey]{e}[/]");
                }
            }
            return 0;
        });
        return command;
    }

    /// <summary>The held-out rows, each resolved to its clause; a clause a heading decides cannot be held out.</summary>
    internal static List<(string Document, Clause Clause, string Facet)> ReadLabels(string path, Dictionary<string, DocumentGraph> graphs)
    {
        var rows = new List<(string, Clause, string)>();
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#'))
        {
            var cols = line.Split('\t');
            var graph = graphs.FirstOrDefault(g => g.Key.StartsWith(cols[0], StringComparison.Ordinal)).Value
                ?? throw new InvalidOperationException($"{path}: no document named {cols[0]}* among the inputs");
            var clause = graph.Clauses.FirstOrDefault(c => c.Path == cols[1])
                ?? throw new InvalidOperationException($"{path}: {cols[0]} has no clause at path {cols[1]}");
            if (clause.FacetFromHeading)
            {
                throw new InvalidOperationException($"{path}: {cols[0]} {cols[1]} is decided by a heading, so it cannot be held out");
            }
            rows.Add((cols[0], clause, cols[2]));
        }
        return rows;
    }
}
