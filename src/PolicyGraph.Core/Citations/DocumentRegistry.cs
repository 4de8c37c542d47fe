using PolicyGraph.Core.Model;
using PolicyGraph.Core.Text;

namespace PolicyGraph.Core.Citations;

/// <summary>A document the project knows without having ingested it (Data/known-documents.tsv).</summary>
public sealed record KnownDocument(string Id, string? Number, string Title, IReadOnlyList<string> Aliases, string? Issuer, string? Date,
    string? Level, string? Province, string? Succeeds)
{
    public int? Year => Date is { Length: >= 4 } d && int.TryParse(d[..4], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) ? y : null;
}

/// <summary>The registry of known documents, looked up by number or by any of their titles.</summary>
public sealed partial class DocumentRegistry
{
    private static readonly Lazy<DocumentRegistry> Shared = new(() => new DocumentRegistry(
        EmbeddedData.ReadTsv("known-documents.tsv").Select(r => new KnownDocument(
            r[0], Empty(r[1]), r[2], r[3].Split('|', StringSplitOptions.RemoveEmptyEntries), Empty(r[4]), Empty(r[5]), Empty(r[6]),
            Empty(r.ElementAtOrDefault(7)), Empty(r.ElementAtOrDefault(8)))).ToList()));

    private readonly Dictionary<string, KnownDocument> _byId;
    private readonly Dictionary<string, KnownDocument> _byNumber;
    private readonly Dictionary<string, KnownDocument> _byTitle;

    public DocumentRegistry(IReadOnlyList<KnownDocument> documents)
    {
        Documents = documents;
        _byId = documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        _byNumber = documents.Where(d => d.Number is not null).ToDictionary(d => DocumentNumber.Normalise(d.Number)!, StringComparer.Ordinal);
        _byTitle = new Dictionary<string, KnownDocument>(StringComparer.Ordinal);
        foreach (var d in documents)
        {
            foreach (var title in d.Aliases.Prepend(d.Title))
            {
                _byTitle.TryAdd(TitleKey.Of(title), d);
            }
        }
    }

    public static DocumentRegistry Instance => Shared.Value;

    public IReadOnlyList<KnownDocument> Documents { get; }

    public KnownDocument? ById(string id) => _byId.GetValueOrDefault(id);

    public KnownDocument? ByNumber(string number) => _byNumber.GetValueOrDefault(number);

    /// <summary>
    /// The document a title key names, also when the citing text puts its issuer before the title (国务院质量发展纲要)
    /// or a filter cut a word out of it (中央国务院关于开展…: 中共 removed). A title whose year range a copy damaged
    /// (质量发展纲要(20112020年), 质量发展纲要(2011-2020年 with its bracket left open) is looked up without the range, as the
    /// registry's bare alias (质量发展纲要) when it has one.
    /// </summary>
    public KnownDocument? ByTitleKey(string key) =>
        ByWholeKey(key) ?? (TrailingYearRange().Replace(key, "") is var bare && bare != key && bare.Length >= 4 ? ByWholeKey(bare) : null);

    [System.Text.RegularExpressions.GeneratedRegex(@"\((?:19|20)[0-9]{2}[-0-9年]*\)?$")]
    private static partial System.Text.RegularExpressions.Regex TrailingYearRange();

    private KnownDocument? ByWholeKey(string key) =>
        _byTitle.GetValueOrDefault(key) ?? (LeadingIssuer(key) is { Length: > 0 } issuer && key.Length - issuer.Length >= 6 ? _byTitle.GetValueOrDefault(key[issuer.Length..]) : null);

    private static string? LeadingIssuer(string key) =>
        new[] { "中共中央国务院", "中央国务院", "中共中央", "国务院办公厅", "国务院" }.FirstOrDefault(i => key.StartsWith(i, StringComparison.Ordinal));

    private static string? Empty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
