namespace Meeting.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}

/// <summary>
/// A message about the user's input, pointing at the place it is about. Printed as
/// <c>path:line:column: error: message</c>, then the hint on its own line, the way compilers do. A message about
/// a whole file or folder (it is missing, it is an image, no link reaches it) has no place in it: its
/// <see cref="Line"/> is 0 and it prints as <c>path: error: message</c>.
/// </summary>
public sealed record Diagnostic(Severity Severity, string Path, int Line, int Column, string Message, string? Hint = null)
{
    public static Diagnostic Error(string path, int line, int column, string message, string? hint = null) =>
        new(Severity.Error, path, line, column, message, hint);

    /// <summary>An error about a whole file or folder, with no line and column to point at.</summary>
    public static Diagnostic About(string path, string message, string? hint = null) =>
        new(Severity.Error, path, 0, 0, message, hint);

    public static Diagnostic Warning(string path, int line, int column, string message, string? hint = null) =>
        new(Severity.Warning, path, line, column, message, hint);

    public Diagnostic WithPath(string path) => this with { Path = path };

    public override string ToString()
    {
        var place = Line > 0 ? $"{Path}:{Line}:{Column}" : Path;
        var head = $"{place}: {(Severity == Severity.Error ? "error" : "warning")}: {Message}";
        return Hint is null ? head : $"{head}\n  hint: {Hint}";
    }
}
