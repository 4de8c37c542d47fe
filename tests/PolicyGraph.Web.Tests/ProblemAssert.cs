using System.Net;
using System.Text.Json;

namespace PolicyGraph.Web.Tests;

internal static class ProblemAssert
{
    /// <summary>The response is RFC 9457 problem details with this status; returns its body.</summary>
    public static async Task<JsonElement> Is(HttpStatusCode status, HttpResponseMessage response)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((int)status, json.RootElement.GetProperty("status").GetInt32());
        return json.RootElement.Clone();
    }
}
