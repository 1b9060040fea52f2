namespace Meeting.Plan;

/// <summary>The kinds of page the site has; each has its template of the same name in <c>templates/</c>.</summary>
public enum PageKind
{
    Archive,
    NotFound,
    Home,
    Part,
    Item,
    FullText,
    Keywords,
    Term,
    ArchiveKeywords,
    ArchiveTerm,
    Search,
}
