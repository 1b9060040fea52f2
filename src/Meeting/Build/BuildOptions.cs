namespace Meeting.Build;

/// <summary>What <c>meeting build</c> is asked to do. <see cref="Strict"/> turns warnings into a failed build.</summary>
public sealed record BuildOptions(string ContentDir, string TemplatesDir, string OutDir, bool Strict = false);
