using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;

namespace OrgModel.Time;

/// <summary>
/// A calendar date known to the century (<c>19XX</c>), the decade (<c>196X</c>), the year
/// (<c>2014</c>), the month (<c>2014-06</c>) or the day (<c>2014-06-13</c>), in the ISO calendar,
/// optionally qualified as uncertain or approximate (<c>1984?</c>, <c>2004-06~</c>, <c>2004-06-11%</c>),
/// or known only to be one of the days between two such dates (<c>[2019-04..2019-11-09]</c>).
/// </summary>
/// <remarks>
/// <para>
/// A partial date keeps its precision: <c>2014</c> is never padded to 2014-01-01, because a source
/// that says "in 2014" does not say "on the first of January". Instead the value exposes the
/// <see cref="Earliest"/> and <see cref="Latest"/> day it can mean; temporal questions are answered
/// from those two days with a <see cref="Certainty"/>. A <see cref="Qualifier"/> weakens those answers
/// (see <see cref="DateQualifier"/>): an approximate date can mean one unit more on either side.
/// </para>
/// <para>
/// Where sources disagree on a day — a handover dated in April 2019 by one and on 9 November 2019 by
/// another — the date is written as one of the days between them, the EDTF level 2 set
/// <c>[2019-04..2019-11-09]</c> (see <see cref="OneOf"/>). It means any day from the
/// <see cref="Earliest"/> of its <see cref="First"/> date to the <see cref="Latest"/> of its
/// <see cref="Last"/>, so a question about a day between them is answered "possibly", never with the
/// certainty that one source's day alone would give.
/// </para>
/// <para>
/// Text form: the EDTF (ISO 8601-2) forms <c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c>, <c>YYYX</c>
/// (a decade) and <c>YYXX</c> (a century), each optionally followed by one qualifier <c>?</c>,
/// <c>~</c> or <c>%</c>, with years from 0001 to 9999. Dates known to the year, month or day with no
/// qualifier are plain ISO 8601 calendar dates of reduced precision, as Popolo and Wikidata use them.
/// <see cref="ToString()"/> writes that form and <see cref="Parse(string)"/> reads exactly that form
/// back, so <c>Parse(d.ToString()) == d</c> for every value. <see cref="ParseEdtf(string)"/> also reads
/// the other EDTF level 0 and 1 spellings of a date the model can hold (<c>1985-04-XX</c>,
/// <c>1985-04-12T23:20:30Z</c>) and says clearly which EDTF features it refuses. One of a range of
/// days is written <c>[FIRST..LAST]</c>, with two unqualified dates, the first wholly before the last.
/// </para>
/// <para>
/// Equality compares the date as given: <c>2014</c>, <c>2014-01</c>, <c>2014-01-01</c> and
/// <c>2014?</c> are four different values. Ordering is by the first day of the date as written, then
/// by precision (the coarser first: <c>19XX</c> &lt; <c>190X</c> &lt; <c>1900</c> &lt; <c>1900-01</c>),
/// then by qualifier (none, <c>?</c>, <c>~</c>, <c>%</c>); a range of days counts as the coarsest, and
/// two ranges that start alike are ordered by their last date. The ordering is total and agrees with
/// equality; it says nothing about which of two overlapping imprecise dates really came first.
/// </para>
/// <para>The default value is the year 0001.</para>
/// </remarks>
/// <threadsafety>This type is an immutable value type. See the thread safety section of the user guide for more information.</threadsafety>
public readonly struct PartialDate : IEquatable<PartialDate>, IComparable<PartialDate>, IComparable,
    ISpanParsable<PartialDate>, IUtf8SpanParsable<PartialDate>, ISpanFormattable, IUtf8SpanFormattable
{
    private const int DayBits = 5;
    private const int MonthBits = 4;
    private const int YearBits = 14;
    private const int SpanShift = DayBits + MonthBits + YearBits;
    private const int QualifierShift = SpanShift + 2;
    private const int NoSpan = 0;
    private const int DecadeSpan = 1;
    private const int CenturySpan = 2;

    /// <summary>The smallest supported year.</summary>
    public const int MinYear = 1;

    /// <summary>The largest supported year.</summary>
    public const int MaxYear = 9999;

    // qualifier << 25 | span << 23 | (year - 1) << 9 | month << 5 | day, with 0 for an unknown month or
    // day and a span of 1 (decade) or 2 (century) for coarser dates: the default value is the year 0001.
    private readonly int _packed;

    // 0 for a date; for one of a range of days, the packed last date with this bit set (so that the
    // year 0001 is not 0). The first date is then in _packed, unqualified.
    private const int RangeMarker = 1 << 30;

    private readonly int _last;

    /// <summary>Creates a date known only to the year.</summary>
    /// <param name="year">The year, from 1 to 9999.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1–9999.</exception>
    public PartialDate(int year)
        : this(Pack(ValidYear(year), 0, 0, NoSpan, DateQualifier.None), isPacked: true)
    {
    }

    /// <summary>Creates a date known to the month.</summary>
    /// <param name="year">The year, from 1 to 9999.</param>
    /// <param name="month">The month, from 1 to 12.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    public PartialDate(int year, int month)
        : this(Pack(ValidYear(year), ValidMonth(month), 0, NoSpan, DateQualifier.None), isPacked: true)
    {
    }

    /// <summary>Creates a date known to the day.</summary>
    /// <param name="year">The year, from 1 to 9999.</param>
    /// <param name="month">The month, from 1 to 12.</param>
    /// <param name="day">The day of the month, from 1 to the number of days in that month.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year, month or day is out of range (such as 2009-02-30).</exception>
    public PartialDate(int year, int month, int day)
        : this(Pack(ValidYear(year), ValidMonth(month), ValidDay(year, month, day), NoSpan, DateQualifier.None), isPacked: true)
    {
    }

    private PartialDate(int packed, bool isPacked) => _packed = isPacked ? packed : throw new UnreachableException();

    private PartialDate(int first, int last, bool isRange)
    {
        Debug.Assert(isRange, "only ranges of days are built this way");
        _packed = first;
        _last = last | RangeMarker;
    }

    /// <summary>
    /// The year; for a decade or a century, its first year (1960 for <c>196X</c>, 1900 for <c>19XX</c>);
    /// for one of a range of days, the year of its <see cref="First"/> date.
    /// </summary>
    public int Year => ((_packed >> (DayBits + MonthBits)) & ((1 << YearBits) - 1)) + 1;

    /// <summary>The month from 1 to 12, or <see langword="null"/> when only the year (or less) is known, or the date is one of a range of days.</summary>
    public int? Month => MonthOrZero == 0 || IsOneOf ? null : MonthOrZero;

    /// <summary>The day of the month, or <see langword="null"/> when only the year or month (or less) is known, or the date is one of a range of days.</summary>
    public int? Day => DayOrZero == 0 || IsOneOf ? null : DayOrZero;

    /// <summary>How precisely the date is known: <see cref="DatePrecision.Range"/> for one of a range of days.</summary>
    public DatePrecision Precision => IsOneOf ? DatePrecision.Range : Span switch
    {
        CenturySpan => DatePrecision.Century,
        DecadeSpan => DatePrecision.Decade,
        _ => DayOrZero != 0 ? DatePrecision.Day : MonthOrZero != 0 ? DatePrecision.Month : DatePrecision.Year,
    };

    /// <summary>
    /// Whether the date is only known to be one of the days between two dates (<c>[2019-04..2019-11-09]</c>),
    /// as where sources disagree on the day; see <see cref="OneOf"/>.
    /// </summary>
    public bool IsOneOf => _last != 0;

    /// <summary>For one of a range of days, the first date of the range (<c>2019-04</c>); otherwise the date itself.</summary>
    public PartialDate First => IsOneOf ? new PartialDate(_packed, isPacked: true) : this;

    /// <summary>For one of a range of days, the last date of the range (<c>2019-11-09</c>); otherwise the date itself.</summary>
    public PartialDate Last => IsOneOf ? new PartialDate(_last & ~RangeMarker, isPacked: true) : this;

    /// <summary>How the source qualifies the date: uncertain, approximate, both, or neither.</summary>
    public DateQualifier Qualifier => (DateQualifier)((_packed >> QualifierShift) & 3);

    /// <summary>Whether the date carries an EDTF qualifier (<c>?</c>, <c>~</c> or <c>%</c>).</summary>
    public bool IsQualified => Qualifier != DateQualifier.None;

    /// <summary>
    /// The first day this date can mean: the day itself, or the first day of its month, year, decade or
    /// century; for an approximate date, of the month, year, decade or century (or the day) before it,
    /// but never before 0001-01-01; for one of a range of days, the first day of its first date.
    /// </summary>
    public LocalDate Earliest => IsApproximate ? DayNumber.ToLocalDate(EarliestDay) : new(Year, MonthOrZero == 0 ? 1 : MonthOrZero, DayOrZero == 0 ? 1 : DayOrZero);

    /// <summary>
    /// The last day this date can mean: the day itself, or the last day of its month, year, decade or
    /// century; for an approximate date, of the one after it, but never after 9999-12-31; for one of a
    /// range of days, the last day of its last date.
    /// </summary>
    public LocalDate Latest => DayNumber.ToLocalDate(LatestDay);

    /// <summary>The first day this date can mean, as a day number (see <see cref="DayNumber"/>).</summary>
    internal int EarliestDay
    {
        get
        {
            if (!IsApproximate)
            {
                return DayNumber.Of(Year, MonthOrZero == 0 ? 1 : MonthOrZero, DayOrZero == 0 ? 1 : DayOrZero);
            }

            (int year, int month, int day) = (Year, MonthOrZero, DayOrZero);
            switch (Precision)
            {
                case DatePrecision.Day:
                    return Math.Max(0, DayNumber.Of(year, month, day) - 1);
                case DatePrecision.Month:
                    return month == 1 ? (year == MinYear ? 0 : DayNumber.Of(year - 1, 12, 1)) : DayNumber.Of(year, month - 1, 1);
                default:
                    int earlier = year - UnitYears;
                    return earlier < MinYear ? 0 : DayNumber.Of(earlier, 1, 1);
            }
        }
    }

    /// <summary>The last day this date can mean, as a day number.</summary>
    internal int LatestDay
    {
        get
        {
            if (IsOneOf)
            {
                return Last.LatestDay;
            }

            (int year, int month, int day) = (Year, MonthOrZero, DayOrZero);
            int widen = IsApproximate ? 1 : 0;
            switch (Precision)
            {
                case DatePrecision.Day:
                    return Math.Min(DayNumber.MaxDay, DayNumber.Of(year, month, day) + widen);
                case DatePrecision.Month:
                    if (widen == 1)
                    {
                        (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1);
                    }

                    return year > MaxYear ? DayNumber.MaxDay : DayNumber.Of(year, month, DayNumber.DaysInMonth(year, month));
                default:
                    int lastYear = year + (UnitYears * (1 + widen)) - 1;
                    return lastYear > MaxYear ? DayNumber.MaxDay : DayNumber.Of(lastYear, 12, 31);
            }
        }
    }

    /// <summary>Whether the exact day is written (it may still be qualified); never for one of a range of days.</summary>
    public bool IsExact => DayOrZero != 0 && !IsOneOf;

    private int MonthOrZero => (_packed >> DayBits) & ((1 << MonthBits) - 1);

    private int DayOrZero => _packed & ((1 << DayBits) - 1);

    private int Span => (_packed >> SpanShift) & 3;

    private bool IsApproximate => (Qualifier & DateQualifier.Approximate) != 0;

    // The years one unit of a year, decade or century precision covers.
    private int UnitYears => Span switch { CenturySpan => 100, DecadeSpan => 10, _ => 1 };

    /// <summary>Creates a date known only to the decade, such as <c>196X</c> (1960–1969).</summary>
    /// <param name="firstYear">The decade's first year, a multiple of 10 from 10 to 9990.</param>
    /// <returns>The decade.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is not the first year of a decade the model holds (the decade of year 0 is not).</exception>
    public static PartialDate OfDecade(int firstYear)
    {
        if (firstYear is < 10 or > MaxYear || firstYear % 10 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(firstYear), firstYear, "A decade is given by its first year, a multiple of 10 from 10 to 9990 (the decade 000X would include year 0).");
        }

        return new PartialDate(Pack(firstYear, 0, 0, DecadeSpan, DateQualifier.None), isPacked: true);
    }

    /// <summary>Creates a date known only to the century, such as <c>19XX</c> (1900–1999).</summary>
    /// <param name="firstYear">The century's first year, a multiple of 100 from 100 to 9900.</param>
    /// <returns>The century.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is not the first year of a century the model holds (the century 00XX would include year 0).</exception>
    public static PartialDate OfCentury(int firstYear)
    {
        if (firstYear is < 100 or > MaxYear || firstYear % 100 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(firstYear), firstYear, "A century is given by its first year, a multiple of 100 from 100 to 9900 (the century 00XX would include year 0).");
        }

        return new PartialDate(Pack(firstYear, 0, 0, CenturySpan, DateQualifier.None), isPacked: true);
    }

    /// <summary>The same date with another qualifier (<see cref="DateQualifier.None"/> removes it).</summary>
    /// <param name="qualifier">The qualifier.</param>
    /// <returns>The qualified date.</returns>
    /// <exception cref="ArgumentException">The qualifier is not one of the four values.</exception>
    public PartialDate WithQualifier(DateQualifier qualifier)
    {
        Guard.Against.EnumOutOfRange(qualifier);
        if (IsOneOf)
        {
            return qualifier == DateQualifier.None ? this : throw new InvalidOperationException($"{this} is one of a range of days; it takes no qualifier (qualify its first or last date before making the range).");
        }

        return new PartialDate((_packed & ~(3 << QualifierShift)) | ((int)qualifier << QualifierShift), isPacked: true);
    }

    /// <summary>
    /// A date known only to be one of the days from <paramref name="first"/> to <paramref name="last"/>
    /// (EDTF <c>[first..last]</c>): what to record where sources give different days for one event, so
    /// that every day between them answers "possibly".
    /// </summary>
    /// <param name="first">The earliest date the sources give.</param>
    /// <param name="last">The latest date the sources give.</param>
    /// <returns>The range of days, with <see cref="Earliest"/> from the first and <see cref="Latest"/> from the last.</returns>
    /// <exception cref="ArgumentException">
    /// Either date is qualified or is itself one of a range, or the first does not end before the last begins.
    /// </exception>
    public static PartialDate OneOf(PartialDate first, PartialDate last) =>
        OneOfProblem(first, last) is { } problem ? throw new ArgumentException(problem, nameof(last)) : new PartialDate(first._packed, last._packed, isRange: true);

    // The one rule for a range of days, shared by OneOf and the reader.
    internal static string? OneOfProblem(PartialDate first, PartialDate last) =>
        first.IsOneOf || last.IsOneOf ? "A range of days is made of two dates, not of ranges."
        : first.IsQualified || last.IsQualified ? $"The dates of a range of days take no qualifier ({first}, {last}): the range itself says that the day is not known."
        : first.LatestDay >= last.EarliestDay ? $"The first date of a range of days ({first}) must end before the last ({last}) begins."
        : null;

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
    /// <returns>A NodaTime interval of one day, one month, one year, a decade or a century (wider when approximate).</returns>
    public DateInterval ToDateInterval() => new(Earliest, Latest);

    /// <summary>Whether the given day is one of the days this date can mean.</summary>
    /// <param name="date">The day to test.</param>
    /// <returns><see langword="true"/> when <paramref name="date"/> lies between <see cref="Earliest"/> and <see cref="Latest"/> inclusive.</returns>
    public bool CanMean(LocalDate date)
    {
        int day = DayNumber.Of(date);
        return EarliestDay <= day && day <= LatestDay;
    }

    /// <summary>Parses the text form <see cref="ToString()"/> writes, and nothing else (see the type remarks).</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not one of the forms, or names a day that does not exist; the message says which.</exception>
    public static PartialDate Parse(string text)
    {
        Guard.Against.Null(text);
        return Parse(text.AsSpan());
    }

    /// <summary>Parses the text form <see cref="ToString()"/> writes, and nothing else (see the type remarks).</summary>
    /// <param name="text">The characters to parse.</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="FormatException">The text is not one of the forms, or names a day that does not exist; the message says which.</exception>
    public static PartialDate Parse(ReadOnlySpan<char> text) =>
        TryParse(text, out PartialDate result, out string? error) ? result : throw new FormatException(error);

    /// <summary>Tries to parse the text form <see cref="ToString()"/> writes.</summary>
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

    /// <summary>Tries to parse the text form <see cref="ToString()"/> writes.</summary>
    /// <param name="text">The characters to parse.</param>
    /// <param name="result">The partial date, or the default value when parsing fails.</param>
    /// <returns>Whether the text was a valid partial date.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out PartialDate result) => TryParse(text, out result, out _);

    /// <summary>Tries to parse the text form <see cref="ToString()"/> writes, saying why it failed.</summary>
    /// <param name="text">The characters to parse.</param>
    /// <param name="result">The partial date, or the default value when parsing fails.</param>
    /// <param name="error">Why parsing failed, or <see langword="null"/> when it succeeded.</param>
    /// <returns>Whether the text was a valid partial date.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out PartialDate result, out string? error) =>
        Edtf.TryParseDate(text, canonicalOnly: true, out result, out error);

    /// <summary>
    /// Parses an EDTF (ISO 8601-2) level 0 or level 1 date: every form <see cref="Parse(string)"/> reads,
    /// and also unspecified months and days (<c>1985-04-XX</c>, <c>1985-XX-XX</c>, read as the month or
    /// the year) and dates with a time of day (<c>1985-04-12T23:20:30+04:30</c>, read as the day written).
    /// </summary>
    /// <param name="text">The EDTF text.</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">
    /// The text is not an EDTF level 0 or 1 date, or uses a feature the model cannot hold — a negative
    /// year, year 0000, a year beyond 9999 (<c>Y170000002</c>), a season (<c>2001-21</c>) or an interval;
    /// the message names the feature.
    /// </exception>
    public static PartialDate ParseEdtf(string text)
    {
        Guard.Against.Null(text);
        return Edtf.TryParseDate(text, canonicalOnly: false, out PartialDate result, out string? error) ? result : throw new FormatException(error);
    }

    /// <summary>Tries to parse an EDTF level 0 or level 1 date (see <see cref="ParseEdtf(string)"/>).</summary>
    /// <param name="text">The characters to parse.</param>
    /// <param name="result">The partial date, or the default value when parsing fails.</param>
    /// <param name="error">Why parsing failed, or <see langword="null"/> when it succeeded.</param>
    /// <returns>Whether the text was a date the model can hold.</returns>
    public static bool TryParseEdtf(ReadOnlySpan<char> text, out PartialDate result, out string? error) =>
        Edtf.TryParseDate(text, canonicalOnly: false, out result, out error);

    /// <summary>Tries to parse an EDTF level 0 or level 1 date (see <see cref="ParseEdtf(string)"/>).</summary>
    /// <param name="text">The text to parse; <see langword="null"/> fails.</param>
    /// <param name="result">The partial date, or the default value when parsing fails.</param>
    /// <returns>Whether the text was a date the model can hold.</returns>
    public static bool TryParseEdtf(string? text, out PartialDate result)
    {
        result = default;
        return text is not null && Edtf.TryParseDate(text, canonicalOnly: false, out result, out _);
    }

    /// <summary>
    /// The text form, whatever the current culture: <c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c>,
    /// <c>YYYX</c> or <c>YYXX</c>, followed by <c>?</c>, <c>~</c> or <c>%</c> when qualified. It is
    /// valid EDTF, and plain ISO 8601 for unqualified years, months and days.
    /// </summary>
    /// <returns>The text that <see cref="Parse(string)"/> reads back to this value.</returns>
    public override string ToString()
    {
        Span<char> buffer = stackalloc char[MaxLength];
        int length = Format(buffer);
        return new string(buffer[..length]);
    }

    /// <summary>Parses the text form, for route and query-string binding (<see cref="IParsable{TSelf}"/>).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form does not depend on culture.</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a partial date; the message says why.</exception>
    static PartialDate IParsable<PartialDate>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <summary>Parses the text form from characters.</summary>
    /// <param name="s">The characters.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="FormatException">The text is not a partial date; the message says why.</exception>
    static PartialDate ISpanParsable<PartialDate>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <summary>Parses the text form from UTF-8 bytes.</summary>
    /// <param name="utf8Text">The UTF-8 text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="FormatException">The text is not a partial date; the message says why.</exception>
    static PartialDate IUtf8SpanParsable<PartialDate>.Parse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider) =>
        TryParseUtf8(utf8Text, out PartialDate result, out string? error) ? result : throw new FormatException(error);

    /// <summary>Tries to parse the text form.</summary>
    /// <param name="s">The text; <see langword="null"/> fails.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The partial date, or the default value.</param>
    /// <returns>Whether the text was a partial date.</returns>
    static bool IParsable<PartialDate>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PartialDate result) => TryParse(s, out result);

    /// <summary>Tries to parse the text form from characters.</summary>
    /// <param name="s">The characters.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The partial date, or the default value.</param>
    /// <returns>Whether the text was a partial date.</returns>
    static bool ISpanParsable<PartialDate>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out PartialDate result) => TryParse(s, out result);

    /// <summary>Tries to parse the text form from UTF-8 bytes.</summary>
    /// <param name="utf8Text">The UTF-8 text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The partial date, or the default value.</param>
    /// <returns>Whether the text was a partial date.</returns>
    static bool IUtf8SpanParsable<PartialDate>.TryParse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider, out PartialDate result) => TryParseUtf8(utf8Text, out result, out _);

    /// <summary>The text form; formats <see langword="null"/>, empty, <c>G</c> and <c>E</c> (EDTF) all give it.</summary>
    /// <param name="format"><see langword="null"/>, empty, <c>G</c> or <c>E</c>.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The text form.</returns>
    /// <exception cref="FormatException">Another format was asked for.</exception>
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) =>
        IsKnownFormat(format) ? ToString() : throw new FormatException($"Partial dates have one text form, written with format 'G' or 'E' (EDTF); '{format}' is not one of them.");

    /// <summary>Writes the text form into a character span, without allocating.</summary>
    /// <param name="destination">Where to write (24 characters always suffice).</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">Empty, <c>G</c> or <c>E</c>.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>Whether it fit (and the format was valid).</returns>
    bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        TryWrite(destination, format, out charsWritten);

    /// <summary>Writes the text form as UTF-8 into a byte span, without allocating.</summary>
    /// <param name="utf8Destination">Where to write (24 bytes always suffice).</param>
    /// <param name="bytesWritten">How many bytes were written.</param>
    /// <param name="format">Empty, <c>G</c> or <c>E</c>.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>Whether it fit (and the format was valid).</returns>
    bool IUtf8SpanFormattable.TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        // The text form is ASCII: one byte per character.
        Span<char> text = stackalloc char[MaxLength];
        bytesWritten = 0;
        return TryWrite(text, format, out int length) && length <= utf8Destination.Length
            && System.Text.Ascii.FromUtf16(text[..length], utf8Destination, out bytesWritten) == System.Buffers.OperationStatus.Done;
    }

    /// <summary>The EDTF (ISO 8601-2) form of this date, the same text as <see cref="ToString()"/>.</summary>
    /// <returns>The text that <see cref="ParseEdtf(string)"/> reads back to this value.</returns>
    public string ToEdtfString() => ToString();

    /// <summary>The longest text form, in characters: one of a range of two days, <c>[YYYY-MM-DD..YYYY-MM-DD]</c>.</summary>
    internal const int MaxLength = 24;

    // Writes the text form into a buffer of at least MaxLength characters and returns its length.
    internal int Format(Span<char> buffer)
    {
        if (IsOneOf)
        {
            buffer[0] = '[';
            int length1 = 1 + First.Format(buffer[1..]);
            buffer[length1++] = '.';
            buffer[length1++] = '.';
            length1 += Last.Format(buffer[length1..]);
            buffer[length1++] = ']';
            return length1;
        }

        int year = Year;
        WriteDigits(buffer[..4], year);
        int length = 4;
        switch (Precision)
        {
            case DatePrecision.Century:
                buffer[2] = 'X';
                buffer[3] = 'X';
                break;
            case DatePrecision.Decade:
                buffer[3] = 'X';
                break;
            case DatePrecision.Month:
                buffer[4] = '-';
                WriteDigits(buffer.Slice(5, 2), MonthOrZero);
                length = 7;
                break;
            case DatePrecision.Day:
                buffer[4] = '-';
                WriteDigits(buffer.Slice(5, 2), MonthOrZero);
                buffer[7] = '-';
                WriteDigits(buffer.Slice(8, 2), DayOrZero);
                length = 10;
                break;
        }

        switch (Qualifier)
        {
            case DateQualifier.Uncertain:
                buffer[length++] = '?';
                break;
            case DateQualifier.Approximate:
                buffer[length++] = '~';
                break;
            case DateQualifier.UncertainAndApproximate:
                buffer[length++] = '%';
                break;
        }

        return length;
    }

    /// <summary>Builds a value the EDTF reader has already checked.</summary>
    internal static PartialDate FromChecked(int year, int month, int day, DatePrecision precision, DateQualifier qualifier) =>
        new(Pack(year, month, day, precision switch { DatePrecision.Century => CenturySpan, DatePrecision.Decade => DecadeSpan, _ => NoSpan }, qualifier), isPacked: true);

    /// <summary>Compares the year, month and day as given (precision included).</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns>Whether both values name the same year, month and day with the same precision.</returns>
    public bool Equals(PartialDate other) => _packed == other._packed && _last == other._last;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _last == 0 ? _packed : HashCode.Combine(_packed, _last);

    /// <summary>
    /// Orders by the first day written, the coarser value first when two start on the same day (a range of
    /// days first of all, two ranges by their last date), then by qualifier.
    /// </summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns>A negative number, zero or a positive number as this value sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(PartialDate other)
    {
        // The first day written; then a range of days, the coarsest, before a date; then by the first
        // date's precision and qualifier, and two ranges by their last date.
        int byDay = FirstDayWritten.CompareTo(other.FirstDayWritten);
        if (byDay != 0 || IsOneOf != other.IsOneOf)
        {
            return byDay != 0 ? byDay : IsOneOf ? -1 : 1;
        }

        int byFirst = SortKey.CompareTo(other.SortKey);
        return byFirst != 0 || !IsOneOf ? byFirst : Last.CompareTo(other.Last);
    }

    // The year, month and day bits of the first date.
    private const int FirstDayMask = (1 << SpanShift) - 1;

    // The first day as written, as comparable bits: the first date's year, month and day, an absent
    // month or day read as the first (1990 and 199X begin on 1990-01-01, as [1990-01..2003] does).
    private int FirstDayWritten
    {
        get
        {
            int bits = _packed & FirstDayMask;
            int day = Math.Max(bits & ((1 << DayBits) - 1), 1);
            int month = Math.Max((bits >> DayBits) & ((1 << MonthBits) - 1), 1);
            return (bits & ~((1 << (DayBits + MonthBits)) - 1)) | (month << DayBits) | day;
        }
    }

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

    private bool TryWrite(Span<char> destination, ReadOnlySpan<char> format, out int written)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        int length = Format(buffer);
        written = 0;
        if (!IsKnownFormat(format) || length > destination.Length)
        {
            return false;
        }

        buffer[..length].CopyTo(destination);
        written = length;
        return true;
    }

    private static bool IsKnownFormat(ReadOnlySpan<char> format) => format.IsEmpty || format.SequenceEqual("G") || format.SequenceEqual("E");

    // The text form is ASCII: anything else is not a partial date, and is quoted as it was given.
    private static bool TryParseUtf8(ReadOnlySpan<byte> utf8Text, out PartialDate result, out string? error)
    {
        if (utf8Text.Length > 32 || System.Text.Ascii.IsValid(utf8Text) is false)
        {
            result = default;
            error = $"'{System.Text.Encoding.UTF8.GetString(utf8Text)}' is not a partial date; {Edtf.CanonicalForms}.";
            return false;
        }

        Span<char> text = stackalloc char[utf8Text.Length];
        System.Text.Ascii.ToUtf16(utf8Text, text, out _);
        return TryParse(text, out result, out error);
    }

    // The first day as written, then the span (century, decade, none), then the qualifier.
    private int SortKey => ((_packed & FirstDayMask) << 4) | ((2 - Span) << 2) | (int)Qualifier;

    private static int Pack(int year, int month, int day, int span, DateQualifier qualifier) =>
        ((int)qualifier << QualifierShift) | (span << SpanShift) | ((year - 1) << (DayBits + MonthBits)) | (month << DayBits) | day;

    private static void WriteDigits(Span<char> destination, int value)
    {
        for (int i = destination.Length - 1; i >= 0; i--)
        {
            destination[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

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
}
