using System.Net;
using System.Text;
using System.Text.Json;
using PolicyGraph.Testing;

namespace PolicyGraph.Web.Tests;

/// <summary>Multipart uploads written byte by byte, so that a test controls exactly the file name the server parses.</summary>
internal static class RawUploads
{
    /// <summary>
    /// One file part named <paramref name="fileName"/>: as a quoted <c>filename</c> (what browsers send) or as an
    /// RFC 5987 <c>filename*</c>, percent-encoded UTF-8 (what carries NUL, line breaks and backslashes unaltered).
    /// </summary>
    public static HttpContent File(string fileName, byte[] bytes, bool encoded, IEnumerable<(string Name, string Value)>? fields = null)
    {
        var boundary = "pg-boundary-" + Guid.NewGuid().ToString("N");
        var disposition = encoded
            ? $"form-data; name=\"files\"; filename*=UTF-8''{Uri.EscapeDataString(fileName)}"
            : $"form-data; name=\"files\"; filename=\"{fileName}\"";
        using var body = new MemoryStream();
        foreach (var (name, value) in fields ?? [])
        {
            body.Write(Encoding.UTF8.GetBytes($"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"));
        }
        body.Write(Encoding.UTF8.GetBytes($"--{boundary}\r\nContent-Disposition: {disposition}\r\nContent-Type: application/octet-stream\r\n\r\n"));
        body.Write(bytes);
        body.Write(Encoding.UTF8.GetBytes($"\r\n--{boundary}--\r\n"));
        var content = new ByteArrayContent(body.ToArray());
        content.Headers.TryAddWithoutValidation("Content-Type", $"multipart/form-data; boundary={boundary}");
        return content;
    }
}

/// <summary>
/// Uploaded file names that try to climb out of the data directory, hide characters or name devices: a folder in a
/// name is dropped and the document stored under its plain name; a name that leaves nothing usable is a 400
/// problem with the reason, and nothing of that request is ingested. Nothing is written anywhere under any name.
/// </summary>
public sealed class UploadNameTests(EmptyStoreHost host) : IClassFixture<EmptyStoreHost>
{
    private static readonly byte[] Document = File.ReadAllBytes(RepositoryFiles.SampleFile("cangland-2019-quality-work-plan-traditional.txt"));

    /// <summary>Marks this run's names, to look for files of that name afterwards.</summary>
    private static readonly string Marker = "pg-name-" + Guid.NewGuid().ToString("N")[..8];

    public static TheoryData<string, bool, string> FoldersDropped => new()
    {
        { $"../../etc/{Marker}-a.txt", false, $"{Marker}-a.txt" },
        { $"..\\..\\{Marker}-b.txt", true, $"{Marker}-b.txt" },
        { $"C:\\Windows\\Temp\\{Marker}-c.txt", true, $"{Marker}-c.txt" },
        { $"/tmp/{Marker}-d.txt", true, $"{Marker}-d.txt" },
        { $"\\\\server\\share\\{Marker}-e.txt", true, $"{Marker}-e.txt" },
        { $"../../../../../../../../{Marker}-f.txt", true, $"{Marker}-f.txt" },
        { $"..%2F..%2F{Marker}-g.txt", true, $"..%2F..%2F{Marker}-g.txt" },
    };

    [Theory]
    [MemberData(nameof(FoldersDropped))]
    public async Task A_folder_in_an_uploaded_name_is_dropped_and_nothing_is_written_under_it(string sent, bool encoded, string stored)
    {
        using var client = host.CreateClient();
        var response = await client.SendAsync(Uploads.Request(RawUploads.File(sent, Document, encoded), PolicyGraphHost.ApiKey));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var ingested = Assert.Single(report.RootElement.GetProperty("ingested").EnumerateArray());
        Assert.Equal(stored, ingested.GetProperty("source").GetString());

        using var docs = JsonDocument.Parse(await client.GetStringAsync("/api/docs"));
        var listed = docs.RootElement.EnumerateArray().Single(d => d.GetProperty("id").GetString() == ingested.GetProperty("id").GetString());
        var source = listed.GetProperty("source").GetString()!;
        Assert.Equal(stored, source);
        Assert.DoesNotContain('/', source);
        Assert.DoesNotContain('\\', source);
        AssertNoFileNamed(Marker);
    }

    [Fact]
    public async Task A_path_to_a_system_file_is_only_a_name_of_an_unsupported_type()
    {
        using var client = host.CreateClient();
        var response = await client.SendAsync(Uploads.Request(RawUploads.File("/etc/passwd", "root:x:0:0"u8.ToArray(), encoded: true), PolicyGraphHost.ApiKey));
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var failed = Assert.Single(report.RootElement.GetProperty("failed").EnumerateArray());
        Assert.Equal("passwd", failed.GetProperty("source").GetString());
        Assert.StartsWith("unsupported file type ''", failed.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    public static TheoryData<string, bool, string> Refused => new()
    {
        { "a\u0000b.txt", true, "invisible character (U+0000)" },
        { $"{Marker}\u0000/../../x.txt", true, "invisible character (U+0000)" },
        { "evil\u202Etxt.exe", true, "invisible character (U+202E)" },
        { "line\nbreak.txt", true, "invisible character (U+000A)" },
        { "tab\there.txt", true, "invisible character (U+0009)" },
        { new string('质', 100) + ".txt", true, "too long (304 bytes in UTF-8; at most 255)" },
        { new string('a', 300) + ".txt", false, "too long (304 bytes in UTF-8; at most 255)" },
        { "../", true, "only folders or dots" },
        { "..\\..\\", true, "only folders or dots" },
        { "..", false, "only folders or dots" },
        { "...", false, "only folders or dots" },
        { "/", true, "only folders or dots" },
        { "   ", false, "has no name" },
        { "CON", false, "device name on Windows" },
        { "con.txt", false, "device name on Windows" },
        { "Nul.docx", true, "device name on Windows" },
        { "LPT1.html", false, "device name on Windows" },
        { "folder/COM9.txt", true, "device name on Windows" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task An_unusable_name_is_a_400_problem_with_the_reason_and_nothing_is_ingested(string sent, bool encoded, string reason)
    {
        using var client = host.CreateClient();
        var before = await DocumentCount(client);
        var response = await client.SendAsync(Uploads.Request(RawUploads.File(sent, Document, encoded), PolicyGraphHost.ApiKey));
        var problem = await ProblemAssert.Is(HttpStatusCode.BadRequest, response);
        Assert.Equal("Bad file name", problem.GetProperty("title").GetString());
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains(reason, detail, StringComparison.Ordinal);
        Assert.DoesNotContain('\0', detail);
        Assert.EndsWith("Nothing was ingested.", detail, StringComparison.Ordinal);
        Assert.Equal(before, await DocumentCount(client));
        AssertNoFileNamed(Marker);
    }

    [Fact]
    public async Task A_request_with_one_bad_name_among_good_ones_ingests_none_of_them()
    {
        using var client = host.CreateClient();
        var before = await DocumentCount(client);
        var form = Uploads.Files(($"{Marker}-good.txt", Document), ("CON.txt", Document));
        var problem = await ProblemAssert.Is(HttpStatusCode.BadRequest, await client.SendAsync(Uploads.Request(form, PolicyGraphHost.ApiKey)));
        Assert.Contains("'CON.txt'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await DocumentCount(client));
    }

    [Fact]
    public async Task An_empty_file_name_is_not_a_file_and_the_request_a_400_problem()
    {
        using var client = host.CreateClient();
        var problem = await ProblemAssert.Is(HttpStatusCode.BadRequest, await client.SendAsync(Uploads.Request(RawUploads.File("", Document, encoded: false), PolicyGraphHost.ApiKey)));
        Assert.Equal("No files", problem.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("evil\u202Etxt.exe", "the name contains an invisible character (U+202E); rename the file")]
    [InlineData("..\\..\\CON.txt", "the name is a device name on Windows")]
    public async Task The_upload_page_refuses_an_unusable_name_with_the_reason(string sent, string reason)
    {
        using var client = host.CreateClient();
        var before = await DocumentCount(client);
        var page = await client.GetStringAsync("/upload");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"(?<t>[^\"]+)\"").Groups["t"].Value;
        Assert.NotEmpty(token);
        var form = RawUploads.File(sent, Document, encoded: true, [("_handler", "upload"), ("__RequestVerificationToken", token), ("apiKey", PolicyGraphHost.ApiKey)]);
        var response = await client.PostAsync("/upload", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains($"不可用（{reason}", html, StringComparison.Ordinal);
        Assert.Contains("未上传任何文件", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\u202E", html, StringComparison.Ordinal);
        Assert.Equal(before, await DocumentCount(client));
    }

    private static async Task<int> DocumentCount(HttpClient client)
    {
        using var docs = JsonDocument.Parse(await client.GetStringAsync("/api/docs"));
        return docs.RootElement.GetArrayLength();
    }

    /// <summary>No file whose name holds <paramref name="marker"/>, in the data directory's parent, the working directory or the root, a few levels down.</summary>
    private void AssertNoFileNamed(string marker)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MaxRecursionDepth = 3, AttributesToSkip = FileAttributes.ReparsePoint };
        foreach (var root in new[] { Path.GetDirectoryName(host.DataDirectory)!, host.DataDirectory, Environment.CurrentDirectory, "/etc", "/tmp" }.Distinct())
        {
            Assert.Empty(Directory.EnumerateFileSystemEntries(root, $"*{marker}*", options));
        }
    }
}
