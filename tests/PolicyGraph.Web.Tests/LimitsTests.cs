using System.Net;
using System.Text;
using System.Text.Json;

namespace PolicyGraph.Web.Tests;

/// <summary>Body limits, CORS origins and the request log on a real Kestrel server at a loopback port.</summary>
public sealed class KestrelLimitsTests(KestrelHost host) : IClassFixture<KestrelHost>
{
    [Fact]
    public async Task An_upload_over_the_limit_is_a_413_problem()
    {
        // The server answers from the Content-Length alone and closes the connection, so a client still sending the
        // body may meet a broken pipe before it reads the answer (CI saw it once). Asking for 100-continue, as curl
        // does for large bodies, the client sends no body until told to, and is told 413: no race with the close.
        using var client = PlainClient();
        var oversize = Uploads.Files(("big.txt", Encoding.UTF8.GetBytes(new string('质', KestrelHost.MaxUploadBytes))));
        using var request = Uploads.Request(oversize, PolicyGraphHost.ApiKey);
        request.Headers.ExpectContinue = true;
        var problem = await ProblemAssert.Is(HttpStatusCode.RequestEntityTooLarge, await client.SendAsync(request));
        Assert.Contains($"({KestrelHost.MaxUploadBytes} bytes)", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chunked_upload_over_the_limit_is_a_413_problem_too()
    {
        using var client = PlainClient();
        var form = await Uploads.Files(("big.txt", new byte[2 * KestrelHost.MaxUploadBytes])).ReadAsByteArrayAsync();
        // Without a Content-Length the server finds out while reading, mid-body, and closes the connection. The body
        // stops just past the limit until the server has answered, so the client is not writing into a closed socket.
        var before = UploadsAnswered413();
        using var request = Uploads.Request(new StallingContent(form, KestrelHost.MaxUploadBytes + 1024, () => UploadsAnswered413() > before), PolicyGraphHost.ApiKey);
        request.Content!.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("multipart/form-data");
        request.Content.Headers.ContentType.Parameters.Add(new("boundary", Boundary(form)));
        request.Headers.TransferEncodingChunked = true;
        await ProblemAssert.Is(HttpStatusCode.RequestEntityTooLarge, await client.SendAsync(request));
    }

    [Fact]
    public async Task An_upload_under_the_limit_is_ingested()
    {
        using var client = host.CreateClient();
        var response = await client.SendAsync(Uploads.Request(Uploads.Sample("cangland-2019-quality-work-plan-traditional.txt"), PolicyGraphHost.ApiKey));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Single(report.RootElement.GetProperty("ingested").EnumerateArray());
    }

    [Fact]
    public async Task A_json_body_over_its_lower_limit_is_a_413_problem()
    {
        using var client = PlainClient();
        var passage = JsonSerializer.Serialize(new { text = new string('质', KestrelHost.MaxJsonBytes) });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/similar") { Content = new StringContent(passage, Encoding.UTF8, "application/json") };
        request.Headers.ExpectContinue = true;
        var response = await client.SendAsync(request);
        var problem = await ProblemAssert.Is(HttpStatusCode.RequestEntityTooLarge, response);
        Assert.Contains($"({KestrelHost.MaxJsonBytes} bytes)", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_configured_origin_gets_cors_headers_and_no_other_does()
    {
        using var client = host.CreateClient();
        using var allowed = new HttpRequestMessage(HttpMethod.Options, "/api/ingest");
        allowed.Headers.Add("Origin", KestrelHost.AllowedOrigin);
        allowed.Headers.Add("Access-Control-Request-Method", "POST");
        allowed.Headers.Add("Access-Control-Request-Headers", "x-api-key");
        var preflight = await client.SendAsync(allowed);
        Assert.Equal([KestrelHost.AllowedOrigin], preflight.Headers.GetValues("Access-Control-Allow-Origin"));
        Assert.Contains("x-api-key", preflight.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);

        using var other = new HttpRequestMessage(HttpMethod.Get, "/api/health");
        other.Headers.Add("Origin", "https://elsewhere.example");
        Assert.False((await client.SendAsync(other)).Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Each_request_is_one_structured_log_event_without_the_key_or_the_query()
    {
        using var client = host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/docs?secret-query=1")).StatusCode);
        var refused = await client.SendAsync(Uploads.Request(Uploads.Files(("x.txt", [1])), "a-wrong-key-17"));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        var answered = host.Logs.Events.Where(e => e.EventName == "RequestAnswered").ToList();
        var docs = Assert.Single(answered, e => Equals(e.Properties["Path"], "/api/docs"));
        Assert.Equal("GET", docs.Properties["Method"]);
        Assert.Equal(200, docs.Properties["StatusCode"]);
        Assert.InRange((double)docs.Properties["ElapsedMs"]!, 0, 60_000);
        Assert.Equal("127.0.0.1", docs.Properties["Client"]);
        Assert.Equal("PolicyGraph.Api.Hosting.RequestLog", docs.Category);

        var ingest = Assert.Single(answered, e => Equals(e.Properties["Path"], "/api/ingest") && Equals(e.Properties["StatusCode"], 401));
        Assert.Equal("POST", ingest.Properties["Method"]);
        Assert.DoesNotContain(host.Logs.Events, e => e.Message.Contains("a-wrong-key-17", StringComparison.Ordinal)
            || e.Message.Contains(PolicyGraphHost.ApiKey, StringComparison.Ordinal) || e.Message.Contains("secret-query", StringComparison.Ordinal));
    }

    /// <summary>
    /// A client straight to the server's address. The factory's own client buffers a request body whole before it
    /// sends it (to resend it on a redirect), so a body could not stop halfway through it; this one waits up to two
    /// minutes for a 100-continue.
    /// </summary>
    private HttpClient PlainClient()
    {
        using var addressed = host.CreateClient();
        return new HttpClient(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromMinutes(2) }) { BaseAddress = addressed.BaseAddress };
    }

    private int UploadsAnswered413() => host.Logs.Events.Count(e => e.EventName == "RequestAnswered"
        && Equals(e.Properties["Path"], "/api/ingest") && Equals(e.Properties["StatusCode"], 413));

    /// <summary>The boundary of a multipart body: its first line without the leading two dashes.</summary>
    private static string Boundary(byte[] form) => Encoding.ASCII.GetString(form, 2, Array.IndexOf(form, (byte)'\r') - 2);

    /// <summary>
    /// A body of unknown length that sends its first <paramref name="stallAfter"/> bytes, waits until
    /// <paramref name="answered"/> holds (at most two minutes), then sends no more.
    /// </summary>
    private sealed class StallingContent(byte[] body, int stallAfter, Func<bool> answered) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            await stream.WriteAsync(body.AsMemory(0, stallAfter));
            await stream.FlushAsync();
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (!answered() && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}

public sealed class RequestRateLimitTests(RequestLimitedHost host) : IClassFixture<RequestLimitedHost>
{
    [Fact]
    public async Task Past_the_request_limit_a_client_gets_a_429_problem_with_retry_after()
    {
        using var client = host.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/health")).StatusCode);
        }
        await RateLimited.AssertThrottled(await client.GetAsync("/api/docs"));
    }
}

public sealed class WriteRateLimitTests(WriteLimitedHost host) : IClassFixture<WriteLimitedHost>
{
    [Fact]
    public async Task Past_the_write_limit_a_client_gets_a_429_problem_and_a_refused_key_counts()
    {
        using var client = host.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(Uploads.Request(Uploads.Files(("a.txt", [1])), "guess-1"))).StatusCode);
        await RateLimited.AssertThrottled(await client.SendAsync(Uploads.Request(Uploads.Sample("linxi-2018-quality-county-plan.docx"), PolicyGraphHost.ApiKey)));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/health")).StatusCode);
    }
}

internal static class RateLimited
{
    public static async Task AssertThrottled(HttpResponseMessage response)
    {
        var problem = await ProblemAssert.Is(HttpStatusCode.TooManyRequests, response);
        Assert.Equal("Too many requests", problem.GetProperty("title").GetString());
        Assert.Equal("https://tools.ietf.org/html/rfc6585#section-4", problem.GetProperty("type").GetString());
        var retryAfter = response.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 60);
    }
}
