namespace Meeting.Serve;

/// <summary>
/// Watches the content and templates folders and calls back once things have settled: an editor's save is
/// often several events (a temporary file, a rename, a change of attributes), which make one rebuild.
/// </summary>
public sealed class ContentWatcher : IDisposable
{
    /// <summary>How long the folders must stay quiet before a rebuild starts.</summary>
    public static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(40);

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;

    public ContentWatcher(IEnumerable<string> folders, Action changed)
    {
        _timer = new Timer(_ => changed());
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, _) => Poke();
            watcher.Created += (_, _) => Poke();
            watcher.Deleted += (_, _) => Poke();
            watcher.Renamed += (_, _) => Poke();
            watcher.Error += (_, _) => Poke();
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    private void Poke() => _timer.Change(Settle, Timeout.InfiniteTimeSpan);

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _timer.Dispose();
    }
}
