using System.Reflection;

namespace PolicyGraph.Core.Store.Neo4j;

/// <summary>
/// The Cypher the Neo4j store runs: the repository's <c>cypher/</c> files, embedded in this assembly at build time,
/// so that what the linter checks is exactly what runs.
/// </summary>
public static class CypherFiles
{
    private const string Prefix = "PolicyGraph.Cypher.";

    /// <summary>A file's text by its path under <c>cypher/</c> (<c>store/document-get.cypher</c>).</summary>
    public static string Read(string path)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Prefix + path.Replace('\\', '/'))
            ?? throw new InvalidOperationException($"cypher/{path} is not embedded in the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The paths of every embedded file.</summary>
    public static IReadOnlyList<string> All() => Assembly.GetExecutingAssembly().GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Select(n => n[Prefix.Length..]).Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// A file's statements, comments dropped: a statement ends with a semicolon at the end of a line (the files
    /// put one statement's lines together and end it so; no string literal in them ends a line with one).
    /// </summary>
    public static IReadOnlyList<string> Statements(string path)
    {
        var statements = new List<string>();
        var current = new List<string>();
        foreach (var raw in Read(path).Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.TrimStart().StartsWith("//", StringComparison.Ordinal) || line.Length == 0)
            {
                continue;
            }
            if (line.EndsWith(';'))
            {
                current.Add(line[..^1]);
                statements.Add(string.Join('\n', current));
                current.Clear();
            }
            else
            {
                current.Add(line);
            }
        }
        if (current.Count > 0)
        {
            statements.Add(string.Join('\n', current));
        }
        return statements;
    }

    /// <summary>The one statement of a file that holds one.</summary>
    public static string Statement(string path) => Statements(path) is [var only]
        ? only
        : throw new InvalidOperationException($"cypher/{path} should hold exactly one statement");
}

/// <summary>The Neo4j store's statements, by name (<c>cypher/store/NAME.cypher</c>), each read once.</summary>
internal static class StoreStatements
{
    private static readonly Dictionary<string, string> Cache = new(StringComparer.Ordinal);

    public static string Get(string name)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(name, out var text))
            {
                Cache[name] = text = CypherFiles.Statement($"store/{name}.cypher");
            }
            return text;
        }
    }

    /// <summary>The statement that writes a label's nodes from the projection.</summary>
    public static string Nodes(string label) => Get($"nodes-{label}");

    /// <summary>The statement that writes a type's relationships from the projection.</summary>
    public static string Relationships(string type) => Get($"relationships-{type}");
}
