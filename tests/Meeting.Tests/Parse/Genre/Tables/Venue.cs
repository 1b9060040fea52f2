namespace Meeting.Tests.Parse.Genre.Tables;

/// <summary>
/// Where a meeting was held: the words after 在 as the report writes them, and the place an editor writes in
/// the outline (the same words, or the city a short form stands for: 京 → 北京, 榕 → 福州).
/// </summary>
public sealed record Venue(string Written, string Place, string Kind);
