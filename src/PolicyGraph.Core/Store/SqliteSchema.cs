using System.Globalization;
using System.Reflection;
using Microsoft.Data.Sqlite;

namespace PolicyGraph.Core.Store;

/// <summary>
/// The SQLite store's schema: the steps in <c>Store/Sql/</c> (<c>NNN-what.sql</c>, embedded), each moving it one
/// version on and recording that version (<c>PRAGMA user_version = NNN</c>, its last line). A store opened by this
/// build runs the steps past its <c>user_version</c> in one transaction; a store newer than this build is refused.
/// </summary>
internal static class SqliteSchema
{
    private const string Prefix = "PolicyGraph.Sql.";

    /// <summary>The steps in version order: (version, the file's SQL).</summary>
    private static readonly Lazy<IReadOnlyList<(int Version, string Sql)>> Steps = new(() =>
    {
        var assembly = Assembly.GetExecutingAssembly();
        var steps = assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream);
                return (Version: int.Parse(n[Prefix.Length..].Split('-')[0], CultureInfo.InvariantCulture), Sql: reader.ReadToEnd());
            })
            .OrderBy(s => s.Version).ToList();
        if (steps.Count == 0 || steps.Select(s => s.Version).Where((v, i) => v != i + 1).Any())
        {
            throw new InvalidOperationException($"the store's schema steps are missing or not numbered 1…n in this build ({string.Join(", ", steps.Select(s => s.Version))})");
        }
        return steps;
    });

    /// <summary>The version this build writes: its last step's.</summary>
    public static int Version => Steps.Value[^1].Version;

    public static void Migrate(SqliteConnection connection)
    {
        int version;
        using (var query = connection.CreateCommand())
        {
            query.CommandText = "PRAGMA user_version";
            version = Convert.ToInt32(query.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        if (version == Version)
        {
            return;
        }
        if (version > Version)
        {
            throw new InvalidOperationException(
                $"the store {connection.DataSource} has schema version {version}, newer than this build's {Version}; use a newer build or a new data directory");
        }
        using var tx = connection.BeginTransaction();
        foreach (var step in Steps.Value.Where(s => s.Version > version))
        {
            using var cmd = connection.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = step.Sql;
            cmd.ExecuteNonQuery();
        }
        tx.Commit();
    }
}
