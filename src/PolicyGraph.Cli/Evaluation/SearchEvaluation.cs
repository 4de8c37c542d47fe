using System.Text.Json;
using PolicyGraph.Core.Search;
using PolicyGraph.Core.Store;

namespace PolicyGraph.Cli.Evaluation;

public sealed record QueryScore(string Id, string Query, int Relevant, int Found, double Recall, double ReciprocalRank, double Ndcg, IReadOnlyList<string> Missed);

public sealed record SearchReport(int Queries, double RecallAt10, double Mrr, double NdcgAt10, IReadOnlyList<QueryScore> Details);

/// <summary>
/// Scores search against judgments in the format of ../shared/gold/queries.dev.json: a hit is relevant when it is
/// from the judged document (file-name prefix) and its text, normalised, contains the judged anchor. Reports
/// recall@10, MRR and nDCG@10 (binary gains, each anchor counted once), averaged over queries.
/// </summary>
public static class SearchEvaluation
{
    public const int Depth = 10;

    public static SearchReport Evaluate(JsonElement gold, IGraphStore store, SearchService search)
    {
        var prefixes = store.ListDocuments().ToDictionary(d => d.Id, d => Prefix(d.Source));
        var details = new List<QueryScore>();
        foreach (var q in gold.GetProperty("queries").EnumerateArray())
        {
            var anchors = q.GetProperty("relevant").EnumerateArray()
                .Select(r => (Doc: r.GetProperty("doc").GetString()!, Anchor: GoldText.Normalise(r.GetProperty("anchor").GetString())))
                .ToList();
            var text = q.GetProperty("q").GetString()!;
            var hits = search.Search(new SearchRequest(text) { Top = Depth }).Hits;
            var found = new HashSet<int>();
            double dcg = 0;
            double reciprocal = 0;
            for (var rank = 0; rank < hits.Count; rank++)
            {
                var hitText = GoldText.Normalise(hits[rank].Text);
                var hitDoc = prefixes.GetValueOrDefault(hits[rank].DocId);
                var matches = Enumerable.Range(0, anchors.Count)
                    .Where(a => anchors[a].Doc == hitDoc && hitText.Contains(anchors[a].Anchor, StringComparison.Ordinal)).ToList();
                if (matches.Count == 0)
                {
                    continue;
                }
                if (reciprocal == 0)
                {
                    reciprocal = 1.0 / (rank + 1);
                }
                if (matches.Any(m => !found.Contains(m)))
                {
                    dcg += 1 / Math.Log2(rank + 2);
                }
                found.UnionWith(matches);
            }
            var ideal = Enumerable.Range(0, Math.Min(anchors.Count, Depth)).Sum(i => 1 / Math.Log2(i + 2));
            details.Add(new QueryScore(
                q.GetProperty("id").GetString()!, text, anchors.Count, found.Count,
                anchors.Count == 0 ? 1 : (double)found.Count / anchors.Count, reciprocal, ideal == 0 ? 1 : dcg / ideal,
                Enumerable.Range(0, anchors.Count).Where(a => !found.Contains(a)).Select(a => $"{anchors[a].Doc}: {anchors[a].Anchor}").ToList()));
        }
        return new SearchReport(details.Count, Mean(details, d => d.Recall), Mean(details, d => d.ReciprocalRank), Mean(details, d => d.Ndcg), details);
    }

    internal static string Prefix(string source)
    {
        var name = Path.GetFileName(source);
        var cut = name.IndexOf('_', StringComparison.Ordinal);
        return cut > 0 ? name[..cut] : Path.GetFileNameWithoutExtension(name);
    }

    private static double Mean(List<QueryScore> scores, Func<QueryScore, double> f) => scores.Count == 0 ? 0 : Math.Round(scores.Average(f), 4);
}
