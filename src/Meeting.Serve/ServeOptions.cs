using Meeting.Build;

namespace Meeting.Serve;

/// <summary>
/// What <c>meeting serve</c> is asked to do: build as <see cref="Build"/> says, listen on <see cref="Host"/> and
/// <see cref="Port"/> (0: any free port), and put the site under <see cref="BasePath"/> (/ or /archive/).
/// </summary>
public sealed record ServeOptions(BuildOptions Build, string Host, int Port, string BasePath, bool Verbose = false)
{
    /// <summary>/archive becomes /archive/: the site is a folder of the host, and its relative links need the slash.</summary>
    public static string NormaliseBasePath(string path) => path.EndsWith('/') ? path : path + "/";
}
