using System.Net.Sockets;
using System.Text;

namespace Meeting.Tests.Serve;

/// <summary>
/// One HTTP request with the target sent byte for byte as given: HttpClient would tidy `..` and `%2e%2e` away
/// before they reach the server, which is exactly what these tests must not let it do.
/// </summary>
internal static class RawHttp
{
    public static async Task<(int Status, string Body)> GetAsync(Uri server, string target)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: {server.Authority}\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync();
        var status = response.Length > 12 && int.TryParse(response.AsSpan(9, 3), out var code) ? code : 0;
        var body = response.IndexOf("\r\n\r\n", StringComparison.Ordinal) is var end and >= 0 ? response[(end + 4)..] : "";
        return (status, body);
    }
}
