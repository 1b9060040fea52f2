using System.CommandLine;
using System.CommandLine.Help;
using Meeting.Diagnostics;

namespace Meeting.Cli;

/// <summary>
/// The <c>meeting</c> command on System.CommandLine: a thin shell that reads arguments, calls the library, prints
/// diagnostics and returns an exit code (see <see cref="ExitCodes"/>). A mistake on the command line is printed
/// as <c>meeting VERB: error: …</c> with a hint (exit 2); a mistake in the input as the library's diagnostics;
/// no stack trace reaches the user unless --verbose.
/// </summary>
public static class CommandLine
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = Commands.Root();
        var result = root.Parse(args);
        var invocation = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };

        // Help, --version and the completion directive ([suggest]) run whatever else the line holds.
        if (result.Errors.Count > 0 && result.Action is not { ClearsParseErrors: true })
        {
            var error = UsageErrors.Describe(result);
            stderr.WriteLine($"{error.Prefix}: error: {error.Message}");
            stderr.WriteLine($"  hint: {error.Hint}");
            return ExitCodes.UsageError;
        }

        try
        {
            // Asynchronously: only then does System.CommandLine turn Ctrl+C into a cancellation (serve stops cleanly).
            return result.InvokeAsync(invocation).GetAwaiter().GetResult();
        }
        catch (MeetingException e)
        {
            foreach (var diagnostic in e.Diagnostics)
            {
                stderr.WriteLine(diagnostic);
            }

            return e.ExitCode;
        }
        catch (Exception e) when (!Verbose(result))
        {
            stderr.WriteLine($"meeting: internal error: {e.Message}");
            stderr.WriteLine("  hint: this is a bug in the generator; run again with --verbose and report what it prints");
            return ExitCodes.InternalError;
        }
    }

    private static bool Verbose(ParseResult result) =>
        result.CommandResult.Command.Options.FirstOrDefault(o => o.Name == CommonOptions.VerboseName) is Option<bool> verbose
        && result.GetValue(verbose);

    /// <summary>The name a command goes by in messages: `meeting build`, or `meeting` for the root.</summary>
    internal static string NameOf(Command command) => command is RootCommand ? "meeting" : $"meeting {command.Name}";
}

/// <summary>The commands of <c>meeting</c>, one file each; help shows each command's notes and example after its options.</summary>
internal static class Commands
{
    public static RootCommand Root()
    {
        var root = new RootCommand("meeting: turns the report of a work conference into a static archive site");
        var notes = new Dictionary<Command, string>();
        foreach (var (command, note) in new[] { BuildCommand.Create(), ServeCommand.Create(), CheckCommand.Create(), ParseCommand.Create() })
        {
            root.Subcommands.Add(command);
            notes[command] = note;
        }

        notes[root] = """
            Run `meeting <command> --help` for a command's options and an example.
            Exit codes: 0 success, 1 bad input, 2 bad command line, 3 the site's checks failed,
            4 warnings with --strict, 70 internal error.

            """;
        var help = root.Options.OfType<HelpOption>().Single();
        var withNotes = new HelpWithNotes((HelpAction)help.Action!, notes);
        help.Action = withNotes;

        // `meeting` alone: the overview, and exit 2 (nothing was asked for).
        root.SetAction(result =>
        {
            withNotes.Invoke(result);
            return ExitCodes.UsageError;
        });
        return root;
    }
}
