using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace Meeting.Serve;

/// <summary>
/// The open pages, each listening on server-sent events. After each build it tells them which build the site is
/// now (<c>site</c>: a page from an older build reloads) or what went wrong (<c>problem</c>: shown over the page).
/// A page that connects is told the state at once, so it never misses a build that finished while it loaded.
/// </summary>
public sealed class LiveReload
{
    public const string EventsPath = "/__meeting/events";
    public const string ScriptPath = "/__meeting/live.js";

    private readonly Lock _gate = new();
    private readonly List<Channel<string>> _pages = [];
    private string _state = Event("site", "0");

    public LiveReload()
    {
        using var stream = typeof(LiveReload).Assembly.GetManifestResourceStream("live.js")!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        Script = Encoding.UTF8.GetBytes(reader.ReadToEnd());
    }

    /// <summary>The number of the build now served; pages carry it to compare.</summary>
    public int Generation { get; private set; }

    public byte[] Script { get; }

    /// <summary>A new site is in place: every open page reloads.</summary>
    public void Built()
    {
        lock (_gate)
        {
            Generation++;
            Publish(Event("site", Generation.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>The last edit failed to build: every open page shows why, over the last good site.</summary>
    public void Failed(string problem)
    {
        lock (_gate)
        {
            Publish(Event("problem", problem));
        }
    }

    /// <summary>Holds one page's event stream open until it goes away or the server stops.</summary>
    public async Task StreamAsync(HttpContext context, CancellationToken stopping)
    {
        context.Response.ContentType = "text/event-stream; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var channel = Channel.CreateUnbounded<string>();
        lock (_gate)
        {
            channel.Writer.TryWrite(_state);
            _pages.Add(channel);
        }

        using var both = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            await foreach (var message in channel.Reader.ReadAllAsync(both.Token))
            {
                await context.Response.WriteAsync(message, both.Token);
                await context.Response.Body.FlushAsync(both.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed, or the server is stopping.
        }
        finally
        {
            lock (_gate)
            {
                _pages.Remove(channel);
            }
        }
    }

    private void Publish(string message)
    {
        _state = message;
        foreach (var page in _pages)
        {
            page.Writer.TryWrite(message);
        }
    }

    // One event of the text/event-stream format: each line of the data on its own "data:" line.
    private static string Event(string name, string data) =>
        $"event: {name}\n{string.Concat(data.Replace("\r\n", "\n").Split('\n').Select(l => $"data: {l}\n"))}\n";
}
