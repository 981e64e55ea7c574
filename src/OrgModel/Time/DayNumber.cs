using NodaTime;

namespace OrgModel.Time;

/// <summary>Days as plain integers, so that hot comparisons in timelines and indexes are integer comparisons.</summary>
internal static class DayNumber
{
    /// <summary>Stands for "no bound" below every day.</summary>
    public const int MinusInfinity = int.MinValue;

    /// <summary>Stands for "no bound" above every day.</summary>
    public const int PlusInfinity = int.MaxValue;

    /// <summary>The day number of 9999-12-31, the last day a <see cref="PartialDate"/> can name.</summary>
    public const int MaxDay = 3652058;

    private static readonly int[] DaysBeforeMonth = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

    /// <summary>
    /// Days since 0001-01-01 in the proleptic Gregorian calendar (the same as <see cref="DateOnly.DayNumber"/>
    /// from year 1 on), negative before it: every day NodaTime can name, year 0 and earlier included,
    /// has its own number.
    /// </summary>
    public static int Of(LocalDate date)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            date = date.WithCalendar(CalendarSystem.Iso);
        }

        return Of(date.Year, date.Month, date.Day);
    }

    /// <summary>Days since 0001-01-01 for a valid ISO year (any sign), month and day, by arithmetic alone.</summary>
    public static int Of(int year, int month, int day)
    {
        int y = year - 1;
        int days = (y * 365) + FloorDiv(y, 4) - FloorDiv(y, 100) + FloorDiv(y, 400) + DaysBeforeMonth[month - 1] + day - 1;
        return month > 2 && IsLeap(year) ? days + 1 : days;
    }

    /// <summary>The ISO date of a day number; the inverse of <see cref="Of(int, int, int)"/>.</summary>
    public static LocalDate ToLocalDate(int dayNumber) => new LocalDate(1, 1, 1).PlusDays(dayNumber);

    public static bool IsLeap(int year) => (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

    public static int DaysInMonth(int year, int month) =>
        month == 2 ? (IsLeap(year) ? 29 : 28) : month is 4 or 6 or 9 or 11 ? 30 : 31;

    // Division rounding towards minus infinity, so that years before 1 are counted like the others.
    private static int FloorDiv(int a, int b) => (a / b) - (a % b < 0 ? 1 : 0);
}
