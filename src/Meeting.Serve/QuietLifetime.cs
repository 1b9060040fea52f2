using Microsoft.Extensions.Hosting;

namespace Meeting.Serve;

/// <summary>
/// The host's lifetime without the console: ASP.NET Core's default one takes Ctrl+C for itself and stops the host
/// behind the command's back. Here the command line owns Ctrl+C (System.CommandLine cancels the serve command),
/// and the tests start and stop servers in process.
/// </summary>
internal sealed class QuietLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
