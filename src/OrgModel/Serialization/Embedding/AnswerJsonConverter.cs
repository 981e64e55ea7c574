using System.Text.Json;
using System.Text.Json.Serialization;
using OrgModel.Time;

namespace OrgModel.Serialization.Embedding;

/// <summary>
/// Reads and writes an <see cref="Answer{T}"/> as <c>{ "certainty": "possibly", "value": … }</c>, and an
/// empty answer as <c>{ "certainty": "no" }</c>: never an exception for an answer with no value.
/// </summary>
/// <typeparam name="T">The type of the value, written with the options' own converter for it.</typeparam>
public sealed class AnswerJsonConverter<T> : JsonConverter<Answer<T>>
{
    /// <inheritdoc/>
    public override Answer<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonTokens.Expect(ref reader, JsonTokenType.StartObject, "an answer object");
        Certainty? certainty = null;
        T? value = default;
        bool hasValue = false;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = JsonTokens.GetText(ref reader);
            reader.Read();
            if (name == "certainty" && certainty is null)
            {
                certainty = new OrgModelEnumJsonConverter<Certainty>().Read(ref reader, typeof(Certainty), options);
            }
            else if (name == "value" && !hasValue)
            {
                value = JsonSerializer.Deserialize(ref reader, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
                hasValue = true;
            }
            else
            {
                throw new JsonException($"'{name}' is not a property of an answer, or appears twice; expected certainty and value.");
            }
        }

        return certainty switch
        {
            null => throw new JsonException("An answer needs its 'certainty'."),
            Certainty.No when hasValue => throw new JsonException("An answer of 'no' has no value."),
            Certainty.No => Answer<T>.None,
            _ when !hasValue || value is null => throw new JsonException($"An answer of '{certainty.Value.ToInvariantString()}' needs its 'value'."),
            _ => new Answer<T>(value, certainty.Value),
        };
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Answer<T> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("certainty"u8, value.Certainty.ToInvariantString());
        if (value.TryGetValue(out T? v))
        {
            writer.WritePropertyName("value"u8);
            JsonSerializer.Serialize(writer, v, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
        }

        writer.WriteEndObject();
    }
}
