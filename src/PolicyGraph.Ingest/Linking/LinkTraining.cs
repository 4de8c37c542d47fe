using PolicyGraph.Core.Linking;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Store;

namespace PolicyGraph.Ingest.Linking;

/// <summary>A labelled pair of clauses (tools/linker/pairs.tsv) with its features.</summary>
public sealed record LabelledPair(string Child, string ChildPath, string Parent, string ParentPath, bool Label, LinkFeatures Features)
{
    /// <summary>Whether the pair belongs to the held-out split: decided by the child clause, so one clause's pairs stay together.</summary>
    public bool HeldOut => (uint)StableHash(Child + "/" + ChildPath) % 10 < 3;

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
    public static List<LabelledPair> Read(string path, IGraphStore store, ClauseLinker linker)
    {
        var graphs = store.ListDocuments().Select(d => store.GetDocument(d.Id)!).ToList();
        DocumentGraph Find(string prefix) =>
            graphs.FirstOrDefault(g => Path.GetFileName(g.Document.Source).StartsWith(prefix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"{path}: no ingested document named {prefix}*");
        var pairs = new List<LabelledPair>();
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#'))
        {
            var c = line.Split('\t');
            var child = Find(c[0]);
            var parent = Find(c[2]);
            var childClause = child.Clauses.FirstOrDefault(x => x.Path == c[1]) ?? throw new InvalidOperationException($"{path}: {c[0]} has no clause {c[1]}");
            var parentClause = parent.Clauses.FirstOrDefault(x => x.Path == c[3]) ?? throw new InvalidOperationException($"{path}: {c[2]} has no clause {c[3]}");
            var features = linker.FeaturesFor(child, childClause, parent, parentClause);
            features.Label = c[4] == "1";
            pairs.Add(new LabelledPair(c[0], c[1], c[2], c[3], features.Label, features));
        }
        return pairs;
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
        return new LinkScores(n, positives, tp + fp == 0 ? 1 : Math.Round((double)tp / (tp + fp), 3), tp + fn == 0 ? 1 : Math.Round((double)tp / (tp + fn), 3));
    }
}
