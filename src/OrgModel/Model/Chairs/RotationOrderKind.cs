namespace OrgModel.Model;

/// <summary>How a rotation rule decides who holds the chair next.</summary>
public enum RotationOrderKind
{
    /// <summary>A fixed sequence of parties set by an act (Council Decision (EU) 2016/1316 for the Council of the EU).</summary>
    Sequence = 0,

    /// <summary>
    /// The members' names in alphabetical order in a stated language, as they stand on the day of each
    /// handover, continuing from the last holder through membership changes.
    /// </summary>
    Alphabetical = 1,

    /// <summary>The host of each regular session of a series takes the chair at that session.</summary>
    HostOfNextSession = 2,

    /// <summary>
    /// At each regular session of a series the chair passes to the host of the series' following
    /// session, who holds it until that session (the Shanghai Cooperation Organisation's Heads of State
    /// Council, the CSTO's Collective Security Council): the outgoing chair hosts the session that ends its term.
    /// </summary>
    HostOfFollowingSession = 3,
}
