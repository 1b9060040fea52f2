using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Meeting.Build.Store;

/// <summary>
/// The store's serialisation: System.Text.Json with generated code (no reflection, so the Native AOT build
/// serialises as the JIT build does). Properties computed from others (Item.Text, Section.Sentences, TermEntry.Count)
/// are left out, as is every other property that cannot be set back; Chinese is written as UTF-8, not escaped.
/// </summary>
[JsonSourceGenerationOptions(IncludeFields = true)]
[JsonSerializable(typeof(StoredModel))]
[JsonSerializable(typeof(List<StoreEntry>))]
[JsonSerializable(typeof(RenderCache.Entry))]
internal sealed partial class StoreJson : JsonSerializerContext
{
    private static readonly JsonSerializerOptions Settings = new()
    {
        IncludeFields = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = new StoreJson().WithAddedModifier(LeaveOutComputed),
    };

    public static JsonTypeInfo<T> Info<T>() => (JsonTypeInfo<T>)Settings.GetTypeInfo(typeof(T));

    private static void LeaveOutComputed(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        // A property is computed when nothing can set it back: no setter and no parameter of the constructor. The
        // parameters are read from the constructor itself, not from AssociatedParameter, which the Native AOT build
        // does not fill in before this runs (it left out every record's positional properties, and no model could be
        // read back). Without the constructor at hand, every property stays: the store is larger, never wrong.
        if (info.ConstructorAttributeProvider is not ConstructorInfo constructor)
        {
            return;
        }

        var parameters = constructor.GetParameters().Select(p => p.Name).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            if (info.Properties[i].Set is null && info.Properties[i].AssociatedParameter is null && !parameters.Contains(info.Properties[i].Name))
            {
                info.Properties.RemoveAt(i);
            }
        }
    }
}
