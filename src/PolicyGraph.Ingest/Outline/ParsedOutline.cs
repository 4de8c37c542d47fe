namespace PolicyGraph.Ingest.Outline;

public sealed record OutlineSection(
    int Index,
    int? ParentIndex,
    string Path,
    string? Number,
    string Heading,
    string Role,
    string Kind);

public sealed record OutlineClause(
    int Index,
    int? SectionIndex,
    string Path,
    string? Number,
    string? Heading,
    string Role,
    string Text,
    int SourceStart,
    int SourceEnd,
    int? LeadIndex);

/// <summary>The outline step's result: front matter, the section tree (parents before children) and clauses in reading order.</summary>
public sealed record ParsedOutline(FrontMatter Front, IReadOnlyList<OutlineSection> Sections, IReadOnlyList<OutlineClause> Clauses);
