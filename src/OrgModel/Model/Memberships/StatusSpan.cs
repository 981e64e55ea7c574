using Ardalis.GuardClauses;

namespace OrgModel.Model;

/// <summary>One status within a membership (full, observer, …) and why it began and ended; its dates are the timeline entry's range.</summary>
public sealed record StatusSpan
{
    /// <summary>Creates a status span.</summary>
    /// <param name="status">The status.</param>
    /// <param name="startReason">Why the status began, when known.</param>
    /// <param name="endReason">Why it ended, when it has ended and the reason is known.</param>
    /// <param name="provenance">Sources.</param>
    /// <exception cref="ArgumentException">An enumeration value is undefined.</exception>
    public StatusSpan(MembershipStatus status, MembershipChangeReason? startReason = null, MembershipChangeReason? endReason = null, Provenance? provenance = null)
    {
        Status = Guard.Against.EnumOutOfRange(status);
        StartReason = startReason is { } s ? Guard.Against.EnumOutOfRange(s) : null;
        EndReason = endReason is { } e ? Guard.Against.EnumOutOfRange(e) : null;
        Provenance = provenance ?? Provenance.None;
    }

    /// <summary>The status.</summary>
    public MembershipStatus Status { get; }

    /// <summary>Why the status began, or <see langword="null"/>.</summary>
    public MembershipChangeReason? StartReason { get; }

    /// <summary>Why the status ended, or <see langword="null"/>.</summary>
    public MembershipChangeReason? EndReason { get; }

    /// <summary>Sources.</summary>
    public Provenance Provenance { get; }

    /// <summary>The status name.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Status.ToString();
}
