namespace PolicyGraph.Core.Text;

/// <summary>Chinese characters: the unified ideographs and extension A, as documents write them.</summary>
public static class Han
{
    /// <summary>Whether <paramref name="c"/> is a Chinese character (U+4E00–U+9FFF, U+3400–U+4DBF).</summary>
    public static bool IsIdeograph(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF');
}
