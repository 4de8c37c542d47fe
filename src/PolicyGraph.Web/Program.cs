using PolicyGraph.Api.Apis;
using PolicyGraph.Api.Extensions;
using PolicyGraph.Web.Pages;

// The content root is the build output, wherever the site is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddPolicyGraph();

var app = builder.Build();
app.UseRequestLog();
// A request the framework cannot read (malformed JSON, a wrong parameter type, a body over the limit) is the caller's error: 4xx, not 500.
app.UseExceptionHandler(new ExceptionHandlerOptions
{
    StatusCodeSelector = e => e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
});
app.UseStatusCodePages();
app.UseRouting();
app.UseCors();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.IngestSamplesOnFirstStart();

app.MapApiReference();
app.MapHealthApi();
app.MapDocsApi();
app.MapLineageApi();
app.MapSearchApi();
app.MapSimilarApi();
app.MapIndicatorsApi();
app.MapIngestApi();
app.MapSitePages();

app.Run();

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
