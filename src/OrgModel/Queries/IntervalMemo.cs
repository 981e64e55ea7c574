using OrgModel.Time;

namespace OrgModel.Queries;

/// <summary>
/// Remembers the answer of a list query for each stretch of days over which it cannot change. A
/// status span's answer on a day changes only when the day reaches one of its four bounds (earliest
/// and latest start, earliest and latest end), so between two consecutive bounds of all the spans a
/// list is about, the answer is the same; it is computed once per stretch, on first use, and shared.
/// </summary>
/// <remarks>
/// Answers are immutable arrays of immutable objects, so sharing them is safe; two threads asking
/// about a new stretch at once may both compute it, and either result is kept.
/// </remarks>
internal sealed class IntervalMemo(int[] breakpoints)
{
    private MembershipOnDate[]?[]? _answers;

    public static IntervalMemo For(IEnumerable<DateRangeBounds> ranges) =>
        new(ranges
            .SelectMany(r => new[] { r.StartEarliest, r.StartLatest, r.EndEarliest, r.EndLatest })
            .Where(d => d is not (DayNumber.MinusInfinity or DayNumber.PlusInfinity))
            .Distinct()
            .Order()
            .ToArray());

    public MembershipOnDate[] Get<TState>(int day, TState state, Func<TState, int, MembershipOnDate[]> compute)
    {
        MembershipOnDate[]?[] answers = _answers ?? Interlocked.CompareExchange(ref _answers, new MembershipOnDate[]?[breakpoints.Length + 1], null) ?? _answers!;
        int stretch = StretchOf(day);
        return answers[stretch] ??= compute(state, day);
    }

    // The number of breakpoints on or before the day.
    private int StretchOf(int day)
    {
        int lo = 0;
        int hi = breakpoints.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (breakpoints[mid] <= day)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}

/// <summary>The four bounds of a span, as day numbers.</summary>
internal readonly record struct DateRangeBounds(int StartEarliest, int StartLatest, int EndEarliest, int EndLatest);
