using System.Text;
using System.Text.Json;

namespace OrgModel.Interop.BuiltIn;

/// <summary>
/// What a curated catalog document can name, found by reading its JSON tokens once without building
/// a catalog: whether a text occurs as one of its values (any identifier or alias that names an
/// organization is such a value, so a document without it cannot name the organization), and which
/// of the parties it defines hold another text as a value (every identifier, code and name by which
/// a party is looked up is a value of the party's own object).
/// </summary>
internal static class CuratedDocumentScan
{
    /// <summary>Reads one document.</summary>
    /// <param name="json">The document's UTF-8 bytes.</param>
    /// <param name="text">What a user typed for an organization, trimmed.</param>
    /// <param name="partyText">What a user typed for a party, trimmed, or <see langword="null"/>.</param>
    /// <returns>
    /// Whether <paramref name="text"/> occurs as a value (ignoring case and surrounding white space),
    /// and the identifiers of the parties whose objects hold <paramref name="partyText"/> as a value.
    /// </returns>
    public static (bool HasText, HashSet<string> PartiesWithText) Scan(ReadOnlySpan<byte> json, string text, string? partyText)
    {
        var organization = new Wanted(text);
        Wanted? party = partyText is null ? null : new Wanted(partyText);
        var parties = new HashSet<string>(StringComparer.Ordinal);
        bool hasText = false, inParties = false, nextIsId = false, partyMatches = false;
        string? partyId = null;
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName when reader.CurrentDepth == 1:
                    inParties = reader.ValueTextEquals("parties"u8);
                    break;
                case JsonTokenType.PropertyName:
                    nextIsId = inParties && reader.CurrentDepth == 3 && reader.ValueTextEquals("id"u8);
                    break;
                case JsonTokenType.StartObject when inParties && reader.CurrentDepth == 2:
                    (partyId, partyMatches) = (null, false);
                    break;
                case JsonTokenType.EndObject when inParties && reader.CurrentDepth == 2:
                    if (partyMatches && partyId is not null)
                    {
                        parties.Add(partyId);
                    }

                    break;
                case JsonTokenType.String:
                    string? value = null;
                    hasText = hasText || organization.Is(ref reader, ref value);
                    if (inParties && reader.CurrentDepth >= 3)
                    {
                        partyMatches = partyMatches || (party is { } p && p.Is(ref reader, ref value));
                        if (nextIsId)
                        {
                            partyId = value ?? reader.GetString();
                        }
                    }

                    nextIsId = false;
                    break;
            }

            if (hasText && party is null)
            {
                break;
            }
        }

        return (hasText, parties);
    }

    // A text looked for among string values, trimmed and ignoring case. An unescaped ASCII value is
    // compared as bytes, without making a string of it; any other value once as a string.
    private sealed class Wanted(string text)
    {
        private readonly byte[]? _ascii = Ascii.IsValid(text) ? Encoding.ASCII.GetBytes(text) : null;

        public bool Is(ref Utf8JsonReader reader, ref string? value) =>
            _ascii is not null && value is null && !reader.ValueIsEscaped && Ascii.IsValid(reader.ValueSpan)
                ? Ascii.EqualsIgnoreCase(TrimAscii(reader.ValueSpan), _ascii)
                : (value ??= reader.GetString()!).AsSpan().Trim().Equals(text, StringComparison.OrdinalIgnoreCase);
    }

    // The ASCII bytes without the white space string.Trim removes.
    private static ReadOnlySpan<byte> TrimAscii(ReadOnlySpan<byte> value)
    {
        int start = 0;
        int end = value.Length;
        while (start < end && char.IsWhiteSpace((char)value[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace((char)value[end - 1]))
        {
            end--;
        }

        return value[start..end];
    }
}
