using Ardalis.GuardClauses;
using OrgModel.Collections;
using OrgModel.Time;

namespace OrgModel.Model;

/// <summary>
/// How an organization's chair rotates, as the organization states it: the order, the length of a
/// turn, the turn the rule runs from, optional groups of consecutive turns (the EU's trios), and the
/// dated deviations it has made, each with sources.
/// </summary>
/// <remarks>
/// <para>
/// Calendar turns (<see cref="RotationPeriod.Month"/> to <see cref="RotationPeriod.TwoYears"/>) follow
/// one another from the anchor's first day: a monthly rule anchored on 1 January 2020 hands over on the
/// first of every month. Turns from session to session follow the organization's regular sessions of
/// the order's series, and only <see cref="RotationOrderKind.HostOfNextSession"/> and
/// <see cref="RotationOrderKind.HostOfFollowingSession"/> use them.
/// </para>
/// <para>
/// The rule explains the recorded chair terms and projects those the record does not hold; see
/// <c>CatalogQueries.Rotation</c> and <c>CatalogQueries.RotationDepartures</c>.
/// </para>
/// </remarks>
public sealed record RotationRule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="order">The order.</param>
    /// <param name="period">The length of a turn.</param>
    /// <param name="anchor">The turn the rule runs from.</param>
    /// <param name="groupSize">How many consecutive turns form a group (3 for the EU's trios), or <see langword="null"/>.</param>
    /// <param name="anchorPositionInGroup">The anchor turn's position in its group, from 0.</param>
    /// <param name="deviations">Dated deviations, in any order; at most one per turn.</param>
    /// <param name="provenance">Sources of the rule.</param>
    /// <exception cref="ArgumentException">A rule is broken; the message says which.</exception>
    public RotationRule(
        RotationOrder order,
        RotationPeriod period,
        RotationAnchor anchor,
        int? groupSize = null,
        int anchorPositionInGroup = 0,
        EquatableArray<RotationDeviation> deviations = default,
        Provenance? provenance = null)
    {
        Order = Guard.Against.Null(order);
        Period = Guard.Against.EnumOutOfRange(period);
        Anchor = Guard.Against.Null(anchor);
        Check.Require(period, nameof(period), (period == RotationPeriod.SessionToSession) == order.FollowsSessions, $"Turns run from session to session exactly when a session's host decides the holder.");
        Check.Require(anchor, nameof(anchor), order.Kind != RotationOrderKind.Sequence || order.Sequence.Contains(anchor.Holder), $"The anchor holder '{anchor.Holder}' is not in the rotation's sequence.");
        Check.Require(anchor, nameof(anchor), period is not (RotationPeriod.HalfYear or RotationPeriod.Year or RotationPeriod.TwoYears) || anchor.Start.Day == 1 && (period == RotationPeriod.HalfYear ? anchor.Start.Month is 1 or 7 : anchor.Start.Month == 1), $"A turn of a {PeriodText(period)} starts on the first day of one; the anchor starts on {IsoDay.Text(anchor.Start)}.");
        Check.Require(anchor, nameof(anchor), period != RotationPeriod.Month || anchor.Start.Day == 1, $"A monthly turn starts on the first of a month; the anchor starts on {IsoDay.Text(anchor.Start)}.");
        if (groupSize is { } size)
        {
            Guard.Against.OutOfRange(size, nameof(groupSize), 2, 12);
            Guard.Against.OutOfRange(anchorPositionInGroup, nameof(anchorPositionInGroup), 0, size - 1);
        }
        else
        {
            Check.Require(anchorPositionInGroup, nameof(anchorPositionInGroup), anchorPositionInGroup == 0, $"Only a rule with groups has a position in a group.");
        }

        Rules.RequireUnique(deviations, e => e.TermStart, nameof(deviations), d => $"Two deviations concern the turn starting on {IsoDay.Text(d)}; record one.");
        Check.Require(deviations, nameof(deviations), deviations.All(e => e.TermStart >= anchor.Start), $"A deviation concerns a turn after the anchor: the rule says nothing before it.");
        Check.Require(deviations, nameof(deviations), deviations.All(e => e.Kind != RotationDeviationKind.NewOrder || order.Kind == RotationOrderKind.Sequence), $"Only a fixed sequence can be replaced by a new order.");
        GroupSize = groupSize;
        AnchorPositionInGroup = anchorPositionInGroup;
        Deviations = deviations;
        Provenance = provenance ?? Provenance.None;
    }

    /// <summary>The order.</summary>
    public RotationOrder Order { get; }

    /// <summary>The length of a turn.</summary>
    public RotationPeriod Period { get; }

    /// <summary>The turn the rule runs from.</summary>
    public RotationAnchor Anchor { get; }

    /// <summary>How many consecutive turns form a group, or <see langword="null"/>.</summary>
    public int? GroupSize { get; }

    /// <summary>The anchor turn's position in its group, from 0.</summary>
    public int AnchorPositionInGroup { get; }

    /// <summary>The dated deviations.</summary>
    public EquatableArray<RotationDeviation> Deviations { get; }

    /// <summary>Sources of the rule.</summary>
    public Provenance Provenance { get; }

    /// <summary>A one-line description, e.g. <c>alphabetical (en), month, from vnm from 2020-01-01</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => $"{Order}, {PeriodText(Period)}, from {Anchor}";

    private static string PeriodText(RotationPeriod period) => period switch
    {
        RotationPeriod.Month => "month",
        RotationPeriod.HalfYear => "half-year",
        RotationPeriod.Year => "year",
        RotationPeriod.TwoYears => "two years",
        _ => "session to session",
    };
}
