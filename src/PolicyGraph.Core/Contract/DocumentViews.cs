using PolicyGraph.Core.Model;

namespace PolicyGraph.Core.Contract;

/// <summary>A document as <c>docs</c> lists it (contract.md), with the extensions after the contract's fields.</summary>
public sealed record DocumentSummary(
    string Id,
    string Source,
    string? Title,
    string? DocNumber,
    string? Issuer,
    string? Date,
    int? Year,
    string? Level,
    string? Province,
    string? Region,
    string? DocType,
    int ClauseCount,
    string? Published,
    string? AttachmentTitle,
    string Script,
    string Format)
{
    public static DocumentSummary From(DocumentInfo d) => new(
        d.Id, d.Source, d.Title, d.DocNumber, d.Issuer, d.Date, d.Year, d.Level, d.Province, d.Region, d.DocType,
        d.ClauseCount, d.Published, d.AttachmentTitle, d.Script, d.Format);
}

public sealed record SectionView(string Id, string Path, string Heading, string Role, string? ParentId, string? Number, string Kind);

public sealed record ClauseView(string Id, string? SectionId, string Path, string Role, string Text, string? Number, string? Heading, string? LeadId);

public sealed record DepartmentView(string Name, string Canonical, string? Function);

public sealed record TaskView(string Id, string ClauseId, string Title, IReadOnlyList<DepartmentView> Lead, IReadOnlyList<DepartmentView> Support);

public sealed record IndicatorView(string Id, string ClauseId, string Name, string Comparator, double Value, string Unit, int? Year, string Text);

public sealed record CitationView(string Raw, string? Number, string? Title, string? TargetId);

/// <summary>A document as <c>show</c> gives it (contract.md).</summary>
public sealed record DocumentDetail(
    DocumentSummary Document,
    IReadOnlyList<SectionView> Sections,
    IReadOnlyList<ClauseView> Clauses,
    IReadOnlyList<TaskView> Tasks,
    IReadOnlyList<IndicatorView> Indicators,
    IReadOnlyList<CitationView> Citations)
{
    public static DocumentDetail From(DocumentGraph graph) => new(
        DocumentSummary.From(graph.Document),
        graph.Sections.Select(s => new SectionView(s.Id, s.Path, s.Heading, s.Role, s.ParentId, s.Number, s.Kind)).ToList(),
        graph.Clauses.Select(c => new ClauseView(c.Id, c.SectionId, c.Path, c.Role, c.Text, c.Number, c.Heading, c.LeadId)).ToList(),
        [],
        [],
        []);
}
