namespace Meeting.Plan;

/// <summary>A page as another page names it: its site path (with #anchor, if any) and its title.</summary>
public sealed record PageLink(string Path, string Title);
