using Ardalis.GuardClauses;
using NodaTime;
using OrgModel.Time;

namespace OrgModel.Model;

/// <summary>
/// A party's membership in one organization, with the history of its status inside that one
/// membership (a state may go observer → full; a member may be suspended and reinstated).
/// </summary>
/// <remarks>
/// The status spans form an exclusive timeline: two statuses cannot both certainly hold on a day.
/// Gaps between spans are periods when the party was not in the organization (it left and rejoined).
/// </remarks>
public sealed record Membership
{
    /// <summary>Creates a membership.</summary>
    /// <param name="party">The member; it must exist in the catalog.</param>
    /// <param name="statuses">The status spans: a non-empty exclusive timeline.</param>
    /// <param name="provenance">Sources for the membership as a whole.</param>
    /// <exception cref="ArgumentException">The party is the default identifier, or the statuses are empty or not exclusive.</exception>
    public Membership(Id<Party> party, Timeline<StatusSpan> statuses, Provenance? provenance = null)
    {
        Party = Guard.Against.Default(party);
        Guard.Against.Null(statuses);
        Statuses = Check.Require(statuses, nameof(statuses), statuses.Count > 0 && statuses.IsExclusive, $"The membership of '{party}' needs at least one status span, in an exclusive timeline (status spans must not overlap).");
        Provenance = provenance ?? Provenance.None;
    }

    /// <summary>The member.</summary>
    public Id<Party> Party { get; }

    /// <summary>The status spans.</summary>
    public Timeline<StatusSpan> Statuses { get; }

    /// <summary>Sources.</summary>
    public Provenance Provenance { get; }

    /// <summary>
    /// The status on a day, from this membership alone. Prefer
    /// <see cref="Organization.StatusOn(Id{Party}, LocalDate)"/>, which also closes the membership when
    /// the organization is dissolved.
    /// </summary>
    /// <param name="date">The day.</param>
    /// <returns>The status with its certainty, or no answer when the party was not in the organization.</returns>
    public Answer<MembershipStatus> StatusOn(LocalDate date) => Statuses.At(date).Select(s => s.Status);

    /// <summary>
    /// Whether the statuses together certainly hold on a day, though no one of them may: a run of spans
    /// each ending where the next begins (the same date) holds from the first's start to the last's end,
    /// whatever day each change of status fell on — suspended until one of 26–29 September, full from
    /// then, is a member on each of those days.
    /// </summary>
    /// <param name="date">The day.</param>
    /// <returns>Whether some status certainly holds.</returns>
    internal bool CertainlyHeldOn(LocalDate date)
    {
        int day = DayNumber.Of(date);
        for (int first = 0; first < Statuses.Count;)
        {
            int last = first;
            while (last + 1 < Statuses.Count && Statuses[last].Range is { IsEndInclusive: false, HasUnknownEnd: false, End: { } end } && Statuses[last + 1].Range.Start == end)
            {
                last++;
            }

            if (day >= Statuses[first].Range.StartLatestDay && day < Statuses[last].Range.EndEarliestDay)
            {
                return true;
            }

            first = last + 1;
        }

        return false;
    }
}
