using System.Text.RegularExpressions;
using PolicyGraph.Testing;

namespace PolicyGraph.Core.Tests.Architecture;

/// <summary>
/// The namespaces of <c>src/</c> point one way (issue 14): a namespace that reaches one which reaches back is two rooms
/// a reader cannot take one at a time. The graph is read from the source: a file's <c>using PolicyGraph.…;</c> lines and
/// the names it qualifies in its code (<c>Outline.NewsLead</c>, <c>PolicyGraph.Core.Text.TitleKey</c>).
/// </summary>
public sealed partial class NamespaceGraphTests
{
    [Fact]
    public void No_namespace_in_src_reaches_back_to_one_that_reaches_it()
    {
        var sources = Directory.EnumerateFiles(Path.Combine(RepositoryFiles.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Select(p => (Path.GetRelativePath(RepositoryFiles.Root, p), File.ReadAllText(p)))
            .ToList();
        var graph = NamespaceGraph.Read(sources);
        Assert.True(graph.Namespaces.Count >= 20, $"only {graph.Namespaces.Count} namespaces found under src/");
        var cycles = graph.Cycles();
        Assert.True(cycles.Count == 0, "namespace cycles:\n" + string.Join("\n", cycles.Select(graph.Describe)));
    }

    [Fact]
    public void A_cycle_through_a_using_or_a_qualified_name_is_found_with_the_files_that_make_it()
    {
        var graph = NamespaceGraph.Read(
        [
            ("a/Reader.cs", "using PolicyGraph.Demo.Outline;\nnamespace PolicyGraph.Demo.Reading;\nclass Reader { }"),
            ("a/Marker.cs", "namespace PolicyGraph.Demo.Outline;\nclass Marker { int M() => Normalising.Joiner.Join(); }"),
            ("a/Joiner.cs", "namespace PolicyGraph.Demo.Normalising;\nclass Joiner { object R() => new PolicyGraph.Demo.Reading.Reader(); }"),
            ("a/Text.cs", "namespace PolicyGraph.Demo.Text;\nclass Words { }"),
            ("a/User.cs", "using PolicyGraph.Demo.Text;\nnamespace PolicyGraph.Demo.Search;\nclass User { }"),
        ]);
        var cycles = graph.Cycles();
        Assert.True(cycles.Count == 1, $"expected one cycle in {graph}");
        var cycle = cycles[0];
        Assert.Equal(["PolicyGraph.Demo.Normalising", "PolicyGraph.Demo.Outline", "PolicyGraph.Demo.Reading"], cycle);
        Assert.Contains("a/Marker.cs", graph.Describe(cycle), StringComparison.Ordinal);
    }
}

/// <summary>The namespaces of a set of C# files and which reaches which, each edge with the files that make it.</summary>
internal sealed partial class NamespaceGraph
{
    private readonly Dictionary<string, Dictionary<string, SortedSet<string>>> _edges = new(StringComparer.Ordinal);

    public SortedSet<string> Namespaces { get; } = new(StringComparer.Ordinal);

    public static NamespaceGraph Read(IEnumerable<(string Path, string Text)> files)
    {
        var graph = new NamespaceGraph();
        var declared = files.Select(f => (f.Path, f.Text, Namespace: FileNamespace().Match(f.Text) is { Success: true } m ? m.Groups["ns"].Value : null))
            .Where(f => f.Namespace is not null).ToList();
        foreach (var f in declared)
        {
            graph.Namespaces.Add(f.Namespace!);
        }
        foreach (var (path, text, declaredNamespace) in declared)
        {
            var ns = declaredNamespace!;
            foreach (Match u in UsingLine().Matches(text))
            {
                graph.Add(ns, u.Groups["ns"].Value, path);
            }
            // Code only: comments and strings name namespaces without reaching them.
            var code = StringOrComment().Replace(UsingLine().Replace(text, string.Empty), " ");
            foreach (Match q in QualifiedName().Matches(code))
            {
                // The longest known namespace the name starts with, resolved as the compiler does: from the innermost
                // enclosing namespace outward (Outline.NewsLead inside PolicyGraph.Ingest.Extraction is
                // PolicyGraph.Ingest.Outline.NewsLead), the name's own first segment at least.
                var name = q.Value;
                var parts = ns.Split('.');
                var target = Enumerable.Range(0, parts.Length + 1).Reverse()
                    .Select(depth => string.Join('.', parts.Take(depth)))
                    .Select(scope => Prefixes(scope.Length == 0 ? name : scope + "." + name)
                        .Where(p => p.Length > scope.Length && graph.Namespaces.Contains(p)).OrderByDescending(p => p.Length).FirstOrDefault())
                    .FirstOrDefault(t => t is not null);
                if (target is not null)
                {
                    graph.Add(ns, target, path);
                }
            }
        }
        return graph;

        static IEnumerable<string> Prefixes(string dotted)
        {
            for (var i = dotted.IndexOf('.', StringComparison.Ordinal); i > 0; i = dotted.IndexOf('.', i + 1))
            {
                yield return dotted[..i];
            }
        }
    }

    /// <summary>Each set of namespaces that reach one another (Tarjan's strongly connected components of two or more).</summary>
    public List<List<string>> Cycles()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var cycles = new List<List<string>>();
        foreach (var start in Namespaces.Where(n => !index.ContainsKey(n)))
        {
            Visit(start);
        }
        return cycles;

        void Visit(string v)
        {
            index[v] = low[v] = index.Count;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in _edges.GetValueOrDefault(v)?.Keys ?? Enumerable.Empty<string>())
            {
                if (!index.ContainsKey(w))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack.Contains(w))
                {
                    low[v] = Math.Min(low[v], index[w]);
                }
            }
            if (low[v] == index[v])
            {
                var component = new List<string>();
                string w;
                do
                {
                    w = stack.Pop();
                    onStack.Remove(w);
                    component.Add(w);
                }
                while (w != v);
                if (component.Count > 1)
                {
                    cycles.Add([.. component.Order(StringComparer.Ordinal)]);
                }
            }
        }
    }

    /// <summary>A cycle's edges, each with the files that make it.</summary>
    public string Describe(List<string> cycle) =>
        string.Join("\n", cycle.SelectMany(from => _edges.GetValueOrDefault(from)?.Where(e => cycle.Contains(e.Key)).Select(e => $"  {from} -> {e.Key}: {string.Join(", ", e.Value)}") ?? []));

    public override string ToString() =>
        string.Join("; ", _edges.SelectMany(e => e.Value.Keys.Select(to => $"{e.Key} -> {to}")));

    private void Add(string from, string to, string path)
    {
        if (from == to || !Namespaces.Contains(to))
        {
            return;
        }
        if (!_edges.TryGetValue(from, out var targets))
        {
            _edges[from] = targets = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        }
        if (!targets.TryGetValue(to, out var paths))
        {
            targets[to] = paths = new SortedSet<string>(StringComparer.Ordinal);
        }
        paths.Add(path);
    }

    [GeneratedRegex(@"^namespace\s+(?<ns>[\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex FileNamespace();

    [GeneratedRegex(@"^using\s+(?<ns>PolicyGraph(?:\.\w+)*)\s*;", RegexOptions.Multiline)]
    private static partial Regex UsingLine();

    // Dotted names starting with a capital: PolicyGraph.Core.Text.TitleKey, Outline.NewsLead.Read.
    [GeneratedRegex(@"(?<![\w.])[A-Z]\w*(?:\.[A-Z]\w*)+")]
    private static partial Regex QualifiedName();

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/|@""(?:[^""]|"""")*""|""""""[\s\S]*?""""""|""(?:\\.|[^""\\\n])*""|'(?:\\.|[^'\\\n])'", RegexOptions.Singleline)]
    private static partial Regex StringOrComment();
}
