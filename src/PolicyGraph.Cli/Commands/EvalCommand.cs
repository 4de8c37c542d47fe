using System.CommandLine;
using System.Text.Json;
using PolicyGraph.Core.Precedent;
using PolicyGraph.Core.Search;
using PolicyGraph.Cli.Evaluation;
using PolicyGraph.Ingest.Linking;
using PolicyGraph.Ingest.Pipeline;
using PolicyGraph.Ingest.Reading;
using Spectre.Console;

namespace PolicyGraph.Cli.Commands;

/// <summary>
/// <c>eval --gold FILE [--corpus DIR]</c>: metrics for a judgments file in the formats of ../shared/gold. With
/// <c>--corpus</c>, the corpus is ingested into the data directory first (unchanged files are skipped). A labelled
/// clause-pair file (tools/linker/pairs.tsv) scores the clause links drawn at ingest.
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Option<FileInfo>("--gold") { Description = "Judgments file (extraction format)", Required = true };
        var corpus = new Option<DirectoryInfo?>("--corpus") { Description = "Ingest this folder before scoring (e.g. ../shared/corpus)" };
        var command = new Command("eval", "Score extraction or search against judgments") { gold, corpus };
        command.SetAction(result => Output.WithData(result.GetValue(CommandLine.Data)!, (store, index) =>
        {
            var goldFile = result.GetValue(gold)!;
            if (goldFile.Extension == ".tsv")
            {
                return EvaluateLinks(goldFile, result.GetValue(corpus), store, index, result.GetValue(CommandLine.Json));
            }
            JsonDocument judgments;
            try
            {
                judgments = JsonDocument.Parse(File.ReadAllText(goldFile.FullName));
            }
            catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
            {
                return Output.Fail($"cannot read judgments {goldFile.FullName}: {e.Message}");
            }
            using (judgments)
            {
                var root = judgments.RootElement;
                var kind = root.TryGetProperty("docs", out _) ? "extraction"
                    : root.TryGetProperty("queries", out _) ? "search"
                    : root.TryGetProperty("cases", out _) ? "precedent"
                    : null;
                if (kind is null)
                {
                    return Output.Fail($"{goldFile.FullName}: not a judgments file (it has none of 'docs', 'queries', 'cases')");
                }
                if (result.GetValue(corpus) is { } folder)
                {
                    var report = new IngestPipeline(store, new DocumentReaders(ReaderLimits.Default), index).IngestPaths([folder.FullName]);
                    // A refused file is scored as a document not ingested (every judged field of it wrong), named here with
                    // its reason: one bad page does not hide the scores of the rest.
                    foreach (var failed in report.Failed)
                    {
                        Console.Error.WriteLine($"policygraph: not ingested, scored as missing: {failed.Source}: {failed.Error}");
                    }
                }
                if (kind == "precedent")
                {
                    index.Reconcile(store);
                    var precedent = PrecedentEvaluation.Evaluate(root, store, new PrecedentService(index, store));
                    if (result.GetValue(CommandLine.Json))
                    {
                        Output.WriteJson(precedent);
                        return 0;
                    }
                    AnsiConsole.MarkupLineInterpolated($"{precedent.Cases} cases: recall@5 {precedent.RecallAt5:0.000}, MRR {precedent.Mrr:0.000}");
                    foreach (var c in precedent.Details.Where(d => d.Missed.Count > 0))
                    {
                        AnsiConsole.MarkupLineInterpolated($"[red]{c.Id}[/]: {c.Found}/{c.Relevant}; missed {string.Join(" | ", c.Missed)}");
                    }
                    return 0;
                }
                if (kind == "search")
                {
                    index.Reconcile(store);
                    var search = SearchEvaluation.Evaluate(root, store, new SearchService(index, QueryInterpreter.Instance));
                    if (result.GetValue(CommandLine.Json))
                    {
                        Output.WriteJson(search);
                        return 0;
                    }
                    AnsiConsole.MarkupLineInterpolated($"{search.Queries} queries: recall@10 {search.RecallAt10:0.000}, MRR {search.Mrr:0.000}, nDCG@10 {search.NdcgAt10:0.000}");
                    foreach (var q in search.Details.Where(d => d.Missed.Count > 0))
                    {
                        AnsiConsole.MarkupLineInterpolated($"[red]{q.Id}[/] {q.Query}: {q.Found}/{q.Relevant}; missed {string.Join(" | ", q.Missed)}");
                    }
                    return 0;
                }
                ExtractionReport scores;
                try
                {
                    scores = ExtractionEvaluation.Evaluate(root, store);
                }
                catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or FormatException)
                {
                    // A judgment without a field eval needs (an indicator's name_key, cmp or value) is the file's fault: say which.
                    return Output.Fail($"{goldFile.FullName}: a judgment lacks a field eval reads or has it in the wrong form ({e.Message}); indicators need name_key, cmp, value and unit");
                }
                if (result.GetValue(CommandLine.Json))
                {
                    Output.WriteJson(scores);
                    return 0;
                }
                var table = new Table().AddColumns("document", "metadata", "indicators", "citations", "tasks", "indicators extracted");
                foreach (var d in scores.Documents)
                {
                    table.AddRow(d.Document, Cell(d.Metadata), Cell(d.Indicators), Cell(d.Citations), Cell(d.Tasks), d.ExtractedIndicators.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
                table.AddRow("[bold]all[/]", Cell(scores.Metadata), Cell(scores.Indicators), Cell(scores.Citations), Cell(scores.Tasks),
                    scores.Invented.Judged == 0 ? string.Empty : $"{scores.Invented.Correct} of {scores.Invented.Judged} invented ({scores.Invented.Rate:P1})");
                AnsiConsole.Write(table);
                AnsiConsole.MarkupLineInterpolated($"metadata by field: {string.Join(", ", scores.Fields.Select(f => $"{f.Key} {Cell(f.Value)}"))}");
                foreach (var d in scores.Documents)
                {
                    foreach (var miss in d.Misses)
                    {
                        AnsiConsole.MarkupLineInterpolated($"[red]{d.Document}[/] {miss}");
                    }
                }
                return 0;
            }
        }));
        return command;
    }

    private static string Cell(Score s) => s.Judged == 0 ? "—" : $"{s.Correct}/{s.Judged} ({s.Rate:P0})";

    /// <summary>Precision and recall of the stored clause links on the labelled pairs, overall and for the samples' pairs.</summary>
    private static int EvaluateLinks(FileInfo pairs, DirectoryInfo? corpus, Core.Store.IGraphStore store, ClauseIndex index, bool json)
    {
        if (corpus is not null)
        {
            var report = new IngestPipeline(store, new DocumentReaders(ReaderLimits.Default), index).IngestPaths([corpus.FullName]);
            if (report.Failed.Count > 0)
            {
                return Output.Fail($"ingesting {corpus.FullName} failed for {report.Failed.Count} files: {report.Failed[0].Source}: {report.Failed[0].Error}");
            }
        }
        LinkScores all, samples;
        try
        {
            all = LinkTraining.EvaluateStored(pairs.FullName, store);
            samples = LinkTraining.EvaluateStored(pairs.FullName, store, child => !char.IsAsciiDigit(child[0]));
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or IndexOutOfRangeException)
        {
            return Output.Fail($"{pairs.FullName}: {e.Message}");
        }
        if (json)
        {
            Output.WriteJson(new { all, samples });
            return 0;
        }
        AnsiConsole.MarkupLineInterpolated($"{all.Pairs} labelled pairs ({all.Positives} links): precision {all.Precision:0.000}, recall {all.Recall:0.000}");
        AnsiConsole.MarkupLineInterpolated($"samples/ pairs {samples.Pairs} ({samples.Positives} links): precision {samples.Precision:0.000}, recall {samples.Recall:0.000}");
        return 0;
    }
}
