using OrgModel.Time;

namespace OrgModel.Interop.Exports;

/// <summary>
/// The last day inside a range, which is how Popolo's <c>end_date</c> and OWL-Time's <c>hasEnd</c> state an
/// end: one rule for every export.
/// </summary>
internal static class LastDayInside
{
    /// <summary>
    /// The last day inside, or null when the range is ongoing or its end unknown. An exclusive end known to
    /// the day becomes the day before; one known only to the month or year stays that month or year (one
    /// period wider, the closest a single date can say); one that is one of a range of days becomes one of
    /// the days before them.
    /// </summary>
    public static PartialDate? Of(DateRange range)
    {
        if (range.End is not { } end || range.HasUnknownEnd)
        {
            return null;
        }

        if (range.IsEndInclusive)
        {
            return end;
        }

        if (end.IsOneOf && end.Earliest > new NodaTime.LocalDate(1, 1, 1))
        {
            // The handover is one of a range of days: the last day inside is one of the days before them.
            return PartialDate.OneOf(PartialDate.FromLocalDate(end.Earliest.PlusDays(-1)), PartialDate.FromLocalDate(end.Latest.PlusDays(-1)));
        }

        return end.Precision == DatePrecision.Day && end.Earliest > new NodaTime.LocalDate(1, 1, 1)
            ? PartialDate.FromLocalDate(end.Earliest.PlusDays(-1)).WithQualifier(end.Qualifier)
            : end;
    }
}
