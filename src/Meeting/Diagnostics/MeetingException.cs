namespace Meeting.Diagnostics;

/// <summary>
/// Stops the build because of the user's input (a report, the keyword list, a template, the command line).
/// The CLI prints <see cref="Diagnostics"/> and exits with <see cref="ExitCode"/>; never a stack trace.
/// </summary>
public sealed class MeetingException : Exception
{
    public MeetingException(IReadOnlyList<Diagnostic> diagnostics, int exitCode = ExitCodes.ContentError)
        : base(string.Join("\n", diagnostics))
    {
        Diagnostics = diagnostics;
        ExitCode = exitCode;
    }

    public MeetingException(Diagnostic diagnostic, int exitCode = ExitCodes.ContentError)
        : this([diagnostic], exitCode)
    {
    }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public int ExitCode { get; }
}
