using System.Globalization;
using Microsoft.Data.Sqlite;
using PolicyGraph.Core.Model;

namespace PolicyGraph.Core.Store;

/// <summary>
/// A result set's rows with each column read by its name: the names are looked up once per result set, not per row
/// (the reader's own GetOrdinal asks SQLite for every column's name on each call).
/// </summary>
internal sealed class SqliteRow
{
    private readonly SqliteDataReader _reader;
    private readonly Dictionary<string, int> _ordinals;

    public SqliteRow(SqliteDataReader reader)
    {
        _reader = reader;
        _ordinals = Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => i, StringComparer.Ordinal);
    }

    public bool Read() => _reader.Read();

    public string String(string column) => _reader.GetString(_ordinals[column]);

    public string? NullableString(string column) => _reader.IsDBNull(_ordinals[column]) ? null : _reader.GetString(_ordinals[column]);

    public int Int(string column) => _reader.GetInt32(_ordinals[column]);

    public int? NullableInt(string column) => _reader.IsDBNull(_ordinals[column]) ? null : _reader.GetInt32(_ordinals[column]);

    public double Double(string column) => _reader.GetDouble(_ordinals[column]);

    /// <summary>Every row, read by <paramref name="read"/>.</summary>
    public List<T> All<T>(Func<SqliteRow, T> read)
    {
        var list = new List<T>();
        while (Read())
        {
            list.Add(read(this));
        }
        return list;
    }
}

/// <summary>How the SQLite store's rows become the model's records.</summary>
internal static class SqliteRows
{
    public static DocumentInfo Document(SqliteRow r) => new()
    {
        Id = r.String("id"),
        Source = r.String("source"),
        SourceKey = r.String("source_key"),
        ContentHash = r.String("content_hash"),
        PipelineVersion = r.String("pipeline_version"),
        Format = r.String("format"),
        Script = r.String("script"),
        Title = r.NullableString("title"),
        DocNumber = r.NullableString("doc_number"),
        Issuer = r.NullableString("issuer"),
        Date = r.NullableString("date"),
        Published = r.NullableString("published"),
        Year = r.NullableInt("year"),
        Level = r.NullableString("level"),
        Province = r.NullableString("province"),
        Region = r.NullableString("region"),
        DocType = r.NullableString("doc_type"),
        AttachmentTitle = r.NullableString("attachment_title"),
        ClauseCount = r.Int("clause_count"),
        IngestedAt = DateTimeOffset.Parse(r.String("ingested_at"), CultureInfo.InvariantCulture),
        Prefecture = r.NullableString("prefecture"),
        Evidence = EvidenceJson.Read(r.NullableString("evidence")),
    };

    public static Linking.ClauseLink Link(SqliteRow r) => new(
        r.String("child_clause"), r.String("parent_clause"), r.String("child_doc"), r.String("parent_doc"), r.Double("score"), r.String("evidence"), r.Int("inferred") != 0);

    public static Section Section(SqliteRow r) => new()
    {
        Id = r.String("id"),
        ParentId = r.NullableString("parent_id"),
        Ordinal = r.Int("ordinal"),
        Path = r.String("path"),
        Number = r.NullableString("number"),
        Heading = r.String("heading"),
        Role = r.String("role"),
        Kind = r.String("kind"),
    };

    /// <summary>A clause row; <paramref name="traditional"/> is its document's script, which its search view is built in.</summary>
    public static Clause Clause(SqliteRow r, bool traditional) => new()
    {
        Traditional = traditional,
        Id = r.String("id"),
        SectionId = r.NullableString("section_id"),
        Ordinal = r.Int("ordinal"),
        Path = r.String("path"),
        Number = r.NullableString("number"),
        Heading = r.NullableString("heading"),
        Role = r.String("role"),
        Text = r.String("text"),
        SearchText = r.String("search_text"),
        LeadId = r.NullableString("lead_id"),
        SourceStart = r.Int("source_start"),
        SourceEnd = r.Int("source_end"),
        Facet = r.NullableString("facet"),
        FacetFromHeading = r.Int("facet_from_heading") != 0,
    };

    public static Goal Goal(SqliteRow r) => new() { Id = r.String("id"), ClauseId = r.String("clause_id"), Title = r.String("title") };

    public static PolicyTask Task(SqliteRow r) => new() { Id = r.String("id"), ClauseId = r.String("clause_id"), Title = r.String("title") };

    public static (string Task, string Role, DepartmentRef Department) TaskDepartment(SqliteRow r) =>
        (r.String("task_id"), r.String("role"), new DepartmentRef
        {
            Name = r.String("name"),
            Canonical = r.String("canonical"),
            Function = r.NullableString("function"),
            Jurisdiction = r.NullableString("jurisdiction"),
        });

    public static Indicator Indicator(SqliteRow r) => new()
    {
        Id = r.String("id"),
        ClauseId = r.String("clause_id"),
        GoalId = r.NullableString("goal_id"),
        Name = r.String("name"),
        Comparator = r.String("comparator"),
        Value = r.Double("value"),
        Unit = r.String("unit"),
        Year = r.NullableInt("year"),
        Text = r.String("text"),
        Start = r.Int("start"),
        End = r.Int("end"),
        Kind = r.String("kind"),
    };

    public static Citation Citation(SqliteRow r) => new()
    {
        Id = r.String("id"),
        ClauseId = r.NullableString("clause_id"),
        Raw = r.String("raw"),
        Number = r.NullableString("number"),
        Title = r.NullableString("title"),
        Relation = r.String("relation"),
    };
}
