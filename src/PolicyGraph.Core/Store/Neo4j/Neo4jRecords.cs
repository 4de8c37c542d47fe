using System.Globalization;
using System.Text.Json;
using PolicyGraph.Core.Linking;
using PolicyGraph.Core.Model;

namespace PolicyGraph.Core.Store.Neo4j;

/// <summary>The store's answers read back into the model: a document whole (store/document-get), its metadata, citations and links.</summary>
internal static class Neo4jRecords
{
    public static DocumentGraph Graph(IReadOnlyDictionary<string, JsonElement> record)
    {
        var document = record["document"];
        var departments = (JsonElement task, string role) => task.GetProperty(role).EnumerateArray()
            .OrderBy(x => Long(x, "ordinal"))
            .Select(x => new DepartmentRef { Name = String(x, "asWritten")!, Canonical = String(x, "name")!, Function = String(x, "function"), Jurisdiction = String(x, "jurisdiction") })
            .ToList();
        return new DocumentGraph
        {
            Document = Document(document),
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
                SearchText = String(c, "searchText") ?? "", Traditional = String(document, "script") == Scripts.Traditional, Facet = String(c, "facet"),
                FacetFromHeading = Bool(c, "facetFromHeading"),
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
            Citations = Ordered(record["citations"]).Select(Citation).ToList(),
        };
    }

    private static IEnumerable<JsonElement> Ordered(JsonElement list) => list.EnumerateArray().OrderBy(x => Long(x, "ordinal"));

    public static Citation Citation(JsonElement c) => new()
    {
        Id = String(c, "id")!, ClauseId = String(c, "clauseId"), Raw = String(c, "raw") ?? "", Number = String(c, "number"),
        Title = String(c, "title"), Relation = String(c, "relation")!,
    };

    public static ClauseLink Link(IReadOnlyDictionary<string, JsonElement> r) => new(
        r["childClause"].GetString()!, r["parentClause"].GetString()!, r["childDoc"].GetString()!, r["parentDoc"].GetString()!,
        r["score"].GetDouble(), r["evidence"].ValueKind == JsonValueKind.String ? r["evidence"].GetString()! : "", r["inferred"].ValueKind == JsonValueKind.True);

    public static DocumentInfo Document(JsonElement d) => new()
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

    public static string? NullableString(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static long? Long(JsonElement map, string name) =>
        map.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : null;

    private static bool Bool(JsonElement map, string name) => map.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;
}
