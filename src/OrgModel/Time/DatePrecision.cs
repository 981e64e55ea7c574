namespace OrgModel.Time;

/// <summary>
/// How precisely a <see cref="PartialDate"/> is known.
/// </summary>
/// <remarks>
/// Sources about intergovernmental organizations often give only a year ("Hungary has been an
/// observer since 2014") or a month ("June 2014"). OrgModel keeps that precision instead of padding
/// the date to the first day, so that a query can tell a known day from a guessed one.
/// </remarks>
public enum DatePrecision
{
    /// <summary>Only the year is known, as in <c>2014</c>.</summary>
    Year = 0,

    /// <summary>The year and the month are known, as in <c>2014-06</c>.</summary>
    Month = 1,

    /// <summary>The exact day is known, as in <c>2014-06-13</c>.</summary>
    Day = 2,
}
