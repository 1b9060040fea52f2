namespace Meeting.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}

/// <summary>
/// A message about the user's input, pointing at the place it is about. Printed as
/// <c>path:line:column: error: message</c>, then the hint on its own line, the way compilers do.
/// </summary>
public sealed record Diagnostic(Severity Severity, string Path, int Line, int Column, string Message, string? Hint = null)
{
    public static Diagnostic Error(string path, int line, int column, string message, string? hint = null) =>
        new(Severity.Error, path, line, column, message, hint);

    public static Diagnostic Warning(string path, int line, int column, string message, string? hint = null) =>
        new(Severity.Warning, path, line, column, message, hint);

    public Diagnostic WithPath(string path) => this with { Path = path };

    public override string ToString()
    {
        var head = $"{Path}:{Line}:{Column}: {(Severity == Severity.Error ? "error" : "warning")}: {Message}";
        return Hint is null ? head : $"{head}\n  hint: {Hint}";
    }
}
