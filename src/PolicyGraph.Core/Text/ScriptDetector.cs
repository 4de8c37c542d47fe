namespace PolicyGraph.Core.Text;

/// <summary>Decides whether a text is written in Traditional characters, from characters that only one script uses.</summary>
public static class ScriptDetector
{
    public static bool IsTraditional(ReadOnlySpan<char> text)
    {
        var tables = ScriptTables.Instance;
        int traditional = 0, simplified = 0;
        for (var i = 0; i < text.Length; i++)
        {
            int cp = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cp = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }
            if (tables.Characters.ContainsKey(cp))
            {
                traditional++;
            }
            else if (tables.SimplifiedOnly.Contains(cp))
            {
                simplified++;
            }
        }
        // Converted documents keep a few Simplified-only characters (a converter's misses); a clear majority decides.
        return traditional > 0 && traditional >= 2 * simplified;
    }
}
