namespace OrgModel.Time;

/// <summary>
/// How precisely a <see cref="PartialDate"/> is known.
/// </summary>
/// <remarks>
/// Sources about intergovernmental organizations often give only a year ("Hungary has been an
/// observer since 2014") or a month ("June 2014"), and historical sources sometimes only a decade
/// ("the 1960s") or a century. OrgModel keeps that precision instead of padding the date to the first
/// day, so that a query can tell a known day from a guessed one. The values are ordered from the
/// coarsest to the finest; a range of days, which sources that disagree leave, is put first.
/// </remarks>
public enum DatePrecision
{
    /// <summary>Only known to be one of the days between two dates, as in EDTF <c>[2019-04..2019-11-09]</c> (see <see cref="PartialDate.OneOf"/>).</summary>
    Range = -3,

    /// <summary>Only the century is known, as in EDTF <c>19XX</c> (1900–1999).</summary>
    Century = -2,

    /// <summary>Only the decade is known, as in EDTF <c>196X</c> (1960–1969).</summary>
    Decade = -1,

    /// <summary>Only the year is known, as in <c>2014</c>.</summary>
    Year = 0,

    /// <summary>The year and the month are known, as in <c>2014-06</c>.</summary>
    Month = 1,

    /// <summary>The exact day is known, as in <c>2014-06-13</c>.</summary>
    Day = 2,
}
