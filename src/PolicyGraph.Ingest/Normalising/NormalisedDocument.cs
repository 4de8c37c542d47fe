using PolicyGraph.Core.Text;

namespace PolicyGraph.Ingest.Normalising;

/// <summary>
/// One paragraph of a document after normalisation: its display text (original script and punctuation, broken
/// lines rejoined) mapped back into the document's original text, and its search view mapped onto the display text.
/// </summary>
public sealed class Paragraph(int index, MappedText display, MappedText search, bool afterBlankLine)
{
    public int Index { get; } = index;

    /// <summary>Display text → the document's original text.</summary>
    public MappedText Display { get; } = display;

    /// <summary>Search view → display text.</summary>
    public MappedText Search { get; } = search;

    public string Text => Display.Text;

    public string SearchText => Search.Text;

    /// <summary>Whether a blank line came before this paragraph: a layout hint for titles and signatures.</summary>
    public bool AfterBlankLine { get; } = afterBlankLine;

    public int SourceStart => Display.SourceIndexOf(0);

    public int SourceEnd => Display.ToSource(0, Display.Text.Length).End;

    public override string ToString() => Text;
}

/// <summary>One text, two views (domain.md §8–9): the original kept whole, paragraphs with their search views.</summary>
public sealed record NormalisedDocument(
    string Original,
    bool Traditional,
    IReadOnlyList<Paragraph> Paragraphs,
    IReadOnlyDictionary<string, string> Fields);
