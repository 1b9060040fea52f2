namespace Meeting.Cli;

/// <summary>One verb of the CLI: its name, its help, the options it takes, and what it does.</summary>
internal interface ICommand
{
    string Name { get; }

    string Summary { get; }

    /// <summary>Usage line, option descriptions and an example, shown by --help.</summary>
    string Usage { get; }

    /// <summary>The options that take a value (--out DIR); flags are --verbose, --strict, --help.</summary>
    IReadOnlyList<string> ValueOptions { get; }

    /// <summary>How many positional arguments it takes (0 or 1).</summary>
    int Positionals { get; }

    int Run(Options options, TextWriter stdout, TextWriter stderr);
}
