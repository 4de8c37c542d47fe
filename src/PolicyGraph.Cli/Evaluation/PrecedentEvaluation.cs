using System.Text.Json;
using PolicyGraph.Core.Precedent;
using PolicyGraph.Core.Store;

namespace PolicyGraph.Cli.Evaluation;

public sealed record CaseScore(string Id, int Relevant, int Found, double Recall, double ReciprocalRank, IReadOnlyList<string> Missed);

public sealed record PrecedentReport(int Cases, double RecallAt5, double Mrr, IReadOnlyList<CaseScore> Details);

/// <summary>
/// Scores precedent finding against judgments in the format of ../shared/gold/precedent.dev.json: hits from the
/// document the passage was taken from are not counted; a hit is relevant when it is from the judged document and
/// its text, normalised, contains the judged anchor. Reports recall@5 and MRR averaged over cases.
/// </summary>
public static class PrecedentEvaluation
{
    public const int Depth = 5;

    public static PrecedentReport Evaluate(JsonElement gold, IGraphStore store, PrecedentService precedent)
    {
        var prefixes = store.ListDocuments().ToDictionary(d => d.Id, d => SearchEvaluation.Prefix(d.Source));
        var details = new List<CaseScore>();
        foreach (var c in gold.GetProperty("cases").EnumerateArray())
        {
            var from = c.TryGetProperty("from_doc", out var f) ? f.GetString() : null;
            var anchors = c.GetProperty("relevant").EnumerateArray()
                .Select(r => (Doc: r.GetProperty("doc").GetString()!, Anchor: GoldText.Normalise(r.GetProperty("anchor").GetString())))
                .ToList();
            var hits = precedent.Find(new SimilarRequest(c.GetProperty("text").GetString()!) { Top = 50 }).Hits
                .Where(h => prefixes.GetValueOrDefault(h.DocId) != from)
                .Take(Depth)
                .ToList();
            var found = new HashSet<int>();
            double reciprocal = 0;
            for (var rank = 0; rank < hits.Count; rank++)
            {
                var text = GoldText.Normalise(hits[rank].Text);
                var doc = prefixes.GetValueOrDefault(hits[rank].DocId);
                var matches = Enumerable.Range(0, anchors.Count).Where(a => anchors[a].Doc == doc && text.Contains(anchors[a].Anchor, StringComparison.Ordinal)).ToList();
                if (matches.Count > 0 && reciprocal == 0)
                {
                    reciprocal = 1.0 / (rank + 1);
                }
                found.UnionWith(matches);
            }
            details.Add(new CaseScore(c.GetProperty("id").GetString()!, anchors.Count, found.Count,
                anchors.Count == 0 ? 1 : (double)found.Count / anchors.Count, reciprocal,
                Enumerable.Range(0, anchors.Count).Where(a => !found.Contains(a)).Select(a => $"{anchors[a].Doc}: {anchors[a].Anchor}").ToList()));
        }
        return new PrecedentReport(details.Count,
            details.Count == 0 ? 0 : Math.Round(details.Average(d => d.Recall), 4),
            details.Count == 0 ? 0 : Math.Round(details.Average(d => d.ReciprocalRank), 4), details);
    }
}
