using PolicyGraph.Testing;

namespace PolicyGraph.Core.Tests.Architecture;

/// <summary>
/// Small rooms (issue 14): no source file under <c>src/</c> runs past <see cref="MaxLines"/> lines, so that a class that
/// grows into a grab-bag is split by what it does (partial files by concern, or types of their own) before it is read
/// as a whole by nobody.
/// </summary>
public sealed class SourceSizeTests
{
    public const int MaxLines = 350;

    [Fact]
    public void No_source_file_in_src_is_over_the_limit()
    {
        var files = Directory.EnumerateFiles(Path.Combine(RepositoryFiles.Root, "src"), "*", SearchOption.AllDirectories)
            .Where(p => Path.GetExtension(p) is ".cs" or ".razor" && !p.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Select(p => (Path: Path.GetRelativePath(RepositoryFiles.Root, p), Lines: File.ReadLines(p).Count()))
            .ToList();
        Assert.True(files.Count >= 150, $"only {files.Count} source files found under src/");
        var over = files.Where(f => f.Lines > MaxLines).OrderByDescending(f => f.Lines).Select(f => $"{f.Path}: {f.Lines} lines").ToList();
        Assert.True(over.Count == 0, $"over {MaxLines} lines:\n" + string.Join("\n", over));
    }
}
