namespace OrgModel.Queries;

/// <summary>Where a chair term in an answer comes from.</summary>
public enum TermOrigin
{
    /// <summary>A term the record holds.</summary>
    Recorded = 0,

    /// <summary>A term the rotation rule gives where the record holds none: never <c>certainly</c>.</summary>
    Projected = 1,
}
