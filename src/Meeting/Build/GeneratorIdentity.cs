using System.Reflection;

namespace Meeting.Build;

/// <summary>
/// Which build of the generator this is, for the render cache: pages rendered by another build of the code may
/// differ, so they are never reused. The library's module id is a hash of its compiled code (deterministic
/// builds); where it cannot be read (compiled ahead of time), the executable's size and time stand in.
/// </summary>
internal static class GeneratorIdentity
{
    public static readonly string Value = Compute();

    private static string Compute()
    {
        var version = typeof(GeneratorIdentity).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "?";
        try
        {
            return $"{version} {typeof(GeneratorIdentity).Assembly.ManifestModule.ModuleVersionId:N}";
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException)
        {
            var exe = Environment.ProcessPath is { } path && File.Exists(path) ? new FileInfo(path) : null;
            return $"{version} {exe?.Length} {exe?.LastWriteTimeUtc.Ticks}";
        }
    }
}
