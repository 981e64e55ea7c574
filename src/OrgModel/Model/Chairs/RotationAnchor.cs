using Ardalis.GuardClauses;
using NodaTime;
using OrgModel.Time;

namespace OrgModel.Model;

/// <summary>
/// The turn from which a rotation rule runs: a party that held the chair from a known day. The rule
/// says nothing about turns before it.
/// </summary>
public sealed record RotationAnchor
{
    /// <summary>Creates an anchor.</summary>
    /// <param name="holder">The party holding the chair.</param>
    /// <param name="start">The first day of its turn.</param>
    /// <exception cref="ArgumentException">The holder is default.</exception>
    public RotationAnchor(Id<Party> holder, LocalDate start)
    {
        Holder = Guard.Against.Default(holder);
        Start = start;
    }

    /// <summary>The party holding the chair at the anchor.</summary>
    public Id<Party> Holder { get; }

    /// <summary>The first day of the anchor turn.</summary>
    public LocalDate Start { get; }

    /// <summary>The holder and the day, e.g. <c>vnm from 2020-01-01</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => $"{Holder} from {IsoDay.Text(Start)}";
}
