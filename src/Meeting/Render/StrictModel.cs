namespace Meeting.Render;

/// <summary>
/// With strict variables Fluid reports a key whose value is null as undefined. A page model uses null for
/// "not there" (no previous page, no speaker); this turns it into false, which Liquid's {% if %} reads the same.
/// A key that is really missing still fails the render, which is what strict variables are for.
/// </summary>
internal static class StrictModel
{
    public static object Normalize(object? value) => value switch
    {
        null => false,
        IDictionary<string, object?> map => map.ToDictionary(p => p.Key, p => Normalize(p.Value), StringComparer.Ordinal),
        System.Collections.IEnumerable list and not string => list.Cast<object?>().Select(Normalize).ToList(),
        _ => value,
    };
}
