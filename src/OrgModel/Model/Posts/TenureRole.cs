namespace OrgModel.Model;

/// <summary>In what capacity a person holds a post.</summary>
public enum TenureRole
{
    /// <summary>Elected or appointed to the post.</summary>
    Regular = 0,

    /// <summary>Acting while the post is vacant or its holder absent.</summary>
    Acting = 1,

    /// <summary>Appointed for an interim period.</summary>
    Interim = 2,

    /// <summary>An honorary title (Nursultan Nazarbayev, Honorary Chairman of the OTS).</summary>
    Honorary = 3,
}
