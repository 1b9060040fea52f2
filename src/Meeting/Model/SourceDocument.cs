namespace Meeting.Model;

/// <summary>A report file as loaded: its path as given to the user, and its text decoded strictly (BOM removed).</summary>
public sealed record SourceDocument(string Path, string Text);
