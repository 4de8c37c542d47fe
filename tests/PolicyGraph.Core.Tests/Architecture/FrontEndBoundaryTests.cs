using System.Text.RegularExpressions;
using PolicyGraph.Testing;

namespace PolicyGraph.Core.Tests.Architecture;

/// <summary>
/// The site and the API ask Core's queries and only format the answers (issue 14): no page and no endpoint group names
/// the graph store, one of its implementations or what opens one (the composition root, Api/Extensions, registers
/// them), and neither project reaches the command line's libraries. Read from the sources and the project files.
/// </summary>
public sealed class FrontEndBoundaryTests
{
    [Fact]
    public void Pages_and_endpoints_name_no_store_and_the_site_and_API_reach_no_console_library()
    {
        var files = Directory.EnumerateFiles(Path.Combine(RepositoryFiles.Root, "src"), "*", SearchOption.AllDirectories)
            .Where(p => FrontEndBoundary.FileKinds.Contains(Path.GetExtension(p)) && !p.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Select(p => (Path.GetRelativePath(RepositoryFiles.Root, p).Replace(Path.DirectorySeparatorChar, '/'), File.ReadAllText(p)))
            .ToList();
        var boundary = FrontEndBoundary.Read(files);
        Assert.Superset(new HashSet<string> { "IGraphStore", "SqliteGraphStore", "Neo4jGraphStore", "DataDirectory" }, boundary.StoreNames.ToHashSet());
        Assert.True(boundary.Guarded >= 20, $"only {boundary.Guarded} page and endpoint files found");
        Assert.True(boundary.Violations.Count == 0, "the site or the API goes round the query layer:\n" + string.Join("\n", boundary.Violations));
    }

    [Fact]
    public void A_page_injecting_the_store_an_endpoint_naming_an_implementation_and_a_console_package_are_each_found()
    {
        var boundary = FrontEndBoundary.Read(
        [
            ("src/PolicyGraph.Core/Store/IGraphStore.cs", "namespace PolicyGraph.Core.Store;\npublic interface IGraphStore { }"),
            ("src/PolicyGraph.Core/Store/MemoryStore.cs", "namespace PolicyGraph.Core.Store;\npublic sealed class MemoryStore(int size) : IDisposable, IGraphStore { }"),
            ("src/PolicyGraph.Core/Persistence/Stores.cs", "namespace PolicyGraph.Core.Persistence;\npublic static class Stores\n{\n    public static IGraphStore Open(string d) => new MemoryStore(1);\n}"),
            ("src/PolicyGraph.Web/Components/Pages/Home.razor", "@page \"/\"\n@inject IGraphStore Store\n<p>@Store</p>"),
            ("src/PolicyGraph.Web/Components/Pages/Fine.razor", "@page \"/fine\"\n@inject DocumentQueries Documents\n<p>MemoryStores and IGraphStoreX are other words</p>"),
            ("src/PolicyGraph.Api/Apis/DocsApi.cs", "namespace PolicyGraph.Api.Apis;\nclass DocsApi\n{\n    static object Get() => Stores.Open(\"d\");\n}"),
            ("src/PolicyGraph.Api/Extensions/Extensions.cs", "class Extensions { void Add() => services.AddSingleton<IGraphStore>(_ => Stores.Open(\"d\")); }"),
            ("src/PolicyGraph.Api/Hosting/Table.cs", "using Spectre.Console;\nclass Table { }"),
            ("src/PolicyGraph.Web/PolicyGraph.Web.csproj", "<Project><ItemGroup><ProjectReference Include=\"..\\PolicyGraph.Api\\PolicyGraph.Api.csproj\" /></ItemGroup></Project>"),
            ("src/PolicyGraph.Api/PolicyGraph.Api.csproj", "<Project><ItemGroup><ProjectReference Include=\"../PolicyGraph.Cli/PolicyGraph.Cli.csproj\" /></ItemGroup></Project>"),
            ("src/PolicyGraph.Cli/PolicyGraph.Cli.csproj", "<Project><ItemGroup><PackageReference Include=\"System.CommandLine\" /></ItemGroup></Project>"),
        ]);
        Assert.Equal(["IGraphStore", "MemoryStore", "Stores"], boundary.StoreNames);
        Assert.Equal(3, boundary.Guarded);
        Assert.Equal(
        [
            "src/PolicyGraph.Api/Apis/DocsApi.cs:4 names Stores",
            "src/PolicyGraph.Api/Hosting/Table.cs:1 names Spectre.Console",
            "src/PolicyGraph.Api/PolicyGraph.Api.csproj reaches System.CommandLine through src/PolicyGraph.Cli/PolicyGraph.Cli.csproj",
            "src/PolicyGraph.Web/Components/Pages/Home.razor:2 names IGraphStore",
            "src/PolicyGraph.Web/PolicyGraph.Web.csproj reaches System.CommandLine through src/PolicyGraph.Cli/PolicyGraph.Cli.csproj",
        ], boundary.Violations);
    }
}

/// <summary>
/// What the site and the API may not name: the store's names (the interface, every class implementing it, every class
/// handing one out) in pages (<c>src/PolicyGraph.Web/Components</c>) and endpoint groups
/// (<c>src/PolicyGraph.Api/Apis</c>), comments included; the command line's libraries anywhere in either project,
/// in its sources or through its project references.
/// </summary>
internal sealed partial class FrontEndBoundary
{
    public static readonly HashSet<string> FileKinds = new(StringComparer.Ordinal) { ".cs", ".razor", ".csproj" };

    private static readonly string[] GuardedFolders = ["src/PolicyGraph.Web/Components/", "src/PolicyGraph.Api/Apis/"];

    private static readonly string[] FrontEnds = ["src/PolicyGraph.Web/", "src/PolicyGraph.Api/"];

    private static readonly string[] ConsoleLibraries = ["System.CommandLine", "Spectre.Console"];

    public required IReadOnlyList<string> StoreNames { get; init; }

    /// <summary>How many page and endpoint files were checked for the store's names.</summary>
    public required int Guarded { get; init; }

    public required IReadOnlyList<string> Violations { get; init; }

    public static FrontEndBoundary Read(IReadOnlyList<(string Path, string Text)> files)
    {
        var sources = files.Where(f => !f.Path.EndsWith(".csproj", StringComparison.Ordinal)).ToList();
        var storeNames = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (_, text) in sources.Where(f => f.Path.EndsWith(".cs", StringComparison.Ordinal)))
        {
            storeNames.UnionWith(StoreInterface().Matches(text).Select(m => m.Groups["name"].Value));
            storeNames.UnionWith(StoreImplementation().Matches(text).Select(m => m.Groups["name"].Value));
            if (StoreOpener().IsMatch(text))
            {
                storeNames.UnionWith(OpenerClass().Matches(text).Select(m => m.Groups["name"].Value));
            }
        }
        var storeName = new Regex(@"(?<![\w.])(?:" + string.Join('|', storeNames.Select(Regex.Escape)) + @")(?!\w)");
        var consoleName = new Regex(@"(?<![\w.])(?:" + string.Join('|', ConsoleLibraries.Select(Regex.Escape)) + @")(?![\w])");
        var violations = new List<string>();
        var guarded = sources.Where(f => GuardedFolders.Any(g => f.Path.StartsWith(g, StringComparison.Ordinal))).ToList();
        foreach (var (path, text) in sources.Where(f => FrontEnds.Any(p => f.Path.StartsWith(p, StringComparison.Ordinal))))
        {
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var names = consoleName.Matches(lines[i]).Select(m => m.Value);
                if (storeNames.Count > 0 && guarded.Any(g => g.Path == path))
                {
                    names = storeName.Matches(lines[i]).Select(m => m.Value).Concat(names);
                }
                violations.AddRange(names.Distinct(StringComparer.Ordinal).Select(name => $"{path}:{i + 1} names {name}"));
            }
        }
        violations.AddRange(ProjectViolations(files.Where(f => f.Path.EndsWith(".csproj", StringComparison.Ordinal)).ToDictionary(f => f.Path, f => f.Text)));
        violations.Sort(StringComparer.Ordinal);
        return new FrontEndBoundary { StoreNames = [.. storeNames], Guarded = guarded.Count, Violations = violations };
    }

    /// <summary>A front end's project that reaches a console library: itself, or through the projects it references.</summary>
    private static IEnumerable<string> ProjectViolations(Dictionary<string, string> projects)
    {
        foreach (var project in projects.Keys.Where(p => FrontEnds.Any(f => p.StartsWith(f, StringComparison.Ordinal))).Order(StringComparer.Ordinal))
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var pending = new Queue<string>([project]);
            while (pending.TryDequeue(out var current))
            {
                if (!seen.Add(current) || !projects.TryGetValue(current, out var xml))
                {
                    continue;
                }
                foreach (Match reference in Reference().Matches(xml))
                {
                    var include = reference.Groups["include"].Value;
                    if (reference.Groups["kind"].Value == "Project")
                    {
                        pending.Enqueue(Beside(current, include));
                    }
                    else if (ConsoleLibraries.Any(l => include == l || include.StartsWith(l + ".", StringComparison.Ordinal)))
                    {
                        yield return current == project ? $"{project} references {include}" : $"{project} reaches {include} through {current}";
                    }
                }
            }
        }
    }

    /// <summary>A project reference's path from the repository root: <c>..\X\X.csproj</c> beside the referring project.</summary>
    private static string Beside(string project, string include)
    {
        var parts = new List<string>(project.Split('/')[..^1]);
        foreach (var part in include.Replace('\\', '/').Split('/'))
        {
            if (part == "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else if (part is not ("." or ""))
            {
                parts.Add(part);
            }
        }
        return string.Join('/', parts);
    }

    [GeneratedRegex(@"\binterface\s+(?<name>IGraphStore)\b")]
    private static partial Regex StoreInterface();

    [GeneratedRegex(@"\bclass\s+(?<name>\w+)\s*(?:\([^)]*\))?\s*:[^{;]*\bIGraphStore\b")]
    private static partial Regex StoreImplementation();

    [GeneratedRegex(@"\bpublic\s+(?:static\s+)?IGraphStore\s+\w+\s*\(")]
    private static partial Regex StoreOpener();

    [GeneratedRegex(@"\bclass\s+(?<name>\w+)")]
    private static partial Regex OpenerClass();

    [GeneratedRegex(@"<(?<kind>Project|Package)Reference\s+Include=""(?<include>[^""]+)""")]
    private static partial Regex Reference();
}
