namespace OrgModel.Model;

/// <summary>The standing of a party within an organization during one span of its membership.</summary>
public enum MembershipStatus
{
    /// <summary>A full member.</summary>
    Full = 0,

    /// <summary>An associate member.</summary>
    Associate = 1,

    /// <summary>An observer.</summary>
    Observer = 2,

    /// <summary>A member whose rights are suspended.</summary>
    Suspended = 3,
}
