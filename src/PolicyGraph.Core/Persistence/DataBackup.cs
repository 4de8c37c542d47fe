using PolicyGraph.Core.Store;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Data.Sqlite;
using PolicyGraph.Core.Search;
using Directory = System.IO.Directory;

namespace PolicyGraph.Core.Persistence;

/// <summary>What a backup holds, written into it as <c>manifest.json</c>.</summary>
public sealed record BackupManifest(string Format, DateTimeOffset Created, int Documents, int Clauses, string StoreSha256, long IndexGeneration, IReadOnlyList<string> IndexFiles);

/// <summary>A backup or a restore that cannot be done; the message names the file or directory and the reason.</summary>
public sealed class BackupException(string message, Exception? inner = null) : IOException(message, inner);

/// <summary>
/// <c>backup</c> and <c>restore</c> of a data directory (the embedded SQLite store and the Lucene index) as one zip
/// file. A backup is taken while the site serves and ingests: the store through SQLite's online backup (a
/// snapshot of one moment, whatever writes go on), the index as its latest commit (files Lucene never changes once
/// written; a commit retired mid-copy is copied again from the newer one). The store is the truth: if the index
/// commit is a moment older or newer than the store snapshot, the restore brings it in step, as every start does.
/// A restore is checked whole in a directory beside the target before it replaces anything, and is refused while
/// another process writes to the target.
/// </summary>
public static class DataBackup
{
    public const string Format = "policygraph-backup/1";
    private const string ManifestEntry = "manifest.json";
    private const string IndexPrefix = "index/";

    public static BackupManifest Create(string dataDirectory, string outFile)
    {
        var store = Path.Combine(dataDirectory, SqliteGraphStore.FileName);
        if (!File.Exists(store))
        {
            throw new BackupException($"{Path.GetFullPath(dataDirectory)} holds no store ({SqliteGraphStore.FileName}) to back up");
        }
        var work = Directory.CreateTempSubdirectory("policygraph-backup-").FullName;
        var partial = outFile + ".partial";
        try
        {
            var snapshot = Path.Combine(work, SqliteGraphStore.FileName);
            using (var source = Open(store, SqliteOpenMode.ReadOnly))
            using (var target = Open(snapshot, SqliteOpenMode.ReadWriteCreate))
            {
                source.BackupDatabase(target);
                Execute(target, "PRAGMA journal_mode=DELETE;");
            }
            var (documents, clauses) = Count(snapshot);
            var indexDirectory = Path.Combine(dataDirectory, ClauseIndex.FolderName);
            var (generation, indexFiles) = Directory.Exists(indexDirectory) ? CopyLatestCommit(indexDirectory, Path.Combine(work, "index")) : (-1, []);
            var manifest = new BackupManifest(Format, DateTimeOffset.UtcNow, documents, clauses, Sha256(snapshot), generation, indexFiles);
            using (var zip = ZipFile.Open(partial, ZipArchiveMode.Create))
            {
                zip.CreateEntryFromFile(snapshot, SqliteGraphStore.FileName, CompressionLevel.Fastest);
                foreach (var file in indexFiles)
                {
                    zip.CreateEntryFromFile(Path.Combine(work, "index", file), IndexPrefix + file, CompressionLevel.Fastest);
                }
                using var entry = zip.CreateEntry(ManifestEntry).Open();
                JsonSerializer.Serialize(entry, manifest, Json);
            }
            // Whole or not at all: a backup cut off half-way is never found under the name asked for.
            File.Move(partial, outFile, overwrite: true);
            return manifest;
        }
        finally
        {
            File.Delete(partial);
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>
    /// Restores a backup into <paramref name="dataDirectory"/>. With documents already there, only when
    /// <paramref name="replace"/> is given. Returns the manifest and what the index needed to be brought in step.
    /// </summary>
    public static (BackupManifest Manifest, int Reindexed, int Removed) Restore(string file, string dataDirectory, bool replace)
    {
        if (!File.Exists(file))
        {
            throw new BackupException($"{file}: no such backup file");
        }
        Directory.CreateDirectory(dataDirectory);
        using var writer = DataDirectoryLock.Acquire(dataDirectory, "policygraph restore");
        var target = Path.Combine(dataDirectory, SqliteGraphStore.FileName);
        if (File.Exists(target) && !replace)
        {
            var (existing, _) = Count(target);
            if (existing > 0)
            {
                throw new BackupException($"{Path.GetFullPath(dataDirectory)} already holds {existing} documents: restore with --replace to put the backup in their place");
            }
        }
        var staging = Path.Combine(dataDirectory, ".restore-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(staging);
        try
        {
            var manifest = Extract(file, staging);
            var store = Path.Combine(staging, SqliteGraphStore.FileName);
            if (Sha256(store) != manifest.StoreSha256)
            {
                throw new BackupException($"{file}: the store in the backup does not match its manifest (damaged backup)");
            }
            using (var connection = Open(store, SqliteOpenMode.ReadOnly))
            {
                var check = Scalar(connection, "PRAGMA integrity_check;");
                if (check != "ok")
                {
                    throw new BackupException($"{file}: the store in the backup fails SQLite's integrity check ({check})");
                }
            }
            if (Count(store) != (manifest.Documents, manifest.Clauses))
            {
                throw new BackupException($"{file}: the store holds other counts than its manifest says");
            }
            // Checked: now replace, the store last, so that until then the old store is whole where it was.
            SqliteConnection.ClearAllPools();
            var index = Path.Combine(dataDirectory, ClauseIndex.FolderName);
            var retired = Path.Combine(staging, "retired");
            Directory.CreateDirectory(retired);
            var moved = new List<(string From, string To)>();
            try
            {
                if (Directory.Exists(index))
                {
                    Directory.Move(index, Path.Combine(retired, ClauseIndex.FolderName));
                    moved.Add((index, Path.Combine(retired, ClauseIndex.FolderName)));
                }
                Directory.Move(Path.Combine(staging, "index"), index);
                foreach (var suffix in new[] { "-wal", "-shm", "" })
                {
                    if (File.Exists(target + suffix))
                    {
                        File.Move(target + suffix, Path.Combine(retired, SqliteGraphStore.FileName + suffix));
                        moved.Add((target + suffix, Path.Combine(retired, SqliteGraphStore.FileName + suffix)));
                    }
                }
                File.Move(store, target);
            }
            catch (IOException)
            {
                // Put back what was there: a restore that cannot finish leaves the directory as it found it.
                if (Directory.Exists(index) && moved.Any(m => m.From == index))
                {
                    Directory.Delete(index, recursive: true);
                }
                foreach (var (from, to) in moved)
                {
                    if (Directory.Exists(to))
                    {
                        Directory.Move(to, from);
                    }
                    else if (File.Exists(to))
                    {
                        File.Move(to, from, overwrite: true);
                    }
                }
                throw;
            }
            using var restored = new SqliteGraphStore(dataDirectory);
            using var clauseIndex = new ClauseIndex(dataDirectory);
            var (reindexed, removed) = clauseIndex.Reconcile(restored);
            return (manifest, reindexed, removed);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(staging, recursive: true);
        }
    }

    private static BackupManifest Extract(string file, string staging)
    {
        try
        {
            using var zip = ZipFile.OpenRead(file);
            var manifestEntry = zip.GetEntry(ManifestEntry) ?? throw new BackupException($"{file}: not a PolicyGraph backup (no {ManifestEntry})");
            BackupManifest manifest;
            using (var stream = manifestEntry.Open())
            {
                manifest = JsonSerializer.Deserialize<BackupManifest>(stream, Json) ?? throw new BackupException($"{file}: empty manifest");
            }
            if (manifest.Format != Format)
            {
                throw new BackupException($"{file}: backup format {manifest.Format}, this build reads {Format}");
            }
            var expected = manifest.IndexFiles.Select(f => IndexPrefix + f).Append(SqliteGraphStore.FileName).Append(ManifestEntry).ToHashSet(StringComparer.Ordinal);
            Directory.CreateDirectory(Path.Combine(staging, "index"));
            foreach (var entry in zip.Entries)
            {
                // Only the names the manifest lists, each to its own place: nothing in a crafted zip lands elsewhere.
                if (!expected.Contains(entry.FullName))
                {
                    throw new BackupException($"{file}: unexpected entry '{entry.FullName}'");
                }
                if (entry.FullName == ManifestEntry)
                {
                    continue;
                }
                var name = entry.FullName.StartsWith(IndexPrefix, StringComparison.Ordinal)
                    ? Path.Combine(staging, "index", Path.GetFileName(entry.FullName))
                    : Path.Combine(staging, SqliteGraphStore.FileName);
                entry.ExtractToFile(name);
            }
            return manifest;
        }
        catch (Exception e) when (e is InvalidDataException or JsonException or EndOfStreamException)
        {
            throw new BackupException($"{file}: not a readable backup ({e.Message})", e);
        }
    }

    /// <summary>Copies the index's latest commit; a commit retired while it is copied (a writer committed) is given up for the newer one.</summary>
    private static (long Generation, IReadOnlyList<string> Files) CopyLatestCommit(string indexDirectory, string target)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (Directory.Exists(target))
            {
                Directory.Delete(target, recursive: true);
            }
            Directory.CreateDirectory(target);
            try
            {
                using var directory = FSDirectory.Open(indexDirectory);
                if (!DirectoryReader.IndexExists(directory))
                {
                    return (-1, []);
                }
                var commit = DirectoryReader.ListCommits(directory).OrderBy(c => c.Generation).Last();
                var files = commit.FileNames.Order(StringComparer.Ordinal).ToList();
                foreach (var file in files)
                {
                    File.Copy(Path.Combine(indexDirectory, file), Path.Combine(target, file));
                }
                return (commit.Generation, files);
            }
            catch (Exception e) when (attempt < 20 && e is FileNotFoundException or IOException)
            {
                Thread.Sleep(50);
            }
        }
    }

    private static (int Documents, int Clauses) Count(string database)
    {
        using var connection = Open(database, SqliteOpenMode.ReadOnly);
        return (int.Parse(Scalar(connection, "SELECT count(*) FROM documents;"), CultureInfo.InvariantCulture),
            int.Parse(Scalar(connection, "SELECT count(*) FROM clauses;"), CultureInfo.InvariantCulture));
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static string Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? "";
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };
}
