namespace OrgModel.Model;

/// <summary>Whether a session or summit was a regular, extraordinary or informal one.</summary>
public enum SessionKind
{
    /// <summary>A regular, numbered session or summit.</summary>
    Regular = 0,

    /// <summary>An extraordinary session or summit.</summary>
    Extraordinary = 1,

    /// <summary>An informal meeting at summit level.</summary>
    Informal = 2,
}
