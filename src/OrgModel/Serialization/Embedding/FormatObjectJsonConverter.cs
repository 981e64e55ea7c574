using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace OrgModel.Serialization.Embedding;

/// <summary>
/// Embeds one of the format's objects — a whole catalog or organization document, a session, a query
/// result — written and read by the format's own serializer, so it has exactly the documented shape.
/// </summary>
/// <typeparam name="TModel">The model type.</typeparam>
/// <typeparam name="TDto">The format's object for it.</typeparam>
internal sealed class FormatObjectJsonConverter<TModel, TDto>(JsonTypeInfo<TDto> format, Func<TModel, TDto> write, FormatObjectJsonConverter<TModel, TDto>.ModelReader? read, string? whyWriteOnly = null) : JsonConverter<TModel>
    where TModel : class
    where TDto : class
{
    public delegate TModel ModelReader(ref Utf8JsonReader reader);

    public override TModel Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (read is null)
        {
            throw new NotSupportedException(whyWriteOnly);
        }

        try
        {
            return read(ref reader);
        }
        catch (OrgModelJsonException e)
        {
            throw new JsonException(e.Message, e);
        }
        catch (ArgumentException e)
        {
            throw new JsonException(e.Message, e);
        }
    }

    public override void Write(Utf8JsonWriter writer, TModel value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(value);
        JsonSerializer.Serialize(writer, write(value), format);
    }
}
