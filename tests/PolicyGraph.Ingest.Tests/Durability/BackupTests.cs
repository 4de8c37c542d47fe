using PolicyGraph.Core.Persistence;
using System.IO.Compression;
using PolicyGraph.Core.Search;
using PolicyGraph.Core.Store;
using PolicyGraph.Ingest.Pipeline;
using PolicyGraph.Ingest.Reading;
using PolicyGraph.Testing;
using Xunit.Abstractions;

namespace PolicyGraph.Ingest.Tests.Durability;

/// <summary>backup and restore (issue 9), and one writer per data directory.</summary>
[Trait("Category", "Slow")] // left out of ./test.sh --fast (README: running the tests)
public sealed class BackupTests(ITestOutputHelper output) : IDisposable
{
    private readonly TemporaryDirectory _temporary = new();

    public void Dispose() => _temporary.Dispose();

    private string PathOf(string name) => Path.Combine(_temporary.Path, name);

    [Fact]
    public async Task Backups_taken_while_an_ingest_writes_each_restore_whole()
    {
        var input = PathOf("input");
        var data = PathOf("data");
        var corpus = new SyntheticCorpus(seed: 5);
        corpus.WriteTo(input, corpus.Generate(60));
        var backups = new List<string>();
        using (var writer = DataDirectoryLock.Acquire(data, "the test's ingest"))
        using (var store = new SqliteGraphStore(data))
        using (var index = new ClauseIndex(data))
        {
            // The site's situation: one process ingests (committing the index every few documents, as uploads do)
            // while backups are taken from outside. Each batch starts only after a backup has been taken since the one
            // before, so the backups fall between and during the batches however fast this machine ingests.
            using var backupTaken = new SemaphoreSlim(0);
            var ingest = Task.Run(() =>
            {
                var pipeline = new IngestPipeline(store, new DocumentReaders(ReaderLimits.Default), index);
                foreach (var batch in Directory.GetFiles(input).Order(StringComparer.Ordinal).Chunk(6))
                {
                    backupTaken.Wait();
                    pipeline.IngestPaths(batch);
                }
            });
            while (!ingest.IsCompleted || backups.Count == 0)
            {
                var file = PathOf($"backup-{backups.Count}.zip");
                DataBackup.Create(data, file);
                backups.Add(file);
                backupTaken.Release();
                await Task.Delay(150);
            }
            await ingest;
            backups.Add(PathOf("final.zip"));
            DataBackup.Create(data, backups[^1]);
        }
        var counts = new List<int>();
        foreach (var (file, i) in backups.Select((f, i) => (f, i)))
        {
            var target = PathOf($"restored-{i}");
            var (manifest, _, _) = DataBackup.Restore(file, target, replace: false);
            Assert.Equal(manifest.Documents, DataDirectoryCheck.Whole(target));
            counts.Add(manifest.Documents);
        }
        Assert.Equal(counts.Order(), counts);
        Assert.Equal(60, counts[^1]);
        Assert.True(backups.Count >= 3, $"only {backups.Count} backups were taken during the ingest");
        output.WriteLine($"{backups.Count} backups taken during the ingest of 60 documents, each restored whole (documents in them: {string.Join(", ", counts.Distinct())})");
    }

    [Fact]
    public void A_restore_is_refused_over_documents_under_a_writer_and_from_a_damaged_file_and_leaves_the_directory_as_it_was()
    {
        var data = PathOf("data");
        Cli.Run("ingest", RepositoryFiles.Samples, "--data", data);
        var backup = PathOf("samples.zip");
        Assert.Equal(5, DataBackup.Create(data, backup).Documents);
        var before = Listing(data);

        var over = Assert.Throws<BackupException>(() => DataBackup.Restore(backup, data, replace: false));
        Assert.Contains("already holds 5 documents", over.Message);

        using (DataDirectoryLock.Acquire(data, "the web host under test"))
        {
            var busy = Assert.Throws<DataDirectoryInUseException>(() => DataBackup.Restore(backup, data, replace: true));
            Assert.Contains("the web host under test", busy.Message);
        }

        var truncated = PathOf("truncated.zip");
        File.WriteAllBytes(truncated, File.ReadAllBytes(backup)[..^200]);
        var damaged = Assert.Throws<BackupException>(() => DataBackup.Restore(truncated, data, replace: true));
        Assert.Contains("truncated.zip", damaged.Message);

        var crafted = PathOf("crafted.zip");
        File.Copy(backup, crafted);
        using (var zip = ZipFile.Open(crafted, ZipArchiveMode.Update))
        {
            zip.CreateEntry("../../outside.txt");
        }
        var escape = Assert.Throws<BackupException>(() => DataBackup.Restore(crafted, data, replace: true));
        Assert.Contains("unexpected entry '../../outside.txt'", escape.Message);
        Assert.False(File.Exists(Path.Combine(_temporary.Path, "..", "outside.txt")));

        Assert.Equal(before, Listing(data));
        Assert.Equal(5, DataDirectoryCheck.Whole(data));

        var (manifest, _, _) = DataBackup.Restore(backup, data, replace: true);
        Assert.Equal(5, manifest.Documents);
        Assert.Equal(5, DataDirectoryCheck.Whole(data));
    }

    [Fact]
    public void Ingest_is_refused_while_another_process_writes_to_the_data_directory_and_says_which()
    {
        var data = PathOf("data");
        using (DataDirectoryLock.Acquire(data, "the PolicyGraph web host"))
        {
            var (code, error) = Cli.Run("ingest", RepositoryFiles.Samples, "--data", data);
            Assert.Equal(1, code);
            Assert.Contains("is in use by the PolicyGraph web host (pid " + Environment.ProcessId, error);
            // Readers need no lock.
            Assert.Equal(0, Cli.Run("docs", "--data", data).Code);
        }
        Assert.Equal(0, Cli.Run("ingest", RepositoryFiles.Samples, "--data", data).Code);
    }

    /// <summary>Every file of the directory but the lock's, with its length: what a refused restore must leave alone.</summary>
    private static List<string> Listing(string data) => Directory.GetFiles(data, "*", SearchOption.AllDirectories)
        .Where(f => !Path.GetFileName(f).StartsWith(DataDirectoryLock.FileName, StringComparison.Ordinal))
        .Select(f => $"{Path.GetRelativePath(data, f)} {new FileInfo(f).Length}").Order(StringComparer.Ordinal).ToList();
}
