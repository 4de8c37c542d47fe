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
    string Format,
    string? Prefecture)
{
    public static DocumentSummary From(DocumentInfo d) => new(
        d.Id, d.Source, d.Title, d.DocNumber, d.Issuer, d.Date, d.Year, d.Level, d.Province, d.Region, d.DocType,
        d.ClauseCount, d.Published, d.AttachmentTitle, d.Script, d.Format, d.Prefecture);
}

public sealed record SectionView(string Id, string Path, string Heading, string Role, string? ParentId, string? Number, string Kind);

public sealed record ClauseView(string Id, string? SectionId, string Path, string Role, string Text, string? Number, string? Heading, string? LeadId, string? Facet);

public sealed record DepartmentView(string Name, string Canonical, string? Function, string? Jurisdiction)
{
    public static DepartmentView From(DepartmentRef d) => new(d.Name, d.Canonical, d.Function, d.Jurisdiction);
}

public sealed record TaskView(string Id, string ClauseId, string Title, IReadOnlyList<DepartmentView> Lead, IReadOnlyList<DepartmentView> Support);

public sealed record IndicatorView(string Id, string ClauseId, string Name, string Comparator, double Value, string Unit, int? Year, string Text, string? GoalId, string Kind);

public sealed record GoalView(string Id, string ClauseId, string Title);

public sealed record CitationView(string Raw, string? Number, string? Title, string? TargetId, string Relation, string TargetKind, bool Resolved, string? TargetTitle);

/// <summary>A document as <c>show</c> gives it (contract.md).</summary>
public sealed record DocumentDetail(
    DocumentSummary Document,
    IReadOnlyList<SectionView> Sections,
    IReadOnlyList<ClauseView> Clauses,
    IReadOnlyList<TaskView> Tasks,
    IReadOnlyList<IndicatorView> Indicators,
    IReadOnlyList<CitationView> Citations,
    IReadOnlyList<GoalView> Goals,
    IReadOnlyDictionary<string, FieldEvidence> Evidence);
