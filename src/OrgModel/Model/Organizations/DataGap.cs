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
    /// <param name="provenance">
    /// The sources, and a note saying why the source has no data when the kind alone does not: for
    /// example that a record counts the party under another identifier.
    /// </param>
    /// <exception cref="ArgumentException">
    /// The kind is undefined, or a <see cref="DataGapKind.Disputed"/> gap's provenance is not marked
    /// disputed (it cites the sources that disagree).
    /// </exception>
    public DataGap(DataGapKind kind, DateRange during, Id<Party>? party = null, Provenance? provenance = null)
    {
        Kind = Guard.Against.EnumOutOfRange(kind);
        During = during;
        Party = party;
        Provenance = Check.Require(provenance ?? Provenance.None, nameof(provenance), kind != DataGapKind.Disputed || provenance is { IsDisputed: true },
            $"A disputed data gap cites the sources that disagree, so its provenance must be marked disputed.");
    }

    /// <summary>Why there is no data.</summary>
    public DataGapKind Kind { get; }

    /// <summary>When.</summary>
    public DateRange During { get; }

    /// <summary>The party, or <see langword="null"/> for every party.</summary>
    public Id<Party>? Party { get; }

    /// <summary>The sources of the gap and, in its note, why there is no data.</summary>
    public Provenance Provenance { get; }
}
