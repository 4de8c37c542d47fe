using PolicyGraph.Core.Store;
using PolicyGraph.Core.Text;
using System.Globalization;
using System.Text.Json;
using PolicyGraph.Core.Graph;
using PolicyGraph.Core.Linking;
using PolicyGraph.Core.Model;

namespace PolicyGraph.Core.Store.Neo4j;

/// <summary>
/// The graph store in Neo4j, over its HTTP Query API. Nodes carry the export's labels and property names
/// (<see cref="GraphProjection"/>), so <c>cypher/queries</c> answer on a database this store fills as on an
/// imported export; besides, each node keeps what the store needs to give a document back whole (the ids parts
/// hang from, offsets, the original text on the document), and citations as written are <c>:Citation</c> nodes
/// (resolved again as documents arrive). A document is written in one explicit transaction: readers never see
/// half of it, and a failed write leaves the earlier version. Every statement is a file in <c>cypher/store</c>.
/// </summary>
public sealed class Neo4jGraphStore : IGraphStore
{
    /// <summary>The store's one label beyond the model's: citations as written (cypher/store/citations-create.cypher).</summary>
    public const string CitationLabel = "Citation";

    /// <summary>(:Document)-[:HAS_CITATION]->(:Citation).</summary>
    public const string HasCitation = "HAS_CITATION";

    private readonly Neo4jQueryClient _client;
    private readonly Lock _gate = new();

    public Neo4jGraphStore(Neo4jOptions options, HttpMessageHandler? handler = null)
    {
        _client = new Neo4jQueryClient(options, handler);
        foreach (var statement in CypherFiles.Statements("schema.cypher").Concat(CypherFiles.Statements("store/schema.cypher")))
        {
            _client.Run(statement);
        }
    }

    private static string Q(string name) => Statements.Get(name);

    /// <summary>The store's statements, read once.</summary>
    private static class Statements
    {
        private static readonly Dictionary<string, string> Cache = new(StringComparer.Ordinal);

        public static string Get(string name)
        {
            lock (Cache)
            {
                if (!Cache.TryGetValue(name, out var text))
                {
                    Cache[name] = text = CypherFiles.Statement($"store/{name}.cypher");
                }
                return text;
            }
        }
    }

    public void Save(DocumentGraph graph)
    {
        var d = graph.Document;
        lock (_gate)
        {
            using var tx = _client.Begin();
            tx.Run(Q("document-delete"), new Dictionary<string, object?> { ["id"] = d.Id, ["sourceKey"] = d.SourceKey });
            tx.Run(Q("document-create"), new Dictionary<string, object?> { ["document"] = DocumentRow(graph) });
            tx.Run(Q("sections-create"), new Dictionary<string, object?> { ["docId"] = d.Id, ["rows"] = graph.Sections.Select(s => With(GraphProjection.SectionProperties(d.Id, s), ("parentId", s.ParentId))).ToList() });
            tx.Run(Q("clauses-create"), new Dictionary<string, object?>
            {
                ["docId"] = d.Id,
                ["rows"] = graph.Clauses.Select(c => With(GraphProjection.ClauseProperties(d.Id, c),
                    ("sectionId", c.SectionId), ("leadId", c.LeadId), ("sourceStart", c.SourceStart), ("sourceEnd", c.SourceEnd), ("facetFromHeading", c.FacetFromHeading))).ToList(),
            });
            tx.Run(Q("goals-create"), new Dictionary<string, object?> { ["rows"] = graph.Goals.Select((g, i) => With(GraphProjection.GoalProperties(d.Id, g), ("clauseId", g.ClauseId), ("ordinal", i))).ToList() });
            tx.Run(Q("tasks-create"), new Dictionary<string, object?>
            {
                ["rows"] = graph.Tasks.Select((t, i) => new Dictionary<string, object?>
                {
                    ["properties"] = With(GraphProjection.TaskProperties(d.Id, t), ("clauseId", t.ClauseId), ("ordinal", i)),
                    ["lead"] = t.Lead.Select((r, n) => DepartmentRow(r, n)).ToList(),
                    ["support"] = t.Support.Select((r, n) => DepartmentRow(r, n)).ToList(),
                }).ToList(),
            });
            tx.Run(Q("indicators-create"), new Dictionary<string, object?>
            {
                ["rows"] = graph.Indicators.Select((x, i) => With(GraphProjection.IndicatorProperties(d.Id, x),
                    ("clauseId", x.ClauseId), ("goalId", x.GoalId), ("start", x.Start), ("end", x.End), ("ordinal", i))).ToList(),
            });
            tx.Run(Q("citations-create"), new Dictionary<string, object?>
            {
                ["docId"] = d.Id,
                ["rows"] = graph.Citations.Select((c, i) => GraphProjection.Properties(
                    ("id", c.Id), ("clauseId", c.ClauseId), ("raw", c.Raw), ("number", c.Number), ("title", c.Title),
                    ("titleKey", c.Title is null ? null : TitleKey.Of(c.Title)), ("relation", c.Relation), ("ordinal", i))).ToList(),
            });
            tx.Commit();
        }
    }

    /// <summary>The document node's properties: the export's, and what a <see cref="DocumentInfo"/> needs besides.</summary>
    private static Dictionary<string, object> DocumentRow(DocumentGraph graph)
    {
        var d = graph.Document;
        return With(GraphProjection.DocumentProperties(d with { ClauseCount = graph.Clauses.Count }),
            ("sourceKey", d.SourceKey), ("contentHash", d.ContentHash), ("pipelineVersion", d.PipelineVersion), ("format", d.Format),
            ("documentTitle", d.Title), ("attachmentTitle", d.AttachmentTitle), ("evidence", EvidenceJson.Write(d.Evidence)),
            ("ingestedAt", d.IngestedAt.ToString("O", CultureInfo.InvariantCulture)), ("originalText", graph.OriginalText),
            ("titleKey", d.Title is null ? null : TitleKey.Of(d.Title)), ("attachmentKey", d.AttachmentTitle is null ? null : TitleKey.Of(d.AttachmentTitle)));
    }

    private static Dictionary<string, object> DepartmentRow(DepartmentRef department, int ordinal) =>
        With(GraphProjection.DepartmentProperties(department), ("asWritten", department.Name), ("ordinal", ordinal));

    private static Dictionary<string, object> With(Dictionary<string, object> properties, params (string Name, object? Value)[] more)
    {
        foreach (var (name, value) in GraphProjection.Properties(more))
        {
            properties[name] = value;
        }
        return properties;
    }

    public DocumentInfo? FindBySourceKey(string sourceKey) => Documents("document-by-source-key", ("sourceKey", sourceKey)).FirstOrDefault();

    public IReadOnlyList<DocumentInfo> ListDocuments() => Documents("documents-list");

    public DocumentInfo? FindDocument(string id) => Documents("document-by-id", ("id", id)).FirstOrDefault();

    public IReadOnlyList<DocumentInfo> FindByNumber(string number) => Documents("documents-by-number", ("number", number));

    public IReadOnlyList<DocumentInfo> FindByTitleKey(string titleKey) => Documents("documents-by-title-key", ("titleKey", titleKey));

    private List<DocumentInfo> Documents(string statement, params (string Name, object? Value)[] parameters) =>
        Run(statement, parameters).Records.Select(r => ReadDocument(r["document"])).ToList();

    public DocumentGraph? GetDocument(string id)
    {
        var record = Run("document-get", ("id", id)).Records.FirstOrDefault();
        if (record is null)
        {
            return null;
        }
        var document = record["document"];
        var departments = (JsonElement task, string role) => task.GetProperty(role).EnumerateArray()
            .OrderBy(x => Long(x, "ordinal"))
            .Select(x => new DepartmentRef { Name = String(x, "asWritten")!, Canonical = String(x, "name")!, Function = String(x, "function"), Jurisdiction = String(x, "jurisdiction") })
            .ToList();
        return new DocumentGraph
        {
            Document = ReadDocument(document),
            OriginalText = String(document, "originalText") ?? "",
            Sections = Ordered(record["sections"]).Select(s => new Section
            {
                Id = String(s, "id")!, ParentId = String(s, "parentId"), Ordinal = (int)Long(s, "ordinal")!, Path = String(s, "path")!,
                Number = String(s, "number"), Heading = String(s, "heading") ?? "", Role = String(s, "role")!, Kind = String(s, "kind")!,
            }).ToList(),
            Clauses = Ordered(record["clauses"]).Select(c => new Clause
            {
                Id = String(c, "id")!, SectionId = String(c, "sectionId"), Ordinal = (int)Long(c, "ordinal")!, Path = String(c, "path")!,
                Number = String(c, "number"), Heading = String(c, "heading"), Role = String(c, "role")!, Text = String(c, "text") ?? "",
                SearchText = String(c, "searchText") ?? "", Traditional = String(document, "script") == Scripts.Traditional, Facet = String(c, "facet"), FacetFromHeading = Bool(c, "facetFromHeading"),
                LeadId = String(c, "leadId"), SourceStart = (int)(Long(c, "sourceStart") ?? 0), SourceEnd = (int)(Long(c, "sourceEnd") ?? 0),
            }).ToList(),
            Goals = Ordered(record["goals"]).Select(g => new Goal { Id = String(g, "id")!, ClauseId = String(g, "clauseId")!, Title = String(g, "title") ?? "" }).ToList(),
            Tasks = Ordered(record["tasks"]).Select(t => new PolicyTask
            {
                Id = String(t, "id")!, ClauseId = String(t, "clauseId")!, Title = String(t, "title") ?? "",
                Lead = departments(t, "lead"), Support = departments(t, "support"),
            }).ToList(),
            Indicators = Ordered(record["indicators"]).Select(i => new Indicator
            {
                Id = String(i, "id")!, ClauseId = String(i, "clauseId")!, GoalId = String(i, "goalId"), Name = String(i, "name")!,
                Comparator = String(i, "comparator")!, Value = i.GetProperty("value").GetDouble(), Unit = String(i, "unit") ?? "",
                Year = (int?)Long(i, "year"), Text = String(i, "text") ?? "", Start = (int)(Long(i, "start") ?? 0), End = (int)(Long(i, "end") ?? 0),
                Kind = String(i, "kind") ?? IndicatorKinds.Level,
            }).ToList(),
            Citations = Ordered(record["citations"]).Select(ReadCitation).ToList(),
        };
    }

    private static IEnumerable<JsonElement> Ordered(JsonElement list) => list.EnumerateArray().OrderBy(x => Long(x, "ordinal"));

    private static Citation ReadCitation(JsonElement c) => new()
    {
        Id = String(c, "id")!, ClauseId = String(c, "clauseId"), Raw = String(c, "raw") ?? "", Number = String(c, "number"),
        Title = String(c, "title"), Relation = String(c, "relation")!,
    };

    public bool Delete(string id)
    {
        lock (_gate)
        {
            var deleted = Run("document-delete", ("id", id), ("sourceKey", null)).Rows.Select(r => r[0].GetInt64()).FirstOrDefault();
            return deleted > 0;
        }
    }

    public IReadOnlyList<(string DocumentId, Citation Citation)> FindCitations(string? number, IReadOnlyCollection<string> titleKeys) =>
        Run("citations-find", ("number", number), ("titleKeys", titleKeys.ToList())).Records
            .Select(r => (r["docId"].GetString()!, ReadCitation(r["citation"])))
            .DistinctBy(x => x.Item2.Id)
            .ToList();

    public void ReplaceLinks(string childDocumentId, IReadOnlyList<ClauseLink> links)
    {
        lock (_gate)
        {
            using var tx = _client.Begin();
            tx.Run(Q("links-clear"), new Dictionary<string, object?> { ["docId"] = childDocumentId });
            tx.Run(Q("links-create"), new Dictionary<string, object?>
            {
                ["links"] = links.Select(l => new Dictionary<string, object?>
                {
                    ["childClause"] = l.ChildClauseId, ["parentClause"] = l.ParentClauseId, ["score"] = l.Score, ["evidence"] = l.Evidence, ["inferred"] = l.Inferred,
                }).ToList(),
            });
            tx.Commit();
        }
    }

    public IReadOnlyList<string> PendingLinks() => Run("links-pending").Rows.Select(r => r[0].GetString()!).ToList();

    public void MarkLinksPending(IEnumerable<string> documentIds)
    {
        lock (_gate)
        {
            Run("links-mark-pending", ("ids", documentIds.ToList()));
        }
    }

    public IReadOnlyList<ClauseLink> LinksFrom(string documentOrClauseId) => Links("links-from", documentOrClauseId);

    public IReadOnlyList<ClauseLink> LinksTo(string documentOrClauseId) => Links("links-to", documentOrClauseId);

    private List<ClauseLink> Links(string statement, string id) => Run(statement, ("id", id)).Records
        .Select(r => new ClauseLink(r["childClause"].GetString()!, r["parentClause"].GetString()!, r["childDoc"].GetString()!, r["parentDoc"].GetString()!,
            r["score"].GetDouble(), r["evidence"].ValueKind == JsonValueKind.String ? r["evidence"].GetString()! : "", r["inferred"].ValueKind == JsonValueKind.True))
        .ToList();

    public (Clause Clause, DocumentInfo Document)? FindClause(string clauseId)
    {
        var docId = Run("clause-document", ("id", clauseId)).Rows.Select(r => r[0].GetString()).FirstOrDefault();
        var graph = docId is null ? null : GetDocument(docId);
        var clause = graph?.Clauses.FirstOrDefault(c => c.Id == clauseId);
        return clause is null ? null : (clause, graph!.Document);
    }

    public IReadOnlyList<string> DocumentsWithIndicator(string name) => Run("indicator-documents", ("name", name)).Rows.Select(r => r[0].GetString()!).ToList();

    public IReadOnlyList<(string? Number, string? Title)> CitedKeys() =>
        Run("citations-keys").Records.Select(r => (NullableString(r["number"]), NullableString(r["title"]))).ToList();

    private Neo4jResult Run(string statement, params (string Name, object? Value)[] parameters) =>
        _client.Run(Q(statement), parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal));

    private static DocumentInfo ReadDocument(JsonElement d) => new()
    {
        Id = String(d, "id")!,
        Source = String(d, "source")!,
        SourceKey = String(d, "sourceKey")!,
        ContentHash = String(d, "contentHash")!,
        PipelineVersion = String(d, "pipelineVersion")!,
        Format = String(d, "format")!,
        Script = String(d, "script")!,
        Title = String(d, "documentTitle"),
        DocNumber = String(d, "docNumber"),
        Issuer = String(d, "issuer"),
        Date = String(d, "date"),
        Published = String(d, "published"),
        Year = (int?)Long(d, "year"),
        Level = String(d, "level"),
        Province = String(d, "province"),
        Region = String(d, "region"),
        Prefecture = String(d, "prefecture"),
        Evidence = EvidenceJson.Read(String(d, "evidence")),
        DocType = String(d, "docType"),
        AttachmentTitle = String(d, "attachmentTitle"),
        ClauseCount = (int)(Long(d, "clauseCount") ?? 0),
        IngestedAt = DateTimeOffset.Parse(String(d, "ingestedAt")!, CultureInfo.InvariantCulture),
    };

    private static string? String(JsonElement map, string name) =>
        map.TryGetProperty(name, out var value) ? NullableString(value) : null;

    private static string? NullableString(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static long? Long(JsonElement map, string name) =>
        map.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : null;

    private static bool Bool(JsonElement map, string name) => map.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    public void Dispose() => _client.Dispose();
}
