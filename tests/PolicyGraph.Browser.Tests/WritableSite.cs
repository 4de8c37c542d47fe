namespace PolicyGraph.Browser.Tests;

/// <summary>A second site, started with an API key, for the tests that upload: the shared site keeps the samples alone.</summary>
public sealed class WritableSite : SiteProcess
{
    public const string Key = "browser-test-key";

    public override string? ApiKey => Key;
}

/// <summary>The tests that change the store, on their own site (and browser), so that the other tests see the samples alone.</summary>
[CollectionDefinition(Name)]
public sealed class WritableSiteCollection : ICollectionFixture<WritableSite>, ICollectionFixture<Chromium>
{
    public const string Name = "writable site in chromium";
}
