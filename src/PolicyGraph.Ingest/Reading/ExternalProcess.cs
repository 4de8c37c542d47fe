using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace PolicyGraph.Ingest.Reading;

/// <summary>
/// Runs a program that reads an untrusted file (LibreOffice's converter, the PDF-reading process) under a wall-clock
/// limit and, where the system can, a memory limit; on a time-out it is killed with everything it started; it is
/// never left running. The program starts in a session of its own (<c>setsid</c>), so that one signal to its
/// process group ends its whole tree, including children that outlive their parent (LibreOffice's <c>oosplash</c>
/// starts <c>soffice.bin</c>). A memory limit on the address space is set with <c>prlimit --as</c> when asked for
/// (util-linux, part of every Debian system; without it the program runs under the time limit alone). The
/// PDF-reading process is .NET and is limited by the runtime's own heap hard limit instead (<see cref="PdfReader"/>):
/// exact, and an allocation past it throws an exception that the process reports; the two together do not mix
/// (a 1 GB heap limit under a 2 GB address-space limit failed at start here with "Out of memory."). At most one such program runs per core: each takes a core while it runs, and the
/// pipeline reads several files ahead.
/// </summary>
internal static class ExternalProcess
{
    private static readonly SemaphoreSlim Slots = new(Math.Max(1, Environment.ProcessorCount));

    private static readonly string? Setsid = FindOnPath("setsid");

    private static readonly string? Prlimit = FindOnPath("prlimit");

    /// <summary>
    /// What a run produced. <see cref="Stdout"/> is cut at the limit it was read with (then <see cref="StdoutOverflowed"/>);
    /// <see cref="Stderr"/> is its first and last 4 KB.
    /// </summary>
    public sealed record Outcome(int ExitCode, byte[] Stdout, bool StdoutOverflowed, string Stderr, bool TimedOut, TimeSpan Elapsed);

    /// <summary>
    /// Runs <paramref name="program"/> to its end or to <paramref name="timeout"/>, feeding it <paramref name="stdin"/>.
    /// After it (whatever happened) its process group is killed: a member it left behind would keep the group alive,
    /// so the group's id cannot have passed to another process by then.
    /// </summary>
    /// <exception cref="Win32Exception">the program could not be started.</exception>
    public static Outcome Run(string program, IReadOnlyList<string> arguments, byte[]? stdin, TimeSpan timeout,
        long? addressSpaceBytes = null, IReadOnlyDictionary<string, string?>? environment = null, string? workingDirectory = null,
        long maxStdoutBytes = 64L * 1024 * 1024)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? string.Empty,
        };
        // setsid execs the program in a new session without forking (the child of a .NET process is not a process
        // group leader), so the process we hold is the group's leader and its id is the group's id.
        var command = new List<string>();
        if (Setsid is not null)
        {
            command.Add(Setsid);
        }
        if (addressSpaceBytes is { } limit && Prlimit is not null)
        {
            command.AddRange([Prlimit, $"--as={limit}", "--"]);
        }
        command.Add(program);
        command.AddRange(arguments);
        start.FileName = command[0];
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }
        if (environment is not null)
        {
            foreach (var (name, value) in environment)
            {
                // null removes a variable the program would otherwise inherit.
                if (value is null)
                {
                    start.Environment.Remove(name);
                }
                else
                {
                    start.Environment[name] = value;
                }
            }
        }

        Slots.Wait();
        try
        {
            var clock = Stopwatch.StartNew();
            using var process = Process.Start(start) ?? throw new Win32Exception($"{program} did not start");
            try
            {
                // Each pipe on a thread of its own, blocking: with every core busy (test assemblies, an ingest reading ahead)
                // the thread pool may not run a read's continuation within the grace below, and an output not read in time
                // was a child's success reported as a failure with no message.
                var stdout = OnOwnThread(() => ReadBounded(process.StandardOutput.BaseStream, maxStdoutBytes));
                var stderr = OnOwnThread(() => ReadEnds(process.StandardError.BaseStream, 4096));
                var input = OnOwnThread(() => Feed(process.StandardInput.BaseStream, stdin));
                var exited = process.WaitForExit(timeout);
                if (!exited)
                {
                    KillTree(process);
                }
                process.WaitForExit();
                // The pipes close when the last process holding them ends; a grandchild that kept them open was
                // killed with its group above, so these finish.
                Task.WaitAll([stdout, stderr, input], TimeSpan.FromSeconds(10));
                var (bytes, overflowed) = stdout.IsCompletedSuccessfully ? stdout.Result : ([], false);
                return new Outcome(exited ? process.ExitCode : -1, bytes, overflowed,
                    stderr.IsCompletedSuccessfully ? stderr.Result : string.Empty, !exited, clock.Elapsed);
            }
            finally
            {
                // Whatever happened above (an exception reading its output included), nothing it started stays.
                KillTree(process);
            }
        }
        finally
        {
            Slots.Release();
        }
    }

    /// <summary>Kills the process's group (everything it started in its session) and its tree as .NET sees it.</summary>
    private static void KillTree(Process process)
    {
        try
        {
            if (Setsid is not null && (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()))
            {
                _ = kill(-process.Id, SigKill);
            }
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception or NotSupportedException)
        {
            // Already gone.
        }
    }

    private static Task<T> OnOwnThread<T>(Func<T> work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private static bool Feed(Stream stdin, byte[]? bytes)
    {
        try
        {
            if (bytes is not null)
            {
                stdin.Write(bytes);
            }
            stdin.Close();
            return true;
        }
        catch (IOException)
        {
            // The program ended (or closed its input) before reading everything: its outcome says why.
            return false;
        }
    }

    private static (byte[] Bytes, bool Overflowed) ReadBounded(Stream stream, long max)
    {
        using var kept = new MemoryStream();
        var buffer = new byte[81920];
        var overflowed = false;
        int n;
        while ((n = stream.Read(buffer)) > 0)
        {
            if (kept.Length + n > max)
            {
                overflowed = true;
                continue; // drain, so the program is not blocked writing
            }
            kept.Write(buffer, 0, n);
        }
        return (kept.ToArray(), overflowed);
    }

    /// <summary>The first and the last <paramref name="keep"/> bytes of a stream (a crash names itself first, its cause last).</summary>
    private static string ReadEnds(Stream stream, int keep)
    {
        var head = new List<byte>();
        var tail = new List<byte>();
        var skipped = false;
        var buffer = new byte[8192];
        int n;
        while ((n = stream.Read(buffer)) > 0)
        {
            var chunk = buffer.AsSpan(0, n);
            var toHead = Math.Min(keep - head.Count, chunk.Length);
            head.AddRange(chunk[..toHead]);
            tail.AddRange(chunk[toHead..]);
            if (tail.Count > 2 * keep)
            {
                tail.RemoveRange(0, tail.Count - keep);
                skipped = true;
            }
        }
        if (tail.Count > keep)
        {
            tail.RemoveRange(0, tail.Count - keep);
            skipped = true;
        }
        var text = System.Text.Encoding.UTF8;
        return text.GetString(head.ToArray()) + (skipped ? "\n…\n" : string.Empty) + text.GetString(tail.ToArray());
    }

    /// <summary>The full path of <paramref name="name"/> in a PATH directory, or null.</summary>
    public static string? FindOnPath(string name)
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    private const int SigKill = 9;

    // DllImport rather than LibraryImport: the generated marshalling needs unsafe code, and int → int needs none.
    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}
