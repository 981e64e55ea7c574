using System.Text.Json;

namespace OrgModel.Serialization.Embedding;

/// <summary>Helpers the embedding converters share for reading tokens and naming them in errors.</summary>
internal static class JsonTokens
{
    /// <summary>The current string or property name, failing with a <see cref="JsonException"/> (never an InvalidOperationException) when it is not valid UTF-16 text.</summary>
    public static string GetText(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString() ?? throw new JsonException("null is not allowed here: a value is required.");
        }
        catch (InvalidOperationException e)
        {
            throw new JsonException("The text is not valid Unicode (it holds a lone surrogate).", e);
        }
    }

    public static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.Null => "null",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.StartObject => "an object",
        _ => "a " + token.ToString().ToLowerInvariant(),
    };

    public static void Expect(ref Utf8JsonReader reader, JsonTokenType token, string what)
    {
        if (reader.TokenType != token)
        {
            throw new JsonException($"Expected {what}, found {Describe(reader.TokenType)}.");
        }
    }
}
