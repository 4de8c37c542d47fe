using System.Text.RegularExpressions;
using PolicyGraph.Core.Model;

namespace PolicyGraph.Ingest.Extraction.Metadata;

/// <summary>A number printed after the title it numbers: …的通知(辽政发(2013)15号), …的通知 (皖质20220002号).</summary>
public sealed partial record TitleLine
{
    /// <summary>The number in the brackets that end a title line, and where they start; null when they hold none.</summary>
    private static (string Number, int Index)? NumberAfter(string text)
    {
        if (TrailingNumber().Match(text) is { Success: true } trailing && DocumentNumber.Normalise(trailing.Groups["n"].Value) is { } after)
        {
            return (after, trailing.Index);
        }
        return BracketedTail().Match(text) is { Success: true } tail && DocumentNumber.FindAll(tail.Value.Trim()).ToList() is [var bare] && bare.Index == 1
            && bare.Length == tail.Value.Trim().Length - 2 ? (bare.Number.ToString(), tail.Index) : null;
    }

    [GeneratedRegex(@"\s*[(（][^()（）]{4,24}[)）]$")]
    private static partial Regex BracketedTail();

    [GeneratedRegex(@"[(（](?<n>[^()（）]{1,12}[(（〔\[【][0-9]{4}[)）〕\]】]\s*第?[0-9]{1,5}\s*[号號]|[^()（）]{1,12}〔[0-9]{4}〕[0-9]{1,5}[号號])[)）]$")]
    private static partial Regex TrailingNumber();
}
