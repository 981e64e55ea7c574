using Ardalis.GuardClauses;
using OrgModel.Time;

namespace OrgModel.Model;

/// <summary>A party's withdrawal from or denunciation of an agreement: when it notified, and when it took effect.</summary>
public sealed record Withdrawal
{
    /// <summary>Creates a withdrawal.</summary>
    /// <param name="party">The party.</param>
    /// <param name="kind">Withdrawal or denunciation.</param>
    /// <param name="notifiedOn">When the depositary was notified.</param>
    /// <param name="effectiveOn">When it took effect, when known.</param>
    /// <param name="provenance">Sources.</param>
    /// <exception cref="ArgumentException">The party is default, or it took effect before it was notified.</exception>
    public Withdrawal(Id<Party> party, WithdrawalKind kind, PartialDate notifiedOn, PartialDate? effectiveOn = null, Provenance? provenance = null)
    {
        Party = Guard.Against.Default(party);
        Kind = Guard.Against.EnumOutOfRange(kind);
        if (effectiveOn is { } e)
        {
            Check.Require(e, nameof(effectiveOn), e.Latest >= notifiedOn.Earliest, $"The {kind} of '{party}' cannot take effect ({e}) before it was notified ({notifiedOn}).");
        }

        NotifiedOn = notifiedOn;
        EffectiveOn = effectiveOn;
        Provenance = provenance ?? Provenance.None;
    }

    /// <summary>The party.</summary>
    public Id<Party> Party { get; }

    /// <summary>Withdrawal or denunciation.</summary>
    public WithdrawalKind Kind { get; }

    /// <summary>When the depositary was notified.</summary>
    public PartialDate NotifiedOn { get; }

    /// <summary>When it took effect, or <see langword="null"/>.</summary>
    public PartialDate? EffectiveOn { get; }

    /// <summary>Sources.</summary>
    public Provenance Provenance { get; }
}
