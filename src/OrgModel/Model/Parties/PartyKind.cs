namespace OrgModel.Model;

/// <summary>What kind of entity a <see cref="Party"/> is.</summary>
public enum PartyKind
{
    /// <summary>A sovereign state, such as Kazakhstan.</summary>
    State = 0,

    /// <summary>The legislature of a state, such as the Milli Majlis of Azerbaijan (TURKPA's members are parliaments).</summary>
    Legislature = 1,

    /// <summary>Another organization, such as the Economic Cooperation Organization as an observer of the OTS.</summary>
    Organization = 2,

    /// <summary>Any other entity, such as a state with limited recognition (the Turkish Republic of Northern Cyprus).</summary>
    OtherEntity = 3,
}
