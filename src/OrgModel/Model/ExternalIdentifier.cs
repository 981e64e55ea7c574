using System.Text.RegularExpressions;
using Ardalis.GuardClauses;

namespace OrgModel.Model;

/// <summary>
/// An identifier of an organization or party in an outside scheme: a Wikidata QID, a COW code, an
/// ISO 3166-1 code.
/// </summary>
/// <remarks>
/// The scheme is a lower-case token (see <see cref="IdentifierSchemes"/> for the ones OrgModel
/// knows); for known schemes the value's form is checked, so a typo such as <c>Q1234x</c> fails early.
/// </remarks>
public sealed partial record ExternalIdentifier
{
    /// <summary>Creates an identifier in a scheme.</summary>
    /// <param name="scheme">The scheme, a lower-case token such as <c>wikidata</c>.</param>
    /// <param name="value">The identifier within the scheme.</param>
    /// <exception cref="ArgumentException">The scheme or value is blank, the scheme is not a lower-case token, or the value does not have the form its known scheme requires.</exception>
    public ExternalIdentifier(string scheme, string value)
    {
        Guard.Against.NullOrWhiteSpace(scheme);
        Guard.Against.NullOrWhiteSpace(value);
        Scheme = Check.Require(scheme, nameof(scheme), SchemePattern().IsMatch(scheme), $"'{scheme}' is not a valid scheme: use lower-case letters, digits and '-'.");
        Value = Check.Require(value, nameof(value), IdentifierSchemes.IsValidValue(scheme, value), $"'{value}' is not a valid {scheme} identifier.");
    }

    /// <summary>The scheme, such as <c>wikidata</c>.</summary>
    public string Scheme { get; }

    /// <summary>The identifier within the scheme, such as <c>Q1055880</c>.</summary>
    public string Value { get; }

    /// <summary>The text form <c>scheme:value</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => $"{Scheme}:{Value}";

    [GeneratedRegex("^[a-z][a-z0-9-]{0,39}$")]
    private static partial Regex SchemePattern();
}
