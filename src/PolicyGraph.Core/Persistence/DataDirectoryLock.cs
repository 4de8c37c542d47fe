using System.Diagnostics;
using System.Globalization;

namespace PolicyGraph.Core.Persistence;

/// <summary>The data directory is being written by another process; the message says which and what to do.</summary>
public sealed class DataDirectoryInUseException(string message) : IOException(message);

/// <summary>
/// One writer per data directory: the web host for its lifetime, or one <c>policygraph ingest</c> / <c>restore</c>.
/// Readers (the command line's read-only verbs) need no lock: SQLite's WAL and Lucene's commits let them read
/// alongside the writer. The lock is an exclusive lock on <c>policygraph.lock</c> held open by the writing process
/// (flock on Linux), so the kernel releases it when the process ends however it ends, SIGKILL included; who holds
/// it is written beside it so that the refusal can say so.
/// </summary>
public sealed class DataDirectoryLock : IDisposable
{
    public const string FileName = "policygraph.lock";
    private const string OwnerFileName = "policygraph.lock.owner";

    private readonly FileStream _lock;
    private readonly string _ownerPath;

    private DataDirectoryLock(FileStream @lock, string ownerPath)
    {
        _lock = @lock;
        _ownerPath = ownerPath;
    }

    /// <summary>Takes the lock for <paramref name="purpose"/> (<c>the web host at http://…</c>, <c>policygraph ingest</c>), or says who has it.</summary>
    /// <exception cref="DataDirectoryInUseException">another process writes to the directory.</exception>
    public static DataDirectoryLock Acquire(string dataDirectory, string purpose)
    {
        Directory.CreateDirectory(dataDirectory);
        var path = Path.Combine(dataDirectory, FileName);
        var ownerPath = Path.Combine(dataDirectory, OwnerFileName);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException)
        {
            var owner = File.Exists(ownerPath) ? TryRead(ownerPath) : null;
            throw new DataDirectoryInUseException(
                $"the data directory {Path.GetFullPath(dataDirectory)} is in use by {(string.IsNullOrWhiteSpace(owner) ? "another process" : owner.Trim())}; " +
                "one process writes to a data directory at a time (with the web host running, upload through /upload or POST /api/ingest)");
        }
        using var process = Process.GetCurrentProcess();
        File.WriteAllText(ownerPath, string.Create(CultureInfo.InvariantCulture, $"{purpose} (pid {process.Id}, since {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm:ss}Z)"));
        return new DataDirectoryLock(stream, ownerPath);
    }

    private static string? TryRead(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        try
        {
            File.Delete(_ownerPath);
        }
        catch (IOException)
        {
            // The next owner overwrites it.
        }
        _lock.Dispose();
    }
}
