using System.Text;
using PolicyGraph.Core.Text;

namespace PolicyGraph.Cli.Evaluation;

/// <summary>Strings as the gold files compare them: NFKC, Traditional → Simplified, no whitespace.</summary>
public static class GoldText
{
    public static string Normalise(string? s)
    {
        if (s is null)
        {
            return string.Empty;
        }
        var folded = SearchNormaliser.ToSearchText(s.Normalize(NormalizationForm.FormKC), traditional: true);
        return string.Concat(folded.Where(c => !char.IsWhiteSpace(c)));
    }
}
