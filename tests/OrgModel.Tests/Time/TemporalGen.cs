using CsCheck;
using NodaTime;
using OrgModel.Time;

namespace OrgModel.Tests.Time;

/// <summary>CsCheck generators for the temporal core, shared by property tests.</summary>
internal static class TemporalGen
{
    public static readonly Gen<Certainty> Certainty = Gen.Int[0, 2].Select(i => (Certainty)i);

    public static Gen<LocalDate> Day(int fromYear, int toYear) =>
        Gen.Int[0, (toYear - fromYear + 1) * 365].Select(n => new LocalDate(fromYear, 1, 1).PlusDays(n));

    public static Gen<PartialDate> PartialDate(int fromYear, int toYear) =>
        Gen.Select(Gen.Int[fromYear, toYear], Gen.Int[0, 2], Gen.Int[1, 12], Gen.Int[1, 31]).Select((y, p, m, d) => p switch
        {
            0 => new PartialDate(y),
            1 => new PartialDate(y, m),
            _ => new PartialDate(y, m, Math.Min(d, CalendarSystem.Iso.GetDaysInMonth(y, m))),
        });

    /// <summary>Years, months and days, sometimes qualified (?, ~ or %).</summary>
    public static Gen<PartialDate> QualifiedDate(int fromYear, int toYear) =>
        Gen.Select(PartialDate(fromYear, toYear), Gen.Int[0, 7]).Select((d, q) => q < 4 ? d : d.WithQualifier((DateQualifier)(q - 3 > 3 ? 3 : q - 3)));

    /// <summary>
    /// Every kind of partial date the model holds: any precision from century to day, any qualifier, and
    /// one of the days between two dates (<c>[2019-04..2019-11-09]</c>).
    /// </summary>
    public static Gen<PartialDate> AnyPartialDate(int fromYear, int toYear) =>
        Gen.Select(QualifiedDate(fromYear, toYear), Gen.Int[0, 9], Gen.Int[0, 3], PartialDate(fromYear, toYear)).Select((d, kind, q, other) => kind switch
        {
            0 when d.Year >= 10 => OrgModel.Time.PartialDate.OfDecade(d.Year - (d.Year % 10)).WithQualifier((DateQualifier)q),
            1 when d.Year >= 100 => OrgModel.Time.PartialDate.OfCentury(d.Year - (d.Year % 100)).WithQualifier((DateQualifier)q),
            2 => RangeOfDays(d.WithQualifier(DateQualifier.None), other) ?? d,
            _ => d,
        });

    /// <summary>One of the days between two dates, in whichever order makes a range; null when they overlap.</summary>
    public static PartialDate? RangeOfDays(PartialDate a, PartialDate b) =>
        OrgModel.Time.PartialDate.OneOfProblem(a, b) is null ? OrgModel.Time.PartialDate.OneOf(a, b)
        : OrgModel.Time.PartialDate.OneOfProblem(b, a) is null ? OrgModel.Time.PartialDate.OneOf(b, a)
        : null;

    /// <summary>Ranges with any kind of start and end: unknown, ongoing, ended on an unknown day, until or through a date.</summary>
    public static Gen<DateRange> DateRange(int fromYear, int toYear) => DateRange(QualifiedDate(fromYear, toYear));

    /// <summary>Ranges whose bounds may also be decades or centuries.</summary>
    public static Gen<DateRange> AnyDateRange(int fromYear, int toYear) => DateRange(AnyPartialDate(fromYear, toYear));

    private static Gen<DateRange> DateRange(Gen<PartialDate> dates) =>
        Gen.Select(dates.Null(0.15), dates.Null(0.25), Gen.Int[0, 9])
            .Where((s, e, kind) => s is null || e is null || e.Value.LatestDay + (kind % 2) > s.Value.EarliestDay)
            .Select((s, e, kind) => e is null && kind == 0 ? OrgModel.Time.DateRange.WithUnknownEnd(s) : new DateRange(s, e, endIsInclusive: kind % 2 == 1));

    public static Gen<TimelineEntry<int>[]> Entries(int fromYear, int toYear, int maxCount) =>
        Gen.Select(DateRange(fromYear, toYear), Gen.Int[0, 99])
            .Select((r, v) => TimelineEntry.Create(r, v))
            .Array[0, maxCount];

    public static Gen<PartialDate?> Null(this Gen<PartialDate> gen, double probability) =>
        Gen.Double[0, 1].SelectMany(p => p < probability ? Gen.Const((PartialDate?)null) : gen.Select(d => (PartialDate?)d));
}
