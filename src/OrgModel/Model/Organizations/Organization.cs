using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Ardalis.GuardClauses;
using NodaTime;
using OrgModel.Collections;
using OrgModel.Time;

namespace OrgModel.Model;

/// <summary>
/// An intergovernmental organization (or parliamentary assembly, or organ) with everything OrgModel
/// records about it: identifiers, name history, founding and dissolution, relations and succession,
/// memberships, constitutive agreements, sessions, secretariat, posts and chair terms.
/// </summary>
/// <remarks>
/// <para>
/// The constructor enforces the organization's invariants, each with a message that names what is
/// wrong: one membership per party; session identifiers unique and ordinals unique within a series;
/// agreement and post identifiers unique; the secretariat's headquarters agreement and head post
/// exist; chair terms do not overlap, refer to sessions that exist and start or end within those
/// sessions' days, and are held by a party that is a member during the term (or say why not); a
/// rename is a change point of the name history; an event that ends the organization matches its
/// dissolution. References to parties and other organizations are checked by the <see cref="Catalog"/>.
/// </para>
/// <para>
/// The date queries on this type (<see cref="StatusOn"/>, <see cref="ChairOn"/>, <see cref="SeatOn"/>,
/// <see cref="HolderOn"/>) limit every answer by <see cref="IsActiveOn"/>: once the organization is
/// dissolved, no membership, chair, seat or tenure holds, whatever the individual records say.
/// </para>
/// </remarks>
public sealed record Organization
{
    // The lifetime as day numbers, derived from Founded and Dissolved, for IsActiveOn on hot paths.
    private readonly int _foundedEarliestDay;
    private readonly int _foundedLatestDay;
    private readonly int _dissolvedEarliestDay;
    private readonly int _dissolvedLatestDay;

    // Lookups by identifier over the lists above, built with them (see KeyIndex for why equality ignores them).
    private readonly KeyIndex<Id<Party>, Membership> _membershipOf;
    private readonly KeyIndex<Id<Agreement>, Agreement> _agreementOf;
    private readonly KeyIndex<Id<Post>, Post> _postOf;
    private readonly KeyIndex<Id<Session>, Session> _sessionOf;

    /// <summary>Creates an organization.</summary>
    /// <param name="id">The stable identifier, such as <c>turkpa</c>.</param>
    /// <param name="classification">What kind of organization it is.</param>
    /// <param name="names">The name history: a non-empty exclusive timeline.</param>
    /// <param name="founded">When it was founded (began to function), when known.</param>
    /// <param name="dissolved">When it was dissolved, when it has been.</param>
    /// <param name="identifiers">Identifiers in outside schemes.</param>
    /// <param name="relations">Relations to other organizations.</param>
    /// <param name="succession">Typed succession events.</param>
    /// <param name="memberships">The memberships, one per party.</param>
    /// <param name="agreements">Constitutive and other instruments.</param>
    /// <param name="sessions">Sessions and summits.</param>
    /// <param name="secretariat">The secretariat, when modelled.</param>
    /// <param name="posts">Posts and their tenures.</param>
    /// <param name="chairTerms">The rotating chair's terms: an exclusive timeline.</param>
    /// <param name="provenance">Sources for the organization as a whole.</param>
    /// <param name="dataGaps">Periods for which the source has no membership data (missing, or a party outside the system).</param>
    /// <param name="activeThrough">
    /// The last day (or the month or year) on which it still existed, when a source states its end that
    /// way ("active until 1964" in the Correlates of War data); give this or <paramref name="dissolved"/>, not both.
    /// </param>
    /// <param name="chairRotation">How the chair rotates, when the organization states a rule.</param>
    /// <exception cref="ArgumentException">An invariant is broken; the message names it.</exception>
    public Organization(
        Id<Organization> id,
        OrganizationClassification classification,
        Timeline<OrganizationName> names,
        PartialDate? founded = null,
        PartialDate? dissolved = null,
        EquatableArray<ExternalIdentifier> identifiers = default,
        EquatableArray<OrganizationRelation> relations = default,
        EquatableArray<SuccessionEvent> succession = default,
        EquatableArray<Membership> memberships = default,
        EquatableArray<Agreement> agreements = default,
        EquatableArray<Session> sessions = default,
        Secretariat? secretariat = null,
        EquatableArray<Post> posts = default,
        Timeline<ChairTerm>? chairTerms = null,
        Provenance? provenance = null,
        EquatableArray<DataGap> dataGaps = default,
        PartialDate? activeThrough = null,
        RotationRule? chairRotation = null)
    {
        Id = Guard.Against.Default(id);
        Classification = Guard.Against.EnumOutOfRange(classification);
        Guard.Against.Null(names);
        Names = Check.Require(names, nameof(names), names.Count > 0 && names.IsExclusive, $"Organization '{id}' needs at least one name, in an exclusive timeline.");
        Check.Require(activeThrough, nameof(activeThrough), dissolved is null || activeThrough is null, $"Organization '{id}': give its end either as the day it was dissolved (the first day it no longer existed) or as the last day it was active, not both.");
        Lifetime = new DateRange(founded, dissolved ?? activeThrough, endIsInclusive: activeThrough is not null);
        _foundedEarliestDay = founded is { } fe ? fe.EarliestDay : DayNumber.MinusInfinity;
        _foundedLatestDay = founded is not null ? Lifetime.StartLatestDay : DayNumber.MinusInfinity;
        _dissolvedEarliestDay = Lifetime.EndEarliestDay;
        _dissolvedLatestDay = Lifetime.EndLatestDay;
        ChairTerms = chairTerms ?? Timeline<ChairTerm>.Empty;
        Check.Require(ChairTerms, nameof(chairTerms), ChairTerms.IsExclusive, $"Organization '{id}': one party chairs at a time, so chair terms must form an exclusive timeline.");

        _membershipOf = new(memberships, m => m.Party, (p, i) => Rules.Invalid($"Organization '{id}': party '{p}' has two memberships; record its status changes inside one membership.", nameof(memberships), $"memberships[{i}]"));
        _agreementOf = new(agreements, a => a.Id, (a, i) => Rules.Invalid($"Organization '{id}': two agreements have the identifier '{a}'.", nameof(agreements), $"agreements[{i}]"));
        _postOf = new(posts, p => p.Id, (p, i) => Rules.Invalid($"Organization '{id}': two posts have the identifier '{p}'.", nameof(posts), $"posts[{i}]"));
        _sessionOf = new(sessions, s => s.Id, (s, i) => Rules.Invalid($"Organization '{id}': two sessions have the identifier '{s}'.", nameof(sessions), $"sessions[{i}]"));
        Rules.RequireUnique(
            sessions,
            s => (s.Series, s.Ordinal ?? 0),
            nameof(sessions),
            k => $"Organization '{id}': session ordinals are unique within a series, but the {k.Series} series has two sessions numbered {k.Item2}.",
            s => s.Ordinal is not null);

        Founded = founded;
        Dissolved = dissolved;
        ActiveThrough = activeThrough;
        Identifiers = identifiers;
        Relations = relations;
        Succession = succession;
        Memberships = memberships;
        Agreements = agreements;
        Sessions = sessions;
        Secretariat = secretariat;
        Posts = posts;
        Provenance = provenance ?? Provenance.None;
        DataGaps = dataGaps;
        ChairRotation = chairRotation;

        CheckSecretariat();
        CheckSuccession();
        CheckMembershipsWithinLifetime();
        CheckChairTerms();
    }

    /// <summary>The stable identifier.</summary>
    public Id<Organization> Id { get; }

    /// <summary>What kind of organization it is.</summary>
    public OrganizationClassification Classification { get; }

    /// <summary>The name history.</summary>
    public Timeline<OrganizationName> Names { get; }

    /// <summary>The name in the latest entry of the name history.</summary>
    public OrganizationName CurrentName => Names[^1].Value;

    /// <summary>When it was founded, or <see langword="null"/>.</summary>
    public PartialDate? Founded { get; }

    /// <summary>When it was dissolved (the first day it no longer existed), or <see langword="null"/>.</summary>
    public PartialDate? Dissolved { get; }

    /// <summary>
    /// The last day (or the month or year) on which it still existed, when its end is stated that way,
    /// or <see langword="null"/>; an organization has at most one of <see cref="Dissolved"/> and this.
    /// </summary>
    public PartialDate? ActiveThrough { get; }

    /// <summary>From founding to dissolution (exclusive end) or to the last day active (inclusive end).</summary>
    public DateRange Lifetime { get; }

    /// <summary>Identifiers in outside schemes.</summary>
    public EquatableArray<ExternalIdentifier> Identifiers { get; }

    /// <summary>Relations to other organizations.</summary>
    public EquatableArray<OrganizationRelation> Relations { get; }

    /// <summary>Typed succession events.</summary>
    public EquatableArray<SuccessionEvent> Succession { get; }

    /// <summary>The memberships.</summary>
    public EquatableArray<Membership> Memberships { get; }

    /// <summary>Constitutive and other instruments.</summary>
    public EquatableArray<Agreement> Agreements { get; }

    /// <summary>Sessions and summits.</summary>
    public EquatableArray<Session> Sessions { get; }

    /// <summary>The secretariat, or <see langword="null"/>.</summary>
    public Secretariat? Secretariat { get; }

    /// <summary>Posts and their tenures.</summary>
    public EquatableArray<Post> Posts { get; }

    /// <summary>The rotating chair's terms.</summary>
    public Timeline<ChairTerm> ChairTerms { get; }

    /// <summary>Sources.</summary>
    public Provenance Provenance { get; }

    /// <summary>Periods for which the source has no membership data.</summary>
    public EquatableArray<DataGap> DataGaps { get; }

    /// <summary>How the chair rotates, as the organization states it, or <see langword="null"/> when no rule is recorded.</summary>
    public RotationRule? ChairRotation { get; }

    /// <summary>
    /// Whether the source has no membership data for a party during a period, and why: the first
    /// gap (for that party or for every party) that certainly or possibly overlaps the period.
    /// </summary>
    /// <param name="party">The party.</param>
    /// <param name="period">The period.</param>
    /// <returns>The gap with the certainty of the overlap, or no answer when the data is there.</returns>
    public Answer<DataGap> DataGapDuring(Id<Party> party, DateRange period)
    {
        if (DataGaps.Count == 0)
        {
            return default;
        }

        // The party's own gaps and those for every party, in their order in DataGaps, merged.
        GapIndex index = _gaps.For(DataGaps);
        int[] own = index.ForParty.TryGetValue(party, out int[]? found) ? found : [];
        int[] every = index.ForEveryParty;
        for (int i = 0, j = 0; i < own.Length || j < every.Length;)
        {
            int next = j == every.Length || (i < own.Length && own[i] < every[j]) ? own[i++] : every[j++];
            DataGap gap = DataGaps[next];
            Certainty c = gap.During.Overlaps(period);
            if (c != Certainty.No)
            {
                return new Answer<DataGap>(gap, c);
            }
        }

        return default;
    }

    /// <summary>
    /// The numbered sessions the record lacks around a day, as runs of consecutive numbers: for each
    /// series, those numbered between the last session of the series begun by the day (or none) and the
    /// first one after it. Where a run is returned, the recorded last or next session of that series may
    /// not be the real one. See <see cref="UnrecordedSessionsDuring"/> for the rules.
    /// </summary>
    /// <param name="date">The day.</param>
    /// <returns>
    /// The runs, series by series in the order the series first appear in <see cref="Sessions"/>, each
    /// series' runs in number order; empty when the record lacks no number around the day.
    /// </returns>
    public EquatableArray<UnrecordedSessions> UnrecordedSessionsAround(LocalDate date) => UnrecordedSessionsDuring(DateRange.OnDay(date));

    /// <summary>
    /// The numbered sessions the record lacks that may have met during a period, as runs of consecutive
    /// numbers: for each series, the numbers missing between two recorded sessions (or before the first
    /// recorded one) when the time between them — from the first day of the earlier to the day before the
    /// first day of the later — overlaps the period. After the last recorded session nothing is claimed
    /// missing. Each series is numbered on its own, but a meeting of another series that carries a
    /// missing number and falls between the series' sessions around that number took its place
    /// (TURKPA's 9th meeting was a Council meeting between the 8th and 10th plenaries): the number counts
    /// as recorded, and a series made only of such meetings is not checked on its own.
    /// </summary>
    /// <param name="period">The period.</param>
    /// <returns>
    /// The runs, series by series in the order the series first appear in <see cref="Sessions"/>, each
    /// series' runs in number order; empty when the record lacks no number in the period.
    /// </returns>
    public EquatableArray<UnrecordedSessions> UnrecordedSessionsDuring(DateRange period)
    {
        var series = Sessions.Where(s => s.Ordinal is not null).GroupBy(s => s.Series, StringComparer.Ordinal)
            .Select(g => (g.Key, Sessions: g.OrderBy(s => s.Ordinal).ToList(), Numbering: new SessionNumbering(g))).ToList();
        var standIns = series.Where(t => t.Sessions.All(s => series.Any(other => other.Key != t.Key && other.Numbering.FillsGap(s)))).Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        var runs = new List<UnrecordedSessions>();
        foreach (var own in series.Where(t => !standIns.Contains(t.Key)))
        {
            var filled = series.Where(t => standIns.Contains(t.Key)).SelectMany(t => t.Sessions).Where(own.Numbering.FillsGap).Select(s => s.Ordinal!.Value).Order().ToList();
            for (int k = 0; k < own.Sessions.Count; k++)
            {
                Session next = own.Sessions[k];
                Session? before = k == 0 ? null : own.Sessions[k - 1];
                PartialDate? from = before?.Date.First;
                if (DateRange.Problem(from, next.Date.First, endIsInclusive: false) is null && new DateRange(from, next.Date.First).Overlaps(period) != Certainty.No)
                {
                    AddRuns(runs, own.Key, before?.Ordinal ?? 0, next.Ordinal!.Value, filled);
                }
            }
        }

        return runs.ToEquatableArray();

        // The numbers strictly between two recorded ones, less those filled (in order), as runs: one
        // step per filled number, not per number, so a session numbered in the millions costs nothing.
        static void AddRuns(List<UnrecordedSessions> runs, string series, int before, int next, List<int> filled)
        {
            int start = before + 1;
            int at = filled.BinarySearch(start);
            for (int i = at < 0 ? ~at : at; i < filled.Count && filled[i] < next; i++)
            {
                if (filled[i] > start)
                {
                    runs.Add(new UnrecordedSessions(series, start, filled[i] - 1));
                }

                start = Math.Max(start, filled[i] + 1);
            }

            if (start < next)
            {
                runs.Add(new UnrecordedSessions(series, start, next - 1));
            }
        }
    }

    /// <summary>
    /// The data gap for every party (not for one party) that certainly or possibly covers a day on which
    /// the organization possibly exists: on such a day any party without a recorded status possibly
    /// belongs (see <see cref="BelongsOn"/>), so a list of the members recorded for the day may be
    /// incomplete. This is what keeps an empty or short member list from reading as a certain "no".
    /// </summary>
    /// <param name="date">The day.</param>
    /// <returns>
    /// The first such gap in <see cref="DataGaps"/>, with the certainty that it covers the day while the
    /// organization exists; no answer when the recorded members are the whole list.
    /// </returns>
    public Answer<DataGap> DataGapForEveryPartyOn(LocalDate date)
    {
        Certainty active = DataGaps.Count == 0 ? Certainty.No : IsActiveOn(date);
        if (active == Certainty.No)
        {
            return default;
        }

        DateRange onDay = DateRange.OnDay(date);
        foreach (int i in _gaps.For(DataGaps).ForEveryParty)
        {
            Certainty c = DataGaps[i].During.Overlaps(onDay);
            if (c != Certainty.No)
            {
                return new Answer<DataGap>(DataGaps[i], c.And(active));
            }
        }

        return default;
    }

    // Made on the first look-up: COW gives an organization hundreds of gaps, each for one state, and
    // a look-up reads only the party's own and those for every party.
    private readonly GapLookup _gaps = new();

    // Holds the index once made; equal to any other, so that it takes no part in the record's equality.
    private sealed class GapLookup
    {
        private GapIndex? _index;

        public GapIndex For(EquatableArray<DataGap> gaps) =>
            Volatile.Read(ref _index) ?? Interlocked.CompareExchange(ref _index, new GapIndex(gaps), null) ?? _index!;

        public override bool Equals(object? obj) => obj is GapLookup;

        public override int GetHashCode() => 0;
    }

    // The positions in DataGaps of the gaps for each party and of those for every party, ascending.
    private sealed class GapIndex
    {
        public GapIndex(EquatableArray<DataGap> gaps)
        {
            var forParty = new Dictionary<Id<Party>, List<int>>();
            var forEveryParty = new List<int>();
            for (int i = 0; i < gaps.Count; i++)
            {
                if (gaps[i].Party is { } party)
                {
                    (CollectionsMarshal.GetValueRefOrAddDefault(forParty, party, out _) ??= []).Add(i);
                }
                else
                {
                    forEveryParty.Add(i);
                }
            }

            ForParty = forParty.ToFrozenDictionary(e => e.Key, e => e.Value.ToArray());
            ForEveryParty = [.. forEveryParty];
        }

        public FrozenDictionary<Id<Party>, int[]> ForParty { get; }

        public int[] ForEveryParty { get; }
    }

    /// <summary>
    /// Whether the organization exists on a day: founded by then (no constraint when the founding date
    /// is unknown) and not yet dissolved.
    /// </summary>
    /// <param name="date">The day.</param>
    /// <returns>Certainly, possibly or no.</returns>
    public Certainty IsActiveOn(LocalDate date) => IsActiveOnDay(DayNumber.Of(date));

    // An unknown founding date does not constrain (day numbers of minus infinity); dissolution closes.
    internal Certainty IsActiveOnDay(int day) => ActiveOn(day, _foundedEarliestDay, _foundedLatestDay, _dissolvedEarliestDay, _dissolvedLatestDay);

    /// <summary>The lifetime's four day bounds, in the order <see cref="ActiveOn"/> takes them (for indexes that copy them).</summary>
    internal (int FoundedEarliest, int FoundedLatest, int DissolvedEarliest, int DissolvedLatest) LifetimeDays =>
        (_foundedEarliestDay, _foundedLatestDay, _dissolvedEarliestDay, _dissolvedLatestDay);

    /// <summary>The one rule for whether an organization exists on a day, from its lifetime's day bounds.</summary>
    internal static Certainty ActiveOn(int day, int foundedEarliest, int foundedLatest, int dissolvedEarliest, int dissolvedLatest) =>
        (day >= foundedLatest ? Certainty.Certainly : day >= foundedEarliest ? Certainty.Possibly : Certainty.No)
        .And(day < dissolvedEarliest ? Certainty.Certainly : day < dissolvedLatest ? Certainty.Possibly : Certainty.No);

    /// <summary>The name and abbreviation in force on a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The name with its certainty.</returns>
    public Answer<OrganizationName> NameOn(LocalDate date) => Names.At(date);

    /// <summary>The membership of a party, or <see langword="null"/> when it never was a member or observer.</summary>
    /// <param name="party">The party.</param>
    /// <returns>The membership, or <see langword="null"/>.</returns>
    public Membership? MembershipOf(Id<Party> party) => _membershipOf[party];

    /// <summary>A party's status on a day, closed by dissolution.</summary>
    /// <param name="party">The party.</param>
    /// <param name="date">The day.</param>
    /// <returns>
    /// The status with its certainty, or no answer when the record holds no status for the party on
    /// that day. No answer is not a certain "not a member" where the source has no data for the day;
    /// <see cref="BelongsOn"/> tells the two apart.
    /// </returns>
    public Answer<MembershipStatus> StatusOn(Id<Party> party, LocalDate date) =>
        MembershipOf(party) is { } m ? m.StatusOn(date).LimitTo(IsActiveOn(date)) : default;

    /// <summary>
    /// Whether a party belongs to the organization in any status (full, associate, observer or
    /// suspended) on a day: certainly also where it possibly holds one status and possibly the next,
    /// because the day of the change is not known. The answer is <see cref="Certainty.No"/> only where the record rules it out:
    /// on a day its source has no data for — a <see cref="DataGap"/> for the party or for every party,
    /// such as COW's missing years or the years after its data ends — a party without a recorded status
    /// possibly belongs, since the source does not say it does not.
    /// </summary>
    /// <param name="party">The party.</param>
    /// <param name="date">The day.</param>
    /// <returns>Certainly, possibly or no.</returns>
    public Certainty BelongsOn(Id<Party> party, LocalDate date)
    {
        Certainty recorded = StatusOn(party, date).Certainty;
        if (recorded == Certainty.Possibly && MembershipOf(party) is { } membership && membership.CertainlyHeldOn(date))
        {
            // Between two statuses the day of whose change is not known, the party belongs in one or the other.
            recorded = Certainty.Certainly.And(IsActiveOn(date));
        }

        if (recorded == Certainty.Certainly || DataGaps.Count == 0)
        {
            return recorded;
        }

        return DataGapDuring(party, DateRange.OnDay(date)).HasValue ? Certainty.Possibly.And(IsActiveOn(date)) : recorded;
    }

    /// <summary>The chair term in force on a day, closed by dissolution.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The term with its certainty, or no answer.</returns>
    public Answer<ChairTerm> ChairOn(LocalDate date) => ChairTerms.At(date).LimitTo(IsActiveOn(date));

    /// <summary>The secretariat's seat on a day, closed by dissolution.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The seat with its certainty, or no answer.</returns>
    public Answer<Seat> SeatOn(LocalDate date) => Secretariat is { } s ? s.Seats.At(date).LimitTo(IsActiveOn(date)) : default;

    /// <summary>The post with the given identifier, or <see langword="null"/>.</summary>
    /// <param name="post">The post identifier.</param>
    /// <returns>The post, or <see langword="null"/>.</returns>
    public Post? PostOf(Id<Post> post) => _postOf[post];

    /// <summary>Who held a post on a day, closed by dissolution (no answer: vacant, unknown, or no such post).</summary>
    /// <param name="post">The post identifier.</param>
    /// <param name="date">The day.</param>
    /// <returns>The tenure with its certainty, or no answer.</returns>
    public Answer<Tenure> HolderOn(Id<Post> post, LocalDate date) => PostOf(post) is { } p ? p.HolderOn(date).LimitTo(IsActiveOn(date)) : default;

    /// <summary>The session with the given identifier, or <see langword="null"/>.</summary>
    /// <param name="session">The session identifier.</param>
    /// <returns>The session, or <see langword="null"/>.</returns>
    public Session? SessionOf(Id<Session> session) => _sessionOf[session];

    /// <summary>The agreement with the given identifier, or <see langword="null"/>.</summary>
    /// <param name="agreement">The agreement identifier.</param>
    /// <returns>The agreement, or <see langword="null"/>.</returns>
    public Agreement? AgreementOf(Id<Agreement> agreement) => _agreementOf[agreement];

    /// <summary>The identifier and current name.</summary>
    /// <returns>The text form, e.g. <c>ots (Organization of Turkic States (OTS))</c>.</returns>
    public override string ToString() => $"{Id} ({CurrentName})";

    private void CheckSecretariat()
    {
        if (Secretariat?.HeadquartersAgreement is { } hq && AgreementOf(hq) is null)
        {
            throw Rules.Invalid($"Organization '{Id}': the secretariat's headquarters agreement '{hq}' is not among its agreements.", "secretariat", "secretariat.headquartersAgreement");
        }

        if (Secretariat?.HeadPost is { } head && PostOf(head) is null)
        {
            throw Rules.Invalid($"Organization '{Id}': the secretariat's head post '{head}' is not among its posts.", "secretariat", "secretariat.headPost");
        }
    }

    private void CheckSuccession()
    {
        var ending = Succession.Where(e => e.EndsOrganization).ToList();
        if (ending.Count > 1)
        {
            throw Rules.Invalid($"Organization '{Id}' can end only once, but has {ending.Count} events that end it.", "succession", "succession");
        }

        if (ending.Count == 1 && !EndsWith(ending[0].Date))
        {
            throw Rules.Invalid($"Organization '{Id}': the {ending[0].Kind} event on {ending[0].Date} ends it, so its dissolution must be that date (it is {(Dissolved?.ToString() ?? (ActiveThrough is { } last ? $"active through {last}" : "not recorded"))}).", "succession", ActiveThrough is null ? "dissolved" : "activeThrough");
        }

        for (int i = 0; i < Succession.Count; i++)
        {
            SuccessionEvent rename = Succession[i];
            if (rename.Kind == SuccessionKind.Renamed && !IsNameChangePoint(rename.Date))
            {
                throw Rules.Invalid($"Organization '{Id}': the rename on {rename.Date} must match a change in its name history, which changes on {string.Join(", ", Names.ChangePoints)}.", "succession", $"succession[{i}].date");
            }
        }
    }

    // An event that ends the organization is its dissolution: the same date, or, for an end stated as the
    // last day active, a date that can be that last day or the day after it.
    private bool EndsWith(PartialDate date) =>
        Dissolved is { } dissolved ? date == dissolved
        : ActiveThrough is { } last && date.EarliestDay <= last.LatestDay + 1 && date.LatestDay >= last.EarliestDay;

    private void CheckMembershipsWithinLifetime()
    {
        if (Lifetime.End is not { } dissolved)
        {
            return;
        }

        for (int i = 0; i < Memberships.Count; i++)
        {
            Membership membership = Memberships[i];
            for (int k = 0; k < membership.Statuses.Count; k++)
            {
                TimelineEntry<StatusSpan> span = membership.Statuses[k];
                if (span.Range.Start is { } start && start.EarliestDay >= Lifetime.EndLatestDay)
                {
                    throw Rules.Invalid($"Organization '{Id}': the {span.Value.Status} status of '{membership.Party}' starts ({start}) after the organization {(ActiveThrough is null ? "was dissolved" : "was last active")} ({dissolved}).", "memberships", $"memberships[{i}].statuses[{k}].from");
                }
            }
        }
    }

    private void CheckChairTerms()
    {
        var membershipDays = new Dictionary<Id<Party>, MembershipDays>();
        for (int i = 0; i < ChairTerms.Count; i++)
        {
            TimelineEntry<ChairTerm> term = ChairTerms[i];
            CheckHandover(term, term.Value.StartsAtSession, term.Range.Start, 0, "starts", $"chairTerms[{i}].startsAtSession");

            // The handover day is the first day outside the term: the day after an inclusive end.
            CheckHandover(term, term.Value.EndsAtSession, term.Range.End, term.Range.IsEndInclusive ? 1 : 0, "ends", $"chairTerms[{i}].endsAtSession");
            if (term.Value.NonMemberReason is null && !PossiblyMemberDuring(term.Value.Holder, term.Range, membershipDays))
            {
                throw Rules.Invalid($"Organization '{Id}': the chair term {term.Range} is held by '{term.Value.Holder}', which is not a member during the term; record why in the term's non-member reason.", "chairTerms", $"chairTerms[{i}].holder");
            }
        }
    }

    private void CheckHandover(TimelineEntry<ChairTerm> term, Id<Session>? sessionId, PartialDate? boundary, int daysAfterBoundary, string verb, string location)
    {
        if (sessionId is not { } id)
        {
            return;
        }

        Session session = SessionOf(id) ?? throw Rules.Invalid($"Organization '{Id}': the chair term of '{term.Value.Holder}' {verb} at session '{id}', which is not among its sessions.", "chairTerms", location);
        PartialDate last = session.LastDay ?? session.Date;
        if (boundary is not { } b || b.EarliestDay + daysAfterBoundary < session.Date.EarliestDay || b.LatestDay + daysAfterBoundary > last.LatestDay)
        {
            string days = session.LastDay is null ? $"on {session.Date}" : $"from {session.Date} to {last}";
            throw Rules.Invalid($"Organization '{Id}': the chair term of '{term.Value.Holder}' {verb} at session '{id}', held {days}, but its range {term.Range} {verb} on {(boundary?.ToString() ?? "no recorded date")}.", "chairTerms", location);
        }
    }

    // A binary search over the sorted change points: O(log n) per rename, however many names there are.
    private bool IsNameChangePoint(PartialDate date)
    {
        ImmutableArray<PartialDate> points = Names.ChangePoints;
        int lo = 0;
        int hi = points.Length - 1;
        while (lo <= hi)
        {
            WorkCounter.Step();
            int mid = (lo + hi) >>> 1;
            int c = points[mid].CompareTo(date);
            if (c == 0)
            {
                return true;
            }

            (lo, hi) = c < 0 ? (mid + 1, hi) : (lo, mid - 1);
        }

        return false;
    }

    // Whether the party can be a member (not suspended) on some day of the range: O(log n) per question
    // over the membership's spans, indexed once per holder, so checking every chair term stays
    // O((terms + spans) log spans) however many terms one party holds.
    private bool PossiblyMemberDuring(Id<Party> party, DateRange range, Dictionary<Id<Party>, MembershipDays> cache)
    {
        if (!cache.TryGetValue(party, out MembershipDays? days))
        {
            days = new MembershipDays(MembershipOf(party));
            cache.Add(party, days);
        }

        return days.PossiblyOverlaps(range.StartEarliestDay, range.EndLatestDay);
    }

    /// <summary>A membership's non-suspended spans by earliest start, with the latest end reached so far.</summary>
    private sealed class MembershipDays
    {
        private readonly int[] _startEarliest;
        private readonly int[] _furthestEnd;

        public MembershipDays(Membership? membership)
        {
            var spans = membership is null ? [] : membership.Statuses.Where(s => s.Value.Status != MembershipStatus.Suspended).Select(s => (s.Range.StartEarliestDay, s.Range.EndLatestDay)).OrderBy(s => s.StartEarliestDay).ToArray();
            _startEarliest = [.. spans.Select(s => s.StartEarliestDay)];
            _furthestEnd = new int[spans.Length];
            for (int i = 0; i < spans.Length; i++)
            {
                _furthestEnd[i] = i == 0 ? spans[i].EndLatestDay : Math.Max(_furthestEnd[i - 1], spans[i].EndLatestDay);
            }
        }

        // Two ranges possibly share a day when each can start before the other's latest end.
        public bool PossiblyOverlaps(int startEarliest, int endLatest)
        {
            int lo = 0;
            int hi = _startEarliest.Length;
            while (lo < hi)
            {
                WorkCounter.Step();
                int mid = (lo + hi) >>> 1;
                if (_startEarliest[mid] < endLatest)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo > 0 && _furthestEnd[lo - 1] > startEarliest;
        }
    }
}
