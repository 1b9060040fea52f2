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

        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            if (info.Properties[i].Set is null && info.Properties[i].AssociatedParameter is null)
            {
                info.Properties.RemoveAt(i);
            }
        }
    }
}
