using System.Runtime.ExceptionServices;
using Meeting.Diagnostics;

namespace Meeting.Build;

/// <summary>
/// Runs a step over many items on every core, in order, and reports the user's mistakes the way a sequential
/// run would: as one <see cref="MeetingException"/> holding every item's diagnostics (all bad reports at once,
/// sorted by file), never as the AggregateException the parallel machinery wraps them in.
/// </summary>
internal static class ParallelWork
{
    public static List<TOut> Map<TIn, TOut>(IEnumerable<TIn> items, Func<TIn, TOut> work)
    {
        List<(TOut? Result, MeetingException? Mistake)> results;
        try
        {
            // Each item's mistake is caught on its own, so that one bad report does not hide the next.
            results = items.AsParallel().AsOrdered().Select(item =>
            {
                try
                {
                    return (work(item), (MeetingException?)null);
                }
                catch (MeetingException e)
                {
                    return (default(TOut), e);
                }
            }).ToList();
        }
        catch (AggregateException e)
        {
            throw Unwrap(e);
        }

        var mistakes = results.Where(r => r.Mistake is not null).Select(r => r.Mistake!).ToList();
        if (mistakes.Count > 0)
        {
            throw Combine(mistakes);
        }

        return results.Select(r => r.Result!).ToList();
    }

    public static void ForEach<TIn>(IEnumerable<TIn> items, Action<TIn> work) => ForEach(items, new ParallelOptions(), work);

    public static void ForEach<TIn>(IEnumerable<TIn> items, ParallelOptions options, Action<TIn> work)
    {
        try
        {
            Parallel.ForEach(items, options, work);
        }
        catch (AggregateException e)
        {
            throw Unwrap(e);
        }
    }

    private static Exception Unwrap(AggregateException e)
    {
        var inner = e.Flatten().InnerExceptions;
        var mistakes = inner.OfType<MeetingException>().ToList();
        if (mistakes.Count == inner.Count)
        {
            return Combine(mistakes);
        }

        // A bug: keep its own stack trace for --verbose.
        ExceptionDispatchInfo.Capture(inner.First(x => x is not MeetingException)).Throw();
        return e;
    }

    private static MeetingException Combine(IReadOnlyList<MeetingException> mistakes) =>
        new(mistakes
                .SelectMany(m => m.Diagnostics)
                .OrderBy(d => d.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Line)
                .ThenBy(d => d.Column)
                .ToList(),
            mistakes[0].ExitCode);
}
