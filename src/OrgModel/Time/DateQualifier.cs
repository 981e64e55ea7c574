namespace OrgModel.Time;

/// <summary>
/// How a source qualifies a date, as the EDTF (ISO 8601-2) qualifiers <c>?</c>, <c>~</c> and
/// <c>%</c> do: <c>1984?</c> (uncertain), <c>2004-06~</c> (approximate), <c>2004-06-11%</c> (both).
/// </summary>
/// <remarks>
/// <para>
/// A qualifier weakens what a date can prove. A <see cref="DateRange"/> bound that carries any
/// qualifier never makes an answer <see cref="Certainty.Certainly"/>: a membership "from 1984?"
/// possibly holds in 1990, it does not certainly hold. An approximate date (<see cref="Approximate"/>)
/// can also mean the unit on either side of the one written — <c>1964~</c> can mean any day from
/// 1963-01-01 to 1965-12-31, <c>2004-06~</c> any day of May to July 2004 — so a day in that wider
/// window is answered <see cref="Certainty.Possibly"/>, never <see cref="Certainty.No"/>.
/// An uncertain date (<see cref="Uncertain"/>) keeps the days written: the source doubts the value,
/// and OrgModel has no other value to offer in its place.
/// </para>
/// </remarks>
[Flags]
public enum DateQualifier
{
    /// <summary>The date is stated plainly.</summary>
    None = 0,

    /// <summary>The source is not sure of the date (EDTF <c>?</c>).</summary>
    Uncertain = 1,

    /// <summary>The date is an estimate (EDTF <c>~</c>).</summary>
    Approximate = 2,

    /// <summary>Both uncertain and approximate (EDTF <c>%</c>).</summary>
    UncertainAndApproximate = Uncertain | Approximate,
}
