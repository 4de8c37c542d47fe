using System.Text.RegularExpressions;
using PolicyGraph.Core.Departments;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Text;

namespace PolicyGraph.Core.Search;

/// <summary>A query the search could not take, with the reason in words the user can act on.</summary>
public sealed class SearchQueryException(string message) : Exception(message);

/// <summary>What a query asks for, as the search understood it.</summary>
public sealed record QueryInterpretation(
    string Normalised,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> Phrases,
    IReadOnlyList<string> DocNumbers,
    IReadOnlyList<string> Expansions)
{
    /// <summary>Other names of the same thing (质量技术监督局 → 质监局), by keyword: searched as equals of the keyword.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Aliases { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}

/// <summary>
/// Query understanding: the query's search view (Traditional or Simplified, full or half width alike), document
/// numbers in any bracket form, question framing dropped (哪些地方要求…？ asks about what follows), "quoted phrases"
/// kept whole, and expansions from the department abbreviation table (质量技术监督局 ↔ 质监局) and the domain
/// synonym table. Everything comes from data files; nothing here knows a particular query.
/// </summary>
public sealed partial class QueryInterpreter
{
    public const int MaxQueryLength = 1000;

    private static readonly Lazy<QueryInterpreter> Shared = new(() => new QueryInterpreter(
        EmbeddedData.ReadTsv("synonyms.tsv").Select(r => (IReadOnlyList<string>)r[0].Split('|')).ToList(),
        EmbeddedData.ReadTsv("query-words.tsv").Select(r => (r[0], r[1])).ToList(),
        DepartmentNames.Instance));

    private readonly IReadOnlyList<IReadOnlyList<string>> _synonyms;
    private readonly IReadOnlyList<string> _alwaysDropped;
    private readonly IReadOnlyList<string> _questionDropped;
    private readonly DepartmentNames _departments;

    public QueryInterpreter(IReadOnlyList<IReadOnlyList<string>> synonyms, IReadOnlyList<(string Word, string Kind)> queryWords, DepartmentNames departments)
    {
        _synonyms = synonyms;
        _alwaysDropped = queryWords.Where(w => w.Kind == "always").Select(w => SearchNormaliser.ToSearchText(w.Word)).OrderByDescending(w => w.Length).ToList();
        _questionDropped = queryWords.Where(w => w.Kind == "question").Select(w => w.Word).OrderByDescending(w => w.Length).ToList();
        _departments = departments;
    }

    public static QueryInterpreter Instance => Shared.Value;

    public QueryInterpretation Interpret(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            throw new SearchQueryException("empty query: type a word or phrase to search for");
        }
        if (query.Length > MaxQueryLength)
        {
            throw new SearchQueryException($"query too long ({query.Length:N0} characters; at most {MaxQueryLength:N0}) — to find precedent for a passage, use similar --text");
        }
        var search = SearchNormaliser.ToSearchText(query);
        var phrases = new List<string>();
        foreach (Match m in Quoted().Matches(search))
        {
            if (m.Groups["p"].Value.Trim().Length > 0)
            {
                phrases.Add(m.Groups["p"].Value.Trim());
            }
        }
        var rest = Quoted().Replace(search, " ").Replace("\"", " ", StringComparison.Ordinal).Replace("“", " ", StringComparison.Ordinal).Replace("”", " ", StringComparison.Ordinal);
        var numbers = new List<string>();
        foreach (var (number, index, length) in DocumentNumber.FindAll(rest).Reverse())
        {
            numbers.Insert(0, number.ToString());
            rest = rest[..index] + " " + rest[(index + length)..];
        }
        var isQuestion = QuestionMark().IsMatch(search);
        foreach (var word in _alwaysDropped)
        {
            rest = rest.Replace(word, " ", StringComparison.Ordinal);
        }
        if (isQuestion)
        {
            foreach (var word in _questionDropped)
            {
                rest = rest.Replace(word, " ", StringComparison.Ordinal);
            }
        }
        var keywords = Separators().Split(rest).Select(k => k.Trim()).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var all = keywords.Concat(phrases).ToHashSet(StringComparer.Ordinal);
        // Related wording that the query already contains (质量官 in 首席质量官) adds nothing.
        var expansions = keywords.Concat(phrases).SelectMany(k => Related(k).Where(e => !k.Contains(e, StringComparison.Ordinal)))
            .Where(e => !all.Contains(e)).Distinct(StringComparer.Ordinal).ToList();
        var aliases = keywords.ToDictionary(k => k, k => (IReadOnlyList<string>)Aliases(k).Where(a => a != k).Distinct(StringComparer.Ordinal).ToList());
        return new QueryInterpretation(search, keywords, phrases, numbers, expansions)
        {
            Aliases = aliases.Where(a => a.Value.Count > 0).ToDictionary(a => a.Key, a => a.Value),
        };
    }

    /// <summary>Related wording from the synonym table: searched too, at a lower weight.</summary>
    private IEnumerable<string> Related(string keyword)
    {
        foreach (var group in _synonyms)
        {
            var member = group.Where(m => keyword.Contains(m, StringComparison.Ordinal)).OrderByDescending(m => m.Length).FirstOrDefault();
            if (member is null)
            {
                continue;
            }
            foreach (var other in group.Where(o => o != member))
            {
                yield return keyword.Replace(member, other, StringComparison.Ordinal);
            }
        }
    }

    /// <summary>Department names written the other way (full ↔ abbreviated): the same thing under another name.</summary>
    private IEnumerable<string> Aliases(string keyword)
    {
        foreach (var (shortForm, full) in _departments.Abbreviations)
        {
            if (shortForm == full)
            {
                continue;
            }
            if (keyword.Contains(full, StringComparison.Ordinal))
            {
                yield return keyword.Replace(full, shortForm, StringComparison.Ordinal);
            }
            else if (keyword.Contains(shortForm, StringComparison.Ordinal))
            {
                yield return keyword.Replace(shortForm, full, StringComparison.Ordinal);
            }
        }
    }

    [GeneratedRegex("\"(?<p>[^\"]+)\"|“(?<p>[^”]+)”")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"[?？吗呢]|哪|什么|如何|怎么|怎样|是否|有没有")]
    private static partial Regex QuestionMark();

    [GeneratedRegex(@"[\s,，。、;；:：!！?？()\[\]【】《》<>""'“”‘’/\\|]+")]
    private static partial Regex Separators();
}
