using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Meeting.Browser.Tests.Infrastructure;

/// <summary>
/// A tiny static file server on 127.0.0.1 that serves the built site under a sub-path, the way a
/// reader meets it on a host that does not put it at the domain root. One request per connection:
/// simple, and plenty for one browser.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly string root;
    private readonly string prefix;
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly Task accepting;

    /// <param name="root">The folder served.</param>
    /// <param name="subPath">Where it appears, e.g. "/archive/" (leading and trailing slash).</param>
    public StaticSiteServer(string root, string subPath)
    {
        this.root = Path.GetFullPath(root);
        prefix = subPath;
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        accepting = AcceptLoopAsync();
    }

    public int Port { get; }

    /// <summary>The site's own address, ending in a slash.</summary>
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}{prefix}");

    private async Task AcceptLoopAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stopping.Token);
            }
            catch (Exception) when (stopping.IsCancellationRequested)
            {
                return;
            }
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var head = await ReadHeadAsync(stream);
                if (head is null) return;
                var requestLine = head.Split("\r\n")[0].Split(' ');
                if (requestLine.Length < 2)
                {
                    await WriteAsync(stream, 400, "Bad Request", "text/plain; charset=utf-8", "bad request"u8.ToArray(), false);
                    return;
                }
                var method = requestLine[0];
                var bodyWanted = method != "HEAD";
                if (method is not ("GET" or "HEAD"))
                {
                    await WriteAsync(stream, 405, "Method Not Allowed", "text/plain; charset=utf-8", "method not allowed"u8.ToArray(), bodyWanted);
                    return;
                }
                await RespondAsync(stream, requestLine[1], bodyWanted);
            }
            catch (IOException)
            {
                // The browser hung up early (a cancelled navigation): nothing to answer.
            }
        }
    }

    private async Task RespondAsync(Stream stream, string target, bool bodyWanted)
    {
        var path = Uri.UnescapeDataString(target.Split('?', '#')[0]);
        if (path + "/" == prefix)
        {
            await WriteRedirectAsync(stream, prefix);
            return;
        }
        var file = path.StartsWith(prefix, StringComparison.Ordinal) ? Resolve(path[prefix.Length..]) : null;
        if (file is not null && Directory.Exists(file))
        {
            // A folder without its slash: send the browser to the slash so relative links resolve.
            await WriteRedirectAsync(stream, target.Split('?')[0] + "/");
            return;
        }
        if (file is not null && File.Exists(file))
        {
            await WriteAsync(stream, 200, "OK", ContentTypes.For(file), await File.ReadAllBytesAsync(file), bodyWanted);
            return;
        }
        var notFound = Path.Combine(root, "404.html");
        var body = File.Exists(notFound) ? await File.ReadAllBytesAsync(notFound) : "not found"u8.ToArray();
        await WriteAsync(stream, 404, "Not Found", ContentTypes.For(notFound), body, bodyWanted);
    }

    /// <summary>Maps a path below the prefix to a file inside the root, or null if it would leave the root.</summary>
    private string? Resolve(string relative)
    {
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        var full = Path.GetFullPath(Path.Combine(root, relative));
        return full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    private static async Task<string?> ReadHeadAsync(Stream stream)
    {
        var buffer = new byte[8192];
        var length = 0;
        while (length < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(length));
            if (read == 0) return null;
            length += read;
            var text = Encoding.ASCII.GetString(buffer, 0, length);
            if (text.Contains("\r\n\r\n")) return text;
        }
        return null;
    }

    private static Task WriteRedirectAsync(Stream stream, string location) =>
        WriteAsync(stream, 301, "Moved Permanently", "text/plain; charset=utf-8", [], true, $"Location: {location}\r\n");

    private static async Task WriteAsync(Stream stream, int status, string reason, string contentType, byte[] body, bool bodyWanted, string extraHeaders = "")
    {
        var head = $"HTTP/1.1 {status} {reason}\r\nContent-Type: {contentType}\r\nContent-Length: {body.Length}\r\n{extraHeaders}Cache-Control: no-store\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        if (bodyWanted) await stream.WriteAsync(body);
        await stream.FlushAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        await accepting;
        stopping.Dispose();
    }
}
