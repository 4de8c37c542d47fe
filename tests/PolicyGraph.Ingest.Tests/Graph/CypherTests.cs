using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using PolicyGraph.Core.Citations;
using PolicyGraph.Core.Graph;
using PolicyGraph.Ingest.Tests.Linking;
using PolicyGraph.Testing;

namespace PolicyGraph.Ingest.Tests.Graph;

/// <summary>
/// cypher/ read by Neo4j's own parser (tools/cypher-lint) and held against the graph model of samples/ and the
/// corpus: labels, relationship types and properties the projection emits, files and typed columns the export writes.
/// </summary>
[Trait("Category", "Slow")] // left out of ./test.sh --fast (README: running the tests)
[Collection(ReferenceCorpus.Name)]
public sealed partial class CypherTests(SamplesAndCorpus data) : IDisposable
{
    private readonly TemporaryDirectory _temporary = new();

    public void Dispose() => _temporary.Dispose();

    private static string CypherDirectory => Path.Combine(RepositoryFiles.Root, "cypher");

    private static IEnumerable<string> CypherFiles() =>
        Directory.GetFiles(CypherDirectory, "*.cypher", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    /// <summary>The files that read or build the exported model: all but the Neo4j store's own statements (cypher/store).</summary>
    private static IEnumerable<string> ModelFiles() =>
        CypherFiles().Where(f => !Path.GetRelativePath(CypherDirectory, f).StartsWith("store" + Path.DirectorySeparatorChar, StringComparison.Ordinal));

    private ProjectedGraph Graph => new GraphProjection(data.Store, DocumentRegistry.Instance).All();

    [Fact]
    public void Neo4j_s_parser_finds_no_error_or_warning_in_the_cypher_directory()
    {
        var lint = Lint();
        Assert.True(lint.ExitCode == 0, $"cypher-lint exited {lint.ExitCode}:\n{lint.Output}");
        var summary = Summary(lint.Output);
        Assert.Equal(CypherFiles().Count(), summary.Files);
        Assert.True(summary.Errors == 0 && summary.Warnings == 0, lint.Output);
        // The parser splits the files where we end statements (each with `;` at the end of a line), and that is at
        // least a constraint per label, one import statement per label and per type, and the seven queries.
        var terminated = CypherFiles().Sum(f => Code(File.ReadAllText(f)).Split('\n').Count(l => l.TrimEnd().EndsWith(';')));
        Assert.Equal(terminated, summary.Statements);
        Assert.True(summary.Statements >= (2 * NodeLabels.All.Count) + RelationshipTypes.All.Count + 7, lint.Output);
    }

    [Fact]
    public void A_broken_statement_in_the_middle_of_a_file_fails_the_lint_at_its_line_and_column()
    {
        var file = Path.Combine(_temporary.Path, "broken.cypher");
        File.WriteAllText(file, """
            // A file with one statement broken between two good ones.
            // Parameters: $id
            MATCH (d:Document {id: $id}) RETURN d.title;

            MATCH (d:Document {id: $id} RETURN d;
            MATCH (c:Clause {docId: $id}) RETURN c.text;
            // a comment after the last statement
            """);
        var lint = Lint(file);
        Assert.True(lint.ExitCode == 1, $"cypher-lint exited {lint.ExitCode}:\n{lint.Output}");
        // Line 5, column 29: the RETURN where `)` should close the node pattern.
        Assert.Contains($"{file}:5:29: error: Invalid input 'RETURN'", lint.Output, StringComparison.Ordinal);
        var errors = lint.Output.Split('\n').Where(l => l.Contains(": error: ", StringComparison.Ordinal)).ToList();
        Assert.True(errors.Count == 1, lint.Output);
        Assert.Equal((1, 3, 1), (Summary(lint.Output).Files, Summary(lint.Output).Statements, Summary(lint.Output).Errors));
    }

    [Fact]
    public void Every_label_relationship_type_and_property_in_cypher_is_one_the_model_emits()
    {
        var graph = Graph;
        Assert.All(graph.Nodes, n => Assert.Contains(n.Label, NodeLabels.All));
        Assert.All(graph.Relationships, r => Assert.Contains(r.Type, RelationshipTypes.All));
        var properties = graph.Nodes.SelectMany(n => n.Properties.Keys)
            .Concat(graph.Relationships.SelectMany(r => r.Properties.Keys)).ToHashSet(StringComparer.Ordinal);

        var (labels, types, keys) = Vocabulary(ModelFiles());

        Assert.All(labels, l => Assert.True(NodeLabels.All.Contains(Bare(l)), $"{l} is not a label of NodeLabels.All"));
        Assert.All(types, t => Assert.True(RelationshipTypes.All.Contains(Bare(t)), $"{t} is not a type of RelationshipTypes.All"));
        Assert.All(keys, k => Assert.True(properties.Contains(Bare(k)), $"{k} is not a property the projection emits ({string.Join(", ", properties.Order(StringComparer.Ordinal))})"));
        // The patterns see what the files use: schema and import name every label and type, and the import sets
        // every property.
        Assert.Equal(NodeLabels.All.Order(StringComparer.Ordinal), labels.Select(Bare).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(RelationshipTypes.All.Order(StringComparer.Ordinal), types.Select(Bare).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(properties.Order(StringComparer.Ordinal), keys.Select(Bare).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_Neo4j_stores_statements_use_the_models_labels_and_types_and_only_properties_the_store_writes()
    {
        var graph = Graph;
        var properties = graph.Nodes.SelectMany(n => n.Properties.Keys).Concat(graph.Relationships.SelectMany(r => r.Properties.Keys)).ToHashSet(StringComparer.Ordinal);
        var store = string.Concat(Directory.GetFiles(Path.Combine(RepositoryFiles.Root, "src", "PolicyGraph.Core", "Store", "Neo4j"), "*.cs").Order(StringComparer.Ordinal).Select(File.ReadAllText));
        var files = CypherFiles().Except(ModelFiles()).ToList();
        Assert.True(files.Count >= 20, string.Join(", ", files));
        var (labels, types, keys) = Vocabulary(files);

        Assert.All(labels, l => Assert.True(NodeLabels.All.Contains(Bare(l)) || Bare(l) == PolicyGraph.Core.Store.Neo4j.Neo4jGraphStore.CitationLabel, $"{l} is neither a model label nor the store's Citation"));
        Assert.All(types, t => Assert.True(RelationshipTypes.All.Contains(Bare(t)) || Bare(t) == PolicyGraph.Core.Store.Neo4j.Neo4jGraphStore.HasCitation, $"{t} is neither a model type nor the store's HAS_CITATION"));
        // A property the statements read is one the projection names, one the store's code sends, or one a statement sets.
        var set = files.SelectMany(f => Regex.Matches(Code(File.ReadAllText(f)), @"\bSET\s+\w+\.(\w+)\s*=|,\s*\w+\.(\w+)\s*=").Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value))
            .ToHashSet(StringComparer.Ordinal);
        Assert.Contains("linksPending", set);
        Assert.All(keys, k => Assert.True(properties.Contains(Bare(k)) || store.Contains($"\"{Bare(k)}\"", StringComparison.Ordinal) || set.Contains(Bare(k)),
            $"{k} is written neither by the projection, nor by the store's code (Store/Neo4j), nor by a statement"));
    }

    private static (SortedSet<string> Labels, SortedSet<string> Types, SortedSet<string> Keys) Vocabulary(IEnumerable<string> files)
    {
        var labels = new SortedSet<string>(StringComparer.Ordinal);
        var types = new SortedSet<string>(StringComparer.Ordinal);
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var code = Code(text);
            var name = Path.GetRelativePath(RepositoryFiles.Root, file);
            foreach (Match m in LabelPattern().Matches(code))
            {
                labels.UnionWith(m.Groups["labels"].Value.Split('|').Select(l => Located(name, l.Trim())));
            }
            foreach (Match m in TypePattern().Matches(code))
            {
                types.UnionWith(m.Groups["types"].Value.Split('|').Select(t => Located(name, t.Trim().TrimStart(':').Trim())));
            }
            // A type compared as a string (CASE type(r) WHEN 'LED_BY').
            foreach (Match m in TypeLiteralPattern().Matches(WithoutComments(text)))
            {
                types.Add(Located(name, m.Groups["type"].Value));
            }
            foreach (Match m in PropertyPattern().Matches(code))
            {
                keys.Add(Located(name, m.Groups["key"].Value));
            }
            foreach (Match map in InnermostMapPattern().Matches(code))
            {
                foreach (Match m in MapKeyPattern().Matches(map.Groups["body"].Value))
                {
                    keys.Add(Located(name, m.Groups["key"].Value));
                }
            }
        }
        return (labels, types, keys);
    }

    [Fact]
    public void Import_reads_every_file_the_export_writes_with_its_typed_columns()
    {
        var report = GraphExport.Write(Graph, GraphExport.Neo4jCsv, _temporary.Path);
        var written = report.Files.Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(NodeLabels.All.Select(l => $"nodes-{l}.csv").Concat(RelationshipTypes.All.Select(t => $"relationships-{t}.csv")).Order(StringComparer.Ordinal), written);

        var statements = WithoutComments(File.ReadAllText(Path.Combine(CypherDirectory, "import.cypher")))
            .Split(';').Where(s => !string.IsNullOrWhiteSpace(s)).ToList();
        var read = statements.Select(s => ImportFilePattern().Match(s)).Where(m => m.Success).Select(m => m.Groups["file"].Value).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(written, read.Order(StringComparer.Ordinal));

        foreach (var path in report.Files)
        {
            var file = Path.GetFileName(path);
            var statement = Assert.Single(statements, s => s.Contains($"'file:///{file}'", StringComparison.Ordinal));
            var header = File.ReadLines(path).First().Split(',').Select(h => h.Trim('"')).ToList();
            var isNodes = file.StartsWith("nodes-", StringComparison.Ordinal);
            var name = file[(file.IndexOf('-', StringComparison.Ordinal) + 1)..^".csv".Length];
            Assert.True(isNodes
                ? statement.Contains($":{name} {{id: row.`id:ID`}})", StringComparison.Ordinal)
                : statement.Contains($":{name}]->", StringComparison.Ordinal), $"{file}: the statement does not MERGE {name}:\n{statement}");

            foreach (var column in header.Where(h => h is not ":LABEL" and not ":TYPE"))
            {
                var reference = column.Contains(':', StringComparison.Ordinal) ? $"row.`{column}`" : $"row.{column}";
                Assert.True(Regex.IsMatch(statement, Regex.Escape(reference) + @"(?!\w)"), $"{file}: column {column} is not read:\n{statement}");
                var conversion = column.Split(':') switch
                {
                    [_, "long"] => "toInteger",
                    [_, "double"] => "toFloat",
                    [_, "boolean"] => "toBoolean",
                    _ => null,
                };
                if (conversion is not null)
                {
                    Assert.Contains($"{conversion}({reference})", statement, StringComparison.Ordinal);
                }
            }
            // A typed column the statement reads is typed as the export types it (a file with no such value, as an
            // empty CITES, has no column to compare with).
            foreach (Match m in TypedColumnPattern().Matches(statement))
            {
                var (property, type) = (m.Groups["property"].Value, m.Groups["type"].Value);
                var exported = header.Where(h => h.Split(':')[0] == property).ToList();
                Assert.True(exported.Count == 0 || exported.SequenceEqual([$"{property}:{type}"]),
                    $"{file}: reads {property}:{type}, the export writes {string.Join(", ", exported)}");
            }
        }
    }

    private static string Located(string file, string value) => $"{value} ({file})";

    private static string Bare(string located) => located[..located.IndexOf(" (", StringComparison.Ordinal)];

    private sealed record LintSummary(int Files, int Statements, int Errors, int Warnings);

    private static LintSummary Summary(string output)
    {
        var m = SummaryPattern().Match(output);
        Assert.True(m.Success, $"no summary line in:\n{output}");
        int Group(string name) => int.Parse(m.Groups[name].Value, System.Globalization.CultureInfo.InvariantCulture);
        return new LintSummary(Group("files"), Group("statements"), Group("errors"), Group("warnings"));
    }

    /// <summary>Runs tools/cypher-lint/lint.mjs from the repository root; no Node.js or no parser fails the test.</summary>
    private static (int ExitCode, string Output) Lint(params string[] arguments)
    {
        const string install = "run tools/install-test-deps.sh (it installs Debian's nodejs and npm, then npm ci in tools/cypher-lint)";
        var tool = Path.Combine(RepositoryFiles.Root, "tools", "cypher-lint");
        var parser = Path.Combine(tool, "node_modules", "@neo4j-cypher", "language-support", "package.json");
        Assert.True(File.Exists(parser), $"Neo4j's Cypher parser is not installed ({parser} missing): {install}");
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepositoryFiles.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(tool, "lint.mjs"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        Process node;
        try
        {
            node = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        }
        catch (Win32Exception e)
        {
            Assert.Fail($"node is not on PATH ({e.Message}): {install}");
            throw;
        }
        using (node)
        {
            var error = node.StandardError.ReadToEndAsync();
            var output = node.StandardOutput.ReadToEnd();
            Assert.True(node.WaitForExit(TimeSpan.FromMinutes(2)), "cypher-lint did not finish in two minutes");
            return (node.ExitCode, output + error.Result);
        }
    }

    /// <summary>The text without its comments (strings kept: a file name holds //).</summary>
    private static string WithoutComments(string text) => Scan(text, blankLiterals: false);

    /// <summary>The text without comments, with string literals emptied and `quoted` names made §, leaving only code to match.</summary>
    private static string Code(string text) => Scan(text, blankLiterals: true);

    private static string Scan(string text, bool blankLiterals)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                while (i < text.Length && text[i] != '\n')
                {
                    i++;
                }
                result.Append('\n');
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? text.Length : end + 1;
                result.Append(' ');
            }
            else if (c is '\'' or '"' or '`')
            {
                var start = i;
                for (i++; i < text.Length && text[i] != c; i++)
                {
                    if (text[i] == '\\' && c != '`')
                    {
                        i++;
                    }
                }
                if (!blankLiterals)
                {
                    result.Append(text, start, Math.Min(i, text.Length - 1) - start + 1);
                }
                else
                {
                    result.Append(c == '`' ? "§" : $"{c}{c}");
                }
            }
            else
            {
                result.Append(c);
            }
        }
        return result.ToString();
    }

    [GeneratedRegex(@"cypher-lint: (?<files>\d+) files?, (?<statements>\d+) statements?, (?<errors>\d+) errors?, (?<warnings>\d+) warnings?")]
    private static partial Regex SummaryPattern();

    /// <summary>A label after a node variable or an opening parenthesis: (d:Document), WHERE n:Document, (:Clause); labels are PascalCase, types UPPER_CASE.</summary>
    [GeneratedRegex(@"(?:\(|\b[a-z]\w*)\s*:\s*(?<labels>[A-Z][a-z]\w*(?:\s*\|\s*[A-Z][a-z]\w*)*)\b")]
    private static partial Regex LabelPattern();

    /// <summary>Types in a relationship pattern: [:IMPLEMENTS|CITES*1..5], [r:LED_BY].</summary>
    [GeneratedRegex(@"\[\s*\w*\s*:\s*(?<types>[A-Z][A-Z_]*(?:\s*\|\s*:?\s*[A-Z][A-Z_]*)*)")]
    private static partial Regex TypePattern();

    [GeneratedRegex(@"'(?<type>[A-Z][A-Z]+_[A-Z_]*|[A-Z]{4,})'")]
    private static partial Regex TypeLiteralPattern();

    /// <summary>A property read: d.title, row.raw, startNode(r).id; a namespace (db.index…) would have a dot before it.</summary>
    [GeneratedRegex(@"(?:(?<![\w.$])[A-Za-z_]\w*|\))\.(?<key>[A-Za-z_]\w*)")]
    private static partial Regex PropertyPattern();

    [GeneratedRegex(@"\{(?<body>[^{}]*)\}")]
    private static partial Regex InnermostMapPattern();

    [GeneratedRegex(@"(?:^|,)\s*(?<key>[A-Za-z_]\w*)\s*:")]
    private static partial Regex MapKeyPattern();

    [GeneratedRegex(@"FROM\s+'file:///(?<file>[^']+)'")]
    private static partial Regex ImportFilePattern();

    [GeneratedRegex(@"row\.`(?<property>\w+):(?<type>\w+)`")]
    private static partial Regex TypedColumnPattern();
}
