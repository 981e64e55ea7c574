namespace OrgModel.Model;

/// <summary>How one organization relates to another.</summary>
public enum RelationKind
{
    /// <summary>Affiliated without hierarchy (TURKPA and the OTS).</summary>
    Affiliation = 0,

    /// <summary>This organization is an organ or body of the other (its parent).</summary>
    OrganOf = 1,

    /// <summary>Any other documented link.</summary>
    Other = 2,
}
