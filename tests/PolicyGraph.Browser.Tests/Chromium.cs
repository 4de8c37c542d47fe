using System.Diagnostics;
using Microsoft.Playwright;

namespace PolicyGraph.Browser.Tests;

/// <summary>
/// Debian's chromium, found on PATH and driven by Playwright (headless, no sandbox: CI runs as root). Playwright's
/// own browser download does not work on these machines; <c>tools/install-test-deps.sh</c> (run by <c>./test.sh</c>)
/// installs the chromium and fonts-noto-cjk packages instead. Without chromium every browser test fails, saying so.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string InstallHint =
        "The browser tests need Debian's chromium on PATH (and fonts-noto-cjk for Chinese text): run ./tools/install-test-deps.sh "
        + "as root (./test.sh does), or apt-get install chromium fonts-noto-cjk. Playwright's own browser download does not work here.";

    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The chromium executable Playwright launched.</summary>
    public string ExecutablePath { get; private set; } = "";

    /// <summary>How long launching the browser took.</summary>
    public TimeSpan StartTime { get; private set; }

    public async Task InitializeAsync()
    {
        ExecutablePath = FindOnPath("chromium") ?? throw new InvalidOperationException("chromium was not found on PATH. " + InstallHint);
        var clock = Stopwatch.StartNew();
        playwright = await Playwright.CreateAsync();
        try
        {
            Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                // As root (CI) chromium's sandbox cannot start; the machine's network is closed, so no background traffic.
                Args = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            });
        }
        catch (PlaywrightException e)
        {
            throw new InvalidOperationException($"Playwright could not launch {ExecutablePath}: {e.Message}{Environment.NewLine}{InstallHint}", e);
        }
        StartTime = clock.Elapsed;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        playwright?.Dispose();
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
