using PolicyGraph.Core.Model;
using PolicyGraph.Core.Store;

namespace PolicyGraph.Ingest.Linking;

/// <summary>A labelled pair of clauses (tools/linker/pairs.tsv) with its features.</summary>
public sealed record LabelledPair(string Child, string ChildPath, string Parent, string ParentPath, bool Label, LinkFeatures Features)
{
    /// <summary>Whether the pair belongs to the held-out split: decided by the child clause, so one clause's pairs stay together.</summary>
    public bool HeldOut => (uint)StableHash(Child + "/" + ChildPath) % 10 < 3;

    /// <summary>The pair's fold of a five-fold cross-validation, by child clause as the split is.</summary>
    public int Fold => (int)((uint)StableHash(ChildPath + "/" + Child) % 5);

    private static int StableHash(string s)
    {
        var h = 17;
        foreach (var c in s)
        {
            h = unchecked(h * 31 + c);
        }
        return h & int.MaxValue;
    }
}

public sealed record LinkScores(int Pairs, int Positives, double Precision, double Recall);

/// <summary>Reads the labelled pairs against a store and scores a model on them.</summary>
public static class LinkTraining
{
    public static List<LabelledPair> Read(string path, IGraphStore store, ClauseLinker linker) =>
        ReadClauses(path, store).Select(p =>
        {
            var features = linker.FeaturesFor(p.ChildDocument, p.ChildClause, p.ParentDocument, p.ParentClause);
            features.Label = p.Label;
            return new LabelledPair(p.Child, p.ChildPath, p.Parent, p.ParentPath, p.Label, features);
        }).ToList();

    /// <summary>
    /// How well the links the store holds (drawn at ingest) agree with the labelled pairs: recall over the pairs
    /// labelled 1, precision over the labelled pairs that are linked. <paramref name="filter"/> picks a subset by child name.
    /// </summary>
    public static LinkScores EvaluateStored(string path, IGraphStore store, Func<string, bool>? filter = null)
    {
        int tp = 0, fp = 0, fn = 0, n = 0, positives = 0;
        foreach (var p in ReadClauses(path, store).Where(p => filter?.Invoke(p.Child) ?? true))
        {
            var linked = store.LinksFrom(p.ChildClause.Id).Any(l => l.ChildClauseId == p.ChildClause.Id && l.ParentClauseId == p.ParentClause.Id);
            n++;
            positives += p.Label ? 1 : 0;
            tp += linked && p.Label ? 1 : 0;
            fp += linked && !p.Label ? 1 : 0;
            fn += !linked && p.Label ? 1 : 0;
        }
        return Scores(n, positives, tp, fp, fn);
    }

    private sealed record ClausePair(string Child, string ChildPath, DocumentGraph ChildDocument, Clause ChildClause,
        string Parent, string ParentPath, DocumentGraph ParentDocument, Clause ParentClause, bool Label);

    private static List<ClausePair> ReadClauses(string path, IGraphStore store)
    {
        var graphs = store.ListDocuments().Select(d => store.GetDocument(d.Id)!).ToList();
        DocumentGraph Find(string prefix) =>
            graphs.FirstOrDefault(g => Path.GetFileName(g.Document.Source).StartsWith(prefix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"{path}: no ingested document named {prefix}*");
        var pairs = new List<ClausePair>();
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#'))
        {
            var c = line.Split('\t');
            var child = Find(c[0]);
            var parent = Find(c[2]);
            var childClause = child.Clauses.FirstOrDefault(x => x.Path == c[1]) ?? throw new InvalidOperationException($"{path}: {c[0]} has no clause {c[1]}");
            var parentClause = parent.Clauses.FirstOrDefault(x => x.Path == c[3]) ?? throw new InvalidOperationException($"{path}: {c[2]} has no clause {c[3]}");
            pairs.Add(new ClausePair(c[0], c[1], child, childClause, c[2], c[3], parent, parentClause, c[4] == "1"));
        }
        return pairs;
    }

    /// <summary>Five-fold cross-validation: each fold scored by a model trained on the other four, the counts pooled.</summary>
    public static LinkScores CrossValidate(IReadOnlyList<LabelledPair> pairs, Func<IReadOnlyList<LinkFeatures>, Func<LinkFeatures, double>> train)
    {
        var scored = new List<(LabelledPair Pair, double Score)>();
        for (var fold = 0; fold < 5; fold++)
        {
            var model = train(pairs.Where(p => p.Fold != fold).Select(p => p.Features).ToList());
            scored.AddRange(pairs.Where(p => p.Fold == fold).Select(p => (p, model(p.Features))));
        }
        return Score(scored.Select(s => s.Pair), f => scored.First(s => ReferenceEquals(s.Pair.Features, f)).Score);
    }

    public static LinkScores Score(IEnumerable<LabelledPair> pairs, Func<LinkFeatures, double> model, double threshold = ClauseLinker.Threshold)
    {
        int tp = 0, fp = 0, fn = 0, n = 0, positives = 0;
        foreach (var pair in pairs)
        {
            n++;
            positives += pair.Label ? 1 : 0;
            var linked = model(pair.Features) >= threshold;
            tp += linked && pair.Label ? 1 : 0;
            fp += linked && !pair.Label ? 1 : 0;
            fn += !linked && pair.Label ? 1 : 0;
        }
        return Scores(n, positives, tp, fp, fn);
    }

    private static LinkScores Scores(int n, int positives, int tp, int fp, int fn) =>
        new(n, positives, tp + fp == 0 ? 1 : Math.Round((double)tp / (tp + fp), 3), tp + fn == 0 ? 1 : Math.Round((double)tp / (tp + fn), 3));
}
