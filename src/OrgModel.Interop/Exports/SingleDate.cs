using OrgModel.Time;

namespace OrgModel.Interop.Exports;

/// <summary>
/// A date as formats that hold one plain date (Popolo's ISO 8601 dates) can write it: one rule for every
/// export.
/// </summary>
internal static class SingleDate
{
    /// <summary>
    /// The date without its qualifier; for one of a range of days, the narrowest year or month that holds
    /// every day of the range (<c>[2022-11-08..2022-11-09]</c> → <c>2022-11</c>) or, for a range across
    /// a new year, which no year holds, its last day (<c>[2024-11-28..2025-01-01]</c> → <c>2025-01-01</c>,
    /// the latest day the sources give); <see langword="null"/> for a decade or a century.
    /// </summary>
    public static PartialDate? Of(PartialDate? date) => date switch
    {
        null or { Precision: DatePrecision.Decade or DatePrecision.Century } => null,
        { IsOneOf: true } d => Holding(d.Earliest, d.Latest),
        { } d => d.WithQualifier(DateQualifier.None),
    };

    private static PartialDate Holding(NodaTime.LocalDate first, NodaTime.LocalDate last) =>
        first.Year != last.Year ? PartialDate.FromLocalDate(last)
        : first.Month == last.Month ? new PartialDate(first.Year, first.Month)
        : new PartialDate(first.Year);
}
