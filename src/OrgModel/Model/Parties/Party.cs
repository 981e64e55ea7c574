using Ardalis.GuardClauses;
using NodaTime;
using OrgModel.Collections;
using OrgModel.Time;

namespace OrgModel.Model;

/// <summary>
/// Whoever can be a member of an organization or a party to an agreement: a state, a state's
/// legislature, another organization, or another entity.
/// </summary>
/// <remarks>
/// <para>
/// A party's English short name has a history (Turkey became Türkiye in 2022); rotation rules that
/// follow "English alphabetical order" order parties by the name in force on the day.
/// </para>
/// <para>
/// A legislature names the state it belongs to (<see cref="StateOf"/>), so a state's memberships can
/// include those it holds through its parliament. A state carries its ISO 3166-1 alpha-3 code where
/// one exists.
/// </para>
/// </remarks>
public sealed record Party
{
    /// <summary>Creates a party.</summary>
    /// <param name="id">The stable identifier, such as <c>kaz</c>.</param>
    /// <param name="kind">What kind of entity it is.</param>
    /// <param name="names">The English short names over time: an exclusive, non-empty timeline.</param>
    /// <param name="isoAlpha3">The ISO 3166-1 alpha-3 code; only a state may have one.</param>
    /// <param name="stateOf">For a legislature, the state it belongs to (required); for other kinds, nothing.</param>
    /// <param name="organization">For a party of kind <see cref="PartyKind.Organization"/>, the organization in the catalog it stands for, when it is there.</param>
    /// <param name="identifiers">Identifiers in outside schemes.</param>
    /// <param name="provenance">Sources, and whether the party's standing is disputed.</param>
    /// <param name="existence">
    /// When the party existed (for a state: was a member of the state system, as the COW data records it);
    /// empty when not recorded, which places no limit. The periods must not overlap.
    /// </param>
    /// <exception cref="ArgumentException">A rule above is broken; the message says which.</exception>
    public Party(
        Id<Party> id,
        PartyKind kind,
        Timeline<string> names,
        string? isoAlpha3 = null,
        Id<Party>? stateOf = null,
        Id<Organization>? organization = null,
        EquatableArray<ExternalIdentifier> identifiers = default,
        Provenance? provenance = null,
        EquatableArray<DateRange> existence = default)
    {
        Guard.Against.Default(id);
        Guard.Against.EnumOutOfRange(kind);
        Guard.Against.Null(names);
        Check.Require(names, nameof(names), names.Count > 0 && names.IsExclusive, $"Party '{id}' needs at least one name, in an exclusive timeline.");
        Check.Require(names, nameof(names), names.All(e => !string.IsNullOrWhiteSpace(e.Value)), $"Party '{id}' has a blank name.");
        if (isoAlpha3 is not null)
        {
            Check.Require(isoAlpha3, nameof(isoAlpha3), kind == PartyKind.State, $"Party '{id}' is a {kind}; only a state has an ISO 3166-1 alpha-3 code.");
            Check.Require(isoAlpha3, nameof(isoAlpha3), IdentifierSchemes.IsValidValue(IdentifierSchemes.Iso3166Alpha3, isoAlpha3), $"'{isoAlpha3}' is not an ISO 3166-1 alpha-3 code (three upper-case letters).");
        }

        if (kind == PartyKind.Legislature)
        {
            Check.Require(stateOf, nameof(stateOf), stateOf is not null, $"Party '{id}' is a legislature and must name the state it belongs to.");
        }
        else
        {
            Check.Require(stateOf, nameof(stateOf), stateOf is null, $"Party '{id}' is a {kind}; only a legislature names the state it belongs to.");
        }

        Check.Require(organization, nameof(organization), organization is null || kind == PartyKind.Organization, $"Party '{id}' is a {kind}; only a party of kind Organization links to an organization.");

        // Validated as an exclusive timeline: the periods must not certainly overlap.
        Timeline.Exclusive(existence.Select(r => TimelineEntry.Create(r, id.ToString())));

        Id = id;
        Kind = kind;
        Existence = existence;
        Names = names;
        IsoAlpha3 = isoAlpha3;
        StateOf = stateOf;
        Organization = organization;
        Identifiers = identifiers;
        Provenance = provenance ?? Provenance.None;
    }

    /// <summary>The stable identifier.</summary>
    public Id<Party> Id { get; }

    /// <summary>What kind of entity it is.</summary>
    public PartyKind Kind { get; }

    /// <summary>The English short names over time.</summary>
    public Timeline<string> Names { get; }

    /// <summary>The name in the latest entry of <see cref="Names"/>.</summary>
    public string CurrentName => Names[^1].Value;

    /// <summary>The ISO 3166-1 alpha-3 code, or <see langword="null"/>.</summary>
    public string? IsoAlpha3 { get; }

    /// <summary>For a legislature, the state it belongs to.</summary>
    public Id<Party>? StateOf { get; }

    /// <summary>For a party of kind Organization, the organization it stands for.</summary>
    public Id<Organization>? Organization { get; }

    /// <summary>Identifiers in outside schemes.</summary>
    public EquatableArray<ExternalIdentifier> Identifiers { get; }

    /// <summary>Sources, and whether the party's standing is disputed.</summary>
    public Provenance Provenance { get; }

    /// <summary>When the party existed, or empty when not recorded.</summary>
    public EquatableArray<DateRange> Existence { get; }

    /// <summary>Whether the party existed during a period: certainly when no existence is recorded.</summary>
    /// <param name="period">The period.</param>
    /// <returns>Certainly, possibly or no.</returns>
    public Certainty ExistsDuring(DateRange period)
    {
        if (Existence.IsEmpty)
        {
            return Certainty.Certainly;
        }

        Certainty result = Certainty.No;
        foreach (DateRange range in Existence)
        {
            result = result.Or(range.Overlaps(period));
        }

        return result;
    }

    /// <summary>The English short name in force on a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The name, with its certainty.</returns>
    public Answer<string> NameOn(LocalDate date) => Names.At(date);

    /// <summary>The identifier and current name.</summary>
    /// <returns>The text form, e.g. <c>tur (Türkiye)</c>.</returns>
    public override string ToString() => $"{Id} ({CurrentName})";
}
