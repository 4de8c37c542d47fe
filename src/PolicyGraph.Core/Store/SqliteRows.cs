using System.Globalization;
using Microsoft.Data.Sqlite;
using PolicyGraph.Core.Model;

namespace PolicyGraph.Core.Store;

/// <summary>How the SQLite store's rows become the model's records, each column read by its name.</summary>
internal static class SqliteRows
{
    public static DocumentInfo Document(SqliteDataReader r) => new()
    {
        Id = r.GetString(r.GetOrdinal("id")),
        Source = r.GetString(r.GetOrdinal("source")),
        SourceKey = r.GetString(r.GetOrdinal("source_key")),
        ContentHash = r.GetString(r.GetOrdinal("content_hash")),
        PipelineVersion = r.GetString(r.GetOrdinal("pipeline_version")),
        Format = r.GetString(r.GetOrdinal("format")),
        Script = r.GetString(r.GetOrdinal("script")),
        Title = NullableString(r, "title"),
        DocNumber = NullableString(r, "doc_number"),
        Issuer = NullableString(r, "issuer"),
        Date = NullableString(r, "date"),
        Published = NullableString(r, "published"),
        Year = r.IsDBNull(r.GetOrdinal("year")) ? null : r.GetInt32(r.GetOrdinal("year")),
        Level = NullableString(r, "level"),
        Province = NullableString(r, "province"),
        Region = NullableString(r, "region"),
        DocType = NullableString(r, "doc_type"),
        AttachmentTitle = NullableString(r, "attachment_title"),
        ClauseCount = r.GetInt32(r.GetOrdinal("clause_count")),
        IngestedAt = DateTimeOffset.Parse(r.GetString(r.GetOrdinal("ingested_at")), CultureInfo.InvariantCulture),
        Prefecture = NullableString(r, "prefecture"),
        Evidence = EvidenceJson.Read(NullableString(r, "evidence")),
    };

    public static Linking.ClauseLink Link(SqliteDataReader r) => new(
        r.GetString(r.GetOrdinal("child_clause")), r.GetString(r.GetOrdinal("parent_clause")), r.GetString(r.GetOrdinal("child_doc")),
        r.GetString(r.GetOrdinal("parent_doc")), r.GetDouble(r.GetOrdinal("score")), r.GetString(r.GetOrdinal("evidence")), r.GetInt32(r.GetOrdinal("inferred")) != 0);

    public static Section Section(SqliteDataReader r) => new()
    {
        Id = r.GetString(r.GetOrdinal("id")),
        ParentId = NullableString(r, "parent_id"),
        Ordinal = r.GetInt32(r.GetOrdinal("ordinal")),
        Path = r.GetString(r.GetOrdinal("path")),
        Number = NullableString(r, "number"),
        Heading = r.GetString(r.GetOrdinal("heading")),
        Role = r.GetString(r.GetOrdinal("role")),
        Kind = r.GetString(r.GetOrdinal("kind")),
    };

    public static Clause Clause(SqliteDataReader r) => new()
    {
        Id = r.GetString(r.GetOrdinal("id")),
        SectionId = NullableString(r, "section_id"),
        Ordinal = r.GetInt32(r.GetOrdinal("ordinal")),
        Path = r.GetString(r.GetOrdinal("path")),
        Number = NullableString(r, "number"),
        Heading = NullableString(r, "heading"),
        Role = r.GetString(r.GetOrdinal("role")),
        Text = r.GetString(r.GetOrdinal("text")),
        SearchText = r.GetString(r.GetOrdinal("search_text")),
        LeadId = NullableString(r, "lead_id"),
        SourceStart = r.GetInt32(r.GetOrdinal("source_start")),
        SourceEnd = r.GetInt32(r.GetOrdinal("source_end")),
        Facet = NullableString(r, "facet"),
        FacetFromHeading = r.GetInt32(r.GetOrdinal("facet_from_heading")) != 0,
    };

    public static Goal Goal(SqliteDataReader r) =>
        new() { Id = r.GetString(r.GetOrdinal("id")), ClauseId = r.GetString(r.GetOrdinal("clause_id")), Title = r.GetString(r.GetOrdinal("title")) };

    public static PolicyTask Task(SqliteDataReader r) =>
        new() { Id = r.GetString(r.GetOrdinal("id")), ClauseId = r.GetString(r.GetOrdinal("clause_id")), Title = r.GetString(r.GetOrdinal("title")) };

    public static (string Task, string Role, DepartmentRef Department) TaskDepartment(SqliteDataReader r) =>
        (r.GetString(r.GetOrdinal("task_id")), r.GetString(r.GetOrdinal("role")), new DepartmentRef
        {
            Name = r.GetString(r.GetOrdinal("name")),
            Canonical = r.GetString(r.GetOrdinal("canonical")),
            Function = NullableString(r, "function"),
            Jurisdiction = NullableString(r, "jurisdiction"),
        });

    public static Indicator Indicator(SqliteDataReader r) => new()
    {
        Id = r.GetString(r.GetOrdinal("id")),
        ClauseId = r.GetString(r.GetOrdinal("clause_id")),
        GoalId = NullableString(r, "goal_id"),
        Name = r.GetString(r.GetOrdinal("name")),
        Comparator = r.GetString(r.GetOrdinal("comparator")),
        Value = r.GetDouble(r.GetOrdinal("value")),
        Unit = r.GetString(r.GetOrdinal("unit")),
        Year = r.IsDBNull(r.GetOrdinal("year")) ? null : r.GetInt32(r.GetOrdinal("year")),
        Text = r.GetString(r.GetOrdinal("text")),
        Start = r.GetInt32(r.GetOrdinal("start")),
        End = r.GetInt32(r.GetOrdinal("end")),
        Kind = r.GetString(r.GetOrdinal("kind")),
    };

    public static Citation Citation(SqliteDataReader r) => new()
    {
        Id = r.GetString(r.GetOrdinal("id")),
        ClauseId = NullableString(r, "clause_id"),
        Raw = r.GetString(r.GetOrdinal("raw")),
        Number = NullableString(r, "number"),
        Title = NullableString(r, "title"),
        Relation = r.GetString(r.GetOrdinal("relation")),
    };

    public static string? NullableString(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public static string? NullableString(SqliteDataReader r, string column) => NullableString(r, r.GetOrdinal(column));
}
