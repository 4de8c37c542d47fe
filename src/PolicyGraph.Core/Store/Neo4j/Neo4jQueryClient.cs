using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace PolicyGraph.Core.Store.Neo4j;

/// <summary>A failure the server reported (its <c>errors</c>), or an answer that is not the Query API's.</summary>
public sealed class Neo4jException(string code, string message) : Exception($"{code}: {message}")
{
    public string Code { get; } = code;
}

/// <summary>One result: the fields and, per row, one value per field (plain JSON, the Query API's default format).</summary>
public sealed record Neo4jResult(IReadOnlyList<string> Fields, IReadOnlyList<JsonElement[]> Rows)
{
    /// <summary>Each row as a map from field to value.</summary>
    public IEnumerable<IReadOnlyDictionary<string, JsonElement>> Records =>
        Rows.Select(row => (IReadOnlyDictionary<string, JsonElement>)Fields.Select((f, i) => (f, row[i])).ToDictionary(x => x.f, x => x.Item2, StringComparer.Ordinal));
}

/// <summary>
/// Neo4j's HTTP Query API (Neo4j 5.19+ and Aura): <c>POST /db/{database}/query/v2</c> with
/// <c>{"statement", "parameters"}</c> runs one statement in an implicit transaction; <c>/query/v2/tx</c> opens an
/// explicit one, <c>/tx/{id}</c> runs in it, <c>/tx/{id}/commit</c> commits and <c>DELETE /tx/{id}</c> rolls back,
/// every request after the first echoing the <c>neo4j-cluster-affinity</c> header the server sent. Answers are
/// <c>{"data": {"fields", "values"}, "bookmarks"}</c>, failures <c>{"errors": [{"code", "message"}]}</c>. Statements
/// always travel with their parameters: no value is ever spliced into Cypher text. Calls are synchronous
/// (<see cref="HttpClient.Send(HttpRequestMessage)"/>) because the store's interface is.
/// </summary>
public sealed class Neo4jQueryClient : IDisposable
{
    public const string AffinityHeader = "neo4j-cluster-affinity";

    private readonly HttpClient _http;
    private readonly string _database;

    public Neo4jQueryClient(Neo4jOptions options, HttpMessageHandler? handler = null)
    {
        _http = handler is null ? new HttpClient() : new HttpClient(handler);
        _http.BaseAddress = new Uri(options.Url.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/");
        _http.Timeout = TimeSpan.FromSeconds(60);
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (options.User is not null)
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
        }
        _database = Uri.EscapeDataString(options.Database);
    }

    internal string QueryPath => $"db/{_database}/query/v2";

    /// <summary>Runs one statement in an implicit transaction (the server commits it, or rolls it back on failure).</summary>
    public Neo4jResult Run(string statement, object? parameters = null) =>
        Send(HttpMethod.Post, QueryPath, Body(statement, parameters), affinity: null).Result;

    /// <summary>Opens an explicit transaction; dispose it without <see cref="Neo4jTransaction.Commit"/> to roll back.</summary>
    public Neo4jTransaction Begin()
    {
        var (result, affinity, document) = Send(HttpMethod.Post, QueryPath + "/tx", content: null, affinity: null);
        _ = result;
        var id = document.TryGetProperty("transaction", out var tx) && tx.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String
            ? idElement.GetString()!
            : throw new Neo4jException("PolicyGraph.Protocol", "the server opened a transaction without giving its id");
        return new Neo4jTransaction(this, $"{QueryPath}/tx/{Uri.EscapeDataString(id)}", affinity);
    }

    internal (Neo4jResult Result, string? Affinity, JsonElement Document) Send(HttpMethod method, string path, HttpContent? content, string? affinity)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        }
        using var response = _http.Send(request);
        var affinityOut = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : affinity;
        using var stream = response.Content.ReadAsStream();
        JsonDocument? json = null;
        try
        {
            json = stream.CanSeek && stream.Length == 0 ? null : JsonDocument.Parse(stream);
        }
        catch (JsonException) when (!response.IsSuccessStatusCode)
        {
            // An error page rather than the API's JSON: the status says enough.
        }
        var root = json?.RootElement.Clone() ?? default;
        json?.Dispose();
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
        {
            var first = errors[0];
            throw new Neo4jException(
                first.TryGetProperty("code", out var code) ? code.GetString() ?? "" : "",
                first.TryGetProperty("message", out var message) ? message.GetString() ?? "" : "");
        }
        if (!response.IsSuccessStatusCode)
        {
            throw new Neo4jException(response.StatusCode == HttpStatusCode.Unauthorized ? "Neo.ClientError.Security.Unauthorized" : "PolicyGraph.Http",
                $"{(int)response.StatusCode} {response.ReasonPhrase} from {method} {path}");
        }
        return (Parse(root), affinityOut, root);
    }

    private static Neo4jResult Parse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("data", out var data))
        {
            return new Neo4jResult([], []);
        }
        var fields = data.TryGetProperty("fields", out var f) ? f.EnumerateArray().Select(x => x.GetString() ?? "").ToList() : [];
        var rows = data.TryGetProperty("values", out var v)
            ? v.EnumerateArray().Select(row => row.EnumerateArray().ToArray()).ToList()
            : [];
        if (rows.Any(r => r.Length != fields.Count))
        {
            throw new Neo4jException("PolicyGraph.Protocol", "a row of the answer does not have one value per field");
        }
        return new Neo4jResult(fields, rows);
    }

    internal static HttpContent Body(string statement, object? parameters)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object?> { ["statement"] = statement, ["parameters"] = parameters ?? new Dictionary<string, object?>() });
        var content = new ByteArrayContent(json);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    public void Dispose() => _http.Dispose();
}

/// <summary>An explicit transaction: statements run in it see each other's writes; nothing is visible to others until <see cref="Commit"/>.</summary>
public sealed class Neo4jTransaction : IDisposable
{
    private readonly Neo4jQueryClient _client;
    private readonly string _path;
    private string? _affinity;
    private bool _finished;

    internal Neo4jTransaction(Neo4jQueryClient client, string path, string? affinity)
    {
        _client = client;
        _path = path;
        _affinity = affinity;
    }

    public Neo4jResult Run(string statement, object? parameters = null)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        try
        {
            var (result, affinity, _) = _client.Send(HttpMethod.Post, _path, Neo4jQueryClient.Body(statement, parameters), _affinity);
            _affinity = affinity;
            return result;
        }
        catch (Neo4jException)
        {
            // A failed statement ends the transaction on the server; say so here too.
            Rollback();
            throw;
        }
    }

    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        _finished = true;
        _client.Send(HttpMethod.Post, _path + "/commit", content: null, _affinity);
    }

    /// <summary>Rolls back; a transaction the server already ended (a failed statement, a timeout) is left as it is.</summary>
    public void Rollback()
    {
        if (_finished)
        {
            return;
        }
        _finished = true;
        try
        {
            _client.Send(HttpMethod.Delete, _path, content: null, _affinity);
        }
        catch (Neo4jException)
        {
            // Already gone on the server: nothing was committed, which is all a rollback promises.
        }
        catch (HttpRequestException)
        {
            // Unreachable: the server rolls the transaction back when it times out.
        }
    }

    public void Dispose() => Rollback();
}
