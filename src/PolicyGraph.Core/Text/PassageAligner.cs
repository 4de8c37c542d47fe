namespace PolicyGraph.Core.Text;

/// <summary>How a passage and a clause line up: the runs they share and two scores in [0, 1].</summary>
public sealed record Alignment(
    IReadOnlyList<(int PassageStart, int ClauseStart, int Length)> SharedRuns,
    double PassageCoverage,
    double ClauseCoverage,
    double LocalScore)
{
    public int SharedCharacters => SharedRuns.Sum(r => r.Length);
}

/// <summary>
/// Character-level alignment of two search-view texts (Simplified, folded, no spaces), for precedent wording and
/// clause links: the longest shared runs, chosen greedily without overlap on either side (greedy string tiling,
/// as plagiarism detection does), and a Smith–Waterman local alignment score that tolerates the small edits local
/// documents make (a changed number, 企业 for 市场主体, an inserted clause).
/// </summary>
public static class PassageAligner
{
    /// <summary>Shorter shared runs are chance (质量, 推进) rather than reuse.</summary>
    public const int MinimumRun = 4;

    public static Alignment Align(string passage, string clause, int minimumRun = MinimumRun)
    {
        if (passage.Length == 0 || clause.Length == 0)
        {
            return new Alignment([], 0, 0, 0);
        }
        var n = passage.Length;
        var m = clause.Length;
        // run[j] holds, for the current row, the length of the common run ending at passage[i-1], clause[j-1];
        // sw[j] the Smith–Waterman score (match +1, mismatch −1, gap −1). Both are rolled over one row each: the
        // diagonal and left values of the previous row are carried in locals, so every cell costs a few operations.
        var pool = System.Buffers.ArrayPool<int>.Shared;
        var run = pool.Rent(m + 1);
        var sw = pool.Rent(m + 1);
        try
        {
            Array.Clear(run, 0, m + 1);
            Array.Clear(sw, 0, m + 1);
            var runs = new List<(int PassageEnd, int ClauseEnd, int Length)>();
            var best = 0;
            var text = clause.AsSpan();
            for (var i = 1; i <= n; i++)
            {
                var a = passage[i - 1];
                var next = i < n ? passage[i] : '\0';
                int runDiagonal = 0, swDiagonal = 0, swLeft = 0;
                for (var j = 1; j <= m; j++)
                {
                    var same = a == text[j - 1];
                    var runUp = run[j];
                    var swUp = sw[j];
                    var length = same ? runDiagonal + 1 : 0;
                    var score = Math.Max(0, Math.Max(swDiagonal + (same ? 1 : -1), Math.Max(swUp, swLeft) - 1));
                    run[j] = length;
                    sw[j] = score;
                    if (score > best)
                    {
                        best = score;
                    }
                    // A run ends where the next characters differ: record the maximal runs.
                    if (length >= minimumRun && (i == n || j == m || next != text[j]))
                    {
                        runs.Add((i, j, length));
                    }
                    runDiagonal = runUp;
                    swDiagonal = swUp;
                    swLeft = score;
                }
            }
            var chosen = Tile(runs, n, m);
            var shared = chosen.Sum(r => r.Length);
            return new Alignment(chosen, (double)shared / n, (double)shared / m, Math.Min(1, (double)best / n));
        }
        finally
        {
            pool.Return(run);
            pool.Return(sw);
        }
    }

    /// <summary>The longest runs first, each kept only if it overlaps no run already kept on either side.</summary>
    private static List<(int PassageStart, int ClauseStart, int Length)> Tile(List<(int PassageEnd, int ClauseEnd, int Length)> runs, int n, int m)
    {
        var usedPassage = new bool[n];
        var usedClause = new bool[m];
        var chosen = new List<(int, int, int)>();
        foreach (var (passageEnd, clauseEnd, length) in runs.OrderByDescending(r => r.Length).ThenBy(r => r.PassageEnd))
        {
            var ps = passageEnd - length;
            var cs = clauseEnd - length;
            // Trim the run to its unused part: a run that overlaps a longer one may still add its free end.
            var start = 0;
            while (start < length && (usedPassage[ps + start] || usedClause[cs + start]))
            {
                start++;
            }
            var end = length;
            while (end > start && (usedPassage[ps + end - 1] || usedClause[cs + end - 1]))
            {
                end--;
            }
            if (end - start < MinimumRun)
            {
                continue;
            }
            var free = true;
            for (var k = start; k < end && free; k++)
            {
                free = !usedPassage[ps + k] && !usedClause[cs + k];
            }
            if (!free)
            {
                continue;
            }
            for (var k = start; k < end; k++)
            {
                usedPassage[ps + k] = true;
                usedClause[cs + k] = true;
            }
            chosen.Add((ps + start, cs + start, end - start));
        }
        return chosen.OrderBy(c => c.Item2).ToList();
    }
}
