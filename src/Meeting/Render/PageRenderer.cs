using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Fluid.Values;
using Meeting.Diagnostics;
using Meeting.Plan;

namespace Meeting.Render;

/// <summary>
/// Renders a planned page: the page's own template first, then the layout around it (Fluid has no layout tag).
/// Encoding keeps Chinese readable and escapes &lt; &gt; &amp; ' ", so text from the report is always text.
/// </summary>
public sealed class PageRenderer(TemplateSet templates, SitePlan plan)
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public string Render(PlannedPage page)
    {
        var model = new PageModelBuilder(plan, templates.Strings, page).Build();
        var content = RenderTemplate(TemplateName(page.Kind), model, page);
        model["content"] = content;
        return RenderTemplate(TemplateSet.Layout, model, page);
    }

    private string RenderTemplate(string name, Dictionary<string, object?> model, PlannedPage page)
    {
        var context = new TemplateContext(templates.Options);
        foreach (var (key, value) in model)
        {
            context.SetValue(key, FluidValue.Create(StrictModel.Normalize(value), templates.Options));
        }

        try
        {
            return templates[name].Render(context, Encoder);
        }
        catch (Exception e) when (e is FluidException or InvalidOperationException or ArgumentException or FormatException)
        {
            // Fluid names an undefined member by its syntax node, not its name; say what it means instead.
            var what = e.Message.Contains("Fluid.Ast", StringComparison.Ordinal)
                ? "it names a member (such as page.x or body.x) that this page does not have"
                : e.Message;
            throw new MeetingException(
                Diagnostic.About(templates.PathOf(name), $"the template failed to render the page {page.Path}: {what}",
                    "the values each page has are listed in the README, under Templates"),
                ExitCodes.ContentError);
        }
    }

    private static string TemplateName(PageKind kind) => kind.ToString().ToLowerInvariant();
}
