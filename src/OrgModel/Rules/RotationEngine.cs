using System.Globalization;
using NodaTime;
using OrgModel.Collections;
using OrgModel.Model;
using OrgModel.Queries;
using OrgModel.Time;

namespace OrgModel.Rules;

/// <summary>
/// Runs an organization's <see cref="RotationRule"/>: the turns it gives from its anchor, and those
/// turns set beside the recorded chair terms. One place decides who the rule names, so the projection,
/// the rule-only rotation and the consistency check agree.
/// </summary>
internal sealed class RotationEngine
{
    // A swap's partner turn comes at most one full round after it; rounds are bounded by this many turns.
    private const int MaxTurnsPerRound = 400;

    private readonly Catalog _catalog;
    private readonly Organization _organization;
    private readonly RotationRule _rule;

    // The language's collation, looked up once per engine rather than at every hand-over.
    private CompareInfo? _collation;

    public RotationEngine(Catalog catalog, Organization organization)
    {
        _catalog = catalog;
        _organization = organization;
        _rule = organization.ChairRotation ?? throw new InvalidOperationException($"Organization '{organization.Id}' has no chair rotation rule.");
    }

    /// <summary>The terms overlapping the days from <paramref name="from"/> through <paramref name="to"/>, recorded where the record has them and projected elsewhere.</summary>
    public List<RotationTerm> Rotation(LocalDate from, LocalDate to, bool ruleOnly)
    {
        List<Turn> turns = Turns(to);
        var result = new List<RotationTerm>();
        if (ruleOnly)
        {
            result.AddRange(turns.Where(t => t.Overlaps(from, to)).Select(t => Projected(t)));
            return result;
        }

        Timeline<ChairTerm> recorded = _organization.ChairTerms;
        foreach (TimelineEntry<ChairTerm> term in recorded)
        {
            if (term.Range.Overlaps(DateRange.BetweenInclusive(Day(from), Day(to))) != Certainty.No)
            {
                result.Add(Recorded(term, turns, Certainty.Certainly));
            }
        }

        bool[] covered = CoveredByRecord(turns);
        for (int i = 0; i < turns.Count; i++)
        {
            if (!covered[i] && turns[i].Overlaps(from, to))
            {
                result.Add(Projected(turns[i]));
            }
        }

        result.Sort((a, b) => a.Period.StartEarliestDay.CompareTo(b.Period.StartEarliestDay));
        return result;
    }

    /// <summary>The term in force on a day: recorded if the record has one, otherwise the rule's turn.</summary>
    public Answer<RotationTerm> On(LocalDate date)
    {
        Certainty active = _organization.IsActiveOn(date);
        if (active == Certainty.No)
        {
            return default;
        }

        List<Turn> turns = Turns(date);
        Answer<TimelineEntry<ChairTerm>> recorded = _organization.ChairTerms.EntryAt(date);
        if (recorded.HasValue)
        {
            RotationTerm term = Recorded(recorded.Value, turns, recorded.Certainty);
            return new Answer<RotationTerm>(term, term.Certainty.And(active));
        }

        // No recorded term can hold on the day, so the rule's turn answers.
        Turn? turn = turns.LastOrDefault(t => t.Range.Contains(date) != Certainty.No);
        if (turn is null)
        {
            return default;
        }

        RotationTerm projected = Projected(turn);
        return new Answer<RotationTerm>(projected, projected.Certainty.And(active));
    }

    /// <summary>A recorded term as it answers a day, with the rule's turn beside it and the given certainty.</summary>
    public RotationTerm RecordedOn(TimelineEntry<ChairTerm> term, LocalDate date, Certainty certainty) => Recorded(term, Turns(date), certainty);

    /// <summary>Every recorded term that departs from the rule and is not explained by a recorded deviation.</summary>
    public List<RotationTerm> Departures()
    {
        if (_organization.ChairTerms.Count == 0)
        {
            return [];
        }

        // The turns as far as the last recorded term that has a known start (a term of unknown start has no turn).
        int latest = Math.Max(_organization.ChairTerms.Max(t => t.Range.StartEarliestDay), DayNumber.Of(_rule.Anchor.Start));
        List<Turn> turns = Turns(DayNumber.ToLocalDate(latest));
        return [.. _organization.ChairTerms.Select(t => Recorded(t, turns, Certainty.Certainly)).Where(t => t.DepartsFromRule)];
    }

    private static PartialDate Day(LocalDate d) => new(d.Year, d.Month, d.Day);

    // Which turns a recorded term shares a day with: each term marks the turns from the one it starts in
    // to the one it ends in, found by binary search, so the work grows with terms and turns, not their product.
    private bool[] CoveredByRecord(List<Turn> turns)
    {
        var covered = new bool[turns.Count];
        foreach (TimelineEntry<ChairTerm> term in _organization.ChairTerms)
        {
            int first = Math.Max(0, LastStartingBy(turns, term.Range.StartEarliestDay));
            for (int i = first; i < turns.Count && turns[i].Range.StartEarliestDay < term.Range.EndLatestDay; i++)
            {
                covered[i] |= term.Range.Overlaps(turns[i].Range) != Certainty.No;
            }
        }

        return covered;
    }

    // The last turn that starts on or before the day (turns are in order of their first day), or -1.
    private static int LastStartingBy(List<Turn> turns, int day)
    {
        int lo = 0;
        int hi = turns.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (turns[mid].Range.StartEarliestDay <= day)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo - 1;
    }

    private RotationTerm Projected(Turn turn) =>
        RotationTerm.Projected(turn.Holder, turn.Range, turn.Certainty, turn.Deviation, turn.PositionInGroup, turn.Deviation?.Provenance ?? _rule.Provenance);

    // A recorded term beside the rule's turn that starts with it (the turn containing its first day).
    private static RotationTerm Recorded(TimelineEntry<ChairTerm> term, List<Turn> turns, Certainty certainty)
    {
        int start = term.Range.StartEarliestDay;
        int at = start == DayNumber.MinusInfinity ? -1 : LastStartingBy(turns, start);
        Turn? turn = at < 0 ? null : turns[at];
        if (turn is not null && turn.Range.Contains(DayNumber.ToLocalDate(start)) == Certainty.No)
        {
            turn = null;
        }

        bool departs = turn is not null && (turn.Holder != term.Value.Holder || !turn.StartsOn(start));
        return RotationTerm.Recorded(term, certainty, turn?.Holder, turn?.Range, turn?.Deviation, turn?.PositionInGroup, departs);
    }

    // The rule's turns from its anchor through the one containing the given day (and, for swaps, as far
    // beyond as a partner turn needs).
    private List<Turn> Turns(LocalDate through) =>
        _rule.Period == RotationPeriod.SessionToSession ? SessionTurns() : CalendarTurns(through);

    private List<Turn> SessionTurns()
    {
        var sessions = _organization.Sessions
            .Where(s => s.Series == _rule.Order.Series && s.Kind == SessionKind.Regular && s.Date.LatestDay >= DayNumber.Of(_rule.Anchor.Start))
            .OrderBy(s => s.Date.EarliestDay)
            .ToList();
        var turns = new List<Turn>();
        for (int i = 0; i < sessions.Count; i++)
        {
            Session s = sessions[i];
            DateRange range = i + 1 < sessions.Count ? DateRange.Between(s.Date, sessions[i + 1].Date) : DateRange.WithUnknownEnd(s.Date);
            Id<Party>? holder = i == 0 ? _rule.Anchor.Holder
                : _rule.Order.Kind == RotationOrderKind.HostOfNextSession ? s.Host
                : i + 1 < sessions.Count ? sessions[i + 1].Host : null;
            if (holder is { } h)
            {
                Certainty certainty = i + 1 < sessions.Count ? Certainty.Certainly : Certainty.Possibly;
                turns.Add(new Turn(range, h, certainty, null, null, s.Range));
            }
        }

        return turns;
    }

    private List<Turn> CalendarTurns(LocalDate through)
    {
        RotationOrder order = _rule.Order;
        var byStart = _rule.Deviations.ToDictionary(e => e.TermStart);
        EquatableArray<Id<Party>> sequence = order.Sequence;
        var turns = new List<Turn>();
        int pendingSwaps = _rule.Deviations.Count(e => e.Kind == RotationDeviationKind.Swap);
        int beyond = 0;
        LocalDate start = _rule.Anchor.Start;
        Id<Party>? holder = null;
        for (int k = 0; ; k++)
        {
            if (start > through && (pendingSwaps == 0 || ++beyond > MaxTurnsPerRound))
            {
                break;
            }

            LocalDate end = Advance(start);
            Certainty certainty = Certainty.Certainly;
            RotationDeviation? deviation = byStart.GetValueOrDefault(start);
            if (k == 0)
            {
                holder = _rule.Anchor.Holder;
            }
            else
            {
                (holder, certainty) = Next(holder!.Value, start, sequence);
            }

            if (deviation is { Kind: RotationDeviationKind.NewOrder })
            {
                sequence = deviation.Parties;
                holder = sequence[0];
            }
            else if (deviation is { Kind: RotationDeviationKind.Skip or RotationDeviationKind.Waived } && holder is { } passedOver && passedOver == deviation.Parties[0])
            {
                (holder, Certainty next) = Next(passedOver, start, sequence);
                certainty = certainty.And(next);
            }
            else if (deviation is { Kind: RotationDeviationKind.Skip or RotationDeviationKind.Waived })
            {
                deviation = null;
            }

            if (holder is null)
            {
                break;
            }

            int? position = _rule.GroupSize is { } size ? (int)(((k + _rule.AnchorPositionInGroup) % size + size) % size) : null;
            turns.Add(new Turn(DateRange.Between(Day(start), Day(end)), holder.Value, certainty, deviation, position, null));
            start = end;
        }

        ApplySwaps(turns);
        return turns;
    }

    // A swap gives the turn starting on its day to its second party, and that party's next turn to the
    // first; the order itself continues as if nothing had changed.
    private void ApplySwaps(List<Turn> turns)
    {
        foreach (RotationDeviation swap in _rule.Deviations.Where(e => e.Kind == RotationDeviationKind.Swap))
        {
            int i = turns.FindIndex(t => t.StartsOn(DayNumber.Of(swap.TermStart)) && t.Holder == swap.Parties[0]);
            int j = i < 0 ? -1 : turns.FindIndex(i + 1, t => t.Holder == swap.Parties[1]);
            if (j >= 0)
            {
                turns[i] = turns[i] with { Holder = swap.Parties[1], Deviation = swap };
                turns[j] = turns[j] with { Holder = swap.Parties[0], Deviation = swap };
            }
        }
    }

    private LocalDate Advance(LocalDate start) => _rule.Period switch
    {
        RotationPeriod.Month => start.PlusMonths(1),
        RotationPeriod.HalfYear => start.PlusMonths(6),
        RotationPeriod.Year => start.PlusYears(1),
        _ => start.PlusYears(2),
    };

    // Who comes after the given holder on a handover day, and how certain the choice is.
    private (Id<Party>? Next, Certainty Certainty) Next(Id<Party> previous, LocalDate day, EquatableArray<Id<Party>> sequence)
    {
        if (_rule.Order.Kind == RotationOrderKind.Sequence)
        {
            // The act's sequence ends with its last party: the rule says nothing after it.
            int index = IndexOf(sequence, previous);
            return index + 1 < sequence.Count ? (sequence[index + 1], Certainty.Certainly) : (null, Certainty.No);
        }

        // Alphabetical: the first member whose name sorts after the previous holder's, wrapping round.
        CompareInfo compare = _collation ??= _rule.Order.Collation;
        string previousName = NameOf(previous, day);
        Id<Party>? first = null;
        string? firstName = null;
        Id<Party>? next = null;
        string? nextName = null;
        Certainty certainty = Certainty.Certainly;
        foreach (Membership m in _organization.Memberships)
        {
            Answer<MembershipStatus> status = _organization.StatusOn(m.Party, day);
            if (!status.HasValue || status.Value != MembershipStatus.Full)
            {
                continue;
            }

            certainty = certainty.And(status.Certainty);
            string name = NameOf(m.Party, day);
            if (firstName is null || compare.Compare(name, firstName, IgnoreCase) < 0)
            {
                (first, firstName) = (m.Party, name);
            }

            if (compare.Compare(name, previousName, IgnoreCase) > 0 && (nextName is null || compare.Compare(name, nextName, IgnoreCase) < 0))
            {
                (next, nextName) = (m.Party, name);
            }
        }

        return (next ?? first, certainty);
    }

    private const CompareOptions IgnoreCase = CompareOptions.IgnoreCase;

    private static int IndexOf(EquatableArray<Id<Party>> sequence, Id<Party> party)
    {
        for (int i = 0; i < sequence.Count; i++)
        {
            if (sequence[i] == party)
            {
                return i;
            }
        }

        // A holder outside the sequence (before a new order): the sequence starts again.
        return -1;
    }

    // The name the rule sorts by: the organization's own spelling in the rule's language, else the party's name.
    private string NameOf(Id<Party> party, LocalDate day)
    {
        foreach (RotationName name in _rule.Order.Names)
        {
            if (name.Party == party && name.Period.Contains(day) != Certainty.No)
            {
                return name.Name;
            }
        }

        return _catalog.DisplayNameOn(party, day);
    }

    private sealed record Turn(DateRange Range, Id<Party> Holder, Certainty Certainty, RotationDeviation? Deviation, int? PositionInGroup, DateRange? Session)
    {
        public bool Overlaps(LocalDate from, LocalDate to) => Range.Overlaps(DateRange.BetweenInclusive(Day(from), Day(to))) != Certainty.No;

        // A recorded term starts with the turn when it starts on the turn's first day, or, for a session
        // turn, on any day of the session.
        public bool StartsOn(int day) => Session is { } s ? s.Contains(DayNumber.ToLocalDate(day)) != Certainty.No : Range.StartEarliestDay == day;
    }
}
