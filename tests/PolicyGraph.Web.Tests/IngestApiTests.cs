using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using PolicyGraph.Testing;

namespace PolicyGraph.Web.Tests;

/// <summary>Builds <c>POST /api/ingest</c> requests: multipart files and the API key header.</summary>
internal static class Uploads
{
    public static MultipartFormDataContent Files(params (string Name, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", name);
        }
        return form;
    }

    public static MultipartFormDataContent Sample(string name) => Files((name, File.ReadAllBytes(RepositoryFiles.SampleFile(name))));

    public static HttpRequestMessage Request(HttpContent content, string? apiKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest") { Content = content };
        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }
        return request;
    }
}

public sealed class IngestApiTests(EmptyStoreHost host) : IClassFixture<EmptyStoreHost>
{
    private const string County = "linxi-2018-quality-county-plan.docx";

    [Fact]
    public async Task An_uploaded_sample_is_ingested_listed_and_then_unchanged()
    {
        using var client = host.CreateClient();
        var response = await client.SendAsync(Uploads.Request(Uploads.Sample(County), PolicyGraphHost.ApiKey));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var ingested = Assert.Single(report.RootElement.GetProperty("ingested").EnumerateArray());
        Assert.Equal(County, ingested.GetProperty("source").GetString());
        Assert.Equal("临溪县人民政府办公室关于印发临溪县创建质量强县工作方案的通知", ingested.GetProperty("title").GetString());
        Assert.Empty(report.RootElement.GetProperty("failed").EnumerateArray());
        Assert.True(report.RootElement.TryGetProperty("linked", out _));

        using var docs = JsonDocument.Parse(await client.GetStringAsync("/api/docs"));
        var listed = docs.RootElement.EnumerateArray().Single(d => d.GetProperty("id").GetString() == ingested.GetProperty("id").GetString());
        Assert.Equal("临政办〔2018〕5号", listed.GetProperty("docNumber").GetString());
        Assert.Equal("county", listed.GetProperty("level").GetString());

        var again = await client.SendAsync(Uploads.Request(Uploads.Sample(County), PolicyGraphHost.ApiKey));
        using var second = JsonDocument.Parse(await again.Content.ReadAsStringAsync());
        Assert.Equal(ingested.GetProperty("id").GetString(), Assert.Single(second.RootElement.GetProperty("unchanged").EnumerateArray()).GetProperty("id").GetString());
        Assert.Empty(second.RootElement.GetProperty("ingested").EnumerateArray());
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_is_listed_as_failed_and_the_others_are_ingested()
    {
        using var client = host.CreateClient();
        var response = await client.SendAsync(Uploads.Request(Uploads.Files(
            ("wangchuan-2017-quality-city-plan.html", File.ReadAllBytes(RepositoryFiles.SampleFile("wangchuan-2017-quality-city-plan.html"))),
            ("notes.pdf", "%PDF-1.4 not a document we read"u8.ToArray())), PolicyGraphHost.ApiKey));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("wangchuan-2017-quality-city-plan.html", Assert.Single(report.RootElement.GetProperty("ingested").EnumerateArray()).GetProperty("source").GetString());
        var failed = Assert.Single(report.RootElement.GetProperty("failed").EnumerateArray());
        Assert.Equal("notes.pdf", failed.GetProperty("source").GetString());
        // A PDF is read (in a process of its own) and this one is refused for what it is.
        Assert.StartsWith("not a readable PDF (", failed.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_in_the_file_name_is_dropped()
    {
        using var client = host.CreateClient();
        var bytes = File.ReadAllBytes(RepositoryFiles.SampleFile("cangland-2016-quality-province-opinions.txt"));
        var response = await client.SendAsync(Uploads.Request(Uploads.Files(("../../etc/cangland.txt", bytes)), PolicyGraphHost.ApiKey));
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("cangland.txt", Assert.Single(report.RootElement.GetProperty("ingested").EnumerateArray()).GetProperty("source").GetString());
    }

    [Fact]
    public async Task A_form_without_files_is_a_400_problem()
    {
        using var client = host.CreateClient();
        var form = new MultipartFormDataContent { { new StringContent("no file here"), "note" } };
        var problem = await ProblemAssert.Is(HttpStatusCode.BadRequest, await client.SendAsync(Uploads.Request(form, PolicyGraphHost.ApiKey)));
        Assert.Equal("No files", problem.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData(null, "API key required")]
    [InlineData("wrong-key", "Wrong API key")]
    [InlineData("TEST-KEY-8E1F0C", "Wrong API key")]
    public async Task A_missing_or_wrong_key_is_a_401_problem_and_nothing_is_ingested(string? key, string title)
    {
        using var client = host.CreateClient();
        var response = await client.SendAsync(Uploads.Request(Uploads.Sample("songhu-2023-quality-district-plan.gb18030.txt"), key));
        var problem = await ProblemAssert.Is(HttpStatusCode.Unauthorized, response);
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Equal("ApiKey header=\"X-Api-Key\"", response.Headers.WwwAuthenticate.ToString());
        using var docs = JsonDocument.Parse(await client.GetStringAsync("/api/docs"));
        Assert.DoesNotContain(docs.RootElement.EnumerateArray(), d => d.GetProperty("source").GetString()!.Contains("songhu", StringComparison.Ordinal));
    }
}

public sealed class IngestWithoutApiKeyTests(HostWithoutApiKey host) : IClassFixture<HostWithoutApiKey>
{
    [Theory]
    [InlineData(null)]
    [InlineData(PolicyGraphHost.ApiKey)]
    public async Task With_no_key_configured_writes_are_a_403_problem(string? key)
    {
        using var client = host.CreateClient();
        var response = await client.SendAsync(Uploads.Request(Uploads.Sample("linxi-2018-quality-county-plan.docx"), key));
        var problem = await ProblemAssert.Is(HttpStatusCode.Forbidden, response);
        Assert.Equal("Writes are disabled until POLICYGRAPH_API_KEY is set on the server.", problem.GetProperty("detail").GetString());
        using var health = JsonDocument.Parse(await client.GetStringAsync("/api/health"));
        Assert.Equal(0, health.RootElement.GetProperty("documents").GetInt32());
    }
}

public sealed class ConcurrentIngestTests(EmptyStoreHost host) : IClassFixture<EmptyStoreHost>
{
    [Fact]
    public async Task Uploads_sent_at_once_are_all_ingested_and_linked()
    {
        using var client = host.CreateClient();
        var samples = Directory.GetFiles(PolicyGraph.Testing.RepositoryFiles.Samples).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).Select(Path.GetFileName).ToList();
        Assert.Equal(5, samples.Count);
        var responses = await Task.WhenAll(samples.Select(name => client.SendAsync(Uploads.Request(Uploads.Sample(name!), PolicyGraphHost.ApiKey))));
        foreach (var response in responses)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Single(report.RootElement.GetProperty("ingested").EnumerateArray());
        }

        using var docs = JsonDocument.Parse(await client.GetStringAsync("/api/docs"));
        string IdOf(string number) => docs.RootElement.EnumerateArray().Single(d => d.GetProperty("docNumber").GetString() == number).GetProperty("id").GetString()!;
        using var lineage = JsonDocument.Parse(await client.GetStringAsync($"/api/lineage/{IdOf("临政办〔2018〕5号")}"));
        var toCity = lineage.RootElement.GetProperty("parents").EnumerateArray().Single(p => p.GetProperty("id").GetString() == IdOf("望政发〔2017〕8号"));
        Assert.Equal("IMPLEMENTS", toCity.GetProperty("relation").GetString());
        Assert.True(toCity.GetProperty("clauseLinks").GetInt32() >= 10);
    }
}
