using Ardalis.GuardClauses;

namespace OrgModel.Model;

/// <summary>A party that signed an agreement, and the person and capacity in which it signed.</summary>
public sealed record Signatory
{
    /// <summary>Creates a signatory.</summary>
    /// <param name="party">The party that signed.</param>
    /// <param name="capacity">The capacity it signed in, such as <c>Head of Parliament</c> or <c>Head of State</c>.</param>
    /// <param name="person">The person who signed, when known.</param>
    /// <exception cref="ArgumentException">The party is default or a text is blank.</exception>
    public Signatory(Id<Party> party, string capacity, string? person = null)
    {
        Party = Guard.Against.Default(party);
        Capacity = Guard.Against.NullOrWhiteSpace(capacity);
        Person = person is null ? null : Guard.Against.NullOrWhiteSpace(person);
    }

    /// <summary>The party that signed.</summary>
    public Id<Party> Party { get; }

    /// <summary>The capacity it signed in.</summary>
    public string Capacity { get; }

    /// <summary>The person who signed, or <see langword="null"/>.</summary>
    public string? Person { get; }
}
