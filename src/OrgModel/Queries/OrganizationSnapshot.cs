using NodaTime;
using NodaTime.Text;
using OrgModel.Collections;
using OrgModel.Model;
using OrgModel.Time;

namespace OrgModel.Queries;

/// <summary>
/// An organization as it stood on one day, in one object: name, members by status, chair and the
/// person acting for it, Secretary-General, secretariat seat, parent and affiliations, the last and
/// the next session. Every fact carries its <see cref="Certainty"/>; facts known only to the year are
/// <see cref="Certainty.Possibly"/> where they may or may not hold.
/// </summary>
public sealed record OrganizationSnapshot
{
    internal OrganizationSnapshot(
        Id<Organization> organization,
        LocalDate on,
        Certainty active,
        Answer<OrganizationName> name,
        EquatableArray<MembershipOnDate> members,
        Answer<DataGap> membersGap,
        Answer<ChairTerm> chair,
        Answer<Person> chairActingPerson,
        Answer<Tenure> secretaryGeneral,
        Answer<Seat> seat,
        EquatableArray<Answer<OrganizationRelation>> parents,
        EquatableArray<Answer<OrganizationRelation>> affiliations,
        Session? lastSession,
        Session? nextSession,
        EquatableArray<UnrecordedSessions> sessionsNotRecorded)
    {
        Organization = organization;
        On = on;
        Active = active;
        Name = name;
        Members = members;
        MembersGap = membersGap;
        Chair = chair;
        ChairActingPerson = chairActingPerson;
        SecretaryGeneral = secretaryGeneral;
        Seat = seat;
        Parents = parents;
        Affiliations = affiliations;
        LastSession = lastSession;
        NextSession = nextSession;
        SessionsNotRecorded = sessionsNotRecorded;
    }

    /// <summary>The organization.</summary>
    public Id<Organization> Organization { get; }

    /// <summary>The day.</summary>
    public LocalDate On { get; }

    /// <summary>Whether the organization existed (founded and not dissolved) on the day.</summary>
    public Certainty Active { get; }

    /// <summary>The name and abbreviation in force.</summary>
    public Answer<OrganizationName> Name { get; }

    /// <summary>The members, observers and other statuses on the day, ordered by status then identifier.</summary>
    public EquatableArray<MembershipOnDate> Members { get; }

    /// <summary>
    /// Why <see cref="Members"/> may be incomplete: the data gap for every party that covers the day
    /// (see <see cref="Model.Organization.DataGapForEveryPartyOn(LocalDate)"/>), on which any party not listed possibly
    /// belongs; no answer when the listed members are the whole record for the day.
    /// </summary>
    public Answer<DataGap> MembersGap { get; }

    /// <summary>The chair term in force.</summary>
    public Answer<ChairTerm> Chair { get; }

    /// <summary>The person acting for the chair.</summary>
    public Answer<Person> ChairActingPerson { get; }

    /// <summary>The tenure of the post that heads the secretariat (the Secretary-General).</summary>
    public Answer<Tenure> SecretaryGeneral { get; }

    /// <summary>The secretariat's seat.</summary>
    public Answer<Seat> Seat { get; }

    /// <summary>Organizations this one is an organ of, on the day.</summary>
    public EquatableArray<Answer<OrganizationRelation>> Parents { get; }

    /// <summary>Organizations this one is affiliated with, on the day.</summary>
    public EquatableArray<Answer<OrganizationRelation>> Affiliations { get; }

    /// <summary>The latest session that began on or before the day, or <see langword="null"/>.</summary>
    public Session? LastSession { get; }

    /// <summary>The first session that begins after the day, or <see langword="null"/>.</summary>
    public Session? NextSession { get; }

    /// <summary>
    /// The numbered sessions the record lacks around the day (see
    /// <see cref="Organization.UnrecordedSessionsAround"/>): where there are any, <see cref="LastSession"/>
    /// and <see cref="NextSession"/> are the record's, not necessarily the real last and next sessions.
    /// </summary>
    public EquatableArray<UnrecordedSessions> SessionsNotRecorded { get; }

    /// <summary>The members with the given status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The members with that status, in order.</returns>
    public IEnumerable<MembershipOnDate> MembersWith(MembershipStatus status) => Members.Where(m => m.Status == status);

    /// <summary>A one-line summary, e.g. <c>turkpa on 2025-10-17: Parliamentary Assembly of Turkic States (TURKPA), 6 members</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => $"{Organization} on {LocalDatePattern.Iso.Format(On)}: {Name}, {Members.Count} members";
}
