namespace OrgModel.Model;

/// <summary>How a party expressed its consent to be bound by an agreement (VCLT art. 11; UN Treaty Handbook §3).</summary>
public enum ConsentKind
{
    /// <summary>Signature subject to ratification, acceptance or approval: not yet consent to be bound.</summary>
    Signature = 0,

    /// <summary>Signature that binds without ratification.</summary>
    DefinitiveSignature = 1,

    /// <summary>Ratification.</summary>
    Ratification = 2,

    /// <summary>Acceptance.</summary>
    Acceptance = 3,

    /// <summary>Approval.</summary>
    Approval = 4,

    /// <summary>Accession by a party that did not sign.</summary>
    Accession = 5,

    /// <summary>Succession by a successor state.</summary>
    Succession = 6,
}
