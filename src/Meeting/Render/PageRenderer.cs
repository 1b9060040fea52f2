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

    // The interface strings are the same on every page: made into a template value once, not once per page.
    private readonly FluidValue _strings = FluidValue.Create(StrictModel.Normalize(templates.Strings.All.ToDictionary(p => p.Key, p => (object?)p.Value)), templates.Options);

    public string Render(PlannedPage page)
    {
        // The page's values are turned into template values once and shared by the page template and the layout.
        var model = new PageModelBuilder(plan, templates.Strings, page).Build();
        var values = model.Select(p => (p.Key, Value: p.Key == "strings" ? _strings : FluidValue.Create(StrictModel.Normalize(p.Value), templates.Options))).ToList();
        var content = RenderTemplate(TemplateName(page.Kind), values, page);
        values.Add(("content", FluidValue.Create(content, templates.Options)));
        return RenderTemplate(TemplateSet.Layout, values, page);
    }

    private string RenderTemplate(string name, List<(string Key, FluidValue Value)> values, PlannedPage page)
    {
        // A context of its own for each template, as before: what a page template assigns stays out of the layout.
        var context = new TemplateContext(templates.Options);
        foreach (var (key, value) in values)
        {
            context.SetValue(key, value);
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
