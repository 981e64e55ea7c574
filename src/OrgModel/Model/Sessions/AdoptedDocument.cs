using Ardalis.GuardClauses;

namespace OrgModel.Model;

/// <summary>A document a session adopted.</summary>
public sealed record AdoptedDocument
{
    /// <summary>Creates an adopted document.</summary>
    /// <param name="title">The title, such as <c>Baku Declaration</c>.</param>
    /// <param name="kind">What kind of document it is.</param>
    /// <exception cref="ArgumentException">The title is blank or the kind undefined.</exception>
    public AdoptedDocument(string title, DocumentKind kind)
    {
        Title = Guard.Against.NullOrWhiteSpace(title);
        Kind = Guard.Against.EnumOutOfRange(kind);
    }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>What kind of document it is.</summary>
    public DocumentKind Kind { get; }

    /// <summary>The title.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Title;
}
