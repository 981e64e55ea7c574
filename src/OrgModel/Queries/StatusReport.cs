using NodaTime;
using OrgModel.Model;
using OrgModel.Time;

namespace OrgModel.Queries;

/// <summary>
/// Whether a party belongs to an organization on one day, in which status, and why: the recorded
/// status span that answers, or, where none is recorded and the answer is still "possibly", the data
/// gap that keeps it from being "no".
/// </summary>
/// <remarks>
/// This is the answer to "was Uzbekistan a member of the OTS then?" with its reason attached, so that
/// an application can show why a "possibly" is not a "no" (COW's missing years, the years after its
/// data ends, sources that disagree) without asking the organization again.
/// </remarks>
public sealed record StatusReport
{
    internal StatusReport(Id<Organization> organization, Id<Party> party, LocalDate on, Certainty belongs, Answer<MembershipStatus> status, TimelineEntry<StatusSpan>? span, DataGap? gap)
    {
        Organization = organization;
        Party = party;
        On = on;
        Belongs = belongs;
        Status = status;
        Span = span;
        Gap = gap;
    }

    /// <summary>The organization.</summary>
    public Id<Organization> Organization { get; }

    /// <summary>The party.</summary>
    public Id<Party> Party { get; }

    /// <summary>The day.</summary>
    public LocalDate On { get; }

    /// <summary>Whether the party belongs in any status: never <see cref="Certainty.No"/> where the source has no data for the day.</summary>
    public Certainty Belongs { get; }

    /// <summary>The recorded status with its certainty, or no answer when none is recorded for the day.</summary>
    public Answer<MembershipStatus> Status { get; }

    /// <summary>The recorded status span that answers, with its sources; <see langword="null"/> when no status is recorded for the day.</summary>
    public TimelineEntry<StatusSpan>? Span { get; }

    /// <summary>
    /// The data gap that makes the answer "possibly" when no status is recorded for the day: the source
    /// has no data then, or the sources disagree; <see langword="null"/> otherwise.
    /// </summary>
    public DataGap? Gap { get; }
}
