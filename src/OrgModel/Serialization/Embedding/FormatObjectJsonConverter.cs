using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrgModel.Serialization.Embedding;

/// <summary>
/// Embeds one of the format's objects — a whole catalog or organization document, a session, a query
/// result — written by the format's writer straight into the caller's writer and read by its reader,
/// so it has exactly the documented shape.
/// </summary>
/// <typeparam name="TModel">The model type.</typeparam>
internal sealed class FormatObjectJsonConverter<TModel>(DocumentWriter.Write<TModel> write, FormatObjectJsonConverter<TModel>.ModelReader? read, string? whyWriteOnly = null) : JsonConverter<TModel>
    where TModel : class
{
    public delegate TModel ModelReader(ReadOnlySpan<byte> utf8Json);

    public override TModel Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (read is null)
        {
            throw new NotSupportedException(whyWriteOnly);
        }

        // The object, whole, as its own UTF-8 text for the format's reader.
        JsonTokens.Expect(ref reader, JsonTokenType.StartObject, "an object");
        using JsonDocument document = JsonDocument.ParseValue(ref reader);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            document.WriteTo(writer);
        }

        try
        {
            return read(buffer.WrittenSpan);
        }
        catch (OrgModelJsonException e)
        {
            throw new JsonException(e.Message, e);
        }
    }

    public override void Write(Utf8JsonWriter writer, TModel value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(value);
        write(writer, value);
    }
}
