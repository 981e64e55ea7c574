namespace OrgModel.Interop.Cow;

/// <summary>
/// The three criteria of the Correlates of War definition of an intergovernmental organization
/// (Pevehouse et al. 2020, after Wallace and Singer 1970).
/// </summary>
public enum IgoCriterion
{
    /// <summary>At least three members of the state system are members.</summary>
    ThreeMemberStates = 0,

    /// <summary>Its members hold regular plenary sessions at least once every ten years.</summary>
    PlenaryEveryTenYears = 1,

    /// <summary>It has a permanent secretariat with a headquarters.</summary>
    PermanentSecretariat = 2,
}
