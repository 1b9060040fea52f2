using System.Runtime.InteropServices;

namespace Meeting.Write;

/// <summary>
/// A second name for an existing file (POSIX link(2)). An unchanged page of the previous site is linked into the
/// staging folder instead of written again: it keeps its exact modification time (to the nanosecond, as rsync
/// compares), costs no copy, and removing the previous site afterwards frees nothing the new one uses.
/// </summary>
internal static class HardLink
{
    public static bool TryCreate(string existing, string link)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD())
        {
            return false;
        }

        try
        {
            return Link(existing, link) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "link", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false)]
    private static extern int Link(string existing, string link);
}
