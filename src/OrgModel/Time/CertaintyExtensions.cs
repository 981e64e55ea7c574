namespace OrgModel.Time;

/// <summary>
/// Three-valued logic on <see cref="Certainty"/>, so that answers combine without losing doubt.
/// </summary>
public static class CertaintyExtensions
{
    /// <summary>
    /// Both statements hold: certain only when both are certain, ruled out when either is.
    /// </summary>
    /// <param name="left">The first answer.</param>
    /// <param name="right">The second answer.</param>
    /// <returns>The lesser of the two answers.</returns>
    public static Certainty And(this Certainty left, Certainty right) => left < right ? left : right;

    /// <summary>
    /// Either statement holds: certain when either is certain, ruled out only when both are.
    /// </summary>
    /// <param name="left">The first answer.</param>
    /// <param name="right">The second answer.</param>
    /// <returns>The greater of the two answers.</returns>
    public static Certainty Or(this Certainty left, Certainty right) => left > right ? left : right;

    /// <summary>
    /// The statement does not hold: certain becomes no, no becomes certain, possible stays possible.
    /// </summary>
    /// <param name="value">The answer to negate.</param>
    /// <returns>The negated answer.</returns>
    public static Certainty Not(this Certainty value) => (Certainty)(2 - (int)value);

    /// <summary>Whether the statement holds certainly or possibly.</summary>
    /// <param name="value">The answer.</param>
    /// <returns><see langword="true"/> unless the answer is <see cref="Certainty.No"/>.</returns>
    public static bool IsAtLeastPossible(this Certainty value) => value != Certainty.No;

    /// <summary>The invariant lower-case name used in text and JSON: <c>no</c>, <c>possibly</c> or <c>certainly</c>.</summary>
    /// <param name="value">The answer.</param>
    /// <returns>The lower-case name.</returns>
    public static string ToInvariantString(this Certainty value) => value switch
    {
        Certainty.No => "no",
        Certainty.Possibly => "possibly",
        Certainty.Certainly => "certainly",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a defined certainty."),
    };
}
