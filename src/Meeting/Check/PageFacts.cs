using Meeting.Diagnostics;

namespace Meeting.Check;

/// <summary>What the checks need to know of one rendered page: its ids, its links, and what is wrong inside it.</summary>
public sealed record PageFacts(string Path, IReadOnlySet<string> Ids, IReadOnlyList<PageLinkRef> Links, IReadOnlyList<Diagnostic> Problems);

/// <summary>One link as a page holds it: the href as written (references decoded) and where its element starts.</summary>
public readonly record struct PageLinkRef(string Href, int Line, int Column);
