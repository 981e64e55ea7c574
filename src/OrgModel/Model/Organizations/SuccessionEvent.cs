using Ardalis.GuardClauses;
using OrgModel.Time;

namespace OrgModel.Model;

/// <summary>A typed change in an organization's identity on a date (see <see cref="SuccessionKind"/>).</summary>
public sealed record SuccessionEvent
{
    /// <summary>Creates a succession event.</summary>
    /// <param name="kind">What happened.</param>
    /// <param name="date">When.</param>
    /// <param name="successor">The organization that continues the work, when known, for an event that ends the organization; not allowed when it continues.</param>
    /// <param name="provenance">Sources.</param>
    /// <exception cref="ArgumentException">A terminating event lacks a successor, or a continuing one names one.</exception>
    public SuccessionEvent(SuccessionKind kind, PartialDate date, Id<Organization>? successor = null, Provenance? provenance = null)
    {
        Guard.Against.EnumOutOfRange(kind);
        if (!IsTerminationKind(kind))
        {
            Check.Require(successor, nameof(successor), successor is null, $"A {kind} event continues the same organization and names no successor.");
        }

        Kind = kind;
        Date = date;
        Successor = successor;
        Provenance = provenance ?? Provenance.None;
    }

    /// <summary>What happened.</summary>
    public SuccessionKind Kind { get; }

    /// <summary>When.</summary>
    public PartialDate Date { get; }

    /// <summary>The successor organization, for a terminating event, when known (the COW data does not name it).</summary>
    public Id<Organization>? Successor { get; }

    /// <summary>Sources.</summary>
    public Provenance Provenance { get; }

    /// <summary>Whether the event ends the organization (merger, replacement, absorption).</summary>
    public bool EndsOrganization => IsTerminationKind(Kind);

    private static bool IsTerminationKind(SuccessionKind kind) => kind is SuccessionKind.Merged or SuccessionKind.Replaced or SuccessionKind.Absorbed;
}
