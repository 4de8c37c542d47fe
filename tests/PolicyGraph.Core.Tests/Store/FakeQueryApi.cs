using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PolicyGraph.Core.Store.Neo4j;

namespace PolicyGraph.Core.Tests.Store;

/// <summary>One request as the server received it.</summary>
internal sealed record RecordedRequest(HttpMethod Method, string Path, IReadOnlyDictionary<string, string> Headers, JsonNode? Body)
{
    public string? Statement => Body?["statement"]?.GetValue<string>();

    public JsonObject? Parameters => Body?["parameters"] as JsonObject;
}

/// <summary>
/// A stand-in for Neo4j's Query API, as its documentation describes it: 202 with <c>data.fields/values</c> for a
/// query, a transaction id and a <c>neo4j-cluster-affinity</c> header on opening a transaction, 200 with bookmarks
/// on commit, <c>errors</c> with a 4xx on failure. It records every request. It also plays the database for the
/// store's own statements (cypher/store, known by their text): it keeps the nodes, relationships and citations they
/// write — a label or type as the statement's pattern names it, properties as its rows give them — applies a
/// transaction's writes only on commit, and answers the store's reads from what was committed the way Neo4j's
/// <c>properties()</c> and map projections would: enough to check the store's mapping both ways, and what it
/// writes, without a server; what Cypher itself does is for the live contract tests.
/// </summary>
internal sealed partial class FakeQueryApi : HttpMessageHandler
{
    public const string Affinity = "MTAuOC41Ljc6MTc0NzQ=";
    public const string TransactionId = "lyU";

    public List<RecordedRequest> Requests { get; } = [];

    /// <summary>A statement (by its cypher/store file name) the server fails, with Neo4j's error code.</summary>
    public string? FailStatement { get; set; }

    /// <summary>Answers to give to statements the fake does not interpret, by statement text.</summary>
    public Dictionary<string, (string[] Fields, object?[][] Values)> Answers { get; } = new(StringComparer.Ordinal);

    /// <summary>What was committed: nodes by id, with their one label.</summary>
    public Dictionary<string, (string Label, JsonObject Properties)> Nodes { get; } = new(StringComparer.Ordinal);

    /// <summary>What was committed: relationships, in the order they were created.</summary>
    public List<(string Type, string Start, string End, JsonObject Properties)> Relationships { get; } = [];

    /// <summary>What was committed: citations as written, with the id of the document holding them.</summary>
    private readonly List<(string DocId, JsonObject Citation)> _citations = [];

    private readonly List<Action> _staged = [];

    private static readonly Dictionary<string, string> StoreStatements = CypherFiles.All()
        .Where(p => p.StartsWith("store/", StringComparison.Ordinal) && p != "store/schema.cypher")
        .ToDictionary(p => CypherFiles.Statement(p), p => p["store/".Length..^".cypher".Length], StringComparer.Ordinal);

    public static string? StoreStatementName(string? statement) => statement is not null && StoreStatements.TryGetValue(statement, out var name) ? name : null;

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : request.Content.ReadAsStringAsync(cancellationToken).GetAwaiter().GetResult();
        var headers = request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
            .ToDictionary(h => h.Key.ToLowerInvariant(), h => string.Join(", ", h.Value), StringComparer.Ordinal);
        var recorded = new RecordedRequest(request.Method, request.RequestUri!.AbsolutePath, headers, string.IsNullOrEmpty(body) ? null : JsonNode.Parse(body));
        Requests.Add(recorded);

        var path = recorded.Path;
        if (request.Method == HttpMethod.Post && path.EndsWith("/query/v2/tx", StringComparison.Ordinal))
        {
            _staged.Clear();
            return Json(HttpStatusCode.Accepted, new JsonObject
            {
                ["data"] = new JsonObject { ["fields"] = new JsonArray(), ["values"] = new JsonArray() },
                ["transaction"] = new JsonObject { ["id"] = TransactionId, ["expires"] = "2026-11-23T15:48:29Z" },
            }, affinity: true);
        }
        if (request.Method == HttpMethod.Post && path.EndsWith($"/tx/{TransactionId}/commit", StringComparison.Ordinal))
        {
            _staged.ForEach(write => write());
            _staged.Clear();
            return Json(HttpStatusCode.OK, new JsonObject { ["bookmarks"] = new JsonArray("FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ") });
        }
        if (request.Method == HttpMethod.Delete && path.EndsWith($"/tx/{TransactionId}", StringComparison.Ordinal))
        {
            _staged.Clear();
            return Json(HttpStatusCode.OK, new JsonObject());
        }
        var name = StoreStatementName(recorded.Statement);
        if (name is not null && name == FailStatement)
        {
            return Json(HttpStatusCode.BadRequest, new JsonObject
            {
                ["errors"] = new JsonArray(new JsonObject { ["code"] = "Neo.ClientError.Schema.ConstraintValidationFailed", ["message"] = "Node already exists with label `Clause` and property `id`" }),
            });
        }
        if (name is not null && Write(name, recorded.Statement!, recorded.Parameters ?? []) is { } write)
        {
            var answer = name == "document-delete" ? Data(["deleted"], [[JsonValue.Create(Deleted(recorded.Parameters!).Count)]]) : Data([], []);
            if (path.Contains("/tx/", StringComparison.Ordinal))
            {
                _staged.Add(write);
            }
            else
            {
                write();
            }
            return answer;
        }
        if (name is not null && Read(name, recorded.Parameters ?? []) is { } read)
        {
            return read;
        }
        if (recorded.Statement is { } statement && Answers.TryGetValue(statement, out var given))
        {
            return Data(given.Fields, given.Values.Select(row => row.Select(v => JsonSerializer.SerializeToNode(v)).ToArray()).ToArray());
        }
        return Data([], []);
    }

    /// <summary>The write a store statement makes, to apply now or on commit; null for a read.</summary>
    private Action? Write(string name, string statement, JsonObject p)
    {
        var rows = (p["rows"] as JsonArray ?? []).Select(r => r!.AsObject()).ToList();
        JsonObject Merged(JsonObject row)
        {
            var properties = row["properties"]!.DeepClone().AsObject();
            foreach (var (key, value) in row["stored"]!.AsObject())
            {
                properties[key] = value?.DeepClone();
            }
            return properties;
        }
        if (name.StartsWith("nodes-", StringComparison.Ordinal))
        {
            var label = NodePattern().Match(statement).Groups["label"].Value;
            var nodes = rows.Select(r => (Id: r["properties"]!["id"]!.GetValue<string>(), Properties: Merged(r))).ToList();
            return () => nodes.ForEach(n => Nodes[n.Id] = (label, n.Properties));
        }
        if (name.StartsWith("relationships-", StringComparison.Ordinal))
        {
            var type = RelationshipPattern().Match(statement).Groups["type"].Value;
            var relationships = rows.Select(r => (type, r["start"]!.GetValue<string>(), r["end"]!.GetValue<string>(), Merged(r))).ToList();
            return () => Relationships.AddRange(relationships.Where(r => Nodes.ContainsKey(r.Item2) && Nodes.ContainsKey(r.Item3)));
        }
        string Id(string key) => p[key]!.GetValue<string>();
        return name switch
        {
            "citations-create" => () => _citations.AddRange(rows.Select(r => (Id("docId"), r.DeepClone().AsObject()))),
            "document-delete" => () => Delete(Deleted(p)),
            "links-clear" => () =>
            {
                Relationships.RemoveAll(r => r.Type == "IMPLEMENTS" && Nodes[r.Start].Label == "Clause" && Nodes[r.Start].Properties["docId"]!.GetValue<string>() == Id("docId"));
                SetPending([Id("docId")], false);
            },
            "links-mark-pending" => () => SetPending(p["ids"]!.AsArray().Select(i => i!.GetValue<string>()), true),
            "citations-clear" => () => Relationships.RemoveAll(r => r.Start == Id("docId") && r.Type is "CITES" or "IMPLEMENTS" && Nodes[r.End].Label == "Document"),
            "succeeds-clear" => () => Relationships.RemoveAll(r => r.Type == "SUCCEEDS"),
            "documents-uncited-delete" => () =>
            {
                var keep = p["keep"]!.AsArray().Select(i => i!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
                foreach (var id in Nodes.Where(n => n.Value.Label == "Document" && Kind(n.Value.Properties) != "document" && !keep.Contains(n.Key)
                    && !Relationships.Any(r => r.Start == n.Key || r.End == n.Key)).Select(n => n.Key).ToList())
                {
                    Nodes.Remove(id);
                }
            },
            _ => null,
        };
    }

    /// <summary>The ingested documents a document-delete matches, with their parts.</summary>
    private List<string> Deleted(JsonObject p)
    {
        var documents = Documents().Where(d => d.Key == p["id"]?.GetValue<string>() || (p["sourceKey"] is { } key && d.Value["sourceKey"]?.GetValue<string>() == key.GetValue<string>()))
            .Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        return Nodes.Where(n => documents.Contains(n.Key) || (n.Value.Properties["docId"] is { } docId && documents.Contains(docId.GetValue<string>()))).Select(n => n.Key).ToList();
    }

    private void Delete(List<string> ids)
    {
        var gone = ids.ToHashSet(StringComparer.Ordinal);
        _citations.RemoveAll(c => gone.Contains(c.DocId));
        Relationships.RemoveAll(r => gone.Contains(r.Start) || gone.Contains(r.End));
        ids.ForEach(id => Nodes.Remove(id));
    }

    private void SetPending(IEnumerable<string> ids, bool pending)
    {
        foreach (var id in ids.Where(i => Nodes.TryGetValue(i, out var n) && Kind(n.Properties) == "document"))
        {
            Nodes[id].Properties["linksPending"] = pending;
        }
    }

    private static string? Kind(JsonObject properties) => properties["kind"]?.GetValue<string>();

    private IEnumerable<KeyValuePair<string, JsonObject>> Documents() =>
        Nodes.Where(n => n.Value.Label == "Document" && Kind(n.Value.Properties) == "document").Select(n => KeyValuePair.Create(n.Key, n.Value.Properties));

    private IEnumerable<JsonObject> Parts(string label, string docId) =>
        Nodes.Values.Where(n => n.Label == label && n.Properties["docId"]?.GetValue<string>() == docId).Select(n => n.Properties);

    /// <summary>The answer to a store read, from what was committed; null for a statement not played here.</summary>
    private HttpResponseMessage? Read(string name, JsonObject p)
    {
        string? Text(string key) => p[key]?.GetValue<string>();
        JsonNode Metadata(JsonObject document)
        {
            var copy = document.DeepClone().AsObject();
            copy.Remove("originalText");
            return copy;
        }
        HttpResponseMessage DocumentsWhere(Func<JsonObject, bool> match) => Data(["document"],
            Documents().Where(d => match(d.Value)).OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => new[] { Metadata(d.Value) }).ToArray());
        switch (name)
        {
            case "document-by-id":
                return DocumentsWhere(d => d["id"]!.GetValue<string>() == Text("id"));
            case "document-by-source-key":
                return DocumentsWhere(d => d["sourceKey"]?.GetValue<string>() == Text("sourceKey"));
            case "documents-by-number":
                return DocumentsWhere(d => d["docNumber"]?.GetValue<string>() == Text("number"));
            case "documents-by-title-key":
                return DocumentsWhere(d => d["titleKey"]?.GetValue<string>() == Text("titleKey") || d["attachmentKey"]?.GetValue<string>() == Text("titleKey"));
            case "documents-list":
                return DocumentsWhere(_ => true);
            case "documents-citing":
                return Data(["id"], Relationships.Where(r => r.End == Text("id") && r.Type is "CITES" or "IMPLEMENTS" && Nodes[r.Start].Label == "Document")
                    .Select(r => r.Start).Distinct().Order(StringComparer.Ordinal).Select(id => new JsonNode?[] { id }).ToArray());
            case "citations-find":
                var keys = (p["titleKeys"] as JsonArray ?? []).Select(k => k!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
                return Data(["docId", "citation"], _citations
                    .Where(c => (Text("number") is { } number && c.Citation["number"]?.GetValue<string>() == number) || (c.Citation["titleKey"]?.GetValue<string>() is { } key && keys.Contains(key)))
                    .Select(c => new JsonNode?[] { c.DocId, c.Citation.DeepClone() }).ToArray());
            case "citations-keys":
                return Data(["number", "title"], _citations.Select(c => (Number: c.Citation["number"]?.GetValue<string>(), Title: c.Citation["title"]?.GetValue<string>()))
                    .Distinct().Select(k => new JsonNode?[] { k.Number, k.Title }).ToArray());
            case "document-get":
                var id = Text("id")!;
                if (Documents().FirstOrDefault(d => d.Key == id).Value is not { } document)
                {
                    return Data(["document", "sections", "clauses", "goals", "tasks", "indicators", "citations"], []);
                }
                JsonArray All(IEnumerable<JsonObject> nodes) => new(nodes.Select(n => (JsonNode?)n.DeepClone()).ToArray());
                JsonArray Departments(string taskId, string type) => new(Relationships.Where(r => r.Start == taskId && r.Type == type).Select(r =>
                {
                    var department = Nodes[r.End].Properties.DeepClone().AsObject();
                    department["asWritten"] = r.Properties["asWritten"]?.DeepClone();
                    department["ordinal"] = r.Properties["ordinal"]?.DeepClone();
                    return (JsonNode?)department;
                }).ToArray());
                var tasks = new JsonArray(Parts("Task", id).Select(t =>
                {
                    var task = t.DeepClone().AsObject();
                    task["lead"] = Departments(t["id"]!.GetValue<string>(), "LED_BY");
                    task["support"] = Departments(t["id"]!.GetValue<string>(), "SUPPORTED_BY");
                    return (JsonNode?)task;
                }).ToArray());
                return Data(["document", "sections", "clauses", "goals", "tasks", "indicators", "citations"],
                [[
                    document.DeepClone(), All(Parts("Section", id)), All(Parts("Clause", id)), All(Parts("Goal", id)), tasks, All(Parts("Indicator", id)),
                    All(_citations.Where(c => c.DocId == id).Select(c => c.Citation)),
                ]]);
            default:
                return null;
        }
    }

    [GeneratedRegex(@"MERGE\s*\(\s*\w+\s*:\s*(?<label>\w+)")]
    private static partial Regex NodePattern();

    [GeneratedRegex(@"-\[\s*\w*\s*:\s*(?<type>\w+)\s*\]->")]
    private static partial Regex RelationshipPattern();

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Task.FromResult(Send(request, cancellationToken));

    private static HttpResponseMessage Data(string[] fields, JsonNode?[][] rows) => Json(HttpStatusCode.Accepted, new JsonObject
    {
        ["data"] = new JsonObject
        {
            ["fields"] = new JsonArray(fields.Select(f => (JsonNode?)JsonValue.Create(f)).ToArray()),
            ["values"] = new JsonArray(rows.Select(r => (JsonNode?)new JsonArray(r)).ToArray()),
        },
        ["bookmarks"] = new JsonArray("FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ"),
    });

    private static HttpResponseMessage Json(HttpStatusCode status, JsonNode body, bool affinity = false)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
        if (affinity)
        {
            response.Headers.Add(Neo4jQueryClient.AffinityHeader, Affinity);
        }
        return response;
    }
}
