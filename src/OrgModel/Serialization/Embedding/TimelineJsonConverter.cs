using System.Text.Json;
using System.Text.Json.Serialization;
using OrgModel.Time;

namespace OrgModel.Serialization.Embedding;

/// <summary>
/// Reads and writes a <see cref="Timeline{T}"/> as <c>{ "exclusive": true, "entries": [ { "from": …,
/// "until": …, "value": … } ] }</c>: each entry is a span object (see <see cref="DateRangeJsonConverter"/>)
/// with its value. Reading applies the timeline's rules: an exclusive timeline refuses entries that
/// certainly overlap.
/// </summary>
/// <typeparam name="T">The type of the values, written with the options' own converter for it.</typeparam>
public sealed class TimelineJsonConverter<T> : JsonConverter<Timeline<T>>
{
    private static readonly DateRangeJsonConverter Ranges = new();

    /// <inheritdoc/>
    public override Timeline<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonTokens.Expect(ref reader, JsonTokenType.StartObject, "a timeline object");
        bool? exclusive = null;
        List<TimelineEntry<T>>? entries = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = JsonTokens.GetText(ref reader);
            reader.Read();
            if (name == "exclusive" && exclusive is null)
            {
                exclusive = reader.TokenType is JsonTokenType.True or JsonTokenType.False ? reader.GetBoolean() : throw new JsonException("'exclusive' is true or false.");
            }
            else if (name == "entries" && entries is null)
            {
                JsonTokens.Expect(ref reader, JsonTokenType.StartArray, "an array of entries");
                entries = [];
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    entries.Add(ReadEntry(ref reader, options));
                }
            }
            else
            {
                throw new JsonException($"'{name}' is not a property of a timeline, or appears twice; expected exclusive and entries.");
            }
        }

        if (exclusive is null || entries is null)
        {
            throw new JsonException("A timeline needs 'exclusive' and 'entries'.");
        }

        try
        {
            return exclusive.Value ? Timeline<T>.Exclusive(entries) : Timeline<T>.AllowingOverlaps(entries);
        }
        catch (ArgumentException e)
        {
            throw new JsonException(e.Message, e);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Timeline<T> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteBoolean("exclusive"u8, value.IsExclusive);
        writer.WriteStartArray("entries"u8);
        foreach (TimelineEntry<T> entry in value)
        {
            writer.WriteStartObject();
            DocumentWriter.Range(writer, entry.Range);
            writer.WritePropertyName("value"u8);
            JsonSerializer.Serialize(writer, entry.Value, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static TimelineEntry<T> ReadEntry(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        JsonTokens.Expect(ref reader, JsonTokenType.StartObject, "a timeline entry object");
        var range = default(RangeText);
        T? value = default;
        bool hasValue = false;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = JsonTokens.GetText(ref reader);
            reader.Read();
            if (name == "value" && !hasValue)
            {
                value = JsonSerializer.Deserialize(ref reader, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
                hasValue = true;
                continue;
            }

            if (!range.Take(name, ref reader))
            {
                throw new JsonException($"'{name}' is not a property of a timeline entry, or appears twice; expected from, until, through and value.");
            }
        }

        if (!hasValue || value is null)
        {
            throw new JsonException("A timeline entry needs its 'value'.");
        }

        return new TimelineEntry<T>(range.ToRange(), value);
    }
}
