using System.Reflection;

namespace PolicyGraph.Core.Text;

/// <summary>Reads the tab-separated data files generated into <c>Data/</c> and embedded in this assembly.</summary>
internal static class EmbeddedData
{
    public static IEnumerable<string[]> ReadTsv(string fileName)
    {
        var name = "PolicyGraph.Data." + fileName;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded data file {fileName} is missing from the build");
        using var reader = new StreamReader(fileName.EndsWith(".gz", StringComparison.Ordinal)
            ? new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionMode.Decompress)
            : stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            yield return line.Split('\t');
        }
    }
}
