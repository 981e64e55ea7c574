using System.Text.Json;
using OrgModel.Time;

namespace OrgModel.Serialization.Embedding;

/// <summary>
/// The <c>from</c>, <c>until</c> and <c>through</c> properties of an embedded span object, gathered as
/// they are read, then made into a range by the format's own rules.
/// </summary>
internal struct RangeText
{
    private string? _from;
    private string? _until;
    private string? _through;

    /// <summary>Takes the string value of a range property; false for any other name, or one met twice.</summary>
    public bool Take(string name, ref Utf8JsonReader reader)
    {
        ref string? slot = ref _from;
        switch (name)
        {
            case "from":
                break;
            case "until":
                slot = ref _until;
                break;
            case "through":
                slot = ref _through;
                break;
            default:
                return false;
        }

        if (slot is not null)
        {
            return false;
        }

        JsonTokens.Expect(ref reader, JsonTokenType.String, $"a string for '{name}'");
        slot = JsonTokens.GetText(ref reader);
        return true;
    }

    /// <summary>The range, or a <see cref="JsonException"/> saying which rule it breaks.</summary>
    public readonly DateRange ToRange()
    {
        try
        {
            return DocumentReader.RangeOf(_from, _until, _through);
        }
        catch (OrgModelJsonException e)
        {
            throw new JsonException(e.Reason, e);
        }
    }
}
