using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace PolicyGraph.Core.Search;

/// <summary>The index's field names, in one place.</summary>
public static class Fields
{
    public const string Kind = "kind";
    public const string ClauseId = "clauseId";
    public const string DocId = "docId";
    public const string DocHash = "docHash";
    public const string Text = "text";
    public const string TextWords = "textWords";
    public const string Heading = "heading";
    public const string HeadingWords = "headingWords";
    public const string Title = "title";
    public const string DocNumber = "docNumber";
    public const string Level = "level";
    public const string Province = "province";

    /// <summary>The issuing jurisdiction at any level (a county-level 区 as well as a province).</summary>
    public const string Region = "region";
    public const string Year = "year";
    public const string Role = "role";
    public const string DocType = "docType";
    public const string Facet = "facet";
    public const string Original = "original";
    public const string Path = "path";
    public const string DocTitle = "docTitle";
    public const string Script = "script";

    public const string KindClause = "clause";
    public const string KindDocument = "document";
}

/// <summary>
/// The analysis chain for search-view text (already Simplified and width-folded by <see cref="Text.SearchNormaliser"/>):
/// CJK bigrams (StandardTokenizer → CJKWidthFilter → LowerCaseFilter → CJKBigramFilter) for the recall fields, and
/// dictionary words (<see cref="WordTokenizer"/> → LowerCaseFilter) for the precision fields. The same analyzer turns
/// clauses and queries into terms.
/// </summary>
public static class PolicyAnalysis
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static Analyzer Bigrams { get; } = Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new CJKWidthFilter(tokenizer);
        stream = new LowerCaseFilter(Version, stream);
        stream = new CJKBigramFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    });

    public static Analyzer Words { get; } = Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new WordTokenizer(reader);
        return new TokenStreamComponents(tokenizer, new LowerCaseFilter(Version, tokenizer));
    });

    /// <summary>Bigrams by default; words for the word fields.</summary>
    public static Analyzer PerField { get; } = new PerFieldAnalyzerWrapper(Bigrams, new Dictionary<string, Analyzer>
    {
        [Fields.TextWords] = Words,
        [Fields.HeadingWords] = Words,
    });

    /// <summary>The terms an analyzer makes of a text, with their positions and offsets in it.</summary>
    public static List<(string Term, int Position, int Start, int End)> Terms(Analyzer analyzer, string field, string text)
    {
        var terms = new List<(string, int, int, int)>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            terms.Add((term.ToString(), position, offset.StartOffset, offset.EndOffset));
        }
        stream.End();
        return terms;
    }
}

/// <summary>A Lucene tokenizer over <see cref="WordSegmenter"/>: one token a dictionary word, with offsets.</summary>
public sealed class WordTokenizer : Tokenizer
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private string _text = string.Empty;
    private IEnumerator<(int Start, int Length)>? _words;

    public WordTokenizer(TextReader input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (_words is null || !_words.MoveNext())
        {
            return false;
        }
        var (start, length) = _words.Current;
        _term.SetEmpty().Append(_text, start, length);
        _offset.SetOffset(CorrectOffset(start), CorrectOffset(start + length));
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _text = m_input.ReadToEnd();
        _words = WordSegmenter.Instance.Segment(_text).GetEnumerator();
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_text.Length);
        _offset.SetOffset(final, final);
    }
}
