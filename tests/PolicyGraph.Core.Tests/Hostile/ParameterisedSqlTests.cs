using System.Text.RegularExpressions;
using PolicyGraph.Testing;

namespace PolicyGraph.Core.Tests.Hostile;

/// <summary>
/// Every SQL statement in src/ takes its values as parameters: an SQL string literal may be built only from
/// constants declared in the same file (column lists, the schema version). Interpolation holes and concatenations
/// in SQL text are found in the source and each must name such a constant, or one of the few names listed here
/// with the reason they cannot carry input.
/// </summary>
public sealed partial class ParameterisedSqlTests
{
    /// <summary>Names that are not constants but cannot carry input, with why.</summary>
    private static readonly Dictionary<string, string> Vetted = new(StringComparer.Ordinal)
    {
        // SqliteGraphStore.FindCitations: its local Collect(column, value) is called with the literals "number" and
        // "title_key" only (checked below); the value goes in as $id.
        ["column"] = "SqliteGraphStore.FindCitations",
    };

    [Fact]
    public void No_sql_in_src_is_built_from_anything_but_constants()
    {
        var files = Directory.EnumerateFiles(Path.Combine(RepositoryFiles.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        var statements = 0;
        var problems = new List<string>();
        foreach (var file in files)
        {
            var source = File.ReadAllText(file);
            var (sql, found) = Check(source);
            statements += sql;
            problems.AddRange(found.Select(p => $"{Path.GetRelativePath(RepositoryFiles.Root, file)}: {p}"));
        }
        Assert.True(statements >= 30, $"only {statements} SQL literals found in src/: is the scan still finding them?");
        Assert.Empty(problems);
        var store = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "src", "PolicyGraph.Core", "Store", "SqliteGraphStore.cs"));
        var collects = CollectCall().Matches(store);
        Assert.NotEmpty(collects);
        Assert.All(collects, m => Assert.Matches("^\"(number|title_key)\"$", m.Groups["column"].Value));
    }

    [Theory]
    [InlineData("cmd.CommandText = $\"SELECT * FROM documents WHERE title = '{title}'\";", "title")]
    [InlineData("Rows($\"SELECT id FROM documents WHERE {filter} ORDER BY id\", id, Read);", "filter")]
    [InlineData("Command(\"DELETE FROM documents WHERE id = '\" + id + \"'\");", "id")]
    [InlineData("Rows(filter + \" WHERE id = $id ORDER BY id\", id, Read);", "filter")]
    [InlineData("Execute(string.Format(\"UPDATE documents SET title = '{0}'\", title));", "string.Format")]
    public void The_scan_finds_sql_built_from_values(string code, string culprit)
    {
        var (_, problems) = Check(code);
        Assert.Contains(problems, p => p.Contains(culprit, StringComparison.Ordinal));
    }

    [Fact]
    public void The_scan_accepts_constants_and_parameters()
    {
        const string code = """
            private const string Columns = "id, title";
            private const int Version = 2;
            Rows($"SELECT {Columns} FROM documents WHERE id = $id", id, Read);
            Scalar($"PRAGMA user_version = {Version}");
            Rows(Columns + " FROM documents WHERE id = $id", id, Read);
            """;
        Assert.Empty(Check(code).Problems);
    }

    /// <summary>How many SQL literals the source holds, and what in them is not a constant.</summary>
    private static (int Sql, List<string> Problems) Check(string source)
    {
        var constants = Constant().Matches(source).Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);
        bool Allowed(string name) => constants.Contains(name) || Vetted.ContainsKey(name);
        var problems = new List<string>();
        var sql = 0;
        foreach (Match literal in StringLiteral().Matches(source))
        {
            if (!SqlKeyword().IsMatch(literal.Value))
            {
                continue;
            }
            sql++;
            var line = source[..literal.Index].Count(c => c == '\n') + 1;
            if (literal.Value.StartsWith('$'))
            {
                foreach (Match hole in Hole().Matches(literal.Value))
                {
                    var expression = hole.Groups["expr"].Value.Trim();
                    if (!Allowed(expression))
                    {
                        problems.Add($"line {line}: SQL interpolates {{{expression}}}, which is not a constant");
                    }
                }
            }
            // Concatenated with what: the operand before and after the literal, when there is a + between.
            var before = ConcatenatedBefore().Match(source[Math.Max(0, literal.Index - 200)..literal.Index]);
            var after = ConcatenatedAfter().Match(source[(literal.Index + literal.Length)..Math.Min(source.Length, literal.Index + literal.Length + 200)]);
            foreach (var operand in new[] { before, after }.Where(m => m.Success).Select(m => m.Groups["operand"].Value))
            {
                if (!operand.StartsWith('"') && !Allowed(operand))
                {
                    problems.Add($"line {line}: SQL concatenated with {operand}, which is not a constant");
                }
            }
            if (FormatCall().IsMatch(source[Math.Max(0, literal.Index - 30)..literal.Index]))
            {
                problems.Add($"line {line}: SQL built with string.Format");
            }
        }
        return (sql, problems);
    }

    // Regular, verbatim and interpolated string literals on one line, and raw ones over several.
    [GeneratedRegex("\\$*\"\"\"[\\s\\S]*?\"\"\"|[$@]{0,2}\"(?:[^\"\\\\\\n]|\\\\.|\"\")*\"")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"\b(?:SELECT|INSERT|UPDATE|DELETE|PRAGMA|CREATE|DROP|ALTER|WHERE|VALUES)\b")]
    private static partial Regex SqlKeyword();

    [GeneratedRegex(@"(?<!\{)\{(?<expr>[^{}:]+)(?::[^{}]*)?\}(?!\})")]
    private static partial Regex Hole();

    [GeneratedRegex(@"\bconst\s+\w+\s+(?<name>\w+)\s*=")]
    private static partial Regex Constant();

    [GeneratedRegex(@"(?<operand>""|[\w.]+)\s*\+\s*$")]
    private static partial Regex ConcatenatedBefore();

    [GeneratedRegex(@"^\s*\+\s*(?<operand>""|[\w.]+)")]
    private static partial Regex ConcatenatedAfter();

    [GeneratedRegex(@"string\.Format\(\s*$")]
    private static partial Regex FormatCall();

    [GeneratedRegex(@"\bCollect\((?!string\b)(?<column>[^,]+),")]
    private static partial Regex CollectCall();
}
