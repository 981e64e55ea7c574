using Ardalis.GuardClauses;
using OrgModel.Time;

namespace OrgModel.Model;

/// <summary>
/// A period for which a source records no membership data for one party (or for every party) of an
/// organization: the data is missing, or the party was outside the system the source covers. Kept so
/// that "unknown" is never read as "not a member".
/// </summary>
public sealed record DataGap
{
    /// <summary>Creates a data gap.</summary>
    /// <param name="kind">Why there is no data.</param>
    /// <param name="during">When.</param>
    /// <param name="party">The party, or <see langword="null"/> for every party.</param>
    /// <exception cref="ArgumentException">The kind is undefined.</exception>
    public DataGap(DataGapKind kind, DateRange during, Id<Party>? party = null)
    {
        Kind = Guard.Against.EnumOutOfRange(kind);
        During = during;
        Party = party;
    }

    /// <summary>Why there is no data.</summary>
    public DataGapKind Kind { get; }

    /// <summary>When.</summary>
    public DateRange During { get; }

    /// <summary>The party, or <see langword="null"/> for every party.</summary>
    public Id<Party>? Party { get; }
}
