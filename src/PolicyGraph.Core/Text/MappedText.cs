namespace PolicyGraph.Core.Text;

/// <summary>
/// A text derived from a source text, with an offset map back: every character of <see cref="Text"/> knows the
/// source range it came from. A phrase replaced by one of another length (智慧財產權 → 知识产权) maps each of its
/// characters to the whole source phrase, so a range in the derived text always maps to whole source characters.
/// </summary>
public sealed class MappedText
{
    private readonly int[] _start;
    private readonly int[] _end;

    internal MappedText(string text, int[] start, int[] end, int sourceLength, string? sourceText = null)
    {
        Text = text;
        _start = start;
        _end = end;
        SourceLength = sourceLength;
        SourceText = sourceText ?? string.Empty;
    }

    public string Text { get; }

    /// <summary>The text this one was derived from, when the builder was given it.</summary>
    public string SourceText { get; }

    public int SourceLength { get; }

    /// <summary>The source range [start, end) that the derived range [start, end) came from.</summary>
    public (int Start, int End) ToSource(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, Text.Length);
        if (start >= end)
        {
            var at = start < Text.Length ? _start[start] : SourceLength;
            return (at, at);
        }
        var s = int.MaxValue;
        var e = 0;
        for (var i = start; i < end; i++)
        {
            s = Math.Min(s, _start[i]);
            e = Math.Max(e, _end[i]);
        }
        return (s, e);
    }

    /// <summary>The source index of one derived character.</summary>
    public int SourceIndexOf(int index) => index < Text.Length ? _start[index] : SourceLength;

    /// <summary>This map applied after <paramref name="inner"/>: derived text → inner's source.</summary>
    public MappedText ComposeWith(MappedText inner)
    {
        var start = new int[Text.Length];
        var end = new int[Text.Length];
        for (var i = 0; i < Text.Length; i++)
        {
            (start[i], end[i]) = inner.ToSource(_start[i], _end[i]);
        }
        return new MappedText(Text, start, end, inner.SourceLength, inner.SourceText);
    }

    public static MappedText Identity(string text)
    {
        var start = new int[text.Length];
        var end = new int[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            start[i] = i;
            end[i] = i + 1;
        }
        return new MappedText(text, start, end, text.Length, text);
    }

    /// <summary>Builds a derived text piece by piece, each piece tagged with its source range.</summary>
    public sealed class Builder(int sourceLength, string? sourceText = null)
    {
        private readonly System.Text.StringBuilder _text = new();
        private readonly List<int> _start = [];
        private readonly List<int> _end = [];

        public int Length => _text.Length;

        public char LastChar => _text.Length > 0 ? _text[^1] : '\0';

        public void Append(char c, int sourceStart, int sourceEnd)
        {
            _text.Append(c);
            _start.Add(sourceStart);
            _end.Add(sourceEnd);
        }

        public void Append(string s, int sourceStart, int sourceEnd)
        {
            foreach (var c in s)
            {
                Append(c, sourceStart, sourceEnd);
            }
        }

        public MappedText Build() => new(_text.ToString(), [.. _start], [.. _end], sourceLength, sourceText);
    }
}
