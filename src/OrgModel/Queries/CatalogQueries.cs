using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NodaTime;
using OrgModel.Collections;
using OrgModel.Model;
using OrgModel.Time;

namespace OrgModel.Queries;

/// <summary>
/// Questions about a catalog on a date: who is a member of what, the full snapshot of an
/// organization, joint memberships, sessions in a period, who held a post, and what changed.
/// </summary>
/// <remarks>
/// <para>
/// The indexes these queries use are built once, on a catalog's first query (by one thread). Point
/// queries (<see cref="StatusOn"/>, <see cref="HolderOn"/>) do not allocate; list queries touch only
/// the records of the organization or party asked about. All queries are safe from any number of
/// threads at once.
/// </para>
/// <para>
/// Every answer carries a <see cref="Certainty"/> and respects dissolution: an organization that no
/// longer exists has no members, chair or office holders.
/// </para>
/// </remarks>
public static partial class CatalogQueries
{
    /// <summary>A party's status in an organization on a day. Does not allocate.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="organization">The organization.</param>
    /// <param name="party">The party.</param>
    /// <param name="date">The day.</param>
    /// <returns>The status with its certainty, or no answer when the party was not in the organization.</returns>
    /// <exception cref="KeyNotFoundException">The catalog has no such organization.</exception>
    public static Answer<MembershipStatus> StatusOn(this Catalog catalog, Id<Organization> organization, Id<Party> party, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return CatalogIndex.Of(catalog).StatusOn(OrganizationIndex(catalog, organization), party, date);
    }

    /// <summary>
    /// Whether a party belongs to an organization in any status on a day: certainly, possibly, or no —
    /// and never no on a day the organization's source has no data for (see <see cref="Organization.BelongsOn"/>).
    /// </summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="organization">The organization.</param>
    /// <param name="party">The party.</param>
    /// <param name="date">The day.</param>
    /// <returns>Certainly, possibly or no.</returns>
    /// <exception cref="KeyNotFoundException">The catalog has no such organization.</exception>
    public static Certainty BelongsOn(this Catalog catalog, Id<Organization> organization, Id<Party> party, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.Organizations[OrganizationIndex(catalog, organization)].BelongsOn(party, date);
    }

    /// <summary>
    /// Whether a party belongs to an organization on a day, in which status, and why: the status span
    /// that answers, or the data gap that makes a "possibly" where no status is recorded. Answers as
    /// <see cref="BelongsOn"/> and <see cref="StatusOn"/> do.
    /// </summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="organization">The organization.</param>
    /// <param name="party">The party.</param>
    /// <param name="date">The day.</param>
    /// <returns>The report.</returns>
    /// <exception cref="KeyNotFoundException">The catalog has no such organization.</exception>
    public static StatusReport StatusReportOn(this Catalog catalog, Id<Organization> organization, Id<Party> party, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Organization o = catalog.Organizations[OrganizationIndex(catalog, organization)];
        Answer<MembershipStatus> status = o.StatusOn(party, date);
        Certainty belongs = o.BelongsOn(party, date);
        TimelineEntry<StatusSpan>? span = status.HasValue && o.MembershipOf(party) is { } m && m.Statuses.EntryAt(date).TryGetValue(out TimelineEntry<StatusSpan> entry) ? entry : null;
        DataGap? gap = !status.HasValue && belongs != Certainty.No && o.DataGapDuring(party, DateRange.OnDay(date)).TryGetValue(out DataGap? found) ? found : null;
        return new StatusReport(o.Id, party, date, belongs, status, span, gap);
    }

    /// <summary>The members (of every status) of an organization on a day, ordered by status then identifier.</summary>
    /// <remarks>
    /// The list holds the recorded statuses. On a day the record has no data for every party (a
    /// <see cref="DataGap"/> without a party, such as COW's years after 2014), any other party possibly
    /// belongs too: <see cref="Organization.DataGapForEveryPartyOn"/> says whether the list may be
    /// incomplete, and why.
    /// </remarks>
    /// <param name="catalog">The catalog.</param>
    /// <param name="organization">The organization.</param>
    /// <param name="date">The day.</param>
    /// <returns>The memberships that certainly or possibly hold.</returns>
    /// <exception cref="KeyNotFoundException">The catalog has no such organization.</exception>
    public static ImmutableArray<MembershipOnDate> MembersOn(this Catalog catalog, Id<Organization> organization, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return ImmutableCollectionsMarshal.AsImmutableArray(CatalogIndex.Of(catalog).MembersOn(OrganizationIndex(catalog, organization), date));
    }

    /// <summary>
    /// The organizations a party belongs to on a day, with their status. A state's memberships include
    /// those it holds through its organs: Kazakhstan is in TURKPA through its parliament.
    /// </summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="party">The party.</param>
    /// <param name="date">The day.</param>
    /// <param name="includeOrgans">Whether to include memberships held through the party's organs.</param>
    /// <returns>The memberships that certainly or possibly hold, ordered by organization identifier; those held through organs follow.</returns>
    /// <exception cref="KeyNotFoundException">The catalog has no such party.</exception>
    public static ImmutableArray<MembershipOnDate> MembershipsOn(this Catalog catalog, Id<Party> party, LocalDate date, bool includeOrgans = true)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        int index = PartyIndex(catalog, party);
        return ImmutableCollectionsMarshal.AsImmutableArray(CatalogIndex.Of(catalog).MembershipsOn(index, date, includeOrgans));
    }

    /// <summary>The organizations two parties both belong to on a day.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="first">The first party.</param>
    /// <param name="second">The second party.</param>
    /// <param name="date">The day.</param>
    /// <returns>The joint memberships, each with both statuses and the certainty that both hold.</returns>
    /// <exception cref="KeyNotFoundException">The catalog has no such party.</exception>
    public static ImmutableArray<JointMembership> JointMembershipsOn(this Catalog catalog, Id<Party> first, Id<Party> second, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return ImmutableCollectionsMarshal.AsImmutableArray(CatalogIndex.Of(catalog).JointMembershipsOn(PartyIndex(catalog, first), PartyIndex(catalog, second), date));
    }

    /// <summary>The sessions of every organization that took place (at least in part) between two days, inclusive, in date order.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day.</param>
    /// <returns>The sessions with their organizations.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public static ImmutableArray<SessionInCatalog> SessionsBetween(this Catalog catalog, LocalDate from, LocalDate to)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        if (to < from)
        {
            throw new ArgumentException($"The last day ({to:uuuu-MM-dd}) is before the first ({from:uuuu-MM-dd}).", nameof(to));
        }

        return [.. CatalogIndex.Of(catalog).SessionsBetween(from, to).Select(x => new SessionInCatalog(x.Organization, x.Session))];
    }

    /// <summary>Who held a post in an organization on a day, closed by dissolution. Does not allocate.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="organization">The organization.</param>
    /// <param name="post">The post, such as <c>secretary-general</c>.</param>
    /// <param name="date">The day.</param>
    /// <returns>The tenure with its certainty; no answer when vacant, unknown or there is no such post.</returns>
    /// <exception cref="KeyNotFoundException">The catalog has no such organization.</exception>
    public static Answer<Tenure> HolderOn(this Catalog catalog, Id<Organization> organization, Id<Post> post, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.Organizations[OrganizationIndex(catalog, organization)].HolderOn(post, date);
    }

    /// <summary>
    /// Every tenure of a post that possibly holds on a day, with its days, closed by dissolution: the
    /// one <see cref="HolderOn"/> answers first, then the others that possibly hold, in order of start.
    /// Around a handover known only to the month or year (Atilla Koç took charge of TÜRKSOY in December
    /// 2006 from Polad Bülbüloğlu), both holders are possible and both are answered; a tenure that
    /// certainly holds is answered alone.
    /// </summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="organization">The organization.</param>
    /// <param name="post">The post, such as <c>secretary-general</c>.</param>
    /// <param name="date">The day.</param>
    /// <returns>The tenures with their days and certainty; empty when vacant, unknown or there is no such post.</returns>
    /// <exception cref="KeyNotFoundException">The catalog has no such organization.</exception>
    public static ImmutableArray<Answer<TimelineEntry<Tenure>>> HolderCandidatesOn(this Catalog catalog, Id<Organization> organization, Id<Post> post, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Organization o = catalog.Organizations[OrganizationIndex(catalog, organization)];
        if (o.PostOf(post) is not { } p)
        {
            return [];
        }

        Certainty active = o.IsActiveOn(date);
        Answer<TimelineEntry<Tenure>> first = p.Tenures.EntryAt(date).LimitTo(active);
        if (!first.HasValue)
        {
            return [];
        }

        if (first.Certainty == Certainty.Certainly)
        {
            return [first];
        }

        var candidates = ImmutableArray.CreateBuilder<Answer<TimelineEntry<Tenure>>>();
        candidates.Add(first);
        foreach (Answer<TimelineEntry<Tenure>> entry in p.Tenures.EntriesAt(date))
        {
            if (!entry.Value.Equals(first.Value))
            {
                candidates.Add(entry.LimitTo(active));
            }
        }

        return candidates.ToImmutable();
    }

    /// <summary>An organization as it stood on a day, in one call.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="organization">The organization.</param>
    /// <param name="date">The day.</param>
    /// <returns>The snapshot.</returns>
    /// <exception cref="KeyNotFoundException">The catalog has no such organization.</exception>
    public static OrganizationSnapshot SnapshotOn(this Catalog catalog, Id<Organization> organization, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        int index = OrganizationIndex(catalog, organization);
        Organization o = catalog.Organizations[index];
        Certainty active = o.IsActiveOn(date);
        Answer<ChairTerm> chair = o.ChairOn(date);
        Answer<Person> acting = chair.HasValue ? chair.Value.ActingPersons.At(date).LimitTo(chair.Certainty) : default;
        Id<Post> head = o.Secretariat?.HeadPost ?? new Id<Post>(Post.SecretaryGeneral);
        var relations = o.Relations
            .Select(r => (Relation: r, Certainty: r.During.Contains(date).And(active)))
            .Where(x => x.Certainty != Certainty.No)
            .Select(x => new Answer<OrganizationRelation>(x.Relation, x.Certainty))
            .ToList();
        var sessions = o.Sessions.OrderBy(s => s.Date).ToList();
        return new OrganizationSnapshot(
            o.Id,
            date,
            active,
            o.NameOn(date),
            EquatableArray<MembershipOnDate>.FromImmutableArray(ImmutableCollectionsMarshal.AsImmutableArray(CatalogIndex.Of(catalog).MembersOn(index, date))),
            o.DataGapForEveryPartyOn(date),
            chair,
            acting,
            o.HolderOn(head, date),
            o.SeatOn(date),
            relations.Where(r => r.Value.Kind == RelationKind.OrganOf).ToEquatableArray(),
            relations.Where(r => r.Value.Kind == RelationKind.Affiliation).ToEquatableArray(),
            sessions.LastOrDefault(s => s.Date.Earliest <= date),
            sessions.FirstOrDefault(s => s.Date.Earliest > date),
            o.UnrecordedSessionsAround(date));
    }

    /// <summary>
    /// What changed in an organization between two days (inclusive), in date order: founded, renamed,
    /// joined, status changed, left, chair handed over, took office, seat moved, session held, dissolved.
    /// A change dated only to the month or year is included when it may fall in the period.
    /// </summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="organization">The organization.</param>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day.</param>
    /// <returns>The changes, each with its sources.</returns>
    /// <exception cref="KeyNotFoundException">The catalog has no such organization.</exception>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public static ImmutableArray<Change> HistoryBetween(this Catalog catalog, Id<Organization> organization, LocalDate from, LocalDate to)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        if (to < from)
        {
            throw new ArgumentException($"The last day ({to:uuuu-MM-dd}) is before the first ({from:uuuu-MM-dd}).", nameof(to));
        }

        Organization o = catalog.Organizations[OrganizationIndex(catalog, organization)];
        return [.. ChangeHistory.Of(catalog, o)
            .Where(c => c.Date.Latest >= from && c.Date.Earliest <= to)
            .OrderBy(c => c.Date)
            .ThenBy(c => c.Kind)];
    }

    /// <summary>
    /// How to show a party on a day: its English short name then; for a legislature, its state's name
    /// with the legislature's in brackets (<c>Kazakhstan (Parliament of Kazakhstan)</c>); the identifier
    /// when the catalog does not know the party.
    /// </summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="party">The party.</param>
    /// <param name="date">The day.</param>
    /// <returns>The display name.</returns>
    public static string DisplayNameOn(this Catalog catalog, Id<Party> party, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        if (!catalog.TryGetParty(party, out Party? p))
        {
            return party.ToString();
        }

        string own = p.NameOn(date).ValueOrDefault ?? p.CurrentName;
        return p.StateOf is { } state && catalog.TryGetParty(state, out Party? s) ? $"{s.NameOn(date).ValueOrDefault ?? s.CurrentName} ({own})" : own;
    }

    private static int PartyIndex(Catalog catalog, Id<Party> party) =>
        CatalogIndex.Of(catalog).TryGetParty(party, out int index) ? index : throw new KeyNotFoundException($"No party has the identifier '{party}'.");

    private static int OrganizationIndex(Catalog catalog, Id<Organization> organization) =>
        CatalogIndex.Of(catalog).TryGetOrganization(organization, out int index) ? index : throw new KeyNotFoundException($"No organization has the identifier '{organization}'.");
}
