using Ardalis.GuardClauses;
using OrgModel.Collections;

namespace OrgModel.Model;

/// <summary>A person who holds a post or acts for a chair.</summary>
public sealed record Person
{
    /// <summary>Creates a person.</summary>
    /// <param name="id">A stable identifier, such as <c>ramil-hasan</c>.</param>
    /// <param name="name">The name as currently used.</param>
    /// <param name="otherNames">Other spellings and earlier forms (Ramil Hasanov).</param>
    /// <exception cref="ArgumentException">The identifier is default or a name is blank.</exception>
    public Person(Id<Person> id, string name, EquatableArray<string> otherNames = default)
    {
        Id = Guard.Against.Default(id);
        Name = Guard.Against.NullOrWhiteSpace(name);
        OtherNames = Check.Require(otherNames, nameof(otherNames), otherNames.All(x => !string.IsNullOrWhiteSpace(x)), $"Person '{id}' has a blank other name.");
    }

    /// <summary>The stable identifier.</summary>
    public Id<Person> Id { get; }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>Other spellings and earlier forms.</summary>
    public EquatableArray<string> OtherNames { get; }

    /// <summary>The name.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Name;
}
