using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Meeting.Serve;

/// <summary>
/// A built site on Kestrel, under a base path, as a static host would serve it: a folder's index.html, a folder
/// without its slash redirected to it, 404.html with status 404, GET and HEAD only, nothing outside the site (see
/// <see cref="SiteFiles"/>). With a <see cref="LiveReload"/>, pages get its script and its event stream.
/// The browser tests serve the site through this too.
/// </summary>
public sealed class SiteHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stopping;

    private SiteHost(WebApplication app, CancellationTokenSource stopping, Uri address) => (_app, _stopping, Address) = (app, stopping, address);

    /// <summary>The site's own address (http://127.0.0.1:PORT/archive/), ending in a slash.</summary>
    public Uri Address { get; }

    public static async Task<SiteHost> StartAsync(string siteDir, string basePath, string host, int port, LiveReload? live, CancellationToken cancel = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<Microsoft.Extensions.Hosting.IHostLifetime, QuietLifetime>();
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(host == "localhost" ? IPAddress.Loopback : IPAddress.Parse(host), port);
        });

        var app = builder.Build();
        var files = new SiteFiles(siteDir);
        // Cancelled when the host stops, so that open event streams end instead of holding the shutdown up.
        var stopping = new CancellationTokenSource();
        app.Run(context => Respond(context, files, basePath, live, stopping.Token));
        await app.StartAsync(cancel);

        var bound = new Uri(app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return new SiteHost(app, stopping, new Uri(bound, basePath));
    }

    private static async Task Respond(HttpContext context, SiteFiles files, string basePath, LiveReload? live, CancellationToken stopping)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }

        var path = request.Path.Value ?? "/";
        if (live is not null && path == LiveReload.ScriptPath)
        {
            await Send(context, live.Script, ContentTypes.For(LiveReload.ScriptPath));
            return;
        }

        if (live is not null && path == LiveReload.EventsPath)
        {
            await live.StreamAsync(context, stopping);
            return;
        }

        if (live is not null && path == "/favicon.ico" && !File.Exists(Path.Combine(files.Root, "favicon.ico")))
        {
            // Browsers ask for it unbidden; a preview need not log a 404 in the console of every page for it.
            response.StatusCode = StatusCodes.Status204NoContent;
            return;
        }

        if (path + "/" == basePath || (path == "/" && basePath != "/"))
        {
            Redirect(context, basePath);
            return;
        }

        var (kind, file) = path.StartsWith(basePath, StringComparison.Ordinal) ? files.Resolve(path[basePath.Length..]) : (SiteFiles.Kind.Nothing, null);
        if (kind == SiteFiles.Kind.Folder)
        {
            if (!path.EndsWith('/'))
            {
                // A folder without its slash: send the browser to the slash so relative links resolve.
                Redirect(context, request.PathBase + path + "/" + request.QueryString);
                return;
            }

            (kind, file) = files.Resolve(path[basePath.Length..] + "index.html");
        }

        if (kind == SiteFiles.Kind.File && await ReadAsync(file!) is { } bytes)
        {
            await Send(context, Prepare(bytes, file!, live), ContentTypes.For(file!));
            return;
        }

        response.StatusCode = StatusCodes.Status404NotFound;
        var notFound = Path.Combine(files.Root, "404.html");
        var page = await ReadAsync(notFound);
        await Send(context, page is null ? "not found"u8.ToArray() : Prepare(page, notFound, live), ContentTypes.For(page is null ? "x.txt" : notFound));
    }

    private static byte[] Prepare(byte[] bytes, string file, LiveReload? live) =>
        live is not null && file.EndsWith(".html", StringComparison.OrdinalIgnoreCase)
            ? PageInjection.Inject(bytes, live.Generation, LiveReload.EventsPath)
            : bytes;

    // A rebuild swaps the whole site folder in at once; a read that falls into that instant tries again.
    private static async Task<byte[]?> ReadAsync(string file)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await File.ReadAllBytesAsync(file);
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException && attempt < 5)
            {
                await Task.Delay(20);
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
            {
                return null;
            }
        }
    }

    private static async Task Send(HttpContext context, byte[] body, string contentType)
    {
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    private static void Redirect(HttpContext context, string location)
    {
        context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
        context.Response.Headers.Location = location;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        // Ctrl+C stops promptly: open connections get a moment to finish, not the host's default half minute.
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(3));
        await _app.StopAsync(patience.Token);
        await _app.DisposeAsync();
        _stopping.Dispose();
    }
}
