using System.Text.Json;
using System.Text.Json.Serialization;
using OrgModel.Model;

namespace OrgModel.Serialization.Embedding;

/// <summary>Reads and writes an <see cref="Id{T}"/> as its text (<c>"turkpa"</c>), also as a dictionary key.</summary>
/// <typeparam name="T">The entity the identifier names.</typeparam>
public sealed class IdJsonConverter<T> : JsonConverter<Id<T>>
    where T : class
{
    /// <inheritdoc/>
    public override Id<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonTokens.Expect(ref reader, JsonTokenType.String, "an identifier string");
        return Parse(ref reader);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Id<T> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }

    /// <inheritdoc/>
    public override Id<T> ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(ref reader);

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, Id<T> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.Value);
    }

    private static Id<T> Parse(ref Utf8JsonReader reader)
    {
        string text = JsonTokens.GetText(ref reader);
        return Id<T>.IsValid(text) ? new Id<T>(text) : throw new JsonException($"'{text}' is not a valid identifier: use 1 to {Id<T>.MaxLength} ASCII letters, digits, '.', '_' or '-', starting with a letter or digit.");
    }
}
