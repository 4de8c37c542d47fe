using System.Globalization;
using PolicyGraph.Cli.Commands;

namespace PolicyGraph.Ingest.Tests.Cli;

/// <summary>Runs a <c>policygraph</c> verb in this process as a script would, capturing stdout and stderr.</summary>
/// <remarks>The console is process-wide: a test class calling this belongs to <see cref="ConsoleCollection"/>.</remarks>
internal static class Verbs
{
    public static (int Code, string Output, string Error) Run(params string[] args)
    {
        var (oldOut, oldError) = (Console.Out, Console.Error);
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            return (CommandLine.Build().Parse(args).Invoke(), output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
        }
    }
}

/// <summary>Test classes that redirect the console run alone.</summary>
[CollectionDefinition(nameof(ConsoleCollection), DisableParallelization = true)]
public sealed class ConsoleCollection;
