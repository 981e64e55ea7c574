namespace OrgModel.Time;

/// <summary>
/// A three-valued answer to a temporal question such as "is this date inside that period?".
/// </summary>
/// <remarks>
/// <para>
/// Facts known only to the year or month cannot always answer yes or no. A membership "from 2014,
/// still ongoing" <see cref="Certainly"/> holds on 2015-03-01, <see cref="Possibly"/> holds on
/// 2014-03-01 (it may have begun later that year) and holds <see cref="No"/> on 2013-12-31.
/// </para>
/// <para>
/// The values are ordered <see cref="No"/> &lt; <see cref="Possibly"/> &lt; <see cref="Certainly"/>,
/// so the conjunction of two answers is their minimum and the disjunction their maximum (Kleene's
/// strong three-valued logic); <see cref="CertaintyExtensions"/> provides both.
/// </para>
/// </remarks>
public enum Certainty
{
    /// <summary>The statement does not hold, whatever the imprecise dates turn out to be.</summary>
    No = 0,

    /// <summary>The statement holds for some readings of the imprecise dates and not for others.</summary>
    Possibly = 1,

    /// <summary>The statement holds whatever the imprecise dates turn out to be.</summary>
    Certainly = 2,
}
