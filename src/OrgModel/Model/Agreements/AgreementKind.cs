namespace OrgModel.Model;

/// <summary>What an agreement does for the organization.</summary>
public enum AgreementKind
{
    /// <summary>The founding (constitutive) agreement.</summary>
    Founding = 0,

    /// <summary>A protocol amending a constitutive agreement.</summary>
    AmendingProtocol = 1,

    /// <summary>An agreement on a party's accession.</summary>
    Accession = 2,

    /// <summary>A headquarters agreement with the host state.</summary>
    Headquarters = 3,

    /// <summary>Any other instrument.</summary>
    Other = 4,
}
