using System.Globalization;
using Meeting.Build;
using Meeting.Diagnostics;

namespace Meeting.Serve;

/// <summary>
/// <c>meeting serve</c>: builds the site, serves it (<see cref="SiteHost"/>), and rebuilds on every change of the
/// content or templates, one build at a time. A build that succeeds reloads the open pages; one that fails prints
/// its diagnostics, shows them over the open pages, and leaves the last good site served (a failed build never
/// touches the output folder).
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly ServeOptions _options;
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;
    private readonly LiveReload _live = new();
    private readonly SemaphoreSlim _wanted = new(0);
    private readonly CancellationTokenSource _stopping = new();
    private SiteHost? _host;
    private ContentWatcher? _watcher;
    private Task _rebuilding = Task.CompletedTask;

    private PreviewServer(ServeOptions options, TextWriter stdout, TextWriter stderr) => (_options, _stdout, _stderr) = (options, stdout, stderr);

    /// <summary>The site's address, as printed.</summary>
    public Uri Address => _host!.Address;

    /// <summary>Builds finished so far (good or bad); tests wait on it.</summary>
    public int Builds { get; private set; }

    /// <summary>Serves until cancelled (Ctrl+C); the exit code of the first build if it fails, else 0.</summary>
    public static async Task<int> RunAsync(ServeOptions options, TextWriter stdout, TextWriter stderr, CancellationToken cancel)
    {
        await using var server = await StartAsync(options, stdout, stderr, cancel);
        try
        {
            await Task.Delay(Timeout.Infinite, cancel);
        }
        catch (OperationCanceledException)
        {
            stdout.WriteLine("meeting serve: stopped");
        }

        return ExitCodes.Success;
    }

    /// <summary>
    /// Builds once (a failure here is the user's to fix first: it throws, as <c>meeting build</c> would), then
    /// serves and watches.
    /// </summary>
    public static async Task<PreviewServer> StartAsync(ServeOptions options, TextWriter stdout, TextWriter stderr, CancellationToken cancel = default)
    {
        var server = new PreviewServer(options, stdout, stderr);
        if (File.Exists(Path.Combine(options.Build.OutDir, "index.html")))
        {
            // A site is there already: serve it even if the content is broken now, and show why over its pages.
            server.Rebuild();
        }
        else
        {
            server.Report(SiteBuilder.Build(options.Build));
        }

        server._host = await SiteHost.StartAsync(options.Build.OutDir, options.BasePath, options.Host, options.Port, server._live, cancel);
        stdout.WriteLine($"meeting serve: serving {server.Address} (Ctrl+C stops)");
        if (!IsLoopback(options.Host))
        {
            stderr.WriteLine($"meeting serve: warning: listening on {options.Host}: other machines can reach this server");
        }

        stdout.WriteLine($"meeting serve: watching {options.Build.ContentDir} and {options.Build.TemplatesDir}");
        server._rebuilding = Task.Run(server.RebuildLoop);
        server._watcher = new ContentWatcher([options.Build.ContentDir, options.Build.TemplatesDir], () => server._wanted.Release());
        return server;
    }

    private async Task RebuildLoop()
    {
        while (!_stopping.IsCancellationRequested)
        {
            try
            {
                await _wanted.WaitAsync(_stopping.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            // Changes that came in while waiting are all in this one build.
            while (_wanted.CurrentCount > 0)
            {
                await _wanted.WaitAsync();
            }

            Rebuild();
        }
    }

    private void Rebuild()
    {
        try
        {
            Report(SiteBuilder.Build(_options.Build));
            _live.Built();
        }
        catch (MeetingException e)
        {
            var text = string.Join("\n", e.Diagnostics);
            _stderr.WriteLine(text);
            _stderr.WriteLine("meeting serve: the last good site stays served; fix the problem and save again");
            _live.Failed(text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file caught mid-save; the save that follows starts another build.
            _stderr.WriteLine($"meeting serve: could not read everything ({e.Message}); waiting for the next change");
        }
        catch (Exception e)
        {
            var text = $"meeting: internal error: {e.Message}\n  hint: this is a bug in the generator; run again with --verbose and report what it prints";
            _stderr.WriteLine(_options.Verbose ? e.ToString() : text);
            _live.Failed(text);
        }
        finally
        {
            Builds++;
        }
    }

    private void Report(BuildResult result)
    {
        foreach (var warning in result.Warnings)
        {
            _stderr.WriteLine(warning);
        }

        var total = result.Steps.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Took);
        _stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"meeting serve: built {result.Pages} pages for {result.Meetings} meeting(s) in {total.TotalSeconds:0.00} s"));
        if (_options.Verbose)
        {
            foreach (var (step, took) in result.Steps)
            {
                _stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {step,-10} {took.TotalMilliseconds,8:0.0} ms"));
            }
        }
    }

    private static bool IsLoopback(string host) =>
        host == "localhost" || (System.Net.IPAddress.TryParse(host, out var address) && System.Net.IPAddress.IsLoopback(address));

    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        await _stopping.CancelAsync();
        await _rebuilding;
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        _stopping.Dispose();
        _wanted.Dispose();
    }
}
