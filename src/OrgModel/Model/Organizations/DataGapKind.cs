namespace OrgModel.Model;

/// <summary>Why a record has no membership data it can vouch for over a period.</summary>
public enum DataGapKind
{
    /// <summary>The source says the data is missing (COW code -9).</summary>
    Missing = 0,

    /// <summary>The source codes the party as outside the system it covers for that period (COW: an empty cell).</summary>
    NotInSystem = 1,

    /// <summary>
    /// The period lies after the last year the source covers (COW ends in 2014): the source says
    /// nothing of any party then, so no one is known to be outside the organization.
    /// </summary>
    BeyondCoverage = 2,

    /// <summary>
    /// Sources disagree on whether the party belonged: the record follows one (which records no
    /// status for the period) and the gap cites the other, so a question is answered "possibly",
    /// never "no". The gap's provenance is marked disputed and its note says how they differ.
    /// </summary>
    Disputed = 3,
}
