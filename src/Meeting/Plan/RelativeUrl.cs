namespace Meeting.Plan;

/// <summary>
/// A link from one page to another, relative to the page that holds it (../tasks/5.html#s4-12), with each path
/// segment percent-encoded. Relative links make the site work from file:// and under any sub-path of a host.
/// </summary>
public static class RelativeUrl
{
    public static string From(string fromPage, string target)
    {
        var hash = target.IndexOf('#');
        var (path, anchor) = hash >= 0 ? (target[..hash], target[hash..]) : (target, "");
        if (path.Length == 0)
        {
            return anchor;
        }

        var from = fromPage.Split('/');
        var to = path.Split('/');
        var common = 0;
        while (common < from.Length - 1 && common < to.Length - 1 && from[common] == to[common])
        {
            common++;
        }

        var ups = Enumerable.Repeat("..", from.Length - 1 - common);
        var down = to.Skip(common).Select(Uri.EscapeDataString);
        return string.Join('/', ups.Concat(down)) + anchor;
    }
}
