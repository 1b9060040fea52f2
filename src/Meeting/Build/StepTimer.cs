using System.Diagnostics;

namespace Meeting.Build;

/// <summary>Times the named steps of a build, as Zola does, so a slow stage shows in the log.</summary>
internal sealed class StepTimer
{
    private readonly List<(string Step, TimeSpan Took)> _steps = [];

    public IReadOnlyList<(string Step, TimeSpan Took)> Steps => _steps;

    public T Run<T>(string step, Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        var result = work();
        _steps.Add((step, clock.Elapsed));
        return result;
    }
}
