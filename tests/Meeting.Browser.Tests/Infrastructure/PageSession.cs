using Microsoft.Playwright;

namespace Meeting.Browser.Tests.Infrastructure;

/// <summary>One browser page in its own context, with what it logged and asked for since it opened.</summary>
public sealed class PageSession : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly List<string> consoleErrors = [];
    private readonly List<string> requests = [];

    public PageSession(IBrowserContext context, IPage page)
    {
        this.context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error") lock (consoleErrors) consoleErrors.Add(message.Text);
        };
        page.PageError += (_, error) => { lock (consoleErrors) consoleErrors.Add(error); };
        page.Request += (_, request) => { lock (requests) requests.Add(request.Url); };
    }

    public IPage Page { get; }

    public IReadOnlyList<string> ConsoleErrors { get { lock (consoleErrors) return consoleErrors.ToList(); } }
    public IReadOnlyList<string> Requests { get { lock (requests) return requests.ToList(); } }

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
