using System.Text.Json;
using System.Text.Json.Serialization;
using OrgModel.Time;

namespace OrgModel.Serialization.Embedding;

/// <summary>
/// Reads and writes a <see cref="DateRange"/> as the format's span object: <c>{ "from": "2014",
/// "until": "2025-06-12" }</c>, <c>{ "from": "1990", "through": "2011" }</c>, <c>"until": "unknown"</c>
/// for an end no source records, no end for an ongoing range, no <c>from</c> for an unknown start.
/// </summary>
public sealed class DateRangeJsonConverter : JsonConverter<DateRange>
{
    /// <inheritdoc/>
    public override DateRange Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonTokens.Expect(ref reader, JsonTokenType.StartObject, "a range object");
        var range = default(RangeText);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = JsonTokens.GetText(ref reader);
            reader.Read();
            if (!range.Take(name, ref reader))
            {
                throw new JsonException($"'{name}' is not a property of a range, or appears twice; expected from, until or through.");
            }
        }

        return range.ToRange();
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, DateRange value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        DocumentWriter.Range(writer, value);
        writer.WriteEndObject();
    }
}
