using PolicyGraph.Api.Hosting;
using PolicyGraph.Core.Persistence;
using System.Net;
using System.Text;
using PolicyGraph.Testing;
using Xunit.Abstractions;

namespace PolicyGraph.Web.Tests;

/// <summary>Issue 9: the site keeps answering while an upload is ingested, and the host is its data directory's one writer.</summary>
[Trait("Category", "Slow")] // left out of ./test.sh --fast (README: running the tests)
public sealed class ReadsDuringIngestTests(PolicyGraphHost host, ITestOutputHelper output) : IClassFixture<PolicyGraphHost>
{
    [Fact]
    public async Task Searches_documents_and_pages_answer_while_an_upload_of_forty_documents_is_ingested()
    {
        using var client = host.CreateClient();
        var corpus = new SyntheticCorpus(seed: 3);
        var files = corpus.Generate(40).Select(d => (d.FileName, Encoding.UTF8.GetBytes(d.Text))).ToArray();
        var upload = client.SendAsync(Uploads.Request(Uploads.Files(files), PolicyGraphHost.ApiKey));
        string[] reads = ["/api/search?q=%E8%B4%A8%E9%87%8F%E5%BC%BA%E5%B8%82", "/api/docs", "/search?q=%E9%A6%96%E5%B8%AD%E8%B4%A8%E9%87%8F%E5%AE%98", "/", "/api/health"];
        var answered = 0;
        var statuses = new List<HttpStatusCode>();
        while (!upload.IsCompleted)
        {
            using var response = await client.GetAsync(reads[answered % reads.Length]);
            statuses.Add(response.StatusCode);
            answered++;
        }
        using var uploaded = await upload;
        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.True(answered >= 10, $"only {answered} reads were answered during the upload");
        Assert.Contains("\"ingested\"", await uploaded.Content.ReadAsStringAsync());
        output.WriteLine($"{answered} reads answered during the upload, all 200");
    }

    [Fact]
    public void A_second_writer_on_the_hosts_data_directory_is_refused_naming_the_host()
    {
        using var client = host.CreateClient();
        var refused = Assert.Throws<DataDirectoryInUseException>(() => DataDirectoryLock.Acquire(host.DataDirectory, "policygraph ingest"));
        Assert.Contains("in use by the PolicyGraph web host (pid " + Environment.ProcessId, refused.Message);
    }
}
