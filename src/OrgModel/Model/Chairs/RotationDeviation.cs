using Ardalis.GuardClauses;
using NodaTime;
using OrgModel.Collections;
using OrgModel.Time;

namespace OrgModel.Model;

/// <summary>
/// A dated, sourced departure from a rotation rule: a swap of two turns, a skipped or waived turn, or a
/// new order from a day.
/// </summary>
/// <remarks>
/// <see cref="Parties"/> holds, for <see cref="RotationDeviationKind.Swap"/>, the party whose turn
/// starts on <see cref="TermStart"/> and the party that takes it (exactly two); for
/// <see cref="RotationDeviationKind.Skip"/> and <see cref="RotationDeviationKind.Waived"/>, the party
/// whose turn is passed over (exactly one); for <see cref="RotationDeviationKind.NewOrder"/>, the new
/// sequence (at least one, each once).
/// </remarks>
public sealed record RotationDeviation
{
    /// <summary>Creates a deviation.</summary>
    /// <param name="kind">How the rule is departed from.</param>
    /// <param name="termStart">The first day of the turn the deviation concerns (the first turn under a new order).</param>
    /// <param name="parties">The parties it concerns (see the remarks).</param>
    /// <param name="decided">When the organization decided it, when known.</param>
    /// <param name="provenance">Sources.</param>
    /// <exception cref="ArgumentException">The parties do not fit the kind.</exception>
    public RotationDeviation(RotationDeviationKind kind, LocalDate termStart, EquatableArray<Id<Party>> parties, PartialDate? decided = null, Provenance? provenance = null)
    {
        Kind = Guard.Against.EnumOutOfRange(kind);
        int expected = kind switch
        {
            RotationDeviationKind.Swap => 2,
            RotationDeviationKind.NewOrder => parties.Count,
            _ => 1,
        };
        string problem = kind switch
        {
            RotationDeviationKind.Swap => "A swap names exactly two parties: the one whose turn it was and the one that took it.",
            RotationDeviationKind.NewOrder => "A new order names at least one party.",
            _ => $"A {kind.ToString().ToLowerInvariant()} turn names exactly one party.",
        };
        Check.Require(parties, nameof(parties), parties.Count == expected && parties.Count > 0, $"{problem}");
        RotationOrder.RequireEachOnce(parties, nameof(parties));
        TermStart = termStart;
        Parties = parties;
        Decided = decided;
        Provenance = provenance ?? Provenance.None;
    }

    /// <summary>How the rule is departed from.</summary>
    public RotationDeviationKind Kind { get; }

    /// <summary>The first day of the turn concerned.</summary>
    public LocalDate TermStart { get; }

    /// <summary>The parties concerned.</summary>
    public EquatableArray<Id<Party>> Parties { get; }

    /// <summary>When it was decided, or <see langword="null"/>.</summary>
    public PartialDate? Decided { get; }

    /// <summary>Sources.</summary>
    public Provenance Provenance { get; }

    /// <summary>A one-line description, e.g. <c>swap idn, brn from 2011-01-01</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()} {string.Join(", ", Parties)} from {IsoDay.Text(TermStart)}";
}
