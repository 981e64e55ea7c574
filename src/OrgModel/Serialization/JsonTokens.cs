using System.Text.Json;

namespace OrgModel.Serialization;

/// <summary>Reading tokens and naming them in errors, for the format's reader and the embedding converters alike.</summary>
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
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.EndObject => "the end of an object",
        JsonTokenType.EndArray => "the end of an array",
        JsonTokenType.PropertyName => "a property name",
        _ => token.ToString(),
    };

    /// <summary>Why <see cref="Utf8JsonReader"/> refused the text, without its own position notation, with the line and byte counted from 1.</summary>
    public static string MalformedReason(JsonException e)
    {
        string reason = e.Message;
        int cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
        reason = (cut >= 0 ? reason[..cut] : reason).TrimEnd();
        string where = e.LineNumber is { } line ? $" (line {line + 1}, byte {e.BytePositionInLine + 1})" : string.Empty;
        return "The text is not valid JSON: " + reason.TrimEnd('.') + "." + where;
    }

    public static void Expect(ref Utf8JsonReader reader, JsonTokenType token, string what)
    {
        if (reader.TokenType != token)
        {
            throw new JsonException($"Expected {what}, found {Describe(reader.TokenType)}.");
        }
    }
}
