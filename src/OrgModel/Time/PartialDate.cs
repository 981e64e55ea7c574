using System.Diagnostics;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;

namespace OrgModel.Time;

/// <summary>
/// A calendar date known to the year (<c>2014</c>), the month (<c>2014-06</c>) or the day
/// (<c>2014-06-13</c>), in the ISO calendar.
/// </summary>
/// <remarks>
/// <para>
/// A partial date keeps its precision: <c>2014</c> is never padded to 2014-01-01, because a source
/// that says "in 2014" does not say "on the first of January". Instead the value exposes the
/// <see cref="Earliest"/> and <see cref="Latest"/> day it can mean; temporal questions are answered
/// from those two days with a <see cref="Certainty"/>.
/// </para>
/// <para>
/// Text form: exactly <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c> (ISO 8601 calendar dates of
/// reduced precision, as Popolo and Wikidata use them), with a four-digit year from 0001 to 9999.
/// <see cref="ToString()"/> writes that form and <see cref="Parse(string)"/> reads it back, so
/// <c>Parse(d.ToString()) == d</c> for every value.
/// </para>
/// <para>
/// Equality compares the year, month and day as given: <c>2014</c>, <c>2014-01</c> and
/// <c>2014-01-01</c> are three different values. Ordering is by <see cref="Earliest"/>, and among
/// values with the same earliest day the coarser one comes first (<c>2014</c> &lt; <c>2014-01</c>
/// &lt; <c>2014-01-01</c>). The ordering is total and agrees with equality; it says nothing about
/// which of two overlapping imprecise dates really came first.
/// </para>
/// <para>The default value is the year 0001.</para>
/// </remarks>
/// <threadsafety>This type is an immutable value type. See the thread safety section of the user guide for more information.</threadsafety>
public readonly struct PartialDate : IEquatable<PartialDate>, IComparable<PartialDate>, IComparable
{
    private const int DayBits = 5;
    private const int MonthBits = 4;

    /// <summary>The smallest supported year.</summary>
    public const int MinYear = 1;

    /// <summary>The largest supported year.</summary>
    public const int MaxYear = 9999;

    // (year - 1) << 9 | month << 5 | day, with 0 for an unknown month or day: the default value is
    // the year 0001, and comparing the packed integers gives the documented ordering.
    private readonly int _packed;

    /// <summary>Creates a date known only to the year.</summary>
    /// <param name="year">The year, from 1 to 9999.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1–9999.</exception>
    public PartialDate(int year)
        : this(Pack(ValidYear(year), 0, 0), isPacked: true)
    {
    }

    /// <summary>Creates a date known to the month.</summary>
    /// <param name="year">The year, from 1 to 9999.</param>
    /// <param name="month">The month, from 1 to 12.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    public PartialDate(int year, int month)
        : this(Pack(ValidYear(year), ValidMonth(month), 0), isPacked: true)
    {
    }

    /// <summary>Creates a date known to the day.</summary>
    /// <param name="year">The year, from 1 to 9999.</param>
    /// <param name="month">The month, from 1 to 12.</param>
    /// <param name="day">The day of the month, from 1 to the number of days in that month.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year, month or day is out of range (such as 2009-02-30).</exception>
    public PartialDate(int year, int month, int day)
        : this(Pack(ValidYear(year), ValidMonth(month), ValidDay(year, month, day)), isPacked: true)
    {
    }

    private PartialDate(int packed, bool isPacked) => _packed = isPacked ? packed : throw new UnreachableException();

    /// <summary>The year.</summary>
    public int Year => (_packed >> (DayBits + MonthBits)) + 1;

    /// <summary>The month from 1 to 12, or <see langword="null"/> when only the year is known.</summary>
    public int? Month => MonthOrZero == 0 ? null : MonthOrZero;

    /// <summary>The day of the month, or <see langword="null"/> when only the year or month is known.</summary>
    public int? Day => DayOrZero == 0 ? null : DayOrZero;

    /// <summary>How precisely the date is known.</summary>
    public DatePrecision Precision =>
        DayOrZero != 0 ? DatePrecision.Day : MonthOrZero != 0 ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The first day this date can mean: the day itself, or the first day of its month or year.</summary>
    public LocalDate Earliest => new(Year, MonthOrZero == 0 ? 1 : MonthOrZero, DayOrZero == 0 ? 1 : DayOrZero);

    /// <summary>The last day this date can mean: the day itself, or the last day of its month or year.</summary>
    public LocalDate Latest
    {
        get
        {
            int year = Year;
            int month = MonthOrZero == 0 ? 12 : MonthOrZero;
            int day = DayOrZero == 0 ? CalendarSystem.Iso.GetDaysInMonth(year, month) : DayOrZero;
            return new LocalDate(year, month, day);
        }
    }

    /// <summary>The first day this date can mean, as a day number (see <see cref="DayNumber"/>).</summary>
    internal int EarliestDay => DayNumber.Of(Year, MonthOrZero == 0 ? 1 : MonthOrZero, DayOrZero == 0 ? 1 : DayOrZero);

    /// <summary>The last day this date can mean, as a day number.</summary>
    internal int LatestDay
    {
        get
        {
            int year = Year;
            int month = MonthOrZero == 0 ? 12 : MonthOrZero;
            return DayNumber.Of(year, month, DayOrZero == 0 ? DayNumber.DaysInMonth(year, month) : DayOrZero);
        }
    }

    /// <summary>Whether the exact day is known.</summary>
    public bool IsExact => DayOrZero != 0;

    private int MonthOrZero => (_packed >> DayBits) & ((1 << MonthBits) - 1);

    private int DayOrZero => _packed & ((1 << DayBits) - 1);

    /// <summary>Creates an exact partial date from a <see cref="LocalDate"/> in the ISO calendar.</summary>
    /// <param name="date">The date; it must be in the ISO calendar.</param>
    /// <returns>A partial date with <see cref="DatePrecision.Day"/> precision.</returns>
    /// <exception cref="ArgumentException">The date is not in the ISO calendar, or its year is before 1.</exception>
    public static PartialDate FromLocalDate(LocalDate date)
    {
        Guard.Against.InvalidInput(date, nameof(date), d => d.Calendar == CalendarSystem.Iso, "Partial dates use the ISO calendar.");
        return new PartialDate(date.Year, date.Month, date.Day);
    }

    /// <summary>The inclusive range of days this date can mean, from <see cref="Earliest"/> to <see cref="Latest"/>.</summary>
    /// <returns>A NodaTime interval of one day, one month or one year.</returns>
    public DateInterval ToDateInterval() => new(Earliest, Latest);

    /// <summary>Whether the given day is one of the days this date can mean.</summary>
    /// <param name="date">The day to test.</param>
    /// <returns><see langword="true"/> when <paramref name="date"/> lies between <see cref="Earliest"/> and <see cref="Latest"/> inclusive.</returns>
    public bool CanMean(LocalDate date) => Earliest <= date && date <= Latest;

    /// <summary>
    /// Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>, and nothing else.
    /// </summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not one of the three forms, or names a day that does not exist; the message says which.</exception>
    public static PartialDate Parse(string text)
    {
        Guard.Against.Null(text);
        return Parse(text.AsSpan());
    }

    /// <summary>
    /// Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>, and nothing else.
    /// </summary>
    /// <param name="text">The characters to parse.</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="FormatException">The text is not one of the three forms, or names a day that does not exist; the message says which.</exception>
    public static PartialDate Parse(ReadOnlySpan<char> text) =>
        TryParse(text, out PartialDate result, out string? error) ? result : throw new FormatException(error);

    /// <summary>Tries to parse <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    /// <param name="text">The text to parse; <see langword="null"/> fails.</param>
    /// <param name="result">The partial date, or the default value when parsing fails.</param>
    /// <returns>Whether the text was a valid partial date.</returns>
    public static bool TryParse(string? text, out PartialDate result)
    {
        if (text is null)
        {
            result = default;
            return false;
        }

        return TryParse(text.AsSpan(), out result, out _);
    }

    /// <summary>Tries to parse <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    /// <param name="text">The characters to parse.</param>
    /// <param name="result">The partial date, or the default value when parsing fails.</param>
    /// <returns>Whether the text was a valid partial date.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out PartialDate result) => TryParse(text, out result, out _);

    /// <summary>Tries to parse <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>, saying why it failed.</summary>
    /// <param name="text">The characters to parse.</param>
    /// <param name="result">The partial date, or the default value when parsing fails.</param>
    /// <param name="error">Why parsing failed, or <see langword="null"/> when it succeeded.</param>
    /// <returns>Whether the text was a valid partial date.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out PartialDate result, out string? error)
    {
        result = default;
        if (text.Length is not (4 or 7 or 10)
            || (text.Length >= 7 && text[4] != '-')
            || (text.Length == 10 && text[7] != '-'))
        {
            error = text.IsEmpty
                ? "A partial date cannot be empty; expected YYYY, YYYY-MM or YYYY-MM-DD."
                : $"'{text}' is not a partial date; expected YYYY, YYYY-MM or YYYY-MM-DD.";
            return false;
        }

        if (!TryDigits(text[..4], out int year)
            || (text.Length >= 7 && !TryDigits(text.Slice(5, 2), out _))
            || (text.Length == 10 && !TryDigits(text.Slice(8, 2), out _)))
        {
            error = $"'{text}' is not a partial date; expected YYYY, YYYY-MM or YYYY-MM-DD with ASCII digits.";
            return false;
        }

        if (year < MinYear)
        {
            error = $"'{text}' is not a partial date: the year must be from 0001 to 9999.";
            return false;
        }

        if (text.Length == 4)
        {
            result = new PartialDate(Pack(year, 0, 0), isPacked: true);
            error = null;
            return true;
        }

        TryDigits(text.Slice(5, 2), out int month);
        if (month is < 1 or > 12)
        {
            error = $"'{text}' is not a partial date: the month must be from 01 to 12.";
            return false;
        }

        if (text.Length == 7)
        {
            result = new PartialDate(Pack(year, month, 0), isPacked: true);
            error = null;
            return true;
        }

        TryDigits(text.Slice(8, 2), out int day);
        int daysInMonth = CalendarSystem.Iso.GetDaysInMonth(year, month);
        if (day < 1 || day > daysInMonth)
        {
            error = $"'{text}' is not a partial date: {year:D4}-{month:D2} has {daysInMonth} days.";
            return false;
        }

        result = new PartialDate(Pack(year, month, day), isPacked: true);
        error = null;
        return true;
    }

    /// <summary>The ISO form: <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>, whatever the current culture.</summary>
    /// <returns>The text that <see cref="Parse(string)"/> reads back to this value.</returns>
    public override string ToString() => Precision switch
    {
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{MonthOrZero:D2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{MonthOrZero:D2}-{DayOrZero:D2}"),
    };

    /// <summary>Compares the year, month and day as given (precision included).</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns>Whether both values name the same year, month and day with the same precision.</returns>
    public bool Equals(PartialDate other) => _packed == other._packed;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _packed;

    /// <summary>
    /// Orders by <see cref="Earliest"/>, the coarser value first when two start on the same day.
    /// </summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns>A negative number, zero or a positive number as this value sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(PartialDate other) => _packed.CompareTo(other._packed);

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        PartialDate other => CompareTo(other),
        _ => throw new ArgumentException($"Expected a {nameof(PartialDate)}.", nameof(obj)),
    };

    /// <summary>Whether two values name the same year, month and day with the same precision.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

    /// <summary>Whether two values differ in year, month, day or precision.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/> (see <see cref="CompareTo(PartialDate)"/>).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when left sorts first.</returns>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts before or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when left does not sort after right.</returns>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when left sorts last.</returns>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts after or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when left does not sort before right.</returns>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    private static int Pack(int year, int month, int day) => ((year - 1) << (DayBits + MonthBits)) | (month << DayBits) | day;

    private static int ValidYear(int year) => Guard.Against.OutOfRange(year, nameof(year), MinYear, MaxYear, "The year must be from 1 to 9999.");

    private static int ValidMonth(int month) => Guard.Against.OutOfRange(month, nameof(month), 1, 12, "The month must be from 1 to 12.");

    private static int ValidDay(int year, int month, int day)
    {
        ValidYear(year);
        ValidMonth(month);
        int daysInMonth = CalendarSystem.Iso.GetDaysInMonth(year, month);
        return day >= 1 && day <= daysInMonth
            ? day
            : throw new ArgumentOutOfRangeException(nameof(day), day, string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2} has {daysInMonth} days; day {day} does not exist."));
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (char c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
