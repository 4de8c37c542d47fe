namespace PolicyGraph.Testing;

/// <summary>
/// Where the tests find their real inputs: the reference corpus and gold judgments in <c>../shared</c> beside the
/// repository, and the team's <c>samples/</c>. A missing input fails the test with the path it looked for;
/// it is never skipped.
/// </summary>
public static class RepositoryFiles
{
    public static readonly string Root = FindRoot();

    public static string Corpus => Existing(Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus")));

    public static string Gold => Existing(Path.GetFullPath(Path.Combine(Root, "..", "shared", "gold")));

    public static string Samples => Existing(Path.Combine(Root, "samples"));

    /// <summary>A corpus file by its three-digit prefix (000 … 004).</summary>
    public static string CorpusFile(string prefix) =>
        Directory.GetFiles(Corpus, prefix + "_*").SingleOrDefault()
        ?? throw new FileNotFoundException($"reference corpus file {prefix}_* not found in {Corpus}");

    public static string SampleFile(string name) => Existing(Path.Combine(Samples, name));

    /// <summary>A test document the team made (<c>tests/PolicyGraph.Testing/Documents/</c>; <c>formats/</c> by <c>tools/formats/make-test-documents.sh</c>).</summary>
    public static string TestDocument(string relativePath) => Existing(Path.Combine(Root, "tests", "PolicyGraph.Testing", "Documents", relativePath));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PolicyGraph.sln")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException($"PolicyGraph.sln not found above {AppContext.BaseDirectory}");
    }

    private static string Existing(string path) =>
        Directory.Exists(path) || File.Exists(path) ? path : throw new DirectoryNotFoundException($"test input missing: {path}");
}
