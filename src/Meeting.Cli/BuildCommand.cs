namespace Meeting.Cli;

internal sealed class BuildCommand : ICommand
{
    public string Name => "build";

    public string Summary => "todo";

    public string Usage => "todo";

    public IReadOnlyList<string> ValueOptions => [];

    public int Positionals => 0;

    public int Run(Options options, TextWriter stdout, TextWriter stderr) => 0;
}
