using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using NodaTime;

namespace OrgModel.Time;

/// <summary>
/// A period of days whose start and end are <see cref="PartialDate"/>s. The end is stated either as
/// the first day no longer inside (exclusive, <c>until</c> in JSON: the half-open <c>[start, end)</c>)
/// or as the last day inside (inclusive, <c>through</c> in JSON: <c>[start, end]</c>; see
/// <see cref="IsEndInclusive"/>). The start may be
/// unknown and the end may be open (still ongoing) or unknown.
/// </summary>
/// <remarks>
/// <para>
/// Exclusive ends are for handovers: a chair term that ends at a handover on 2025-06-12 and the next
/// one that starts that day do not overlap, and on 2025-06-12 only the second holds. Inclusive ends
/// are how most sources state a period — "member until 2011" in the Correlates of War data, an end
/// time in Wikidata, an EveryPolitician <c>end_date</c>, an EDTF interval <c>1990/2011</c> — and at a
/// precision coarser than a day the two differ: <c>until 2011</c> means the first day outside falls in
/// 2011 (so 2011-12-31 is certainly outside), while <c>through 2011</c> means the last day inside falls
/// in 2011 (so 2011-12-31 is possibly inside, and 2012-01-01 is not).
/// </para>
/// <para>
/// With imprecise bounds a question about a day has three answers (<see cref="Certainty"/>).
/// A range certainly contains a day when every reading of its bounds puts the day inside: the
/// latest possible start is on or before the day and the earliest possible first day outside is after
/// it. It possibly contains the day when some reading does: the earliest possible start is on or
/// before the day and the latest possible first day outside is after it. An unknown start never rules
/// a day out, and is certain only on the last day before an exact end (a range holds at least one day);
/// an open end never rules a day out. A bound with a <see cref="DateQualifier"/> never makes an answer
/// certain, and an approximate bound can mean one unit more on either side (see
/// <see cref="DateQualifier"/>).
/// </para>
/// <para>
/// A range must be able to hold at least one day: the latest possible first day outside must come
/// after the earliest day the start can mean. So <c>[2014-06-13, 2014-06-13)</c> and
/// <c>[2015, 2014)</c> are rejected, while <c>[2014, 2014)</c> (begun and ended within 2014) and
/// <c>[2014-06-13, 2014-06-13]</c> (that one day) are accepted.
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
/// <para>
/// Text forms: <see cref="ToString()"/> writes <c>[2014-06-13, 2025-06-12)</c> or <c>[1990, 2011]</c>;
/// <see cref="ToEdtfString()"/> and <see cref="ParseEdtf(string)"/> read and write EDTF intervals,
/// whose ends are inclusive.
/// </para>
/// <para>The default value has an unknown start and an open end: it possibly contains every day.</para>
/// </remarks>
/// <threadsafety>This type is an immutable value type. See the thread safety section of the user guide for more information.</threadsafety>
public readonly struct DateRange : IEquatable<DateRange>
{
    /// <summary>Creates a range from its start and its exclusive end (the first day no longer inside).</summary>
    /// <param name="start">The first day (or the year or month it falls in), or <see langword="null"/> when unknown.</param>
    /// <param name="end">The day the range stops (not included), or <see langword="null"/> when still ongoing.</param>
    /// <exception cref="ArgumentException">The end cannot come after the start, so the range could hold no day.</exception>
    public DateRange(PartialDate? start, PartialDate? end)
        : this(start, end, endIsInclusive: false)
    {
    }

    /// <summary>Creates a range from its start and its end, stated either way.</summary>
    /// <param name="start">The first day (or the period it falls in), or <see langword="null"/> when unknown.</param>
    /// <param name="end">The end, or <see langword="null"/> when still ongoing.</param>
    /// <param name="endIsInclusive">
    /// <see langword="true"/> when <paramref name="end"/> is the last day inside (<c>through</c>);
    /// <see langword="false"/> when it is the first day no longer inside (<c>until</c>).
    /// </param>
    /// <exception cref="ArgumentException">The end cannot come after the start, so the range could hold no day.</exception>
    public DateRange(PartialDate? start, PartialDate? end, bool endIsInclusive)
    {
        if (Problem(start, end, endIsInclusive) is { } problem)
        {
            throw new ArgumentException(problem, nameof(end));
        }

        Start = start;
        End = end;
        IsEndInclusive = end is not null && endIsInclusive;
    }

    private DateRange(PartialDate? start, bool endUnknown)
    {
        Start = start;
        HasUnknownEnd = endUnknown;
    }

    private DateRange(PartialDate? start, PartialDate? heldThrough, bool endIsInclusive, bool endUnknown)
        : this(start, heldThrough, endIsInclusive)
    {
        HasUnknownEnd = endUnknown;
    }

    /// <summary>The start, or <see langword="null"/> when unknown.</summary>
    public PartialDate? Start { get; }

    /// <summary>
    /// The end as stated — the first day no longer inside, or the last day inside when
    /// <see cref="IsEndInclusive"/> — or <see langword="null"/> when the range is ongoing or its end unknown.
    /// When <see cref="HasUnknownEnd"/> is also set, it is the last day the range is known to have held
    /// (see <see cref="HeldThroughThenUnknown"/>).
    /// </summary>
    public PartialDate? End { get; }

    /// <summary>Whether <see cref="End"/> is the last day inside (<c>through</c>) rather than the first day outside (<c>until</c>).</summary>
    public bool IsEndInclusive { get; }

    /// <summary>Whether the range has no end yet.</summary>
    public bool IsOngoing => End is null && !HasUnknownEnd;

    /// <summary>
    /// Whether the range has ended on a day no source records (see <see cref="WithUnknownEnd"/>), or is
    /// known to have held through <see cref="End"/> and not known after it (see <see cref="HeldThroughThenUnknown"/>).
    /// </summary>
    public bool HasUnknownEnd { get; }

    /// <summary>Whether the start is known, to whatever precision.</summary>
    public bool HasKnownStart => Start is not null;

    internal int StartEarliestDay => Start is { } s ? s.EarliestDay : DayNumber.MinusInfinity;

    // A range holds at least one day, so an unknown start is at the latest the day before the latest end.
    // A qualified start is never a reason to be certain.
    internal int StartLatestDay => Start is { } s ? (s.IsQualified ? DayNumber.PlusInfinity : s.LatestDay)
        : End is not null ? EndLatestDay - 1
        : DayNumber.PlusInfinity;

    // The earliest possible first day outside. An unknown end holds at least the first day: the earliest
    // end is the day after the earliest start. A qualified end is never a reason to be certain.
    internal int EndEarliestDay => End is { } e ? (e.IsQualified ? DayNumber.MinusInfinity : e.EarliestDay + (IsEndInclusive ? 1 : 0))
        : HasUnknownEnd ? (Start is { } s ? s.EarliestDay + 1 : DayNumber.MinusInfinity + 1)
        : DayNumber.PlusInfinity;

    // The latest possible first day outside.
    internal int EndLatestDay => End is { } e && !HasUnknownEnd ? e.LatestDay + (IsEndInclusive ? 1 : 0) : DayNumber.PlusInfinity;

    /// <summary>A range that starts at <paramref name="start"/> and is still ongoing.</summary>
    /// <param name="start">The start.</param>
    /// <returns>The range <c>[start, ongoing)</c>.</returns>
    public static DateRange From(PartialDate start) => new(start, null);

    /// <summary>A range that starts at <paramref name="start"/> and stops at <paramref name="end"/>, which is not inside.</summary>
    /// <param name="start">The start (included).</param>
    /// <param name="end">The first day no longer inside.</param>
    /// <returns>The range <c>[start, end)</c>.</returns>
    /// <exception cref="ArgumentException">The range could hold no day.</exception>
    public static DateRange Between(PartialDate start, PartialDate end) => new(start, end);

    /// <summary>A range from <paramref name="start"/> through <paramref name="last"/>, both inside.</summary>
    /// <param name="start">The start (included).</param>
    /// <param name="last">The last day inside (or the period it falls in, such as the year 2011).</param>
    /// <returns>The range <c>[start, last]</c>.</returns>
    /// <exception cref="ArgumentException">The range could hold no day.</exception>
    public static DateRange BetweenInclusive(PartialDate start, PartialDate last) => new(start, last, endIsInclusive: true);

    // The one day, as a range: what a question about a day compares a recorded period with.
    internal static DateRange OnDay(LocalDate date)
    {
        var day = new PartialDate(date.Year, date.Month, date.Day);
        return new(day, day, endIsInclusive: true);
    }

    /// <summary>A range with an unknown start that stops at <paramref name="end"/>, which is not inside.</summary>
    /// <param name="end">The first day no longer inside.</param>
    /// <returns>The range <c>[unknown, end)</c>.</returns>
    public static DateRange Until(PartialDate end) => new(null, end);

    /// <summary>A range with an unknown start whose last day inside is <paramref name="last"/>.</summary>
    /// <param name="last">The last day inside (or the period it falls in).</param>
    /// <returns>The range <c>[unknown, last]</c>.</returns>
    public static DateRange Through(PartialDate last) => new(null, last, endIsInclusive: true);

    /// <summary>A range that has ended, on a day no source records.</summary>
    /// <param name="start">The start, or <see langword="null"/> when unknown too.</param>
    /// <returns>The range <c>[start, unknown)</c>.</returns>
    public static DateRange WithUnknownEnd(PartialDate? start) => new(start, endUnknown: true);

    /// <summary>
    /// A range known to hold through <paramref name="heldThrough"/>, about which nothing is known after
    /// that: it may have ended on any later day, or still hold. This is what a dataset says at its
    /// horizon: COW IGO v3 codes a state a member in 2014, its last year, and says nothing of 2015.
    /// </summary>
    /// <param name="start">The start, or <see langword="null"/> when unknown.</param>
    /// <param name="heldThrough">The last day (or the period it falls in) the range is known to hold.</param>
    /// <returns>
    /// The range <c>[start, heldThrough…unknown)</c>: it certainly contains the days a range through
    /// <paramref name="heldThrough"/> certainly contains, possibly every later day, and never answers no
    /// after <paramref name="heldThrough"/>.
    /// </returns>
    /// <exception cref="ArgumentException">The range could hold no day.</exception>
    public static DateRange HeldThroughThenUnknown(PartialDate? start, PartialDate heldThrough) => new(start, heldThrough, endIsInclusive: true, endUnknown: true);

    /// <summary>
    /// Parses an EDTF (ISO 8601-2) level 0 or level 1 interval — <c>1964/2008</c>, <c>1985-04/..</c>
    /// (ongoing), <c>1985/</c> (ended on an unknown day), <c>/1985</c> or <c>../1985</c> (unknown start),
    /// with qualified or unspecified dates on either side — or a single EDTF date, read as the days it can mean.
    /// </summary>
    /// <param name="text">The EDTF text.</param>
    /// <returns>The range; an EDTF interval's end is the last day inside, so the range's end is inclusive.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not such an interval, or its end comes before its start; the message says why.</exception>
    public static DateRange ParseEdtf(string text)
    {
        Guard.Against.Null(text);
        return Edtf.TryParseRange(text, out DateRange range, out string? error) ? range : throw new FormatException(error);
    }

    /// <summary>Tries to parse an EDTF interval (see <see cref="ParseEdtf(string)"/>).</summary>
    /// <param name="text">The characters to parse.</param>
    /// <param name="result">The range, or the default value when parsing fails.</param>
    /// <param name="error">Why parsing failed, or <see langword="null"/> when it succeeded.</param>
    /// <returns>Whether the text was an interval the model can hold.</returns>
    public static bool TryParseEdtf(ReadOnlySpan<char> text, out DateRange result, out string? error) => Edtf.TryParseRange(text, out result, out error);

    /// <summary>Tries to parse an EDTF interval (see <see cref="ParseEdtf(string)"/>).</summary>
    /// <param name="text">The text to parse; <see langword="null"/> fails.</param>
    /// <param name="result">The range, or the default value when parsing fails.</param>
    /// <returns>Whether the text was an interval the model can hold.</returns>
    public static bool TryParseEdtf(string? text, out DateRange result)
    {
        result = default;
        return text is not null && Edtf.TryParseRange(text, out result, out _);
    }

    /// <summary>
    /// The EDTF interval for this range: <c>start/end</c> with an empty start when unknown, <c>..</c>
    /// for an ongoing end and an empty end when it is unknown.
    /// </summary>
    /// <returns>
    /// The EDTF text. A range with an inclusive end, an open or unknown end reads back equal with
    /// <see cref="ParseEdtf(string)"/>. An exclusive end known to the day is written as the day before
    /// it (EDTF ends are inclusive), which reads back as the inclusive range holding the same days.
    /// </returns>
    /// <exception cref="InvalidOperationException">
    /// The end is exclusive and coarser than a day (<c>until 2011</c>): "the first day outside falls in
    /// 2011" has no EDTF form (see <see cref="TryFormatEdtf"/>); or a bound is one of a range of days
    /// (<see cref="PartialDate.OneOf"/>), which an EDTF interval cannot have as an end.
    /// </exception>
    public string ToEdtfString() => Edtf.TryFormatRange(this, out string? text)
        ? text
        : throw new InvalidOperationException(Start is { IsOneOf: true } || End is { IsOneOf: true }
            ? $"The range {this} has no EDTF form: a bound is one of a range of days, and EDTF interval ends are single dates."
            : $"The range {this} has no EDTF form: EDTF intervals end on the last day inside, and an exclusive end known only to the {End!.Value.Precision.ToString().ToLowerInvariant()} cannot be restated that way. Record the end as the last day inside (through) where the source means that.");

    /// <summary>Writes the EDTF interval for this range when it has one (see <see cref="ToEdtfString"/>).</summary>
    /// <param name="text">The EDTF text, or <see langword="null"/> when the range has an exclusive end coarser than a day or a bound that is one of a range of days.</param>
    /// <returns>Whether the range has an EDTF form.</returns>
    public bool TryFormatEdtf([NotNullWhen(true)] out string? text) => Edtf.TryFormatRange(this, out text);

    /// <summary>
    /// The days the range possibly contains, whatever its imprecise bounds turn out to mean: from the
    /// earliest possible first day through the latest possible last day. A null bound is unbounded (an
    /// unknown start, an ongoing or unknown end). <see cref="Contains(LocalDate)"/> answers at least
    /// <see cref="Certainty.Possibly"/> exactly on these days.
    /// </summary>
    /// <value>The first and last possible days; <c>[2014, ongoing)</c> gives (2014-01-01, null).</value>
    public (LocalDate? First, LocalDate? Last) PossibleDays => (AsDate(StartEarliestDay), AsDate(EndLatestDay, dayBefore: true));

    /// <summary>
    /// The days the range certainly contains, for every reading of its imprecise bounds, or null when
    /// there is none (a qualified start, a range inside one imprecise year). A null last day is
    /// unbounded (ongoing). <see cref="Contains(LocalDate)"/> answers <see cref="Certainty.Certainly"/>
    /// exactly on these days.
    /// </summary>
    /// <value>The first and last certain days; <c>[2014, ongoing)</c> gives (2014-12-31, null).</value>
    public (LocalDate First, LocalDate? Last)? CertainDays =>
        StartLatestDay < EndEarliestDay && StartLatestDay != DayNumber.PlusInfinity
            ? (AsDate(Math.Max(StartLatestDay, 0))!.Value, AsDate(EndEarliestDay, dayBefore: true))
            : null;

    // A day number as a date, or null beyond the dates a LocalDate of the model can hold (the infinities).
    private static LocalDate? AsDate(int day, bool dayBefore = false)
    {
        long d = dayBefore ? (long)day - 1 : day;
        return d >= 0 && d <= LastDayNumber ? DayNumber.ToLocalDate((int)d) : null;
    }

    private static readonly int LastDayNumber = DayNumber.Of(new LocalDate(PartialDate.MaxYear, 12, 31));

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

    /// <summary>
    /// The invariant text form, e.g. <c>[2014-06-13, 2025-06-12)</c>, <c>[1990, 2011]</c> (inclusive end),
    /// <c>[2014, ongoing)</c>, <c>[unknown, 2009)</c>, <c>[2014, unknown)</c> or <c>[1945, 2014…unknown)</c>
    /// (held through 2014, unknown after).
    /// </summary>
    /// <returns>The text form.</returns>
    public override string ToString() =>
        $"[{(Start is { } s ? s.ToString() : "unknown")}, {(End is { } e ? (HasUnknownEnd ? e + "…unknown" : e.ToString()) : HasUnknownEnd ? "unknown" : "ongoing")}{(IsEndInclusive && !HasUnknownEnd ? "]" : ")")}";

    /// <summary>Whether both ranges have the same start and end, precision, qualifiers and kind of end included.</summary>
    /// <param name="other">The other range.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(DateRange other) =>
        Nullable.Equals(Start, other.Start) && Nullable.Equals(End, other.End) && IsEndInclusive == other.IsEndInclusive && HasUnknownEnd == other.HasUnknownEnd;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is DateRange other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Start, End, IsEndInclusive, HasUnknownEnd);

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

    /// <summary>
    /// Whether <paramref name="next"/> starts where this range stops: an exclusive end equal to it, or an
    /// inclusive end whose period is followed directly by it (<c>through 1964</c>, then <c>from 1965</c>).
    /// </summary>
    internal bool IsContinuedBy(PartialDate? next) =>
        next is { } n && End is { } e
        && (IsEndInclusive
            ? n.Precision == e.Precision && n.Qualifier == e.Qualifier && n.EarliestDay == e.LatestDay + 1 && !e.IsQualified
            : n == e);

    // Why a range with these bounds is not valid, or null when it is.
    internal static string? Problem(PartialDate? start, PartialDate? end, bool endIsInclusive) =>
        start is { } s && end is { } e && e.LatestDay + (endIsInclusive ? 1 : 0) <= s.EarliestDay
            ? endIsInclusive
                ? $"The end ({e}) must not come before the start ({s}): a range runs from its start through its last day."
                : $"The end ({e}) must come after the start ({s}): a range runs from its start up to, not including, its end."
            : null;

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
