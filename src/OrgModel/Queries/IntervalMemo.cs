using OrgModel.Time;

namespace OrgModel.Queries;

/// <summary>
/// Remembers the answer of a list query for each stretch of days over which it cannot change. A
/// status span's answer on a day changes only when the day reaches one of its four bounds (earliest
/// and latest start, earliest and latest end), so between two consecutive bounds of all the spans a
/// list is about, the answer is the same; it is computed once per stretch, on first use, and shared.
/// </summary>
/// <remarks>
/// <para>
/// Answers are immutable arrays of immutable objects, so sharing them is safe; two threads asking
/// about a new stretch at once may both compute it, and either result is kept.
/// </para>
/// <para>
/// The memo is bounded: it keeps at most <see cref="BudgetPerRecord"/> answer elements per span record
/// of its list (plus a small constant), so its memory grows with the catalog, not with the questions
/// asked; on data where every day is its own stretch (thousands of members stepping through days), it
/// stops remembering and answers are computed afresh, from the index.
/// </para>
/// </remarks>
internal sealed class IntervalMemo(CatalogIndex.SpanRecord[] records, DateRange[] lifetimes)
{
    // Built on first use, so loading a catalog does not pay for lists nobody asks about.
    private Memo? _memo;

    /// <summary>How many remembered answer elements a list may hold per span record.</summary>
    public const int BudgetPerRecord = 1;

    private readonly int _budget = (BudgetPerRecord * records.Length) + 64;
    private int _held;

    /// <summary>How many answer elements are remembered now.</summary>
    public int Held => Volatile.Read(ref _held);

    public MembershipOnDate[] Get<TState>(int day, TState state, Func<TState, int, MembershipOnDate[]> compute)
    {
        Memo memo = _memo ?? Interlocked.CompareExchange(ref _memo, new Memo(records, lifetimes), null) ?? _memo!;
        int stretch = memo.StretchOf(day);
        if (Volatile.Read(ref memo.Answers[stretch]) is { } remembered)
        {
            return remembered;
        }

        MembershipOnDate[] answer = compute(state, day);
        if (Interlocked.Add(ref _held, answer.Length) <= _budget)
        {
            Volatile.Write(ref memo.Answers[stretch], answer);
        }
        else
        {
            Interlocked.Add(ref _held, -answer.Length);
        }

        return answer;
    }

    private sealed class Memo
    {
        public Memo(CatalogIndex.SpanRecord[] records, DateRange[] lifetimes)
        {
            // The answers change where a span's bounds or an organization's lifetime bounds fall.
            var days = new SortedSet<int>();
            foreach (DateRangeBounds b in records.Select(r => r.Bounds).Concat(lifetimes.Select(l => new DateRangeBounds(l.StartEarliestDay, l.StartLatestDay, l.EndEarliestDay, l.EndLatestDay))))
            {
                foreach (int d in (ReadOnlySpan<int>)[b.StartEarliest, b.StartLatest, b.EndEarliest, b.EndLatest])
                {
                    if (d is not (DayNumber.MinusInfinity or DayNumber.PlusInfinity))
                    {
                        days.Add(d);
                    }
                }
            }

            Breakpoints = [.. days];
            Answers = new MembershipOnDate[]?[Breakpoints.Length + 1];
        }

        public int[] Breakpoints { get; }

        public MembershipOnDate[]?[] Answers { get; }

        // The number of breakpoints on or before the day.
        public int StretchOf(int day) => SortedDays.CountOnOrBefore(Breakpoints, day);
    }
}

/// <summary>The four bounds of a span, as day numbers.</summary>
internal readonly record struct DateRangeBounds(int StartEarliest, int StartLatest, int EndEarliest, int EndLatest);
