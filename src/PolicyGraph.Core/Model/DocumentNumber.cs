using System.Text.RegularExpressions;
using PolicyGraph.Core.Text;

namespace PolicyGraph.Core.Model;

/// <summary>
/// A document number (发文字号, domain.md §2): issuer code, year and serial. Every written form —
/// 〔2012〕 [2012] 【2012】 (2012) （2012） 〈2012〉 „2012‟ (a PDF font's 〔〕), 號/發, spaces inside — normalises to the standard
/// GB/T 9704 form <c>国发〔2012〕9号</c>, which is also the key.
/// </summary>
public sealed partial record DocumentNumber(string IssuerCode, int Year, int Serial)
{
    public override string ToString() => $"{IssuerCode}〔{Year}〕{Serial}号";

    /// <summary>Every document number written in <paramref name="text"/>, with its position.</summary>
    public static IEnumerable<(DocumentNumber Number, int Index, int Length)> FindAll(string text)
    {
        // Folding keeps every character in its place, so positions in the folded text are positions in the text.
        var folded = FoldWidth(text);
        var found = new List<(DocumentNumber Number, int Index, int Length)>();
        foreach (Match m in Pattern().Matches(folded))
        {
            if (TryCreate(m, out var number, out var led))
            {
                // Words that led into the number (的批复国函〔2019〕58号: a flattened title's end) are not part of it.
                found.Add((number, m.Index + led, m.Length - led));
            }
        }
        // A converter may drop both brackets (意见(国办发201634号)): read so only where a parenthesis holds the number and
        // nothing else, where it follows a title's end (…的通知京政办发20117号, a page that lost its punctuation) or heads the
        // title it numbers (豫质监标发2008137号关于印发…, a preview that ran the head together), and its
        // code ends in a series character (发 办 函 字 规 联, or the 质 of quality groups' codes such as 皖质), the four-digit
        // year delimiting the serial (zero-padded by some: 皖质20220002号 is 皖质〔2022〕2号).
        foreach (Match m in Bracketless().Matches(folded))
        {
            if (TryCreate(m, out var number, out var led) && led == 0)
            {
                found.Add((number, m.Groups["code"].Index, m.Groups["code"].Length + m.Groups["year"].Length + m.Groups["serial"].Length + 1));
            }
        }
        return found.Count < 2 ? found : found.OrderBy(f => f.Index);
    }

    public static bool TryParse(string? text, out DocumentNumber number)
    {
        number = null!;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var m = Pattern().Match(FoldWidth(text.Trim()));
        return m.Success && TryCreate(m, out number);
    }

    /// <summary>The normalised form of a number, or null when <paramref name="text"/> holds none.</summary>
    public static string? Normalise(string? text) => TryParse(text, out var n) ? n.ToString() : null;

    /// <summary>
    /// A line (or table cell) that holds a number and nothing else, read more leniently than running text: a converter
    /// may have lost both the closing bracket and the 号 (<c>佳政发〔201612</c> → 佳政发〔2016〕12号; the four-digit year
    /// delimits it). The whole line must be the number, so prose that meets a bracket is never read so.
    /// </summary>
    public static bool TryParseLine(string? line, out DocumentNumber number)
    {
        number = null!;
        if (string.IsNullOrWhiteSpace(line))
        {
            return false;
        }
        var m = LinePattern().Match(FoldWidth(line.Trim()));
        return m.Success && TryCreate(m, out number);
    }

    /// <summary>
    /// A number written without its year (<c>容政办108号</c>, <c>南谯政发74号</c>), alone on its line or in its cell. It is no
    /// <see cref="DocumentNumber"/> (there is no year to supply); the reader keeps it as written.
    /// </summary>
    public static bool IsYearless(string? line) => line is not null && YearlessPattern().IsMatch(line.Trim());

    /// <summary>
    /// A number written without its issuer code (<c>〔2013〕9号</c>, as a city's meeting minutes or gazette items are
    /// numbered), alone on its line or in its cell, in the standard brackets; or a 公告's year and serial under its heading
    /// (<c>2021年第7号</c>, kept as written); null otherwise. It is no <see cref="DocumentNumber"/> (no issuer to key it
    /// by), so only the page it heads carries it.
    /// </summary>
    public static string? Codeless(string? line)
    {
        if (line is null)
        {
            return null;
        }
        var folded = FoldWidth(line.Trim());
        if (AnnouncementSerial().Match(folded) is { Success: true } serial)
        {
            return $"{serial.Groups["year"].Value}年第{int.Parse(serial.Groups["serial"].Value, System.Globalization.CultureInfo.InvariantCulture)}号";
        }
        var m = CodelessPattern().Match(folded);
        return m.Success && int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) is >= 1949 and <= 2100
            ? $"〔{m.Groups["year"].Value}〕{int.Parse(m.Groups["serial"].Value, System.Globalization.CultureInfo.InvariantCulture)}号"
            : null;
    }

    private static bool TryCreate(Match m, out DocumentNumber number) => TryCreate(m, out number, out _);

    /// <summary>
    /// The number a match holds, and how many characters of words that led into it (根据, 的批复) its code group began with:
    /// none where the search view of the code is not as long as the code as written.
    /// </summary>
    private static bool TryCreate(Match m, out DocumentNumber number, out int led)
    {
        var written = SearchNormaliser.ToSearchText(m.Groups["code"].Value, traditional: true);
        var code = StripLeadingWords(written);
        led = written.Length == m.Groups["code"].Length ? written.Length - code.Length : 0;
        var year = int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var serial = int.Parse(m.Groups["serial"].Value, System.Globalization.CultureInfo.InvariantCulture);
        number = new DocumentNumber(code, year, serial);
        // Issuer codes are short (国发, 国办发, 川府发, 国质检质联); a longer run is prose that met a bracket.
        return year is >= 1949 and <= 2100 && code.Length is > 0 and <= 6;
    }

    // Full-width forms folded, and a year written in Chinese numerals inside the brackets (械监〔二〇一五〕41号, as copied
    // pages spell it out) read as digits; the length is kept, so what is found maps back onto the text as written.
    private static string FoldWidth(string text) => string.Create(text.Length, text, (span, t) =>
    {
        for (var i = 0; i < t.Length; i++)
        {
            span[i] = SearchNormaliser.Fold(t[i]);
        }
        for (var i = 1; i + 4 < t.Length; i++)
        {
            if (span[i - 1] is '〔' or '[' or '【' or '(' or '［' or '﹝' && span[i + 4] is '〕' or ']' or '】' or ')' or '］' or '﹞'
                && (NumeralDigit(t[i]), NumeralDigit(t[i + 1])) is (1, 9) or (2, 0) && NumeralDigit(t[i + 2]) >= 0 && NumeralDigit(t[i + 3]) >= 0)
            {
                for (var k = 0; k < 4; k++)
                {
                    span[i + k] = (char)('0' + NumeralDigit(t[i + k]));
                }
            }
        }
    });

    private static int NumeralDigit(char c) => c is '〇' or '零' or '○' ? 0 : "一二三四五六七八九".IndexOf(c) + 1 is var d && d > 0 ? d : -1;

    /// <summary>Running text can run into a number (根据国发〔2012〕9号): drop the words that led into it.</summary>
    private static string StripLeadingWords(string code)
    {
        foreach (var word in LeadingWords)
        {
            var at = code.LastIndexOf(word, StringComparison.Ordinal);
            if (at >= 0 && code.Length - (at + word.Length) >= 2)
            {
                code = code[(at + word.Length)..];
            }
        }
        return code;
    }

    private static readonly string[] LeadingWords =
        ["根据", "按照", "依照", "依据", "贯彻", "落实", "转发", "印发", "执行", "参照", "参见", "详见", "以及", "和", "及", "与", "即", "见", "以",
         "的通知", "的意见", "的批复", "的决定", "的函", "的报告"];

    // Issuer code: Han characters, ending in a character that codes a document series (发, 办, 字, 函 ...) or any Han
    // character; brackets in every form seen in the wild, half and full width; spaces tolerated anywhere. Han beyond
    // the basic block (extension A, and B–F as surrogate pairs) counts too: the Traditional → Simplified table maps
    // some common characters there (韚 → 𫠅), and a number's normal form must parse back to itself. Digits are ASCII
    // (full-width ones are folded before matching): \d would take any script's digits, which int.Parse refuses. A
    // closing bracket lost in copying (渝委发〔202319号) is tolerated: the year is the first four digits.
    [GeneratedRegex(@"(?:(?<![\u3400-\u4DBF\u4E00-\u9FFF]|[\uD840-\uD87F][\uDC00-\uDFFF])(?!(?<=[0-9])日)|(?<=[0-9]日))(?<code>(?:[\u3400-\u4DBF\u4E00-\u9FFF]|[\uD840-\uD87F][\uDC00-\uDFFF]){1,20})[\s\u3000]*[〔\[【(（〈<［﹝„](?:[\s\u3000]*)(?<year>(?:19|20)[0-9]{2})(?:[\s\u3000]*)[〕\]】)）〉>］﹞‟]?[\s\u3000]*第?(?<serial>[0-9]{1,5})[\s\u3000]*[号號]")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^[(（]?(?<code>(?:[\u3400-\u4DBF\u4E00-\u9FFF]|[\uD840-\uD87F][\uDC00-\uDFFF]){1,8})[\s\u3000]*[〔\[【(（〈［﹝„][\s\u3000]*(?<year>(?:19|20)[0-9]{2})[\s\u3000]*[〕\]】)）〉］﹞‟]?[\s\u3000]*第?(?<serial>[0-9]{1,5})[\s\u3000]*[号號]?[)）]?$")]
    private static partial Regex LinePattern();

    [GeneratedRegex(@"[(（](?<code>[\u4E00-\u9FFF]{1,8}[发办函字规联质])(?<year>(?:19|20)[0-9]{2})(?<serial>0{0,3}[1-9][0-9]{0,3})[号號][)）]|(?<=的(?:通知|意见|决定|批复|函|通报|公告))(?<code>[\u4E00-\u9FFF]{1,8}[发办函字规联])(?<year>(?:19|20)[0-9]{2})(?<serial>[1-9][0-9]{0,3})[号號]|(?<![\u4E00-\u9FFF])(?<code>[\u4E00-\u9FFF]{1,8}[发办函字规联])(?<year>(?:19|20)[0-9]{2})(?<serial>[1-9][0-9]{0,3})[号號](?=关于|關於)")]
    private static partial Regex Bracketless();

    [GeneratedRegex(@"^[〔\[【(（［﹝]\s*(?<year>(?:19|20)[0-9]{2})\s*[〕\]】)）］﹞]\s*第?(?<serial>[0-9]{1,5})\s*[号號]$")]
    private static partial Regex CodelessPattern();

    // 公告2012年第67号 / 2012年第67号公告: a 公告's serial with the word for it.
    [GeneratedRegex(@"^(?:\p{IsCJKUnifiedIdeographs}{0,12}?公告)?\s*(?<year>(?:19|20)[0-9]{2})\s*年\s*第\s*(?<serial>[0-9]{1,4})\s*[号號](?:公告)?$")]
    private static partial Regex AnnouncementSerial();

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,6}[0-9]{1,5}[号號]$")]
    private static partial Regex YearlessPattern();
}
