namespace PolicyGraph.Core.Store.Neo4j;

/// <summary>
/// Where the Neo4j store is: the server's HTTP address (<c>http://localhost:7474</c>, or an Aura instance's
/// <c>https://xxxx.databases.neo4j.io</c>), the database, and the user for basic authentication.
/// </summary>
public sealed record Neo4jOptions(Uri Url, string Database, string? User, string? Password)
{
    public const string UrlVariable = "POLICYGRAPH_NEO4J_URL";
    public const string UserVariable = "POLICYGRAPH_NEO4J_USER";
    public const string PasswordVariable = "POLICYGRAPH_NEO4J_PASSWORD";
    public const string DatabaseVariable = "POLICYGRAPH_NEO4J_DATABASE";

    /// <summary>The options the environment gives, or null when <see cref="UrlVariable"/> is not set (the SQLite store is used).</summary>
    public static Neo4jOptions? FromEnvironment() => From(Environment.GetEnvironmentVariable);

    /// <summary>The options from named settings; a URL that is set but not an absolute http(s) address is an error that names it.</summary>
    public static Neo4jOptions? From(Func<string, string?> setting)
    {
        var url = setting(UrlVariable);
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"{UrlVariable} must be the server's http:// or https:// address (the Query API's), not '{url}'");
        }
        var database = setting(DatabaseVariable);
        return new Neo4jOptions(uri, string.IsNullOrWhiteSpace(database) ? "neo4j" : database.Trim(), setting(UserVariable), setting(PasswordVariable));
    }

    /// <summary>The address a log may show: no user, no password.</summary>
    public override string ToString() => $"{Url.GetLeftPart(UriPartial.Authority)} database {Database}";
}
