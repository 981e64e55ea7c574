using Ardalis.GuardClauses;
using OrgModel.Time;

namespace OrgModel.Model;

/// <summary>A relation from one organization to another during a period.</summary>
public sealed record OrganizationRelation
{
    /// <summary>Creates a relation.</summary>
    /// <param name="kind">The kind of relation.</param>
    /// <param name="target">The other organization; it must exist in the catalog.</param>
    /// <param name="during">When the relation holds.</param>
    /// <param name="provenance">Sources.</param>
    /// <exception cref="ArgumentException">The kind is undefined or the target is the default identifier.</exception>
    public OrganizationRelation(RelationKind kind, Id<Organization> target, DateRange during = default, Provenance? provenance = null)
    {
        Kind = Guard.Against.EnumOutOfRange(kind);
        Target = Guard.Against.Default(target);
        During = during;
        Provenance = provenance ?? Provenance.None;
    }

    /// <summary>The kind of relation.</summary>
    public RelationKind Kind { get; }

    /// <summary>The other organization.</summary>
    public Id<Organization> Target { get; }

    /// <summary>When the relation holds.</summary>
    public DateRange During { get; }

    /// <summary>Sources.</summary>
    public Provenance Provenance { get; }
}
