using PolicyGraph.Core.Store;
using PolicyGraph.Core.Text;

namespace PolicyGraph.Core.Search;

/// <summary>
/// Suggestions as you type: the phrases people search for — task titles, indicator names, section and clause
/// headings, department names, document titles — taken from the store in the search view (Simplified, folded),
/// each with the number of documents that use it. A typed prefix ranks first, then a phrase containing what was
/// typed; more documents rank higher. The list is rebuilt when the store's documents change.
/// </summary>
public sealed class Suggester(IGraphStore store)
{
    public const int MaxSuggestions = 10;

    private static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(5);

    private readonly Lock _gate = new();
    private (string Key, IReadOnlyList<(string Phrase, int Documents)> Phrases) _cache = ("", []);
    private long? _checked;

    public IReadOnlyList<string> Suggest(string typed, int top = MaxSuggestions)
    {
        var query = SearchNormaliser.ToSearchText(typed).Trim();
        if (query.Length == 0 || query.Length > 50)
        {
            return [];
        }
        var phrases = Phrases();
        return phrases.Where(p => p.Phrase.StartsWith(query, StringComparison.Ordinal) && p.Phrase != query)
            .Concat(phrases.Where(p => !p.Phrase.StartsWith(query, StringComparison.Ordinal) && p.Phrase.Contains(query, StringComparison.Ordinal)))
            .Take(Math.Clamp(top, 1, MaxSuggestions))
            .Select(p => p.Phrase)
            .ToList();
    }

    private IReadOnlyList<(string Phrase, int Documents)> Phrases()
    {
        lock (_gate)
        {
            var now = Environment.TickCount64;
            if (_checked is { } last && now - last < CheckInterval.TotalMilliseconds)
            {
                return _cache.Phrases;
            }
            _checked = now;
            var documents = store.ListDocuments();
            var key = string.Join('|', documents.Select(d => d.Id + ":" + d.ContentHash));
            if (key != _cache.Key)
            {
                _cache = (key, Build(documents.Select(d => d.Id)));
            }
            return _cache.Phrases;
        }
    }

    private List<(string Phrase, int Documents)> Build(IEnumerable<string> documentIds)
    {
        var uses = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        void Add(string? phrase, string docId)
        {
            var p = phrase is null ? "" : SearchNormaliser.ToSearchText(phrase).Trim().TrimEnd('。', ';', '；', ',', '，');
            if (p.Length is >= 2 and <= 40)
            {
                if (!uses.TryGetValue(p, out var docs))
                {
                    uses[p] = docs = new HashSet<string>(StringComparer.Ordinal);
                }
                docs.Add(docId);
            }
        }
        foreach (var id in documentIds)
        {
            if (store.GetDocument(id) is not { } graph)
            {
                continue;
            }
            Add(graph.Document.Title, id);
            foreach (var t in graph.Tasks)
            {
                Add(t.Title, id);
                foreach (var d in t.Lead.Concat(t.Support))
                {
                    Add(d.Canonical, id);
                }
            }
            foreach (var i in graph.Indicators)
            {
                Add(i.Name, id);
            }
            foreach (var s in graph.Sections)
            {
                Add(s.Heading, id);
            }
            foreach (var c in graph.Clauses)
            {
                Add(c.Heading, id);
            }
        }
        return uses.Select(u => (u.Key, u.Value.Count)).OrderByDescending(u => u.Count).ThenBy(u => u.Key.Length).ThenBy(u => u.Key, StringComparer.Ordinal).ToList();
    }
}
