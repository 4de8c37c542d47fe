using PolicyGraph.Api.Apis;
using PolicyGraph.Api.Extensions;
using PolicyGraph.Web;
using PolicyGraph.Web.Components;

// The content root is the build output, wherever the site is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
try
{
    builder.AddPolicyGraph();
}
catch (PolicyGraph.Core.Persistence.DataDirectoryInUseException e)
{
    Console.Error.WriteLine($"policygraph web: {e.Message}");
    return 1;
}
builder.Services.AddRazorComponents();

var app = builder.Build();
app.UseRequestLog();
// A request the framework cannot read (malformed JSON, a wrong parameter type, a body over the limit) is the caller's error: 4xx, not 500.
app.UseExceptionHandler(new ExceptionHandlerOptions
{
    StatusCodeSelector = e => e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
});
app.UseStatusCodePages();
app.UseSiteSecurityHeaders();
app.UseRouting();
app.UseCors();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.IngestSamplesOnFirstStart();

app.MapApiReference();
app.MapHealthApi();
app.MapDocsApi();
app.MapLineageApi();
app.MapSearchApi();
app.MapSuggestApi();
app.MapSimilarApi();
app.MapIndicatorsApi();
app.MapIngestApi();
app.MapSiteEndpoints();
app.MapRazorComponents<App>();

app.Run();
return 0;

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
