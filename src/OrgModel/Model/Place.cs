using Ardalis.GuardClauses;

namespace OrgModel.Model;

/// <summary>Where something happened or is located: a venue, a city and the country it is in.</summary>
public sealed record Place
{
    /// <summary>Creates a place.</summary>
    /// <param name="city">The city, such as <c>Istanbul</c>.</param>
    /// <param name="venue">The venue, such as <c>Dolmabahçe Palace</c>, when known.</param>
    /// <param name="country">The country, as a party of the catalog, when recorded.</param>
    /// <exception cref="ArgumentException">The city or venue is blank.</exception>
    public Place(string city, string? venue = null, Id<Party>? country = null)
    {
        City = Guard.Against.NullOrWhiteSpace(city);
        Venue = venue is null ? null : Guard.Against.NullOrWhiteSpace(venue);
        Country = country;
    }

    /// <summary>The city.</summary>
    public string City { get; }

    /// <summary>The venue, or <see langword="null"/>.</summary>
    public string? Venue { get; }

    /// <summary>The country, or <see langword="null"/>.</summary>
    public Id<Party>? Country { get; }

    /// <summary>The venue and city, e.g. <c>Dolmabahçe Palace, Istanbul</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Venue is null ? City : $"{Venue}, {City}";
}
