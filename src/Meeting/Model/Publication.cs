namespace Meeting.Model;

/// <summary>
/// Where the report was published: the publisher (教育部网站), the original article's address and the day it
/// appeared. Each is known only where front matter or the saved page says it; the file name is never a source.
/// </summary>
public sealed record Publication(string? Publisher, string? Url, DateOnly? Published)
{
    public static readonly Publication Unknown = new(null, null, null);

    public bool IsKnown => Publisher is not null || Url is not null || Published is not null;
}
