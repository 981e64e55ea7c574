namespace OrgModel.Model;

/// <summary>How a dated, sourced deviation departs from a rotation rule.</summary>
public enum RotationDeviationKind
{
    /// <summary>
    /// Two parties exchange turns: the first party's turn starting on the deviation's day goes to the
    /// second, and the second's next turn goes to the first. The order continues as if nothing had
    /// changed (ASEAN: Indonesia and Brunei Darussalam, 2011).
    /// </summary>
    Swap = 0,

    /// <summary>
    /// A party's turn starting on the deviation's day is passed over by a decision of the organization; the
    /// next party in the order takes it, and the order continues from that party (ASEAN: Myanmar, 2026).
    /// </summary>
    Skip = 1,

    /// <summary>
    /// From the deviation's day a new fixed sequence applies: its first party holds the turn starting that
    /// day (Council Decision (EU) 2016/1316 from 1 July 2017).
    /// </summary>
    NewOrder = 2,

    /// <summary>A party gives up its turn starting on the deviation's day; the next party in the order takes it, as for <see cref="Skip"/>.</summary>
    Waived = 3,
}
