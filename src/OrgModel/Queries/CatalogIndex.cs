using System.Buffers;
using System.Collections.Frozen;
using NodaTime;
using OrgModel.Model;
using OrgModel.Time;

namespace OrgModel.Queries;

/// <summary>
/// The indexes behind <see cref="CatalogQueries"/>, built once when a <see cref="Catalog"/> is built:
/// every status span flattened into integer-day records grouped by organization (ordered by party
/// identifier) and by party (ordered by organization identifier), each membership's spans contiguous
/// and in timeline order. A query touches only the records of one organization or one party, picks one
/// span per membership as <see cref="Timeline{T}.At"/> does, and returns results already in order, so
/// nothing is sorted per query. Immutable after construction, so any number of threads may query at once.
/// </summary>
internal sealed class CatalogIndex
{
    private readonly Catalog _catalog;
    private readonly FrozenDictionary<Id<Party>, int> _partyIndex;
    private readonly FrozenDictionary<Id<Organization>, int> _organizationIndex;
    private readonly FrozenDictionary<Id<Party>, Membership>[] _membershipByParty;
    private readonly SpanRecord[][] _spansByParty;
    private readonly SpanRecord[][] _spansByOrganization;
    private readonly int[][] _organsOfParty;
    private readonly (Session Session, int Organization, int FirstDay, int LastDay)[] _sessionsByDate;
    private readonly int _longestSession;

    public CatalogIndex(Catalog catalog)
    {
        _catalog = catalog;
        _partyIndex = catalog.Parties.Select((p, i) => (p.Id, i)).ToFrozenDictionary(x => x.Id, x => x.i);
        _organizationIndex = catalog.Organizations.Select((o, i) => (o.Id, i)).ToFrozenDictionary(x => x.Id, x => x.i);
        _membershipByParty = catalog.Organizations.Select(o => o.Memberships.ToFrozenDictionary(m => m.Party)).ToArray();

        var byParty = new List<(string OrderKey, int Sequence, SpanRecord Record)>[catalog.Parties.Count];
        var byOrganization = new List<(string OrderKey, int Sequence, SpanRecord Record)>[catalog.Organizations.Count];
        int sequence = 0;
        for (int o = 0; o < catalog.Organizations.Count; o++)
        {
            byOrganization[o] = [];
            var orgMemberships = catalog.Organizations[o].Memberships;
            for (int k = 0; k < orgMemberships.Count; k++)
            {
                Membership membership = orgMemberships[k];
                // Catalogs whose parties are not all listed still index by organization.
                int p = _partyIndex.TryGetValue(membership.Party, out int found) ? found : -1;
                foreach (TimelineEntry<StatusSpan> span in membership.Statuses)
                {
                    sequence++;
                    byOrganization[o].Add((membership.Party.Value, sequence, new SpanRecord(o, k, span.Value.Status, span.Range, membership.Party)));
                    if (p >= 0)
                    {
                        (byParty[p] ??= []).Add((catalog.Organizations[o].Id.Value, sequence, new SpanRecord(o, o, span.Value.Status, span.Range, membership.Party)));
                    }
                }
            }
        }

        _spansByParty = byParty.Select(l => Sorted(l ?? [])).ToArray();
        _spansByOrganization = byOrganization.Select(Sorted).ToArray();
        _organsOfParty = catalog.Parties
            .Select(state => catalog.Parties.Select((p, i) => (p, i)).Where(x => x.p.StateOf == state.Id).Select(x => x.i).ToArray())
            .ToArray();
        _sessionsByDate = catalog.Organizations
            .SelectMany((o, i) => o.Sessions.Select(s => (s, i, DayNumber.Of(s.Date.Earliest), DayNumber.Of((s.LastDay ?? s.Date).Latest))))
            .OrderBy(x => x.Item3)
            .ToArray();
        _longestSession = _sessionsByDate.Length == 0 ? 0 : _sessionsByDate.Max(s => s.LastDay - s.FirstDay);
    }

    public bool TryGetOrganization(Id<Organization> id, out int index) => _organizationIndex.TryGetValue(id, out index);

    public bool TryGetParty(Id<Party> id, out int index) => _partyIndex.TryGetValue(id, out index);

    public Answer<MembershipStatus> StatusOn(int organization, Id<Party> party, LocalDate date)
    {
        if (!_membershipByParty[organization].TryGetValue(party, out Membership? membership))
        {
            return default;
        }

        int day = DayNumber.Of(date);
        return membership.Statuses.At(date).Select(s => s.Status).LimitTo(_catalog.Organizations[organization].IsActiveOnDay(day));
    }

    /// <summary>The members on a day, ordered by status, then by party identifier.</summary>
    public List<MembershipOnDate> MembersOn(int organization, LocalDate date)
    {
        int day = DayNumber.Of(date);
        var result = new List<MembershipOnDate>();
        Certainty active = _catalog.Organizations[organization].IsActiveOnDay(day);
        if (active == Certainty.No)
        {
            return result;
        }

        SpanRecord[] records = _spansByOrganization[organization];
        (int Record, Certainty Certainty)[] chosen = ArrayPool<(int, Certainty)>.Shared.Rent(Math.Max(1, records.Length));
        try
        {
            int count = Choose(records, day, active, chosen);
            for (int status = 0; status <= (int)MembershipStatus.Suspended; status++)
            {
                for (int i = 0; i < count; i++)
                {
                    ref readonly SpanRecord r = ref records[chosen[i].Record];
                    if ((int)r.Status == status)
                    {
                        result.Add(new MembershipOnDate(_catalog.Organizations[organization].Id, r.PartyId, r.Status, chosen[i].Certainty, r.Range, null));
                    }
                }
            }
        }
        finally
        {
            ArrayPool<(int, Certainty)>.Shared.Return(chosen);
        }

        return result;
    }

    /// <summary>The memberships of a party on a day, ordered by organization identifier, then those held through its organs.</summary>
    public List<MembershipOnDate> MembershipsOn(int party, LocalDate date, bool includeOrgans)
    {
        int day = DayNumber.Of(date);
        var result = new List<MembershipOnDate>();
        Collect(party, day, null, result);
        if (includeOrgans)
        {
            foreach (int organ in _organsOfParty[party])
            {
                Collect(organ, day, _catalog.Parties[organ].Id, result);
            }
        }

        return result;
    }

    public IEnumerable<(Session Session, Id<Organization> Organization)> SessionsBetween(LocalDate from, LocalDate to)
    {
        int first = DayNumber.Of(from);
        int last = DayNumber.Of(to);

        // Sorted by first day: a session reaching the range began at most the longest session's length before it.
        int lo = 0;
        int hi = _sessionsByDate.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_sessionsByDate[mid].FirstDay < first - _longestSession)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (int i = lo; i < _sessionsByDate.Length && _sessionsByDate[i].FirstDay <= last; i++)
        {
            var s = _sessionsByDate[i];
            if (s.LastDay >= first)
            {
                yield return (s.Session, _catalog.Organizations[s.Organization].Id);
            }
        }
    }

    private void Collect(int party, int day, Id<Party>? through, List<MembershipOnDate> result)
    {
        SpanRecord[] records = _spansByParty[party];
        (int Record, Certainty Certainty)[] chosen = ArrayPool<(int, Certainty)>.Shared.Rent(Math.Max(1, records.Length));
        try
        {
            int count = Choose(records, day, Certainty.Certainly, chosen);
            for (int i = 0; i < count; i++)
            {
                ref readonly SpanRecord r = ref records[chosen[i].Record];
                result.Add(new MembershipOnDate(_catalog.Organizations[r.Organization].Id, r.PartyId, r.Status, chosen[i].Certainty, r.Range, through));
            }
        }
        finally
        {
            ArrayPool<(int, Certainty)>.Shared.Return(chosen);
        }
    }

    // One answer per membership (records of one membership are contiguous and in timeline order),
    // chosen as Timeline.At chooses: a certain span if there is one, otherwise the latest possible one.
    private int Choose(SpanRecord[] records, int day, Certainty limit, (int Record, Certainty Certainty)[] chosen)
    {
        int count = 0;
        int currentKey = -1;
        int best = -1;
        Certainty bestCertainty = Certainty.No;
        for (int i = 0; i <= records.Length; i++)
        {
            if (i == records.Length || records[i].Key != currentKey)
            {
                if (best >= 0)
                {
                    chosen[count++] = (best, bestCertainty);
                }

                if (i == records.Length)
                {
                    break;
                }

                currentKey = records[i].Key;
                best = -1;
                bestCertainty = Certainty.No;
            }

            ref readonly SpanRecord r = ref records[i];
            if (r.StartEarliest > day)
            {
                continue;
            }

            Certainty c = r.Contains(day).And(limit).And(_catalog.Organizations[r.Organization].IsActiveOnDay(day));
            if (c != Certainty.No && (bestCertainty != Certainty.Certainly || c == Certainty.Certainly))
            {
                best = i;
                bestCertainty = c;
            }
        }

        return count;
    }

    private static SpanRecord[] Sorted(List<(string OrderKey, int Sequence, SpanRecord Record)> records) =>
        records.OrderBy(x => x.OrderKey, StringComparer.OrdinalIgnoreCase).ThenBy(x => x.Sequence).Select(x => x.Record).ToArray();

    // Key: which membership the span belongs to, unique within the list it is filed in
    // (the membership's position in its organization, or the organization for a party's list).
    private readonly struct SpanRecord(int organization, int key, MembershipStatus status, DateRange range, Id<Party> partyId)
    {
        public readonly int Organization = organization;
        public readonly int Key = key;
        public readonly MembershipStatus Status = status;
        public readonly DateRange Range = range;
        public readonly Id<Party> PartyId = partyId;
        public readonly int StartEarliest = range.StartEarliestDay;
        private readonly int _startLatest = range.StartLatestDay;
        private readonly int _endEarliest = range.EndEarliestDay;
        private readonly int _endLatest = range.EndLatestDay;

        public Certainty Contains(int day) => DateRange.Contains(day, StartEarliest, _startLatest, _endEarliest, _endLatest);
    }
}
