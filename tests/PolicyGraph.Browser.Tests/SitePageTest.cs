using System.Reflection;
using Microsoft.Playwright;
using PolicyGraph.Testing;
using Xunit.Abstractions;

namespace PolicyGraph.Browser.Tests;

/// <summary>
/// A browser test against the running site: a fresh browser context (zh-CN, 1280×800, <see cref="BaseUrl"/> as its
/// base, so <c>Page.GotoAsync("/search?q=…")</c> works) and one <see cref="Page"/> per test, in the collection's one
/// chromium. <see cref="Screenshot"/> saves a full-page PNG under <see cref="ScreenshotDirectory"/> and prints its path in
/// the test output; a test that opened a page and took none (one that failed, say) gets one when it ends.
/// </summary>
public abstract class SitePageTest(SiteProcess site, Chromium chromium, ITestOutputHelper output) : IAsyncLifetime
{
    private readonly List<string> consoleErrors = [];
    private int screenshots;

    /// <summary>Where screenshots go: <c>TestResults/screenshots/</c> at the repository root (ignored by git), one
    /// file per test named <c>Class.Method.png</c> (<c>Class.Method.name.png</c> when given a name), overwritten each run.</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(RepositoryFiles.Root, "TestResults", "screenshots");

    protected SiteProcess Site => site;

    protected Chromium Chromium => chromium;

    protected ITestOutputHelper Output => output;

    /// <summary>Where the site listens, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    protected string BaseUrl => site.BaseUrl;

    protected IBrowserContext Context { get; private set; } = null!;

    protected IPage Page { get; private set; } = null!;

    /// <summary>HTTP through the browser context (same base URL and cookies), for the API: <c>Api.GetAsync("/api/docs")</c>.</summary>
    protected IAPIRequestContext Api => Context.APIRequest;

    /// <summary>Console errors (with their location) and uncaught exceptions of the page so far.</summary>
    protected IReadOnlyList<string> ConsoleErrors => consoleErrors;

    /// <summary>This test's name for files: <c>Class.Method</c>.</summary>
    protected string TestName => $"{GetType().Name}.{TestMethodName() ?? "test"}";

    public virtual async Task InitializeAsync()
    {
        Context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.BaseUrl,
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        });
        // Waits are for behaviour, never for speed: the suite runs its test projects side by side on two cores (the load
        // tests among them), so a page may take many seconds to answer. Generous limits keep a busy machine from failing
        // a test whose page is right; a page that never comes still fails, after two minutes.
        Context.SetDefaultTimeout(120_000);
        Context.SetDefaultNavigationTimeout(120_000);
        Assertions.SetDefaultExpectTimeout(60_000);
        Page = await Context.NewPageAsync();
        Page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add($"{message.Text} ({message.Location})");
            }
        };
        Page.PageError += (_, error) => consoleErrors.Add(error);
    }

    /// <summary>Saves a full-page screenshot of <see cref="Page"/> and writes its absolute path to the test output.</summary>
    protected async Task<string> Screenshot(string? name = null)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        var file = Path.Combine(ScreenshotDirectory, FileName(name is null ? TestName : $"{TestName}.{name}") + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        screenshots++;
        output.WriteLine($"screenshot: {file}");
        return file;
    }

    public virtual async Task DisposeAsync()
    {
        try
        {
            if (screenshots == 0 && Page is not null && Page.Url != "about:blank")
            {
                await Screenshot();
            }
        }
        catch (PlaywrightException e)
        {
            output.WriteLine($"no screenshot: {e.Message}");
        }
        foreach (var error in consoleErrors)
        {
            output.WriteLine($"console error: {error}");
        }
        if (Context is not null)
        {
            await Context.CloseAsync();
        }
    }

    private static string FileName(string name) =>
        string.Concat(name.Select(c => Path.GetInvalidFileNameChars().Contains(c) || char.IsWhiteSpace(c) ? '_' : c));

    /// <summary>xunit 2 tells a test's output helper which test it belongs to, but not the test: read it from there.</summary>
    private string? TestMethodName() =>
        output.GetType().GetField("test", BindingFlags.Instance | BindingFlags.NonPublic)?.GetValue(output) is ITest test
            ? test.TestCase.TestMethod.Method.Name
            : null;
}
