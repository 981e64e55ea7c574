using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using NodaTime;
using OrgModel.Collections;
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
    private readonly SpanList[] _spansByParty;
    private readonly SpanList[] _spansByOrganization;

    // Every status span once (its organization, membership and position in the membership's timeline),
    // and the answer objects for it, made on first use and then shared: a query returns references to
    // immutable answers instead of allocating one per member.
    private readonly SpanSlot[] _spans;
    private MembershipOnDate?[]? _answers;
    private JointMembership?[]? _joints;
    private readonly IntervalMemo[] _membersMemo;

    // Off by default: every answer is computed from the records, so memory does not grow with the
    // questions asked. On, answers are remembered per stretch of days within a budget (IntervalMemo);
    // the benchmarks use it to show what remembering would save.
    private readonly bool _rememberAnswers;

    // Lists with at most this many memberships keep their working buffer on the stack.
    private const int StackLimit = 256;
    private const int StatusCount = (int)MembershipStatus.Suspended + 1;

    // Each organization's position in identifier order (ignoring case): the order of a party's records.
    private readonly int[] _organizationOrder;

    // Each organization's lifetime as four day bounds (see Organization.ActiveOn), read without
    // touching the organization objects on the hot path.
    private readonly int[] _lifetimes;
    private readonly IntervalMemo[] _membershipsMemo;
    private readonly int[][] _organsOfParty;
    private readonly (Session Session, int Organization, int FirstDay, int LastDay)[] _sessionsByDate;
    private readonly int _longestSession;

    /// <summary>Builds the indexes of a catalog whose references have been checked (every membership names a party of it).</summary>
    public CatalogIndex(Catalog catalog, bool rememberAnswers = false)
    {
        _catalog = catalog;
        _rememberAnswers = rememberAnswers;
        EquatableArray<Party> parties = catalog.Parties;
        EquatableArray<Organization> organizations = catalog.Organizations;
        _partyIndex = Enumerable.Range(0, parties.Count).ToFrozenDictionary(i => parties[i].Id);
        _organizationIndex = Enumerable.Range(0, organizations.Count).ToFrozenDictionary(i => organizations[i].Id);

        int[] partyOrder = PositionsInIdentifierOrder(parties.Count, i => parties[i].Id.Value);
        _organizationOrder = PositionsInIdentifierOrder(organizations.Count, i => organizations[i].Id.Value);
        _lifetimes = new int[organizations.Count * 4];
        for (int o = 0; o < organizations.Count; o++)
        {
            (_lifetimes[o * 4], _lifetimes[(o * 4) + 1], _lifetimes[(o * 4) + 2], _lifetimes[(o * 4) + 3]) = organizations[o].LifetimeDays;
        }

        // First pass: which party each membership names, and how many spans each list gets, so every
        // array below is allocated once at its size.
        var memberOf = new int[organizations.Count][];
        var spansOfParty = new int[parties.Count];
        var spansOfOrganization = new int[organizations.Count];
        int spanCount = 0;
        for (int o = 0; o < organizations.Count; o++)
        {
            EquatableArray<Membership> memberships = organizations[o].Memberships;
            memberOf[o] = new int[memberships.Count];
            for (int k = 0; k < memberships.Count; k++)
            {
                int p = _partyIndex[memberships[k].Party];
                int spans = memberships[k].Statuses.Count;
                memberOf[o][k] = p;
                spansOfParty[p] += spans;
                spansOfOrganization[o] += spans;
                spanCount += spans;
            }
        }

        // Second pass: organizations in identifier order, each organization's memberships in party
        // identifier order, so every list is filed already in the order queries return.
        _spans = new SpanSlot[spanCount];
        var byOrganization = new SpanRecord[organizations.Count][];
        var byParty = new SpanRecord[parties.Count][];
        for (int p = 0; p < parties.Count; p++)
        {
            byParty[p] = new SpanRecord[spansOfParty[p]];
        }

        // Slots are numbered party by party, so the answers a party's list returns sit side by side in
        // the answer caches (a party's list returns many answers; an organization's, on most days, few).
        var filledOfParty = new int[parties.Count];
        var firstSlotOfParty = new int[parties.Count];
        for (int p = 1; p < parties.Count; p++)
        {
            firstSlotOfParty[p] = firstSlotOfParty[p - 1] + spansOfParty[p - 1];
        }
        foreach (int o in InOrder(_organizationOrder))
        {
            Organization organization = organizations[o];
            EquatableArray<Membership> memberships = organization.Memberships;
            var records = new SpanRecord[spansOfOrganization[o]];
            int filled = 0;
            int[] byPartyOrder = [.. Enumerable.Range(0, memberships.Count)];
            int[] keys = [.. memberOf[o].Select(p => partyOrder[p])];
            Array.Sort(keys, byPartyOrder);
            foreach (int k in byPartyOrder)
            {
                Membership membership = memberships[k];
                int p = memberOf[o][k];
                Timeline<StatusSpan> statuses = membership.Statuses;
                int runStart = 0;
                for (int e = 0; e < statuses.Count; e++)
                {
                    int slot = firstSlotOfParty[p] + filledOfParty[p];
                    runStart = e > 0 && ContinuesRun(statuses[e - 1], statuses[e]) ? runStart : e;
                    _spans[slot] = new SpanSlot(o, membership, e, runStart);
                    var record = new SpanRecord(k, slot, statuses[e].Value.Status, statuses.BoundsAt(e));
                    records[filled++] = record;
                    byParty[p][filledOfParty[p]++] = record.WithKey(o);
                }
            }

            byOrganization[o] = records;
        }

        _spansByOrganization = [.. byOrganization.Select((r, o) => new SpanList(r, _lifetimes, o))];
        _spansByParty = [.. byParty.Select(r => new SpanList(r, _lifetimes, organization: -1, _organizationOrder))];
        _membersMemo = rememberAnswers ? [.. byOrganization.Select((r, o) => new IntervalMemo(r, [organizations[o].Lifetime]))] : [];
        _membershipsMemo = rememberAnswers ? [.. byParty.Select(r => new IntervalMemo(r, [.. r.Select(x => x.Key).Distinct().Select(o => organizations[o].Lifetime)]))] : [];

        var organs = new List<int>?[parties.Count];
        for (int p = 0; p < parties.Count; p++)
        {
            if (parties[p].StateOf is { } state && _partyIndex.TryGetValue(state, out int s))
            {
                (organs[s] ??= []).Add(p);
            }
        }

        _organsOfParty = [.. organs.Select(l => l is null ? [] : l.ToArray())];
        _sessionsByDate = organizations
            .SelectMany((o, i) => o.Sessions.Select(s => (s, i, s.Date.EarliestDay, (s.LastDay ?? s.Date).LatestDay)))
            .OrderBy(x => x.Item3)
            .ToArray();
        _longestSession = _sessionsByDate.Length == 0 ? 0 : _sessionsByDate.Max(s => s.LastDay - s.FirstDay);
    }

    public bool TryGetOrganization(Id<Organization> id, out int index) => _organizationIndex.TryGetValue(id, out index);

    /// <summary>The organizations a text names: its identifier, else every organization with it as an alias.</summary>
    public ImmutableArray<Id<Organization>> OrganizationsNamed(string text) =>
        Id<Organization>.IsValid(text) && _catalog.TryGetOrganization(new Id<Organization>(text), out Organization? o) ? [o.Id]
        : Aliases.Organizations.TryGetValue(text, out ImmutableArray<Id<Organization>> found) ? found : [];

    /// <summary>The parties a text names: its identifier, else every party with it as an alias.</summary>
    public ImmutableArray<Id<Party>> PartiesNamed(string text) =>
        Id<Party>.IsValid(text) && _catalog.TryGetParty(new Id<Party>(text), out Party? p) ? [p.Id]
        : Aliases.Parties.TryGetValue(text, out ImmutableArray<Id<Party>> found) ? found : [];

    // Made on the first look-up by alias, not with the index: most queries name identifiers.
    private AliasTable Aliases => Volatile.Read(ref _aliases) ?? Interlocked.CompareExchange(ref _aliases, new AliasTable(_catalog), null) ?? _aliases!;

    private AliasTable? _aliases;

    // Every alias of every organization and party, ignoring case; an alias may name several.
    private sealed class AliasTable(Catalog catalog)
    {
        public FrozenDictionary<string, ImmutableArray<Id<Organization>>> Organizations { get; } = Build(catalog.Organizations, o => o.Id,
            o => o.Names.Select(n => n.Value.Abbreviation).Concat(o.Identifiers.Select(i => i.Value)));

        public FrozenDictionary<string, ImmutableArray<Id<Party>>> Parties { get; } = Build(catalog.Parties, p => p.Id,
            p => p.Names.Select(n => n.Value).Concat(p.Identifiers.Select(i => i.Value)).Append(p.IsoAlpha3));

        private static FrozenDictionary<string, ImmutableArray<TId>> Build<T, TId>(IEnumerable<T> items, Func<T, TId> id, Func<T, IEnumerable<string?>> aliases) =>
            items.SelectMany(item => aliases(item).OfType<string>().Select(a => a.Trim()).Where(a => a.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Select(a => (Alias: a, Id: id(item))))
                .GroupBy(x => x.Alias, StringComparer.OrdinalIgnoreCase)
                .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Id).Distinct().ToImmutableArray(), StringComparer.OrdinalIgnoreCase);
    }

    public bool TryGetParty(Id<Party> id, out int index) => _partyIndex.TryGetValue(id, out index);

    public Answer<MembershipStatus> StatusOn(int organization, Id<Party> party, LocalDate date)
    {
        if (_catalog.Organizations[organization].MembershipOf(party) is not { } membership)
        {
            return default;
        }

        int day = DayNumber.Of(date);
        Answer<StatusSpan> span = membership.Statuses.AtDay(day);
        Certainty certainty = span.Certainty.And(_catalog.Organizations[organization].IsActiveOnDay(day));
        return certainty == Certainty.No ? default : new Answer<MembershipStatus>(span.Value.Status, certainty);
    }

    /// <summary>The catalog's index, built on its first query (by one thread, once) and kept with the catalog.</summary>
    internal static CatalogIndex Of(Catalog catalog) => catalog.Derived(static c => new CatalogIndex(c));

    /// <summary>How many answer elements the list memos hold now (bounded; see <see cref="IntervalMemo"/>).</summary>
    internal long RememberedAnswerElements => _membersMemo.Sum(m => (long)m.Held) + _membershipsMemo.Sum(m => (long)m.Held);

    /// <summary>The members on a day, ordered by status, then by party identifier.</summary>
    public MembershipOnDate[] MembersOn(int organization, LocalDate date) =>
        _rememberAnswers
            ? _membersMemo[organization].Get(DayNumber.Of(date), (this, organization), static (s, day) => s.Item1.ComputeMembers(s.organization, day))
            : ComputeMembers(organization, DayNumber.Of(date));

    private MembershipOnDate[] ComputeMembers(int organization, int day)
    {
        SpanList list = _spansByOrganization[organization];
        int life = organization * 4;
        if (list.Groups == 0 || Organization.ActiveOn(day, _lifetimes[life], _lifetimes[life + 1], _lifetimes[life + 2], _lifetimes[life + 3]) == Certainty.No)
        {
            return [];
        }

        int[]? rented = null;
        Span<int> chosen = list.Groups <= StackLimit ? stackalloc int[list.Groups] : (rented = ArrayPool<int>.Shared.Rent(list.Groups));
        try
        {
            // Counting sort by status: next[s] becomes the position of the next answer of status s.
            Span<int> next = stackalloc int[StatusCount + 1];
            next.Clear();
            int n = list.AnswersOn(day, chosen);
            for (int i = 0; i < n; i++)
            {
                next[(int)list.Records[SpanList.RecordOf(chosen[i])].Status + 1]++;
            }

            for (int status = 1; status <= StatusCount; status++)
            {
                next[status] += next[status - 1];
            }

            if (n == 0)
            {
                return [];
            }

            var result = new MembershipOnDate[n];
            MembershipOnDate?[] answers = Answers;
            for (int i = 0; i < n; i++)
            {
                ref readonly SpanRecord r = ref list.Records[SpanList.RecordOf(chosen[i])];
                result[next[(int)r.Status]++] = Answer(answers, r.Slot, SpanList.CertaintyOf(chosen[i]));
            }

            return result;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The memberships of a party on a day, ordered by organization identifier, then those held through its organs.</summary>
    public MembershipOnDate[] MembershipsOn(int party, LocalDate date, bool includeOrgans)
    {
        int day = DayNumber.Of(date);
        MembershipOnDate[] own = OwnMemberships(party, day);
        if (!includeOrgans || _organsOfParty[party].Length == 0)
        {
            return own;
        }

        var all = new List<MembershipOnDate>(own);
        foreach (int organ in _organsOfParty[party])
        {
            all.AddRange(Collect(organ, day, _catalog.Parties[organ].Id));
        }

        return [.. all];
    }

    /// <summary>
    /// The organizations both parties belong to: the hull scan of the party with fewer memberships
    /// finds its candidates, in organization order; each is looked up in the other party's list by
    /// organization (<see cref="SpanList.GroupAt"/>) and answered only where both can hold.
    /// </summary>
    public JointMembership[] JointMembershipsOn(int first, int second, LocalDate date)
    {
        int day = DayNumber.Of(date);
        bool swap = _spansByParty[second].Groups < _spansByParty[first].Groups;
        SpanList scanned = _spansByParty[swap ? second : first];
        SpanList other = _spansByParty[swap ? first : second];
        int[]? rented = null;
        int[]? rentedOther = null;
        Span<int> found = scanned.Groups <= StackLimit ? stackalloc int[scanned.Groups] : (rented = ArrayPool<int>.Shared.Rent(scanned.Groups));
        Span<int> otherRecords = scanned.Groups <= StackLimit ? stackalloc int[scanned.Groups] : (rentedOther = ArrayPool<int>.Shared.Rent(scanned.Groups));
        try
        {
            int count = scanned.GroupsHolding(day, found);
            int n = 0;
            for (int i = 0; i < count; i++)
            {
                int otherGroup = other.GroupAt(scanned.OrderOf(found[i]));
                if (otherGroup < 0)
                {
                    continue;
                }

                int answer = scanned.AnswerOf(found[i], day);
                int otherAnswer = answer < 0 ? -1 : other.AnswerOf(otherGroup, day);
                if (otherAnswer >= 0)
                {
                    // Both answers are already limited by the organization's lifetime. The scanned
                    // party's record and the joint certainty go back into the buffer (n <= i).
                    otherRecords[n] = SpanList.RecordOf(otherAnswer);
                    found[n++] = SpanList.Pack(SpanList.RecordOf(answer), SpanList.CertaintyOf(answer).And(SpanList.CertaintyOf(otherAnswer)));
                }
            }

            if (n == 0)
            {
                return [];
            }

            var result = new JointMembership[n];
            JointMembership?[] joints = Joints;
            for (int k = 0; k < n; k++)
            {
                ref readonly SpanRecord mine = ref scanned.Records[SpanList.RecordOf(found[k])];
                ref readonly SpanRecord theirs = ref other.Records[otherRecords[k]];
                (MembershipStatus firstStatus, MembershipStatus secondStatus) = swap ? (theirs.Status, mine.Status) : (mine.Status, theirs.Status);
                result[k] = Joint(joints, mine.Key, firstStatus, secondStatus, SpanList.CertaintyOf(found[k]));
            }

            return result;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }

            if (rentedOther is not null)
            {
                ArrayPool<int>.Shared.Return(rentedOther);
            }
        }
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

    // A party's own memberships (not through organs), remembered per stretch of days.
    private MembershipOnDate[] OwnMemberships(int party, int day) =>
        _rememberAnswers
            ? _membershipsMemo[party].Get(day, (this, party), static (s, d) => s.Item1.Collect(s.party, d, null))
            : Collect(party, day, null);

    private MembershipOnDate[] Collect(int party, int day, Id<Party>? through)
    {
        SpanList list = _spansByParty[party];
        int[]? rented = null;
        Span<int> chosen = list.Groups <= StackLimit ? stackalloc int[list.Groups] : (rented = ArrayPool<int>.Shared.Rent(list.Groups));
        try
        {
            int n = list.AnswersOn(day, chosen);
            if (n == 0)
            {
                return [];
            }

            var result = new MembershipOnDate[n];
            MembershipOnDate?[] answers = Answers;
            for (int i = 0; i < n; i++)
            {
                int slot = list.Records[SpanList.RecordOf(chosen[i])].Slot;
                Certainty certainty = SpanList.CertaintyOf(chosen[i]);
                result[i] = through is null ? Answer(answers, slot, certainty) : Create(slot, certainty, through);
            }

            return result;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }
    }

    // The shared answer for a span with a certainty: two entries per slot, side by side.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private MembershipOnDate Answer(MembershipOnDate?[] answers, int slot, Certainty certainty) =>
        answers[(slot << 1) | (certainty == Certainty.Certainly ? 1 : 0)] ??= Create(slot, certainty, null);

    private MembershipOnDate Create(int slot, Certainty certainty, Id<Party>? through)
    {
        SpanSlot s = _spans[slot];
        TimelineEntry<StatusSpan> span = s.Membership.Statuses[s.Entry];
        return new MembershipOnDate(_catalog.Organizations[s.Organization].Id, s.Membership.Party, span.Value.Status, certainty, span.Range, s.Membership.Statuses[s.RunStart].Range.Start, through, span.Value.Provenance);
    }

    // Whether `later` carries on the run of `earlier`: the same status, starting exactly where the
    // earlier span stops (one run recorded as several spans because its sources change).
    private static bool ContinuesRun(TimelineEntry<StatusSpan> earlier, TimelineEntry<StatusSpan> later) =>
        earlier.Value.Status == later.Value.Status
        && !earlier.Range.IsEndInclusive
        && earlier.Range.End is { } end
        && later.Range.Start is { } start
        && end == start;

    // The shared joint answer for an organization, two statuses and a certainty: 32 entries per organization.
    private JointMembership Joint(JointMembership?[] joints, int organization, MembershipStatus first, MembershipStatus second, Certainty certainty) =>
        joints[(organization << 5) | ((int)first << 3) | ((int)second << 1) | (certainty == Certainty.Certainly ? 1 : 0)]
            ??= new JointMembership(_catalog.Organizations[organization].Id, first, second, certainty);

    private JointMembership?[] Joints =>
        Volatile.Read(ref _joints) ?? Interlocked.CompareExchange(ref _joints, new JointMembership?[_catalog.Organizations.Count << 5], null) ?? _joints!;

    // Made on the first query, not at load: a race makes two arrays and one is kept, before any answer is stored in it.
    private MembershipOnDate?[] Answers =>
        Volatile.Read(ref _answers) ?? Interlocked.CompareExchange(ref _answers, new MembershipOnDate?[_spans.Length * 2], null) ?? _answers!;

    // Position in identifier order (ignoring case) of each of count items; identifiers are unique ignoring case.
    private static int[] PositionsInIdentifierOrder(int count, Func<int, string> identifier)
    {
        int[] inOrder = [.. Enumerable.Range(0, count)];
        string[] keys = [.. inOrder.Select(identifier)];
        Array.Sort(keys, inOrder, StringComparer.OrdinalIgnoreCase);
        var position = new int[count];
        for (int i = 0; i < count; i++)
        {
            position[inOrder[i]] = i;
        }

        return position;
    }

    // The items in the order the positions give.
    private static int[] InOrder(int[] positions)
    {
        var items = new int[positions.Length];
        for (int i = 0; i < positions.Length; i++)
        {
            items[positions[i]] = i;
        }

        return items;
    }

    private readonly record struct SpanSlot(int Organization, Membership Membership, int Entry, int RunStart);

    // Key: which membership the span belongs to, unique within the list it is filed in (the
    // membership's position in its organization, or the organization for a party's list); a
    // membership's records are contiguous. The bounds are the span's own; the organization's lifetime
    // limits the chosen answer (see SpanList.AnswersOn).
    internal readonly struct SpanRecord
    {
        public readonly int Key;
        private readonly int _slotAndStatus;
        private readonly int _startEarliest;
        private readonly int _startLatest;
        private readonly int _endEarliest;
        private readonly int _endLatest;

        public SpanRecord(int key, int slot, MembershipStatus status, ReadOnlySpan<int> range)
        {
            Key = key;
            _slotAndStatus = (slot << 2) | (int)status;
            _startEarliest = range[0];
            _startLatest = range[1];
            _endEarliest = range[2];
            _endLatest = range[3];
        }

        private SpanRecord(in SpanRecord record, int key)
        {
            this = record;
            Key = key;
        }

        /// <summary>The span's position in the index's answer caches.</summary>
        public int Slot => _slotAndStatus >> 2;

        /// <summary>The span's status.</summary>
        public MembershipStatus Status => (MembershipStatus)(_slotAndStatus & 3);

        /// <summary>The earliest day the span can start.</summary>
        public int StartEarliest => _startEarliest;

        /// <summary>The first day on which the span can have begun for certain.</summary>
        public int StartLatest => _startLatest;

        /// <summary>The first day on which the span may have ended.</summary>
        public int EndEarliest => _endEarliest;

        /// <summary>The first day on which the span has certainly ended.</summary>
        public int EndLatest => _endLatest;

        /// <summary>The same record filed under another key.</summary>
        public SpanRecord WithKey(int key) => new(this, key);

        /// <summary>The record's bounds as a range-like value for <see cref="IntervalMemo"/>.</summary>
        public DateRangeBounds Bounds => new(_startEarliest, _startLatest, _endEarliest, _endLatest);

        public Certainty Contains(int day) => DateRange.Contains(day, _startEarliest, _startLatest, _endEarliest, _endLatest);
    }
}
