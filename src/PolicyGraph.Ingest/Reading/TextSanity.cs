namespace PolicyGraph.Ingest.Reading;

/// <summary>Checks every reader applies to the text it produced: something to read, and text rather than noise.</summary>
internal static class TextSanity
{
    public static void EnsureText(string text, ReaderLimits limits)
    {
        if (text.Length > limits.MaxTextChars)
        {
            throw new UnreadableDocumentException($"text too long ({text.Length:N0} characters; the limit is {limits.MaxTextChars:N0})");
        }
        var visible = 0;
        var control = 0;
        var han = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }
            visible++;
            if (char.IsControl(c) || c == '\uFFFD' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.PrivateUse or System.Globalization.UnicodeCategory.Surrogate)
            {
                control++;
            }
            else if (c is >= '\u4E00' and <= '\u9FFF')
            {
                han++;
            }
        }
        if (visible == 0)
        {
            throw new UnreadableDocumentException("no text in the document (empty or whitespace only)");
        }
        if (control * 20 > visible)
        {
            throw new UnreadableDocumentException($"binary content ({control * 100 / visible}% control or undecodable characters), not a text document");
        }
        if (han == 0)
        {
            throw new UnreadableDocumentException("no Chinese text in the document");
        }
    }
}
