using OrgModel.Model;
using OrgModel.Time;

namespace OrgModel.Queries;

/// <summary>
/// A membership as it stands on one day: which party is in which organization, with what status,
/// how certainly, during which status span and since when, and — for a state's memberships held
/// through one of its organs — via which party; with the sources of the status span, so that an
/// answer the sources dispute says so.
/// </summary>
public sealed record MembershipOnDate
{
    internal MembershipOnDate(Id<Organization> organization, Id<Party> party, MembershipStatus status, Certainty certainty, DateRange span, PartialDate? heldSince, Id<Party>? via, Provenance provenance)
    {
        Organization = organization;
        Party = party;
        Status = status;
        Certainty = certainty;
        Span = span;
        HeldSince = heldSince;
        Provenance = provenance;

        // Boxed: most answers have no organ, and an answer object is kept per status span, so the
        // field is one reference rather than a nullable identifier.
        _via = via;
    }

    private readonly object? _via;

    /// <summary>The organization.</summary>
    public Id<Organization> Organization { get; }

    /// <summary>The member (for a membership held through an organ, the organ itself).</summary>
    public Id<Party> Party { get; }

    /// <summary>The status on the day.</summary>
    public MembershipStatus Status { get; }

    /// <summary>How certain it is that the status holds on the day.</summary>
    public Certainty Certainty { get; }

    /// <summary>The status span the answer comes from.</summary>
    public DateRange Span { get; }

    /// <summary>
    /// Since when the party has held <see cref="Status"/> without a break: the start of the earliest
    /// of the status spans that adjoin this one with the same status, or <see langword="null"/> when
    /// that start is unknown.
    /// </summary>
    /// <remarks>
    /// One run of a status is often recorded as several spans, because its sources change: a state
    /// that took part in a founding meeting and then signed the founding act, or an observer known to
    /// hold its status from a dated list on while when it began is not recorded. <see cref="Span"/>
    /// is the span that answers the day; this is where the run began, which is what "member since"
    /// means to a reader.
    /// </remarks>
    public PartialDate? HeldSince { get; }

    /// <summary>
    /// The sources of the status span; <see cref="Provenance.IsDisputed"/> when they disagree about it.
    /// </summary>
    public Provenance Provenance { get; }

    /// <summary>
    /// For <see cref="CatalogQueries.MembershipsOn"/>: the organ (a legislature) through which the
    /// asked-for state holds the membership; <see langword="null"/> when the state holds it itself.
    /// </summary>
    public Id<Party>? Via => (Id<Party>?)_via;

    /// <summary>A one-line description, e.g. <c>turkpa: kaz-parliament full (certainly)</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => $"{Organization}: {Party} {Status.ToString().ToLowerInvariant()} ({Certainty.ToInvariantString()})";
}
