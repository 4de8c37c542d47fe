using PolicyGraph.Core.Text;
using System.Globalization;
using Microsoft.Data.Sqlite;
using PolicyGraph.Core.Model;

namespace PolicyGraph.Core.Store;

/// <summary>
/// The embedded graph store: one SQLite file in the data directory. Nodes of each label have their own table;
/// the containment edges (HAS_SECTION, HAS_CLAUSE) are the parent columns. WAL journaling lets readers go on
/// while a document is written. Every statement is parameterised.
/// </summary>
public sealed class SqliteGraphStore : IGraphStore
{
    public const string FileName = "policygraph.db";

    private readonly SqliteConnection _connection;
    private readonly Lock _gate = new();

    public SqliteGraphStore(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        var path = Path.Combine(dataDirectory, FileName);
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        _connection.Open();
        Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;");
        SqliteSchema.Migrate(_connection);
    }

    public DocumentInfo? FindBySourceKey(string sourceKey)
    {
        lock (_gate)
        {
            using var cmd = Command($"SELECT {DocumentColumns} FROM documents WHERE source_key = $key", ("$key", sourceKey));
            using var reader = cmd.ExecuteReader();
            var row = new SqliteRow(reader);
            return row.Read() ? SqliteRows.Document(row) : null;
        }
    }

    public void Save(DocumentGraph graph)
    {
        lock (_gate)
        {
            using var tx = _connection.BeginTransaction();
            using (var delete = Command("DELETE FROM documents WHERE id = $id OR source_key = $key",
                       ("$id", graph.Document.Id), ("$key", graph.Document.SourceKey)))
            {
                delete.Transaction = tx;
                delete.ExecuteNonQuery();
            }
            InsertDocument(tx, graph);
            using (var pending = Command("INSERT OR IGNORE INTO pending_links (doc_id) VALUES ($id)", ("$id", graph.Document.Id)))
            {
                pending.Transaction = tx;
                pending.ExecuteNonQuery();
            }
            tx.Commit();
        }
    }

    public IReadOnlyList<DocumentInfo> ListDocuments()
    {
        lock (_gate)
        {
            using var cmd = Command($"SELECT {DocumentColumns} FROM documents ORDER BY source, id");
            using var reader = cmd.ExecuteReader();
            return new SqliteRow(reader).All(SqliteRows.Document);
        }
    }

    public DocumentGraph? GetDocument(string id)
    {
        lock (_gate)
        {
            return GetDocumentUnlocked(id);
        }
    }

    private DocumentGraph? GetDocumentUnlocked(string id)
    {
        DocumentInfo info;
        string original;
        using (var cmd = Command($"SELECT {DocumentColumns}, original_text FROM documents WHERE id = $id", ("$id", id)))
        using (var reader = cmd.ExecuteReader())
        {
            var row = new SqliteRow(reader);
            if (!row.Read())
            {
                return null;
            }
            info = SqliteRows.Document(row);
            original = row.String("original_text");
        }
        var departments = Rows("SELECT task_id, role, name, canonical, function, jurisdiction FROM task_departments WHERE doc_id = $id ORDER BY task_id, role, ordinal", id, SqliteRows.TaskDepartment)
            .ToLookup(x => (x.Task, x.Role), x => x.Department);
        return new DocumentGraph
        {
            Document = info,
            OriginalText = original,
            Sections = Rows("SELECT id, parent_id, ordinal, path, number, heading, role, kind FROM sections WHERE doc_id = $id ORDER BY ordinal", id, SqliteRows.Section),
            Clauses = Rows("SELECT id, section_id, ordinal, path, number, heading, role, text, search_text, lead_id, source_start, source_end, facet, facet_from_heading FROM clauses WHERE doc_id = $id ORDER BY ordinal", id, r => SqliteRows.Clause(r, info.Traditional)),
            Goals = Rows("SELECT id, clause_id, title FROM goals WHERE doc_id = $id ORDER BY rowid", id, SqliteRows.Goal),
            Tasks = Rows("SELECT id, clause_id, title FROM tasks WHERE doc_id = $id ORDER BY ordinal", id, SqliteRows.Task)
                .Select(t => t with { Lead = departments[(t.Id, "lead")].ToList(), Support = departments[(t.Id, "support")].ToList() }).ToList(),
            Indicators = Rows("SELECT id, clause_id, goal_id, name, comparator, value, unit, year, text, start, end, kind FROM indicators WHERE doc_id = $id ORDER BY ordinal", id, SqliteRows.Indicator),
            Citations = Rows("SELECT id, clause_id, raw, number, title, relation FROM citations WHERE doc_id = $id ORDER BY ordinal", id, SqliteRows.Citation),
        };
    }

    public DocumentInfo? FindDocument(string id)
    {
        lock (_gate)
        {
            return Rows($"SELECT {DocumentColumns} FROM documents WHERE id = $id", id, SqliteRows.Document).FirstOrDefault();
        }
    }

    public IReadOnlyList<DocumentInfo> FindByNumber(string number)
    {
        lock (_gate)
        {
            return Rows($"SELECT {DocumentColumns} FROM documents WHERE doc_number = $id ORDER BY id", number, SqliteRows.Document);
        }
    }

    public IReadOnlyList<DocumentInfo> FindByTitleKey(string titleKey)
    {
        lock (_gate)
        {
            return Rows($"SELECT {DocumentColumns} FROM documents WHERE title_key = $id OR attachment_key = $id ORDER BY id", titleKey, SqliteRows.Document);
        }
    }

    public IReadOnlyList<(string DocumentId, Citation Citation)> FindCitations(string? number, IReadOnlyCollection<string> titleKeys)
    {
        lock (_gate)
        {
            var results = new List<(string, Citation)>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            void Collect(string column, string value)
            {
                foreach (var row in Rows($"SELECT doc_id, id, clause_id, raw, number, title, relation FROM citations WHERE {column} = $id ORDER BY doc_id, ordinal", value,
                             r => (r.String("doc_id"), SqliteRows.Citation(r))))
                {
                    if (seen.Add(row.Item2.Id))
                    {
                        results.Add(row);
                    }
                }
            }
            if (number is not null)
            {
                Collect("number", number);
            }
            foreach (var key in titleKeys)
            {
                Collect("title_key", key);
            }
            return results;
        }
    }

    public void ReplaceLinks(string childDocumentId, IReadOnlyList<Linking.ClauseLink> links)
    {
        lock (_gate)
        {
            using var tx = _connection.BeginTransaction();
            using (var delete = Command("DELETE FROM clause_links WHERE child_doc = $id", ("$id", childDocumentId)))
            {
                delete.Transaction = tx;
                delete.ExecuteNonQuery();
            }
            using (var done = Command("DELETE FROM pending_links WHERE doc_id = $id", ("$id", childDocumentId)))
            {
                done.Transaction = tx;
                done.ExecuteNonQuery();
            }
            InsertRows(tx, "INSERT OR REPLACE INTO clause_links (child_clause, parent_clause, child_doc, parent_doc, score, evidence, inferred) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                links.Select(l => new object?[] { l.ChildClauseId, l.ParentClauseId, l.ChildDocId, l.ParentDocId, l.Score, l.Evidence, l.Inferred ? 1 : 0 }));
            tx.Commit();
        }
    }

    public IReadOnlyList<string> PendingLinks()
    {
        lock (_gate)
        {
            using var cmd = Command("SELECT doc_id FROM pending_links ORDER BY doc_id");
            using var reader = cmd.ExecuteReader();
            var ids = new List<string>();
            while (reader.Read())
            {
                ids.Add(reader.GetString(0));
            }
            return ids;
        }
    }

    public void MarkLinksPending(IEnumerable<string> documentIds)
    {
        lock (_gate)
        {
            using var tx = _connection.BeginTransaction();
            InsertRows(tx, "INSERT OR IGNORE INTO pending_links (doc_id) SELECT id FROM documents WHERE id = $1", documentIds.Select(id => new object?[] { id }));
            tx.Commit();
        }
    }

    public IReadOnlyList<Linking.ClauseLink> LinksFrom(string documentOrClauseId)
    {
        lock (_gate)
        {
            return Rows(LinkColumns + " WHERE child_doc = $id OR child_clause = $id ORDER BY child_clause, score DESC", documentOrClauseId, SqliteRows.Link);
        }
    }

    public IReadOnlyList<Linking.ClauseLink> LinksTo(string documentOrClauseId)
    {
        lock (_gate)
        {
            return Rows(LinkColumns + " WHERE parent_doc = $id OR parent_clause = $id ORDER BY parent_clause, score DESC", documentOrClauseId, SqliteRows.Link);
        }
    }

    public IReadOnlyList<string> DocumentsWithIndicator(string name)
    {
        lock (_gate)
        {
            return Rows("SELECT DISTINCT doc_id FROM indicators WHERE instr(name, $id) > 0 OR instr($id, name) > 0 ORDER BY doc_id", name, r => r.String("doc_id"));
        }
    }

    public (Clause Clause, DocumentInfo Document)? FindClause(string clauseId)
    {
        lock (_gate)
        {
            var docId = Rows("SELECT doc_id FROM clauses WHERE id = $id", clauseId, r => r.String("doc_id")).FirstOrDefault();
            if (docId is null)
            {
                return null;
            }
            var graph = GetDocumentUnlocked(docId);
            var clause = graph?.Clauses.FirstOrDefault(c => c.Id == clauseId);
            return clause is null ? null : (clause, graph!.Document);
        }
    }

    private const string LinkColumns = "SELECT child_clause, parent_clause, child_doc, parent_doc, score, evidence, inferred FROM clause_links";

    public IReadOnlyList<(string? Number, string? Title)> CitedKeys()
    {
        lock (_gate)
        {
            using var cmd = Command("SELECT DISTINCT number, title FROM citations");
            using var reader = cmd.ExecuteReader();
            return new SqliteRow(reader).All<(string?, string?)>(r => (r.NullableString("number"), r.NullableString("title")));
        }
    }

    private List<T> Rows<T>(string sql, string id, Func<SqliteRow, T> read)
    {
        using var cmd = Command(sql, ("$id", id));
        using var reader = cmd.ExecuteReader();
        return new SqliteRow(reader).All(read);
    }

    public bool Delete(string id)
    {
        lock (_gate)
        {
            using var cmd = Command("DELETE FROM documents WHERE id = $id", ("$id", id));
            return cmd.ExecuteNonQuery() > 0;
        }
    }

    public void Dispose()
    {
        _connection.Dispose();
    }

    private const string DocumentColumns =
        "id, source, source_key, content_hash, pipeline_version, format, script, title, doc_number, issuer, date, published, " +
        "year, level, province, region, doc_type, attachment_title, clause_count, ingested_at, prefecture, evidence";

    private void InsertDocument(SqliteTransaction tx, DocumentGraph graph)
    {
        var d = graph.Document;
        using (var cmd = Command(
                   $"INSERT INTO documents ({DocumentColumns}, original_text, title_key, attachment_key) VALUES ($id, $source, $key, $hash, $pv, $format, $script, $title, $number, $issuer, $date, $published, $year, $level, $province, $region, $type, $attachment, $clauses, $at, $prefecture, $evidence, $original, $titleKey, $attachmentKey)",
                   ("$id", d.Id), ("$source", d.Source), ("$key", d.SourceKey), ("$hash", d.ContentHash), ("$pv", d.PipelineVersion),
                   ("$format", d.Format), ("$script", d.Script), ("$title", d.Title), ("$number", d.DocNumber), ("$issuer", d.Issuer),
                   ("$date", d.Date), ("$published", d.Published), ("$year", d.Year), ("$level", d.Level), ("$province", d.Province),
                   ("$region", d.Region), ("$type", d.DocType), ("$attachment", d.AttachmentTitle), ("$clauses", graph.Clauses.Count),
                   ("$at", d.IngestedAt.ToString("O", CultureInfo.InvariantCulture)), ("$prefecture", d.Prefecture), ("$evidence", EvidenceJson.Write(d.Evidence)), ("$original", graph.OriginalText),
                   ("$titleKey", d.Title is null ? null : TitleKey.Of(d.Title)), ("$attachmentKey", d.AttachmentTitle is null ? null : TitleKey.Of(d.AttachmentTitle))))
        {
            cmd.Transaction = tx;
            cmd.ExecuteNonQuery();
        }
        InsertRows(tx, "INSERT INTO sections (id, doc_id, parent_id, ordinal, path, number, heading, role, kind) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            graph.Sections.Select(x => new object?[] { x.Id, d.Id, x.ParentId, x.Ordinal, x.Path, x.Number, x.Heading, x.Role, x.Kind }));
        InsertRows(tx, "INSERT INTO clauses (id, doc_id, section_id, ordinal, path, number, heading, role, text, search_text, lead_id, source_start, source_end, facet, facet_from_heading) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)",
            graph.Clauses.Select(c => new object?[] { c.Id, d.Id, c.SectionId, c.Ordinal, c.Path, c.Number, c.Heading, c.Role, c.Text, c.SearchText, c.LeadId, c.SourceStart, c.SourceEnd, c.Facet, c.FacetFromHeading ? 1 : 0 }));
        InsertRows(tx, "INSERT INTO goals (id, doc_id, clause_id, title) VALUES ($1, $2, $3, $4)",
            graph.Goals.Select(g => new object?[] { g.Id, d.Id, g.ClauseId, g.Title }));
        InsertRows(tx, "INSERT INTO tasks (id, doc_id, clause_id, title, ordinal) VALUES ($1, $2, $3, $4, $5)",
            graph.Tasks.Select((t, i) => new object?[] { t.Id, d.Id, t.ClauseId, t.Title, i }));
        InsertRows(tx, "INSERT INTO task_departments (task_id, doc_id, role, ordinal, name, canonical, function, jurisdiction) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            graph.Tasks.SelectMany(t => t.Lead.Select((r, i) => (t, Role: "lead", r, i)).Concat(t.Support.Select((r, i) => (t, Role: "support", r, i))))
                .Select(x => new object?[] { x.t.Id, d.Id, x.Role, x.i, x.r.Name, x.r.Canonical, x.r.Function, x.r.Jurisdiction }));
        InsertRows(tx, "INSERT INTO indicators (id, doc_id, clause_id, goal_id, name, comparator, value, unit, year, text, start, end, ordinal, kind) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
            graph.Indicators.Select((x, i) => new object?[] { x.Id, d.Id, x.ClauseId, x.GoalId, x.Name, x.Comparator, x.Value, x.Unit, x.Year, x.Text, x.Start, x.End, i, x.Kind }));
        InsertRows(tx, "INSERT INTO citations (id, doc_id, clause_id, raw, number, title, title_key, relation, ordinal) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            graph.Citations.Select((c, i) => new object?[] { c.Id, d.Id, c.ClauseId, c.Raw, c.Number, c.Title, c.Title is null ? null : TitleKey.Of(c.Title), c.Relation, i }));
    }

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters) => SqliteCommands.Create(_connection, sql, parameters);

    private void InsertRows(SqliteTransaction tx, string sql, IEnumerable<object?[]> rows) => SqliteCommands.InsertRows(_connection, tx, sql, rows);

    private void Execute(string sql) => SqliteCommands.Execute(_connection, sql);

    private object? Scalar(string sql) => SqliteCommands.Scalar(_connection, sql);
}
