using Ardalis.GuardClauses;
using OrgModel.Time;

namespace OrgModel.Model;

/// <summary>A party's act of consent (or signature) on a date, with the entry into force for that party when it is recorded.</summary>
public sealed record Consent
{
    /// <summary>Creates a consent.</summary>
    /// <param name="party">The party.</param>
    /// <param name="kind">The act.</param>
    /// <param name="date">When the instrument was deposited (or the notification received), or the signature made.</param>
    /// <param name="entryIntoForce">The recorded entry into force for this party; when absent it is computed from the agreement's rule.</param>
    /// <param name="provenance">Sources.</param>
    /// <exception cref="ArgumentException">The party is default, the kind undefined, or the entry into force comes before the consent.</exception>
    public Consent(Id<Party> party, ConsentKind kind, PartialDate date, PartialDate? entryIntoForce = null, Provenance? provenance = null)
    {
        Party = Guard.Against.Default(party);
        Kind = Guard.Against.EnumOutOfRange(kind);
        if (entryIntoForce is { } eif)
        {
            Check.Require(eif, nameof(entryIntoForce), eif.Latest >= date.Earliest, $"The entry into force for '{party}' ({eif}) cannot come before its {kind} ({date}).");
        }

        Date = date;
        EntryIntoForce = entryIntoForce;
        Provenance = provenance ?? Provenance.None;
    }

    /// <summary>The party.</summary>
    public Id<Party> Party { get; }

    /// <summary>The act.</summary>
    public ConsentKind Kind { get; }

    /// <summary>When.</summary>
    public PartialDate Date { get; }

    /// <summary>The recorded entry into force for this party, or <see langword="null"/>.</summary>
    public PartialDate? EntryIntoForce { get; }

    /// <summary>Sources.</summary>
    public Provenance Provenance { get; }

    /// <summary>Whether the act expresses consent to be bound (everything but a simple signature).</summary>
    public bool ExpressesConsentToBeBound => Kind != ConsentKind.Signature;
}
