namespace OrgModel.Model;

/// <summary>What kind of organization an <see cref="Organization"/> is.</summary>
public enum OrganizationClassification
{
    /// <summary>An intergovernmental organization whose members are states (the OTS).</summary>
    IntergovernmentalOrganization = 0,

    /// <summary>An assembly whose members are parliaments (TURKPA).</summary>
    ParliamentaryAssembly = 1,

    /// <summary>An organ or body of another organization.</summary>
    Organ = 2,

    /// <summary>Any other kind.</summary>
    Other = 3,
}
