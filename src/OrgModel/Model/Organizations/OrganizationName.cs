using Ardalis.GuardClauses;

namespace OrgModel.Model;

/// <summary>An organization's name and abbreviation, as they stood during one period of its name history.</summary>
public sealed record OrganizationName
{
    /// <summary>Creates a name.</summary>
    /// <param name="name">The full English name.</param>
    /// <param name="abbreviation">The abbreviation, when there is one.</param>
    /// <param name="provenance">Sources for the name and its dates.</param>
    /// <exception cref="ArgumentException">The name or abbreviation is blank.</exception>
    public OrganizationName(string name, string? abbreviation = null, Provenance? provenance = null)
    {
        Name = Guard.Against.NullOrWhiteSpace(name);
        Abbreviation = abbreviation is null ? null : Guard.Against.NullOrWhiteSpace(abbreviation);
        Provenance = provenance ?? Provenance.None;
    }

    /// <summary>The full English name.</summary>
    public string Name { get; }

    /// <summary>The abbreviation, or <see langword="null"/>.</summary>
    public string? Abbreviation { get; }

    /// <summary>Sources for the name and its dates.</summary>
    public Provenance Provenance { get; }

    /// <summary>The name with its abbreviation, e.g. <c>Parliamentary Assembly of Turkic States (TURKPA)</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Abbreviation is null ? Name : $"{Name} ({Abbreviation})";
}
