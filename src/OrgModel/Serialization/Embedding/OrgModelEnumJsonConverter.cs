using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrgModel.Serialization.Embedding;

/// <summary>
/// Reads and writes an OrgModel enumeration as the format's camelCase text (<c>"observer"</c>,
/// <c>"parliamentaryAssembly"</c>, <c>"possibly"</c>), exactly: other spellings and numbers are refused.
/// </summary>
/// <typeparam name="TEnum">The enumeration.</typeparam>
public sealed class OrgModelEnumJsonConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    /// <inheritdoc/>
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonTokens.Expect(ref reader, JsonTokenType.String, $"a {typeof(TEnum).Name} string");
        string text = JsonTokens.GetText(ref reader);
        return EnumText<TEnum>.TryRead(text, out TEnum value) ? value : throw new JsonException($"'{text}' is not a {typeof(TEnum).Name}; expected one of: {EnumText<TEnum>.Allowed}.");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(EnumText<TEnum>.Write(value));
    }
}
