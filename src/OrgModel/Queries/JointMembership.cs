using OrgModel.Model;
using OrgModel.Time;

namespace OrgModel.Queries;

/// <summary>An organization two parties both belong to on a day (the dyadic view of the COW IGO data).</summary>
public sealed record JointMembership
{
    internal JointMembership(Id<Organization> organization, MembershipStatus first, MembershipStatus second, Certainty certainty)
    {
        Organization = organization;
        FirstStatus = first;
        SecondStatus = second;
        Certainty = certainty;
    }

    /// <summary>The organization.</summary>
    public Id<Organization> Organization { get; }

    /// <summary>The first party's status.</summary>
    public MembershipStatus FirstStatus { get; }

    /// <summary>The second party's status.</summary>
    public MembershipStatus SecondStatus { get; }

    /// <summary>How certain it is that both hold on the day.</summary>
    public Certainty Certainty { get; }
}
