using System.Net;
using System.Text.Json;

namespace PolicyGraph.Web.Tests;

[Collection(SamplesSite.Name)]
public sealed class ApiReferenceTests(PolicyGraphHost host)
{
    [Fact]
    public async Task The_OpenAPI_document_lists_the_api_and_the_key_that_writes_need()
    {
        using var client = host.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var root = document.RootElement;
        Assert.StartsWith("3.", root.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal("PolicyGraph API", root.GetProperty("info").GetProperty("title").GetString());
        var paths = root.GetProperty("paths");
        Assert.Equal("Search", paths.GetProperty("/api/search").GetProperty("get").GetProperty("operationId").GetString());
        foreach (var path in new[] { "/api/docs", "/api/docs/{id}", "/api/similar", "/api/lineage/{id}", "/api/health" })
        {
            Assert.True(paths.TryGetProperty(path, out _), path);
        }
        Assert.DoesNotContain(paths.EnumerateObject(), p => !p.Name.StartsWith("/api/", StringComparison.Ordinal));

        var ingest = paths.GetProperty("/api/ingest").GetProperty("post");
        Assert.True(ingest.GetProperty("requestBody").GetProperty("content").TryGetProperty("multipart/form-data", out _));
        Assert.Equal(["200", "400", "401", "403", "413", "429"], ingest.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order());
        Assert.True(Assert.Single(ingest.GetProperty("security").EnumerateArray()).TryGetProperty("ApiKey", out _));
        var scheme = root.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal("apiKey", scheme.GetProperty("type").GetString());
        Assert.Equal("header", scheme.GetProperty("in").GetString());
        Assert.Equal("X-Api-Key", scheme.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Scalar_serves_a_reference_page_of_the_document_from_the_site_itself()
    {
        using var client = host.CreateClient();
        var response = await client.GetAsync("/scalar");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<title>PolicyGraph API</title>", html, StringComparison.Ordinal);
        Assert.Contains("openapi/v1.json", html, StringComparison.Ordinal);
        // The intranet may have no way out: the page's script comes from this server, not a CDN.
        Assert.Contains("<script src=\"scalar.js\"></script>", html, StringComparison.Ordinal);
        var script = await client.GetAsync(new Uri(response.RequestMessage!.RequestUri!, "scalar.js"));
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }
}

[Collection(SamplesSite.Name)]
public sealed class ProblemDetailsTests(PolicyGraphHost host)
{
    [Theory]
    [InlineData("/api/no-such-thing")]
    [InlineData("/api/docs/a/b/c")]
    public async Task An_unknown_api_route_is_a_404_problem(string path)
    {
        using var client = host.CreateClient();
        await ProblemAssert.Is(HttpStatusCode.NotFound, await client.GetAsync(path));
    }

    [Fact]
    public async Task A_wrong_method_is_a_405_problem()
    {
        using var client = host.CreateClient();
        var response = await client.DeleteAsync("/api/docs");
        await ProblemAssert.Is(HttpStatusCode.MethodNotAllowed, response);
        Assert.Equal(["GET"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem()
    {
        using var client = host.CreateClient();
        var response = await client.PostAsync("/api/similar", new StringContent("{\"text\": 42", System.Text.Encoding.UTF8, "application/json"));
        await ProblemAssert.Is(HttpStatusCode.BadRequest, response);
    }
}

[Collection(SamplesSite.Name)]
public sealed class CorsTests(PolicyGraphHost host)
{
    [Fact]
    public async Task With_no_origins_configured_a_cross_origin_request_gets_no_cors_headers()
    {
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/health");
        request.Headers.Add("Origin", "https://elsewhere.example");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));

        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/ingest");
        preflight.Headers.Add("Origin", "https://elsewhere.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "x-api-key");
        var answer = await client.SendAsync(preflight);
        Assert.False(answer.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(answer.Headers.Contains("Access-Control-Allow-Headers"));
    }
}
