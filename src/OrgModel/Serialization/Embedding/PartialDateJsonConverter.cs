using System.Text.Json;
using System.Text.Json.Serialization;
using OrgModel.Time;

namespace OrgModel.Serialization.Embedding;

/// <summary>
/// Reads and writes a <see cref="PartialDate"/> as the format's string (<c>"2014"</c>, <c>"2014-06"</c>,
/// <c>"196X"</c>, <c>"1984?"</c>, <c>"[2019-04..2019-11-09]"</c>), also as a dictionary key.
/// </summary>
public sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    /// <inheritdoc/>
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String ? Parse(ref reader) : throw new JsonException($"A partial date is a JSON string such as \"2014-06\", not {JsonTokens.Describe(reader.TokenType)}.");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<char> text = stackalloc char[PartialDate.MaxLength];
        writer.WriteStringValue(text[..value.Format(text)]);
    }

    /// <inheritdoc/>
    public override PartialDate ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(ref reader);

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.ToString());
    }

    private static PartialDate Parse(ref Utf8JsonReader reader)
    {
        string text = JsonTokens.GetText(ref reader);
        return PartialDate.TryParse(text.AsSpan(), out PartialDate date, out string? error) ? date : throw new JsonException(error);
    }
}
