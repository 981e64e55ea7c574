using Ardalis.GuardClauses;
using OrgModel.Time;

namespace OrgModel.Model;

/// <summary>An organization's secretariat: its seat history, its headquarters agreement and the post that heads it.</summary>
public sealed record Secretariat
{
    /// <summary>Creates a secretariat.</summary>
    /// <param name="seats">Where it sat over time: an exclusive timeline (one seat at a time).</param>
    /// <param name="headquartersAgreement">The headquarters agreement among the organization's agreements, when there is one.</param>
    /// <param name="headPost">The post that heads it (usually <c>secretary-general</c>) among the organization's posts, when modelled.</param>
    /// <param name="provenance">Sources.</param>
    /// <exception cref="ArgumentException">The seat timeline is not exclusive.</exception>
    public Secretariat(Timeline<Seat> seats, Id<Agreement>? headquartersAgreement = null, Id<Post>? headPost = null, Provenance? provenance = null)
    {
        Guard.Against.Null(seats);
        Seats = Guard.Against.InvalidInput(seats, nameof(seats), s => s.IsExclusive, "A secretariat sits in one place at a time: its seats must form an exclusive timeline.");
        HeadquartersAgreement = headquartersAgreement;
        HeadPost = headPost;
        Provenance = provenance ?? Provenance.None;
    }

    /// <summary>Where it sat over time.</summary>
    public Timeline<Seat> Seats { get; }

    /// <summary>The headquarters agreement, or <see langword="null"/>.</summary>
    public Id<Agreement>? HeadquartersAgreement { get; }

    /// <summary>The post that heads it, or <see langword="null"/>.</summary>
    public Id<Post>? HeadPost { get; }

    /// <summary>Sources.</summary>
    public Provenance Provenance { get; }
}
