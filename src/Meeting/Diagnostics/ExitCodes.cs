namespace Meeting.Diagnostics;

/// <summary>The exit codes of <c>meeting</c>, documented in the README. Scripts may rely on them.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The input is wrong: a report, the keyword list, a template, a missing folder.</summary>
    public const int ContentError = 1;

    /// <summary>The command line is wrong: an unknown command or option, a missing value.</summary>
    public const int UsageError = 2;

    /// <summary>The site's own checks failed: a broken link, a duplicate id, an HTML parse error.</summary>
    public const int CheckFailed = 3;

    /// <summary>Warnings were found and <c>--strict</c> was given.</summary>
    public const int WarningsAsErrors = 4;

    /// <summary>A bug in the generator; run again with --verbose and report it.</summary>
    public const int InternalError = 70;
}
