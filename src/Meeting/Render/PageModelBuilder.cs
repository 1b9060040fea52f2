using Meeting.Load;
using Meeting.Plan;
using Meeting.Render.Models;

namespace Meeting.Render;

/// <summary>
/// The values a template sees for one page: the common ones the layout uses (title, breadcrumbs, previous/next,
/// navigation, strings) and the page's own (see Models/). Every link is already relative to this page.
/// </summary>
internal sealed class PageModelBuilder(SitePlan plan, InterfaceStrings strings, PlannedPage page)
{
    public Dictionary<string, object?> Build()
    {
        var view = new PageView(plan, strings, page);
        var model = LayoutModel.Build(view);
        model["body"] = page.Kind switch
        {
            PageKind.Archive => ArchiveModel.Build(view),
            PageKind.NotFound => NotFoundModel.Build(view),
            PageKind.Home => HomeModel.Build(view),
            PageKind.Part => PartModel.Build(view),
            PageKind.Item => ItemModel.Build(view),
            PageKind.FullText => FullTextModel.Build(view),
            PageKind.Keywords => KeywordsModel.Build(view),
            PageKind.Term => TermModel.Build(view),
            PageKind.ArchiveKeywords => ArchiveKeywordsModel.Build(view),
            PageKind.ArchiveTerm => ArchiveTermModel.Build(view),
            PageKind.Search => SearchModel.Build(view),
            _ => throw new ArgumentOutOfRangeException(nameof(page), page.Kind, "no model for this kind of page"),
        };
        return model;
    }
}
