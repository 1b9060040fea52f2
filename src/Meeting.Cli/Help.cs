namespace Meeting.Cli;

/// <summary>The text of --help.</summary>
internal static class Help
{
    public static string Overview(IEnumerable<ICommand> commands) =>
        "meeting: turns the report of a work conference into a static archive site\n\n" +
        "Usage: meeting <command> [options]\n\nCommands:\n" +
        string.Concat(commands.Select(c => $"  {c.Name,-7} {c.Summary}\n")) +
        "\nRun `meeting <command> --help` for a command's options and an example.\n";

    public static string For(ICommand command) => $"meeting {command.Name}: {command.Summary}\n\n{command.Usage}";
}
