using System.Text.RegularExpressions;

namespace OrgModel.Model;

/// <summary>The identifier schemes OrgModel knows, and the form each requires.</summary>
public static partial class IdentifierSchemes
{
    /// <summary>Wikidata item identifiers, <c>Q</c> followed by digits.</summary>
    public const string Wikidata = "wikidata";

    /// <summary>Correlates of War IGO numbers (<c>ionum</c>), digits.</summary>
    public const string CowIgo = "cow-ionum";

    /// <summary>Correlates of War state codes (<c>ccode</c>), digits.</summary>
    public const string CowState = "cow-ccode";

    /// <summary>Correlates of War state abbreviations, three upper-case letters.</summary>
    public const string CowStateAbbreviation = "cow-stateabb";

    /// <summary>ISO 3166-1 alpha-3 country codes, three upper-case letters.</summary>
    public const string Iso3166Alpha3 = "iso3166-1-alpha3";

    /// <summary>Whether the value has the form its scheme requires; values in unknown schemes only need to be non-blank.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when the value is acceptable.</returns>
    public static bool IsValidValue(string scheme, string value) => scheme switch
    {
        Wikidata => WikidataPattern().IsMatch(value),
        CowIgo or CowState => DigitsPattern().IsMatch(value),
        Iso3166Alpha3 or CowStateAbbreviation => Alpha3Pattern().IsMatch(value),
        _ => !string.IsNullOrWhiteSpace(value),
    };

    [GeneratedRegex("^Q[1-9][0-9]*$")]
    private static partial Regex WikidataPattern();

    [GeneratedRegex("^[0-9]{1,9}$")]
    private static partial Regex DigitsPattern();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex Alpha3Pattern();
}
