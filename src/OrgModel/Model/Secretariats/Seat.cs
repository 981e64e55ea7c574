using Ardalis.GuardClauses;
using OrgModel.Time;

namespace OrgModel.Model;

/// <summary>Where a secretariat sits during one period of its seat history, and on what decision.</summary>
public sealed record Seat
{
    /// <summary>Creates a seat.</summary>
    /// <param name="place">Where the secretariat sits.</param>
    /// <param name="isPermanent">Whether the seat was decided as permanent (TURKPA's secretariat is permanently in Baku).</param>
    /// <param name="decidedOn">When the seat was decided, when known.</param>
    /// <param name="provenance">Sources.</param>
    /// <exception cref="ArgumentNullException">The place is null.</exception>
    public Seat(Place place, bool isPermanent = false, PartialDate? decidedOn = null, Provenance? provenance = null)
    {
        Place = Guard.Against.Null(place);
        IsPermanent = isPermanent;
        DecidedOn = decidedOn;
        Provenance = provenance ?? Provenance.None;
    }

    /// <summary>Where the secretariat sits.</summary>
    public Place Place { get; }

    /// <summary>Whether the seat was decided as permanent.</summary>
    public bool IsPermanent { get; }

    /// <summary>When the seat was decided, or <see langword="null"/>.</summary>
    public PartialDate? DecidedOn { get; }

    /// <summary>Sources.</summary>
    public Provenance Provenance { get; }

    /// <summary>The place.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Place.ToString();
}
