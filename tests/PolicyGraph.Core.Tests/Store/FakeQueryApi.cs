using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
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
/// on commit, <c>errors</c> with a 4xx on failure. It records every request. It keeps the rows the store's create
/// statements send, per transaction, applies them only on commit, and answers <c>store/document-get</c> from what
/// was committed the way Neo4j's <c>properties()</c> and map projections would — enough to check the store's
/// mapping both ways without a server; what Cypher itself does is for the live contract tests.
/// </summary>
internal sealed class FakeQueryApi : HttpMessageHandler
{
    public const string Affinity = "MTAuOC41Ljc6MTc0NzQ=";
    public const string TransactionId = "lyU";

    public List<RecordedRequest> Requests { get; } = [];

    /// <summary>A statement (by its cypher/store file name) the server fails, with Neo4j's error code.</summary>
    public string? FailStatement { get; set; }

    /// <summary>Answers to give to statements the fake does not interpret, by statement text.</summary>
    public Dictionary<string, (string[] Fields, object?[][] Values)> Answers { get; } = new(StringComparer.Ordinal);

    private readonly Dictionary<string, JsonNode?> _staged = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonNode?> _committed = new(StringComparer.Ordinal);

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
            foreach (var (key, value) in _staged)
            {
                _committed[key] = value;
            }
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
        if (name is not null && name.EndsWith("-create", StringComparison.Ordinal))
        {
            _staged[name] = name == "document-create" ? recorded.Parameters!["document"]!.DeepClone() : recorded.Parameters!["rows"]!.DeepClone();
            return Data([], []);
        }
        if (name == "document-get")
        {
            if (!_committed.TryGetValue("document-create", out var document) || document!["id"]!.GetValue<string>() != recorded.Parameters!["id"]!.GetValue<string>())
            {
                return Data(["document", "sections", "clauses", "goals", "tasks", "indicators", "citations"], []);
            }
            var tasks = new JsonArray(((JsonArray)_committed["tasks-create"]!).Select(row =>
            {
                var task = (JsonObject)row!["properties"]!.DeepClone();
                task["lead"] = row["lead"]!.DeepClone();
                task["support"] = row["support"]!.DeepClone();
                return (JsonNode?)task;
            }).ToArray());
            return Data(["document", "sections", "clauses", "goals", "tasks", "indicators", "citations"],
            [[
                document.DeepClone(), _committed["sections-create"]!.DeepClone(), _committed["clauses-create"]!.DeepClone(), _committed["goals-create"]!.DeepClone(),
                tasks, _committed["indicators-create"]!.DeepClone(), _committed["citations-create"]!.DeepClone(),
            ]]);
        }
        if (recorded.Statement is { } statement && Answers.TryGetValue(statement, out var answer))
        {
            return Data(answer.Fields, answer.Values.Select(row => row.Select(v => JsonSerializer.SerializeToNode(v)).ToArray()).ToArray());
        }
        return Data([], []);
    }

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
