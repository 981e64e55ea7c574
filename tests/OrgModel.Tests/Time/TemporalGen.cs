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

    public static Gen<DateRange> DateRange(int fromYear, int toYear) =>
        Gen.Select(PartialDate(fromYear, toYear).Null(0.15), PartialDate(fromYear, toYear).Null(0.25), Gen.Int[0, 9])
            .Where((s, e, _) => s is null || e is null || e.Value.Latest > s.Value.Earliest)
            .Select((s, e, unknownEnd) => e is null && unknownEnd == 0 ? OrgModel.Time.DateRange.WithUnknownEnd(s) : new DateRange(s, e));

    public static Gen<TimelineEntry<int>[]> Entries(int fromYear, int toYear, int maxCount) =>
        Gen.Select(DateRange(fromYear, toYear), Gen.Int[0, 99])
            .Select((r, v) => TimelineEntry.Create(r, v))
            .Array[0, maxCount];

    private static Gen<PartialDate?> Null(this Gen<PartialDate> gen, double probability) =>
        Gen.Double[0, 1].SelectMany(p => p < probability ? Gen.Const((PartialDate?)null) : gen.Select(d => (PartialDate?)d));
}
