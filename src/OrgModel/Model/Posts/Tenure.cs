using Ardalis.GuardClauses;
using OrgModel.Time;

namespace OrgModel.Model;

/// <summary>
/// A person's tenure of a post: who, nominated by whom, elected or appointed when, in what role. The
/// time in office is the timeline entry's range; the election date is kept apart because it often
/// comes months earlier (TURKPA elected Ramil Hasan on 2025-06-12; he took office on 2025-10-15).
/// </summary>
public sealed record Tenure
{
    /// <summary>Creates a tenure.</summary>
    /// <param name="holder">The person.</param>
    /// <param name="role">Regular, acting, interim or honorary.</param>
    /// <param name="electedOn">When the person was elected or appointed, when known.</param>
    /// <param name="nominatedBy">The party that nominated the person, when known.</param>
    /// <param name="provenance">Sources.</param>
    /// <exception cref="ArgumentException">The holder is null or the role undefined.</exception>
    public Tenure(Person holder, TenureRole role = TenureRole.Regular, PartialDate? electedOn = null, Id<Party>? nominatedBy = null, Provenance? provenance = null)
    {
        Holder = Guard.Against.Null(holder);
        Role = Guard.Against.EnumOutOfRange(role);
        ElectedOn = electedOn;
        NominatedBy = nominatedBy;
        Provenance = provenance ?? Provenance.None;
    }

    /// <summary>The person.</summary>
    public Person Holder { get; }

    /// <summary>Regular, acting, interim or honorary.</summary>
    public TenureRole Role { get; }

    /// <summary>When the person was elected or appointed, or <see langword="null"/>.</summary>
    public PartialDate? ElectedOn { get; }

    /// <summary>The nominating party, or <see langword="null"/>.</summary>
    public Id<Party>? NominatedBy { get; }

    /// <summary>Sources.</summary>
    public Provenance Provenance { get; }

    /// <summary>The holder's name, with the role when it is not regular.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Role == TenureRole.Regular ? Holder.Name : $"{Holder.Name} ({Role.ToString().ToLowerInvariant()})";
}
