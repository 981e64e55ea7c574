namespace OrgModel.Model;

/// <summary>
/// A change in an organization's identity, typed after the Correlates of War IGO coding rules:
/// renaming and reorganizing continue the same organization; merging, replacement and absorption end it.
/// </summary>
public enum SuccessionKind
{
    /// <summary>The organization took a new name and continues (the Turkic Council became the OTS).</summary>
    Renamed = 0,

    /// <summary>The organization was reorganized or reconstituted and continues.</summary>
    Reorganized = 1,

    /// <summary>The organization merged with others into a new successor, and ended.</summary>
    Merged = 2,

    /// <summary>The organization ended and a new one with a similar agenda replaced it.</summary>
    Replaced = 3,

    /// <summary>The organization was absorbed into an existing one, and ended.</summary>
    Absorbed = 4,
}
