namespace OrgModel.Model;

/// <summary>Why a membership status began or ended.</summary>
public enum MembershipChangeReason
{
    /// <summary>The party founded the organization.</summary>
    Founding = 0,

    /// <summary>The party acceded to the founding agreement.</summary>
    Accession = 1,

    /// <summary>The organization admitted the party (as a member or observer) by decision.</summary>
    Admission = 2,

    /// <summary>The party's status changed within the membership (observer to full, say).</summary>
    StatusChange = 3,

    /// <summary>The party's rights were suspended.</summary>
    Suspension = 4,

    /// <summary>A suspension was lifted.</summary>
    Reinstatement = 5,

    /// <summary>The party withdrew.</summary>
    Withdrawal = 6,

    /// <summary>The party was expelled.</summary>
    Expulsion = 7,

    /// <summary>The organization was dissolved.</summary>
    Dissolution = 8,

    /// <summary>A successor took the party's place (state succession).</summary>
    Succession = 9,
}
