using System.Text.RegularExpressions;

namespace PolicyGraph.Core.Text;

/// <summary>The numbering styles of an outline (domain.md §4), in GB/T 9704 order where it sets one.</summary>
public enum MarkerKind
{
    Chapter,      // 第一章 (第一编, 第一部分)
    Article,      // 第一条
    ChineseComma, // 一、
    ChineseParen, // (一)
    Digit,        // 1.  1、
    DigitParen,   // (1)  ⑴
    Circled,      // ①
    Dash,         // ——
}

/// <summary>A numbering marker at the start of a paragraph: its kind, its value, and its text as written.</summary>
public sealed partial record OutlineMarker(MarkerKind Kind, int Value, string Label, int Length)
{
    /// <summary>The marker at the start of a search-view paragraph, or null.</summary>
    public static OutlineMarker? Match(string searchText)
    {
        if (searchText.Length == 0)
        {
            return null;
        }
        var m = Pattern().Match(searchText);
        if (!m.Success)
        {
            return null;
        }
        var label = m.Groups["label"].Value;
        int? value;
        MarkerKind kind;
        if (m.Groups["chapter"].Success)
        {
            kind = MarkerKind.Chapter;
            value = ChineseNumerals.Parse(m.Groups["chapter"].Value);
        }
        else if (m.Groups["article"].Success)
        {
            kind = MarkerKind.Article;
            value = ChineseNumerals.Parse(m.Groups["article"].Value);
        }
        else if (m.Groups["cncomma"].Success)
        {
            kind = MarkerKind.ChineseComma;
            value = ChineseNumerals.Parse(m.Groups["cncomma"].Value);
        }
        else if (m.Groups["cnparen"].Success)
        {
            kind = MarkerKind.ChineseParen;
            value = ChineseNumerals.Parse(m.Groups["cnparen"].Value);
        }
        else if (m.Groups["digit"].Success)
        {
            kind = MarkerKind.Digit;
            value = int.Parse(m.Groups["digit"].Value, System.Globalization.CultureInfo.InvariantCulture);
        }
        else if (m.Groups["digitparen"].Success)
        {
            kind = MarkerKind.DigitParen;
            value = int.Parse(m.Groups["digitparen"].Value, System.Globalization.CultureInfo.InvariantCulture);
        }
        else if (m.Groups["parenchar"].Success)
        {
            kind = MarkerKind.DigitParen;
            value = m.Groups["parenchar"].Value[0] - '⑴' + 1;
        }
        else if (m.Groups["circled"].Success)
        {
            kind = MarkerKind.Circled;
            value = m.Groups["circled"].Value[0] - '①' + 1;
        }
        else
        {
            kind = MarkerKind.Dash;
            value = 0;
        }
        // A marker with nothing after it is a stray number, not an outline item.
        if (value is null || m.Length >= searchText.Length)
        {
            return null;
        }
        return new OutlineMarker(kind, value.Value, label.Trim(), m.Length);
    }

    private const string Numeral = "[一二三四五六七八九十百零〇]{1,4}";

    [GeneratedRegex(
        @"^(?<label>" +
        @"第(?<chapter>" + Numeral + @")(?:[章编]|部分)" +
        @"|第(?<article>" + Numeral + @")条" +
        // 一, : pages typed with half-width punctuation (a 2008 GBK page) number their parts so; the search view
        // folds a full-width ， to the same comma. A heading may open on a year (一、2007年工作回顾); only after a
        // point is a digit a decimal (一.5).
        @"|(?<cncomma>" + Numeral + @")(?:[、,]|\.(?![0-9]))" +
        @"|\((?<cnparen>" + Numeral + @")\)[、.]?" +
        @"|(?<digit>[0-9]{1,2})(?:[.、](?![0-9])|\s+(?=\p{IsCJKUnifiedIdeographs}))" +
        @"|\((?<digitparen>[0-9]{1,2})\)[、.]?" +
        @"|(?<parenchar>[⑴-⒇])" +
        @"|(?<circled>[①-⑳])" +
        @"|(?:——|--|—|－－)" +
        @")\s*")]
    private static partial Regex Pattern();
}
