using Meeting.Diagnostics;

namespace Meeting.Cli;

/// <summary>
/// The <c>meeting</c> command: a thin shell that reads arguments, calls the library, prints diagnostics and
/// returns an exit code (see <see cref="ExitCodes"/>). No stack trace reaches the user unless --verbose.
/// </summary>
public static class CommandLine
{
    private static readonly ICommand[] Commands = [new BuildCommand(), new CheckCommand(), new ParseCommand()];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            stdout.Write(Help.Overview(Commands));
            return args.Length == 0 ? ExitCodes.UsageError : ExitCodes.Success;
        }

        if (args[0] is "--version")
        {
            stdout.WriteLine(typeof(CommandLine).Assembly.GetName().Version);
            return ExitCodes.Success;
        }

        var command = Commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            stderr.WriteLine($"meeting: error: unknown command `{args[0]}`");
            stderr.WriteLine($"  hint: the commands are {string.Join(", ", Commands.Select(c => c.Name))}; see `meeting --help`");
            return ExitCodes.UsageError;
        }

        Options options;
        try
        {
            options = Options.Parse(args.Skip(1).ToArray(), command);
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"meeting {command.Name}: error: {e.Message}");
            stderr.WriteLine($"  hint: see `meeting {command.Name} --help`");
            return ExitCodes.UsageError;
        }

        if (options.Help)
        {
            stdout.Write(Help.For(command));
            return ExitCodes.Success;
        }

        try
        {
            return command.Run(options, stdout, stderr);
        }
        catch (MeetingException e)
        {
            foreach (var diagnostic in e.Diagnostics)
            {
                stderr.WriteLine(diagnostic);
            }

            return e.ExitCode;
        }
        catch (Exception e) when (!options.Verbose)
        {
            stderr.WriteLine($"meeting: internal error: {e.Message}");
            stderr.WriteLine("  hint: this is a bug in the generator; run again with --verbose and report what it prints");
            return ExitCodes.InternalError;
        }
    }
}
