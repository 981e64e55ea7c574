using System.Globalization;
using Ardalis.GuardClauses;
using OrgModel.Collections;

namespace OrgModel.Model;

/// <summary>
/// The order in which a rotating chair passes: a fixed sequence, the members' names in alphabetical
/// order in a stated language, the host of each regular session of a series, or the host of the
/// session after each one.
/// </summary>
/// <remarks>
/// Alphabetical order compares names with the collation of the stated language (<see cref="CompareInfo"/>
/// of that culture, ignoring case), never the machine's culture, so "Türkiye" sorts between
/// "Thailand" and "United Kingdom" in English on every machine. The names are those of
/// <see cref="Names"/> where one is given for the member and day, and the party's own name otherwise.
/// </remarks>
public sealed record RotationOrder
{
    private RotationOrder(RotationOrderKind kind, EquatableArray<Id<Party>> sequence, string? language, EquatableArray<RotationName> names, string? series)
    {
        Kind = kind;
        Sequence = sequence;
        Language = language;
        Names = names;
        Series = series;
    }

    /// <summary>Which kind of order.</summary>
    public RotationOrderKind Kind { get; }

    /// <summary>For <see cref="RotationOrderKind.Sequence"/>: the parties in the order the act sets; empty otherwise.</summary>
    public EquatableArray<Id<Party>> Sequence { get; }

    /// <summary>For <see cref="RotationOrderKind.Alphabetical"/>: the language of the names (a BCP 47 tag such as <c>en</c>, <c>ru</c>, <c>es</c>); <see langword="null"/> otherwise.</summary>
    public string? Language { get; }

    /// <summary>For <see cref="RotationOrderKind.Alphabetical"/>: members' names as the organization writes them in <see cref="Language"/>.</summary>
    public EquatableArray<RotationName> Names { get; }

    /// <summary>For <see cref="RotationOrderKind.HostOfNextSession"/> and <see cref="RotationOrderKind.HostOfFollowingSession"/>: the session series (<c>summit</c>, <c>plenary</c>); <see langword="null"/> otherwise.</summary>
    public string? Series { get; }

    /// <summary>A fixed sequence set by an act.</summary>
    /// <param name="sequence">The parties in order; each once.</param>
    /// <returns>The order.</returns>
    /// <exception cref="ArgumentException">The sequence is empty or names a party twice.</exception>
    public static RotationOrder Fixed(EquatableArray<Id<Party>> sequence)
    {
        Check.Require(sequence, nameof(sequence), sequence.Count > 0, $"A fixed rotation order needs at least one party.");
        RequireEachOnce(sequence, nameof(sequence));
        return new RotationOrder(RotationOrderKind.Sequence, sequence, null, default, null);
    }

    /// <summary>The members' names in alphabetical order in a language.</summary>
    /// <param name="language">A BCP 47 language tag (<c>en</c>, <c>ru</c>, <c>es</c>) whose collation orders the names.</param>
    /// <param name="names">Members' names as the organization writes them in that language, where they differ from the parties' own names.</param>
    /// <returns>The order.</returns>
    /// <exception cref="ArgumentException">The language is blank or not a known culture.</exception>
    public static RotationOrder Alphabetical(string language, EquatableArray<RotationName> names = default)
    {
        Guard.Against.NullOrWhiteSpace(language);
        Check.Require(language, nameof(language), IsLanguageTag(language), $"'{language}' is not a BCP 47 language tag (expected a tag such as 'en', 'ru' or 'es').");
        return new RotationOrder(RotationOrderKind.Alphabetical, default, language, names, null);
    }

    /// <summary>The host of each regular session of a series takes the chair at that session.</summary>
    /// <param name="series">The session series, such as <c>summit</c> or <c>plenary</c>.</param>
    /// <returns>The order.</returns>
    /// <exception cref="ArgumentException">The series is blank.</exception>
    public static RotationOrder HostOfNextSession(string series) =>
        new(RotationOrderKind.HostOfNextSession, default, null, default, Guard.Against.NullOrWhiteSpace(series));

    /// <summary>At each regular session of a series the chair passes to the host of the series' following session.</summary>
    /// <param name="series">The session series, such as <c>summit</c>.</param>
    /// <returns>The order.</returns>
    /// <exception cref="ArgumentException">The series is blank.</exception>
    public static RotationOrder HostOfFollowingSession(string series) =>
        new(RotationOrderKind.HostOfFollowingSession, default, null, default, Guard.Against.NullOrWhiteSpace(series));

    /// <summary>Whether the chair changes hands at the sessions of <see cref="Series"/> rather than on calendar days.</summary>
    internal bool FollowsSessions => Kind is RotationOrderKind.HostOfNextSession or RotationOrderKind.HostOfFollowingSession;

    /// <summary>
    /// The collation of <see cref="Language"/>, from the runtime's culture data (ICU). A process that runs
    /// with invariant globalization has none, and compares text by code point; rather than answer in
    /// another order than the organization's, this throws.
    /// </summary>
    /// <exception cref="InvalidOperationException">The runtime has no linguistic collation for the language.</exception>
    internal CompareInfo Collation
    {
        get
        {
            string language = Language ?? throw new InvalidOperationException("Only an alphabetical order has a collation.");
            CompareInfo? collation = null;
            try
            {
                collation = CultureInfo.GetCultureInfo(language).CompareInfo;
            }
            catch (CultureNotFoundException)
            {
            }

            // A linguistic collation puts "a" before "B"; comparing code points puts it after.
            return collation is not null && collation.Compare("a", "B", CompareOptions.None) < 0
                ? collation
                : throw new InvalidOperationException($"This process has no collation for '{language}' (it runs with invariant globalization, or without ICU), so it cannot put members' names in that language's alphabetical order. Run with culture data (InvariantGlobalization false and ICU installed).");
        }
    }

    /// <summary>A one-line description, e.g. <c>alphabetical (en)</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Kind switch
    {
        RotationOrderKind.Sequence => $"sequence ({string.Join(", ", Sequence)})",
        RotationOrderKind.Alphabetical => $"alphabetical ({Language})",
        RotationOrderKind.HostOfNextSession => $"host of the next {Series}",
        _ => $"host of the {Series} session after each",
    };

    internal static void RequireEachOnce(EquatableArray<Id<Party>> parties, string parameterName) =>
        Rules.RequireUnique(parties, p => p, parameterName, p => $"The rotation order names party '{p}' twice.");

    // The shape of a BCP 47 tag: a primary language subtag of 2 or 3 letters, then subtags of 1 to 8 letters or digits.
    private static bool IsLanguageTag(string tag)
    {
        string[] parts = tag.Split('-');
        return parts[0].Length is 2 or 3 && parts[0].All(char.IsAsciiLetter)
            && parts.Skip(1).All(p => p.Length is >= 1 and <= 8 && p.All(char.IsAsciiLetterOrDigit));
    }
}
