using OrgModel.Time;

namespace OrgModel.Interop.Cow;

/// <summary>
/// How a COW year maps onto partial dates. COW codes a status for a whole calendar year, without
/// saying on which day it began or ended, so a run of years keeps year precision on both ends.
/// </summary>
/// <remarks>
/// <para>
/// A run of consecutive years <c>first … last</c> with the same code becomes the range
/// <c>[first, last]</c> — from <c>first</c> through <c>last</c>, an inclusive end — with both bounds
/// known only to the year: COW codes the status in <c>last</c>, so the last day held falls somewhere
/// in <c>last</c>. So it <em>certainly</em> holds from 31 December of <c>first</c> through 1 January of
/// <c>last</c>, <em>possibly</em> on every other day of the first and the last year (31 December of
/// <c>last</c> included), and not on 1 January of the year after. A run of one year, <c>[Y, Y]</c>,
/// possibly holds on every day of that year. (An exclusive end <c>[first, last)</c> would say the
/// first day outside falls in <c>last</c>, and so answer a certain "no" on 31 December of a year COW
/// codes as held.)
/// </para>
/// <para>
/// A run that reaches 2014, the last year of the data, is recorded as held through 2014 and unknown
/// after (<see cref="DateRange.HeldThroughThenUnknown"/>): the end of the data is the end of
/// observation, not the end of the status, so a question about 2015 or later is answered "possibly",
/// never "no" and never "certainly".
/// </para>
/// <para>
/// Reading back: a range holds "in year Y" when it certainly or possibly overlaps the calendar year
/// <see cref="Year(int)"/>. Every cell of the data set is re-derived this way by the fidelity test.
/// </para>
/// </remarks>
public static class CowYears
{
    /// <summary>The first year of the COW IGO data.</summary>
    public const int FirstYear = 1816;

    /// <summary>The last year of the COW IGO data.</summary>
    public const int LastYear = 2014;

    /// <summary>The range for a run of consecutive years.</summary>
    /// <param name="first">The first year of the run.</param>
    /// <param name="last">The last year of the run.</param>
    /// <returns><c>[first, last]</c> at year precision, or <c>[first, last…unknown)</c> (held through the last year, unknown after) when the run reaches <see cref="LastYear"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The run is empty.</exception>
    public static DateRange Run(int first, int last)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(first, last);
        return last >= LastYear ? DateRange.HeldThroughThenUnknown(new PartialDate(first), new PartialDate(last)) : DateRange.BetweenInclusive(new PartialDate(first), new PartialDate(last));
    }

    /// <summary>The calendar year as an exact range, 1 January to 1 January.</summary>
    /// <param name="year">The year.</param>
    /// <returns><c>[year-01-01, (year+1)-01-01)</c>.</returns>
    public static DateRange Year(int year) => DateRange.Between(new PartialDate(year, 1, 1), new PartialDate(year + 1, 1, 1));
}
