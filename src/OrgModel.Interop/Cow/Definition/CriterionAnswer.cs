namespace OrgModel.Interop.Cow;

/// <summary>
/// How a criterion is answered. Beside the three answers a fact can have (yes, possibly, no), the data
/// may not be able to decide at all: a record with no sessions says nothing about whether sessions
/// were held, and that is never a "no".
/// </summary>
public enum CriterionAnswer
{
    /// <summary>The recorded facts show the criterion met, whatever their imprecise dates mean.</summary>
    Yes = 0,

    /// <summary>The recorded facts show it met for some readings of their imprecise dates, not for all.</summary>
    Possibly = 1,

    /// <summary>The recorded facts show it not met.</summary>
    No = 2,

    /// <summary>The record holds no facts that decide it.</summary>
    Undecided = 3,
}
