using Ardalis.GuardClauses;
using OrgModel.Time;

namespace OrgModel.Model;

/// <summary>
/// A member's name as the organization itself writes it in the language of an alphabetical rotation,
/// over a period (the UN writes "Republic of Korea", "Russian Federation", "Türkiye"). Alphabetical
/// rules sort by these names where given, and by the party's own name otherwise.
/// </summary>
public sealed record RotationName
{
    /// <summary>Creates a name.</summary>
    /// <param name="party">The member.</param>
    /// <param name="name">The name in the rule's language.</param>
    /// <param name="period">When the name was in use; the default is always.</param>
    /// <exception cref="ArgumentException">The party is default or the name blank.</exception>
    public RotationName(Id<Party> party, string name, DateRange period = default)
    {
        Party = Guard.Against.Default(party);
        Name = Guard.Against.NullOrWhiteSpace(name);
        Period = period;
    }

    /// <summary>The member.</summary>
    public Id<Party> Party { get; }

    /// <summary>The name in the rule's language.</summary>
    public string Name { get; }

    /// <summary>When the name was in use.</summary>
    public DateRange Period { get; }

    /// <summary>The party and the name.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => $"{Party}: {Name}";
}
