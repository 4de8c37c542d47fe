namespace PolicyGraph.Browser.Tests;

/// <summary>
/// One site process and one browser for every browser test: each test class carries
/// <c>[Collection(BrowserCollection.Name)]</c> (xunit does not inherit it from the base class), so the classes share
/// these fixtures and run one after the other.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<SiteProcess>, ICollectionFixture<Chromium>
{
    public const string Name = "site in chromium";
}
