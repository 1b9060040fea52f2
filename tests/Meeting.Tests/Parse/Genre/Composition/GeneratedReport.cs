namespace Meeting.Tests.Parse.Genre.Composition;

/// <summary>
/// A report of the genre made up by <see cref="GenreReports"/>: the text as a news site would publish it, the
/// outline an editor would write for it, and the variations it was written with.
/// </summary>
public sealed record GeneratedReport(string Text, string Outline, IReadOnlyList<string> Tags)
{
    public override string ToString() => Text + "\n--- expected outline ---\n" + Outline;
}
