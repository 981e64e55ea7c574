using Ardalis.GuardClauses;
using NodaTime;

namespace OrgModel.Time;

/// <summary>
/// A half-open period of days whose start and end are <see cref="PartialDate"/>s: the start day is
/// inside, the end day is not. The start may be unknown and the end may be open (still ongoing).
/// </summary>
/// <remarks>
/// <para>
/// Half-open, because terms hand over on a day: a chair term that ends at a handover on 2025-06-12
/// and the next one that starts that day do not overlap, and on 2025-06-12 only the second holds.
/// </para>
/// <para>
/// With imprecise bounds a question about a day has three answers (<see cref="Certainty"/>).
/// A range certainly contains a day when every reading of its bounds puts the day inside: the
/// latest possible start is on or before the day and the earliest possible end is after it. It
/// possibly contains the day when some reading does: the earliest possible start is on or before
/// the day and the latest possible end is after it. An unknown start never rules a day out, and is
/// certain only on the last day before an exact end (a range holds at least one day); an open end
/// never rules a day out.
/// </para>
/// <para>
/// A range must be able to hold at least one day: the latest day the end can mean must come after
/// the earliest day the start can mean. So <c>[2014-06-13, 2014-06-13)</c> and
/// <c>[2015, 2014)</c> are rejected, while <c>[2014, 2014)</c> (begun and ended within 2014) is
/// accepted.
/// </para>
/// <para>
/// Named <c>DateRange</c> rather than <c>Period</c> so that it does not clash with
/// <see cref="NodaTime.Period"/> in code that imports both namespaces.
/// </para>
/// <para>
/// A range may also have ended on an unknown day (<see cref="WithUnknownEnd"/>): a tenure known to
/// have ended, with no source for when. Such a range certainly holds only on an exact start day and
/// possibly on every later day.
/// </para>
/// <para>The default value has an unknown start and an open end: it possibly contains every day.</para>
/// </remarks>
/// <threadsafety>This type is an immutable value type. See the thread safety section of the user guide for more information.</threadsafety>
public readonly struct DateRange : IEquatable<DateRange>
{
    /// <summary>Creates a range from its start and end.</summary>
    /// <param name="start">The first day (or the year or month it falls in), or <see langword="null"/> when unknown.</param>
    /// <param name="end">The day the range stops (not included), or <see langword="null"/> when still ongoing.</param>
    /// <exception cref="ArgumentException">The end cannot come after the start, so the range could hold no day.</exception>
    public DateRange(PartialDate? start, PartialDate? end)
    {
        if (start is { } s && end is { } e)
        {
            Check.Require(
                e,
                nameof(end),
                e.Latest > s.Earliest,
                $"The end ({e}) must come after the start ({s}): a range runs from its start up to, not including, its end.");
        }

        Start = start;
        End = end;
    }

    private DateRange(PartialDate? start, bool endUnknown)
    {
        Start = start;
        HasUnknownEnd = endUnknown;
    }

    /// <summary>The start, or <see langword="null"/> when unknown.</summary>
    public PartialDate? Start { get; }

    /// <summary>The end (the first day no longer inside), or <see langword="null"/> when the range is ongoing.</summary>
    public PartialDate? End { get; }

    /// <summary>Whether the range has no end yet.</summary>
    public bool IsOngoing => End is null && !HasUnknownEnd;

    /// <summary>Whether the range has ended on a day no source records (see <see cref="WithUnknownEnd"/>).</summary>
    public bool HasUnknownEnd { get; }

    /// <summary>Whether the start is known, to whatever precision.</summary>
    public bool HasKnownStart => Start is not null;

    internal int StartEarliestDay => Start is { } s ? s.EarliestDay : DayNumber.MinusInfinity;

    // A range holds at least one day, so an unknown start is at the latest the day before the latest end.
    internal int StartLatestDay => Start is { } s ? s.LatestDay : End is { } e ? e.LatestDay - 1 : DayNumber.PlusInfinity;

    // An unknown end holds at least the first day: the earliest end is the day after the earliest start.
    internal int EndEarliestDay => End is { } e ? e.EarliestDay
        : HasUnknownEnd ? (Start is { } s ? s.EarliestDay + 1 : DayNumber.MinusInfinity + 1)
        : DayNumber.PlusInfinity;

    internal int EndLatestDay => End is { } e ? e.LatestDay : DayNumber.PlusInfinity;

    /// <summary>A range that starts at <paramref name="start"/> and is still ongoing.</summary>
    /// <param name="start">The start.</param>
    /// <returns>The range <c>[start, ongoing)</c>.</returns>
    public static DateRange From(PartialDate start) => new(start, null);

    /// <summary>A range that starts at <paramref name="start"/> and stops at <paramref name="end"/>.</summary>
    /// <param name="start">The start (included).</param>
    /// <param name="end">The end (not included).</param>
    /// <returns>The range <c>[start, end)</c>.</returns>
    /// <exception cref="ArgumentException">The range could hold no day.</exception>
    public static DateRange Between(PartialDate start, PartialDate end) => new(start, end);

    /// <summary>A range with an unknown start that stops at <paramref name="end"/>.</summary>
    /// <param name="end">The end (not included).</param>
    /// <returns>The range <c>[unknown, end)</c>.</returns>
    public static DateRange Until(PartialDate end) => new(null, end);

    /// <summary>A range that has ended, on a day no source records.</summary>
    /// <param name="start">The start, or <see langword="null"/> when unknown too.</param>
    /// <returns>The range <c>[start, unknown)</c>.</returns>
    public static DateRange WithUnknownEnd(PartialDate? start) => new(start, endUnknown: true);

    /// <summary>Whether the range contains the day, as a three-valued answer (see the type remarks).</summary>
    /// <param name="date">The day.</param>
    /// <returns>Certainly, possibly or no.</returns>
    public Certainty Contains(LocalDate date) => Contains(DayNumber.Of(date));

    /// <summary>Whether the two ranges share at least one day, as a three-valued answer.</summary>
    /// <param name="other">The other range.</param>
    /// <returns>
    /// Certainly when they share a day whatever their imprecise bounds mean; possibly when they share
    /// one for some readings; no when they cannot share any.
    /// </returns>
    public Certainty Overlaps(DateRange other) =>
        Overlap(StartEarliestDay, StartLatestDay, EndEarliestDay, EndLatestDay, other.StartEarliestDay, other.StartLatestDay, other.EndEarliestDay, other.EndLatestDay);

    /// <summary>The invariant text form, e.g. <c>[2014-06-13, 2025-06-12)</c>, <c>[2014, ongoing)</c> or <c>[unknown, 2009)</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() =>
        $"[{(Start is { } s ? s.ToString() : "unknown")}, {(End is { } e ? e.ToString() : HasUnknownEnd ? "unknown" : "ongoing")})";

    /// <summary>Whether both ranges have the same start and end, precision included.</summary>
    /// <param name="other">The other range.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(DateRange other) => Nullable.Equals(Start, other.Start) && Nullable.Equals(End, other.End) && HasUnknownEnd == other.HasUnknownEnd;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is DateRange other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Start, End, HasUnknownEnd);

    /// <summary>Whether both ranges have the same start and end.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(DateRange left, DateRange right) => left.Equals(right);

    /// <summary>Whether the ranges differ in start or end.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(DateRange left, DateRange right) => !left.Equals(right);

    internal Certainty Contains(int day) => Contains(day, StartEarliestDay, StartLatestDay, EndEarliestDay, EndLatestDay);

    internal static Certainty Contains(int day, int startEarliest, int startLatest, int endEarliest, int endLatest) =>
        startLatest <= day && day < endEarliest ? Certainty.Certainly
        : startEarliest <= day && day < endLatest ? Certainty.Possibly
        : Certainty.No;

    internal static Certainty Overlap(
        int aStartEarliest, int aStartLatest, int aEndEarliest, int aEndLatest,
        int bStartEarliest, int bStartLatest, int bEndEarliest, int bEndLatest) =>
        Math.Max(aStartLatest, bStartLatest) < Math.Min(aEndEarliest, bEndEarliest) ? Certainty.Certainly
        : Math.Max(aStartEarliest, bStartEarliest) < Math.Min(aEndLatest, bEndLatest) ? Certainty.Possibly
        : Certainty.No;
}
