using Meeting.Index;
using Meeting.Load;
using Meeting.Model;
using Meeting.Parse;

namespace Meeting.Plan;

/// <summary>
/// Lays out the site: every page with its path, title and breadcrumbs, chained in reading order for
/// previous/next. The archive root comes first, then each meeting (newest first): its home, each part followed
/// by its items, the full text, the keyword index and the term pages in index order; then the archive-wide
/// keyword index. The archive's own pages are planned from the meetings' summaries; a meeting's pages from its
/// model when it is rendered, joined to its neighbours through the plan.
/// </summary>
public static class SitePlanner
{
    public static SitePlan Plan(IReadOnlyList<MeetingSummary> meetings, InterfaceStrings strings)
    {
        var ordered = MeetingOrder.NewestFirst(meetings);
        var root = new PageLink(SitePaths.Archive, strings["site_name"]);
        var archive = ArchiveIndex.Build(ordered.Select(m => (m.Slug, m.Title, m.Date, m.Terms)).ToList());
        var pages = new List<PlannedPage>
        {
            new(PageKind.Archive, SitePaths.Archive, strings["site_name"], null, null, null, null, [root])
            {
                Next = ordered.Count > 0 ? ordered[0].FirstPage : null,
            },
        };
        if (ordered.Count > 1)
        {
            // With one meeting, its own keyword index is the archive's: a second, identical one would only repeat it.
            var archivePages = Chain(ArchivePages(archive, root, strings).ToList());
            archivePages[0] = archivePages[0] with { Previous = ordered[^1].LastPage(strings["keyword_index"]) };
            pages.AddRange(archivePages);
        }

        pages.Add(new PlannedPage(PageKind.NotFound, SitePaths.NotFound, strings["not_found"], null, null, null, null,
            [root, new PageLink(SitePaths.NotFound, strings["not_found"])]));
        pages.Add(Search.SearchPage.Plan(root, strings));
        return new SitePlan(ordered, pages, archive) { KeywordIndexTitle = strings["keyword_index"] };
    }

    /// <summary>The plan of a site whose meetings are all at hand (tests, benchmarks).</summary>
    public static SitePlan Plan(IReadOnlyList<SiteMeeting> meetings, InterfaceStrings strings) =>
        Plan(meetings.Select(m => MeetingSummary.Of(m.Report, m.Index, "")).ToList(), strings);

    /// <summary>A meeting's pages in reading order, the first and last chained to its neighbours in the plan.</summary>
    public static List<PlannedPage> MeetingPages(SitePlan plan, SiteMeeting meeting, InterfaceStrings strings)
    {
        var at = plan.PositionOf(meeting.Slug);
        var pages = Chain(MeetingPages(meeting, plan.RootPages[0].Link, strings).ToList());
        pages[0] = pages[0] with { Previous = plan.Before(at) };
        pages[^1] = pages[^1] with { Next = plan.After(at) };
        return pages;
    }

    private static IEnumerable<PlannedPage> MeetingPages(SiteMeeting meeting, PageLink root, InterfaceStrings strings)
    {
        var m = meeting.Report;
        var home = new PageLink(SitePaths.Home(m), m.Title);
        yield return new PlannedPage(PageKind.Home, home.Path, m.Title, meeting, null, null, null, [root, home]);

        foreach (var section in m.Sections)
        {
            var part = new PageLink(SitePaths.Part(m, section), section.Title);
            yield return new PlannedPage(PageKind.Part, part.Path, section.Title, meeting, section, null, null, [root, home, part]);
            foreach (var item in section.Items)
            {
                var path = SitePaths.Item(m, section, item);
                // The breadcrumb names the item as a reader says it (第五项任务), not by a bare numeral.
                var crumb = new PageLink(path, ItemLabel(strings, section, item));
                yield return new PlannedPage(PageKind.Item, path, ItemTitle(strings, section, item), meeting, section, item, null,
                    [root, home, part, crumb]);
            }
        }

        var text = new PageLink(SitePaths.FullText(m), strings["full_text"]);
        yield return new PlannedPage(PageKind.FullText, text.Path, text.Title, meeting, null, null, null, [root, home, text]);

        var index = new PageLink(SitePaths.Keywords(m), strings["keyword_index"]);
        yield return new PlannedPage(PageKind.Keywords, index.Path, index.Title, meeting, null, null, null, [root, home, index]);
        foreach (var term in meeting.Index.Terms)
        {
            var link = new PageLink(SitePaths.Term(m, term), term.Term);
            yield return new PlannedPage(PageKind.Term, link.Path, term.Term, meeting, null, null, term, [root, home, index, link]);
        }
    }

    // The archive-wide keyword index: each term across all meetings, so a reader can follow it from year to year.
    private static IEnumerable<PlannedPage> ArchivePages(ArchiveIndex archive, PageLink root, InterfaceStrings strings)
    {
        var index = new PageLink(SitePaths.ArchiveKeywords, strings["archive_index"]);
        yield return new PlannedPage(PageKind.ArchiveKeywords, index.Path, index.Title, null, null, null, null, [root, index]);
        foreach (var term in archive.Terms)
        {
            var link = new PageLink(SitePaths.ArchiveTerm(term.Slug), term.Term);
            yield return new PlannedPage(PageKind.ArchiveTerm, link.Path, term.Term, null, null, null, null, [root, index, link])
            {
                ArchiveTerm = term,
            };
        }
    }

    /// <summary>第五项任务：不断开辟教育数字化新赛道: the label comes from the strings file, by the part's kind.</summary>
    public static string ItemTitle(InterfaceStrings strings, Section section, Item item) =>
        ItemLabel(strings, section, item) + "：" + item.Heading;

    /// <summary>第五项任务: the item's ordinal as its part's kind names it.</summary>
    public static string ItemLabel(InterfaceStrings strings, Section section, Item item)
    {
        var key = $"item_label_{section.Kind.ToString().ToLowerInvariant()}";
        var label = strings.All.ContainsKey(key) ? key : "item_label_other";
        return strings.Format(label, ("n", ChineseNumerals.Format(item.Ordinal)));
    }

    private static List<PlannedPage> Chain(List<PlannedPage> pages) =>
        pages.Select((page, i) => page with
        {
            Previous = i > 0 ? pages[i - 1].Link : null,
            Next = i < pages.Count - 1 ? pages[i + 1].Link : null,
        }).ToList();
}
