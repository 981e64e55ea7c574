namespace OrgModel.Queries;

/// <summary>What changed in an organization.</summary>
public enum ChangeKind
{
    /// <summary>The organization was founded.</summary>
    Founded = 0,

    /// <summary>Its name or abbreviation changed.</summary>
    Renamed = 1,

    /// <summary>A party joined (as member or observer).</summary>
    Joined = 2,

    /// <summary>A party's status changed within its membership.</summary>
    StatusChanged = 3,

    /// <summary>A party left.</summary>
    Left = 4,

    /// <summary>The chair was handed over.</summary>
    ChairHandedOver = 5,

    /// <summary>Someone took office in a post (the Secretary-General, say).</summary>
    TookOffice = 6,

    /// <summary>The secretariat was seated, or moved.</summary>
    SeatMoved = 7,

    /// <summary>A session or summit was held.</summary>
    SessionHeld = 8,

    /// <summary>The organization was dissolved.</summary>
    Dissolved = 9,

    /// <summary>
    /// Someone was elected or appointed to a post before taking office (a Secretary-General elected in
    /// June who takes office in October): reported on the day of the election, apart from
    /// <see cref="TookOffice"/>, only when the election certainly came before taking office.
    /// </summary>
    Elected = 10,
}
