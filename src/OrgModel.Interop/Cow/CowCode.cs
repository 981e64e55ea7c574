namespace OrgModel.Interop.Cow;

/// <summary>The value of one (IGO, state, year) cell of the COW IGO data, with the codebook's numbers.</summary>
public enum CowCode
{
    /// <summary>The state is not a member of the state system that year (an empty cell in the IGO-year file; −1 in the codebook).</summary>
    NotInSystem = -1,

    /// <summary>Missing data (−9).</summary>
    Missing = -9,

    /// <summary>No membership (0).</summary>
    None = 0,

    /// <summary>Full membership (1).</summary>
    Full = 1,

    /// <summary>Associate membership (2).</summary>
    Associate = 2,

    /// <summary>Observer (3).</summary>
    Observer = 3,
}
