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
    private const int SchemaVersion = 3;

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
        Migrate();
    }

    public DocumentInfo? FindBySourceKey(string sourceKey)
    {
        lock (_gate)
        {
            using var cmd = Command($"SELECT {DocumentColumns} FROM documents WHERE source_key = $key", ("$key", sourceKey));
            using var reader = cmd.ExecuteReader();
            return reader.Read() ? ReadDocument(reader) : null;
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
            var list = new List<DocumentInfo>();
            while (reader.Read())
            {
                list.Add(ReadDocument(reader));
            }
            return list;
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
        {
            DocumentInfo info;
            string original;
            using (var cmd = Command($"SELECT {DocumentColumns}, original_text FROM documents WHERE id = $id", ("$id", id)))
            using (var reader = cmd.ExecuteReader())
            {
                if (!reader.Read())
                {
                    return null;
                }
                info = ReadDocument(reader);
                original = reader.GetString(DocumentColumnCount);
            }
            var sections = new List<Section>();
            using (var cmd = Command("SELECT id, parent_id, ordinal, path, number, heading, role, kind FROM sections WHERE doc_id = $id ORDER BY ordinal", ("$id", id)))
            using (var reader = cmd.ExecuteReader())
            {
                while (reader.Read())
                {
                    sections.Add(new Section
                    {
                        Id = reader.GetString(0),
                        ParentId = NullableString(reader, 1),
                        Ordinal = reader.GetInt32(2),
                        Path = reader.GetString(3),
                        Number = NullableString(reader, 4),
                        Heading = reader.GetString(5),
                        Role = reader.GetString(6),
                        Kind = reader.GetString(7),
                    });
                }
            }
            var clauses = new List<Clause>();
            using (var cmd = Command("SELECT id, section_id, ordinal, path, number, heading, role, text, search_text, lead_id, source_start, source_end, facet, facet_from_heading FROM clauses WHERE doc_id = $id ORDER BY ordinal", ("$id", id)))
            using (var reader = cmd.ExecuteReader())
            {
                while (reader.Read())
                {
                    clauses.Add(new Clause
                    {
                        Id = reader.GetString(0),
                        SectionId = NullableString(reader, 1),
                        Ordinal = reader.GetInt32(2),
                        Path = reader.GetString(3),
                        Number = NullableString(reader, 4),
                        Heading = NullableString(reader, 5),
                        Role = reader.GetString(6),
                        Text = reader.GetString(7),
                        SearchText = reader.GetString(8),
                        LeadId = NullableString(reader, 9),
                        SourceStart = reader.GetInt32(10),
                        SourceEnd = reader.GetInt32(11),
                        Facet = NullableString(reader, 12),
                        FacetFromHeading = reader.GetInt32(13) != 0,
                    });
                }
            }
            var departments = Rows("SELECT task_id, role, name, canonical, function, jurisdiction FROM task_departments WHERE doc_id = $id ORDER BY task_id, role, ordinal", id,
                r => (Task: r.GetString(0), Role: r.GetString(1), Ref: new DepartmentRef { Name = r.GetString(2), Canonical = r.GetString(3), Function = NullableString(r, 4), Jurisdiction = NullableString(r, 5) }))
                .ToLookup(x => (x.Task, x.Role), x => x.Ref);
            return new DocumentGraph
            {
                Document = info,
                OriginalText = original,
                Sections = sections,
                Clauses = clauses,
                Goals = Rows("SELECT id, clause_id, title FROM goals WHERE doc_id = $id ORDER BY rowid", id,
                    r => new Goal { Id = r.GetString(0), ClauseId = r.GetString(1), Title = r.GetString(2) }),
                Tasks = Rows("SELECT id, clause_id, title FROM tasks WHERE doc_id = $id ORDER BY ordinal", id,
                    r => new PolicyTask { Id = r.GetString(0), ClauseId = r.GetString(1), Title = r.GetString(2) })
                    .Select(t => t with { Lead = departments[(t.Id, "lead")].ToList(), Support = departments[(t.Id, "support")].ToList() }).ToList(),
                Indicators = Rows("SELECT id, clause_id, goal_id, name, comparator, value, unit, year, text, start, end, kind FROM indicators WHERE doc_id = $id ORDER BY ordinal", id,
                    r => new Indicator
                    {
                        Id = r.GetString(0), ClauseId = r.GetString(1), GoalId = NullableString(r, 2), Name = r.GetString(3), Comparator = r.GetString(4),
                        Value = r.GetDouble(5), Unit = r.GetString(6), Year = r.IsDBNull(7) ? null : r.GetInt32(7), Text = r.GetString(8), Start = r.GetInt32(9), End = r.GetInt32(10),
                        Kind = r.GetString(11),
                    }),
                Citations = Rows("SELECT id, clause_id, raw, number, title, relation FROM citations WHERE doc_id = $id ORDER BY ordinal", id,
                    r => new Citation { Id = r.GetString(0), ClauseId = NullableString(r, 1), Raw = r.GetString(2), Number = NullableString(r, 3), Title = NullableString(r, 4), Relation = r.GetString(5) }),
            };
        }
    }

    public DocumentInfo? FindDocument(string id)
    {
        lock (_gate)
        {
            return Rows($"SELECT {DocumentColumns} FROM documents WHERE id = $id", id, ReadDocument).FirstOrDefault();
        }
    }

    public IReadOnlyList<DocumentInfo> FindByNumber(string number)
    {
        lock (_gate)
        {
            return Rows($"SELECT {DocumentColumns} FROM documents WHERE doc_number = $id ORDER BY id", number, ReadDocument);
        }
    }

    public IReadOnlyList<DocumentInfo> FindByTitleKey(string titleKey)
    {
        lock (_gate)
        {
            return Rows($"SELECT {DocumentColumns} FROM documents WHERE title_key = $id OR attachment_key = $id ORDER BY id", titleKey, ReadDocument);
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
                             r => (r.GetString(0), new Citation { Id = r.GetString(1), ClauseId = NullableString(r, 2), Raw = r.GetString(3), Number = NullableString(r, 4), Title = NullableString(r, 5), Relation = r.GetString(6) })))
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
            return Rows(LinkColumns + " WHERE child_doc = $id OR child_clause = $id ORDER BY child_clause, score DESC", documentOrClauseId, ReadLink);
        }
    }

    public IReadOnlyList<Linking.ClauseLink> LinksTo(string documentOrClauseId)
    {
        lock (_gate)
        {
            return Rows(LinkColumns + " WHERE parent_doc = $id OR parent_clause = $id ORDER BY parent_clause, score DESC", documentOrClauseId, ReadLink);
        }
    }

    public IReadOnlyList<string> DocumentsWithIndicator(string name)
    {
        lock (_gate)
        {
            return Rows("SELECT DISTINCT doc_id FROM indicators WHERE instr(name, $id) > 0 OR instr($id, name) > 0 ORDER BY doc_id", name, r => r.GetString(0));
        }
    }

    public (Clause Clause, DocumentInfo Document)? FindClause(string clauseId)
    {
        lock (_gate)
        {
            var docId = Rows("SELECT doc_id FROM clauses WHERE id = $id", clauseId, r => r.GetString(0)).FirstOrDefault();
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

    private static Linking.ClauseLink ReadLink(SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetDouble(4), r.GetString(5), r.GetInt32(6) != 0);

    public IReadOnlyList<(string? Number, string? Title)> CitedKeys()
    {
        lock (_gate)
        {
            using var cmd = Command("SELECT DISTINCT number, title FROM citations");
            using var reader = cmd.ExecuteReader();
            var list = new List<(string?, string?)>();
            while (reader.Read())
            {
                list.Add((NullableString(reader, 0), NullableString(reader, 1)));
            }
            return list;
        }
    }

    private List<T> Rows<T>(string sql, string id, Func<SqliteDataReader, T> read)
    {
        using var cmd = Command(sql, ("$id", id));
        using var reader = cmd.ExecuteReader();
        var list = new List<T>();
        while (reader.Read())
        {
            list.Add(read(reader));
        }
        return list;
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

    private const int DocumentColumnCount = 22;

    private static DocumentInfo ReadDocument(SqliteDataReader r) => new()
    {
        Id = r.GetString(0),
        Source = r.GetString(1),
        SourceKey = r.GetString(2),
        ContentHash = r.GetString(3),
        PipelineVersion = r.GetString(4),
        Format = r.GetString(5),
        Script = r.GetString(6),
        Title = NullableString(r, 7),
        DocNumber = NullableString(r, 8),
        Issuer = NullableString(r, 9),
        Date = NullableString(r, 10),
        Published = NullableString(r, 11),
        Year = r.IsDBNull(12) ? null : r.GetInt32(12),
        Level = NullableString(r, 13),
        Province = NullableString(r, 14),
        Region = NullableString(r, 15),
        DocType = NullableString(r, 16),
        AttachmentTitle = NullableString(r, 17),
        ClauseCount = r.GetInt32(18),
        IngestedAt = DateTimeOffset.Parse(r.GetString(19), CultureInfo.InvariantCulture),
        Prefecture = NullableString(r, 20),
        Evidence = EvidenceJson.Read(NullableString(r, 21)),
    };

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
        using (var cmd = Command("INSERT INTO sections (id, doc_id, parent_id, ordinal, path, number, heading, role, kind) VALUES ($id, $doc, $parent, $ordinal, $path, $number, $heading, $role, $kind)"))
        {
            cmd.Transaction = tx;
            var p = Parameters(cmd, "$id", "$doc", "$parent", "$ordinal", "$path", "$number", "$heading", "$role", "$kind");
            foreach (var s in graph.Sections)
            {
                Set(p, s.Id, d.Id, s.ParentId, s.Ordinal, s.Path, s.Number, s.Heading, s.Role, s.Kind);
                cmd.ExecuteNonQuery();
            }
        }
        using (var cmd = Command("INSERT INTO clauses (id, doc_id, section_id, ordinal, path, number, heading, role, text, search_text, lead_id, source_start, source_end, facet, facet_from_heading) VALUES ($id, $doc, $section, $ordinal, $path, $number, $heading, $role, $text, $search, $lead, $start, $end, $facet, $fromHeading)"))
        {
            cmd.Transaction = tx;
            var p = Parameters(cmd, "$id", "$doc", "$section", "$ordinal", "$path", "$number", "$heading", "$role", "$text", "$search", "$lead", "$start", "$end", "$facet", "$fromHeading");
            foreach (var c in graph.Clauses)
            {
                Set(p, c.Id, d.Id, c.SectionId, c.Ordinal, c.Path, c.Number, c.Heading, c.Role, c.Text, c.SearchText, c.LeadId, c.SourceStart, c.SourceEnd, c.Facet, c.FacetFromHeading ? 1 : 0);
                cmd.ExecuteNonQuery();
            }
        }
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

    private void InsertRows(SqliteTransaction tx, string sql, IEnumerable<object?[]> rows)
    {
        using var cmd = Command(sql);
        cmd.Transaction = tx;
        SqliteParameter[]? parameters = null;
        foreach (var row in rows)
        {
            parameters ??= Parameters(cmd, Enumerable.Range(1, row.Length).Select(i => "$" + i.ToString(CultureInfo.InvariantCulture)).ToArray());
            Set(parameters, row);
            cmd.ExecuteNonQuery();
        }
    }

    private void Migrate()
    {
        var version = Convert.ToInt32(Scalar("PRAGMA user_version"), CultureInfo.InvariantCulture);
        if (version == SchemaVersion)
        {
            return;
        }
        if (version > SchemaVersion)
        {
            throw new InvalidOperationException(
                $"the store {_connection.DataSource} has schema version {version}, newer than this build's {SchemaVersion}; use a newer build or a new data directory");
        }
        // Each step moves the schema one version on, in the same transaction as the version it records.
        using var tx = _connection.BeginTransaction();
        using (var cmd = _connection.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = (version < 1 ? CreateTables : string.Empty) + (version < 2 ? AddPendingLinks : string.Empty) + AddPrefectureAndEvidence;
            cmd.ExecuteNonQuery();
        }
        using (var cmd = _connection.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = $"PRAGMA user_version = {SchemaVersion}";
            cmd.ExecuteNonQuery();
        }
        tx.Commit();
    }

    /// <summary>
    /// Version 3: a document's prefecture and the evidence of its metadata (JSON: field → where it was read), an
    /// indicator's kind (level, change, growth). Stored
    /// documents get them when the pipeline version that brought them reprocesses the documents.
    /// </summary>
    private const string AddPrefectureAndEvidence = """
        ALTER TABLE documents ADD COLUMN prefecture TEXT;
        ALTER TABLE documents ADD COLUMN evidence TEXT;
        ALTER TABLE indicators ADD COLUMN kind TEXT NOT NULL DEFAULT 'level';
        """;

    /// <summary>Version 2: documents whose clause links are to be (re)drawn; an existing store links all of them once.</summary>
    private const string AddPendingLinks = """
        CREATE TABLE pending_links (doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE);
        INSERT INTO pending_links (doc_id) SELECT id FROM documents;
        """;

    /// <summary>Version 1: the graph.</summary>
    private const string CreateTables = """
                CREATE TABLE documents (
                    id TEXT PRIMARY KEY, source TEXT NOT NULL, source_key TEXT NOT NULL UNIQUE, content_hash TEXT NOT NULL,
                    pipeline_version TEXT NOT NULL, format TEXT NOT NULL, script TEXT NOT NULL, title TEXT, doc_number TEXT,
                    issuer TEXT, date TEXT, published TEXT, year INTEGER, level TEXT, province TEXT, region TEXT, doc_type TEXT,
                    attachment_title TEXT, clause_count INTEGER NOT NULL, ingested_at TEXT NOT NULL, original_text TEXT NOT NULL,
                    title_key TEXT, attachment_key TEXT);
                CREATE TABLE sections (
                    id TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    parent_id TEXT REFERENCES sections(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                    ordinal INTEGER NOT NULL, path TEXT NOT NULL, number TEXT, heading TEXT NOT NULL, role TEXT NOT NULL, kind TEXT NOT NULL);
                CREATE INDEX sections_doc ON sections(doc_id, ordinal);
                CREATE TABLE clauses (
                    id TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    section_id TEXT REFERENCES sections(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                    ordinal INTEGER NOT NULL, path TEXT NOT NULL, number TEXT, heading TEXT, role TEXT NOT NULL, text TEXT NOT NULL,
                    search_text TEXT NOT NULL, lead_id TEXT, source_start INTEGER NOT NULL, source_end INTEGER NOT NULL,
                    facet TEXT, facet_from_heading INTEGER NOT NULL DEFAULT 0);
                CREATE INDEX clauses_doc ON clauses(doc_id, ordinal);
                CREATE INDEX documents_number ON documents(doc_number);
                CREATE INDEX documents_title_key ON documents(title_key);
                CREATE INDEX documents_attachment_key ON documents(attachment_key);
                CREATE TABLE goals (
                    id TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    clause_id TEXT NOT NULL, title TEXT NOT NULL);
                CREATE INDEX goals_doc ON goals(doc_id);
                CREATE TABLE tasks (
                    id TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    clause_id TEXT NOT NULL, title TEXT NOT NULL, ordinal INTEGER NOT NULL);
                CREATE INDEX tasks_doc ON tasks(doc_id);
                CREATE TABLE task_departments (
                    task_id TEXT NOT NULL REFERENCES tasks(id) ON DELETE CASCADE, doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    role TEXT NOT NULL, ordinal INTEGER NOT NULL, name TEXT NOT NULL, canonical TEXT NOT NULL, function TEXT, jurisdiction TEXT);
                CREATE INDEX task_departments_task ON task_departments(task_id);
                CREATE INDEX task_departments_canonical ON task_departments(canonical);
                CREATE TABLE indicators (
                    id TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    clause_id TEXT NOT NULL, goal_id TEXT, name TEXT NOT NULL, comparator TEXT NOT NULL, value REAL NOT NULL,
                    unit TEXT NOT NULL, year INTEGER, text TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, ordinal INTEGER NOT NULL);
                CREATE INDEX indicators_doc ON indicators(doc_id);
                CREATE INDEX indicators_name ON indicators(name);
                CREATE TABLE citations (
                    id TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    clause_id TEXT, raw TEXT NOT NULL, number TEXT, title TEXT, title_key TEXT, relation TEXT NOT NULL, ordinal INTEGER NOT NULL);
                CREATE INDEX citations_doc ON citations(doc_id);
                CREATE INDEX citations_number ON citations(number);
                CREATE INDEX citations_title_key ON citations(title_key);
                CREATE TABLE clause_links (
                    child_clause TEXT NOT NULL, parent_clause TEXT NOT NULL,
                    child_doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    parent_doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    score REAL NOT NULL, evidence TEXT NOT NULL, inferred INTEGER NOT NULL,
                    PRIMARY KEY (child_clause, parent_clause));
                CREATE INDEX clause_links_child_doc ON clause_links(child_doc);
                CREATE INDEX clause_links_parent_doc ON clause_links(parent_doc);
                CREATE INDEX clause_links_parent ON clause_links(parent_clause);
                """;

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        return cmd;
    }

    private static SqliteParameter[] Parameters(SqliteCommand cmd, params string[] names) =>
        names.Select(n => cmd.Parameters.Add(n, SqliteType.Text)).ToArray();

    private static void Set(SqliteParameter[] parameters, params object?[] values)
    {
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i].Value = values[i] ?? DBNull.Value;
            parameters[i].SqliteType = values[i] switch
            {
                int or long => SqliteType.Integer,
                double => SqliteType.Real,
                _ => SqliteType.Text,
            };
        }
    }

    private void Execute(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private object? Scalar(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }

    private static string? NullableString(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
