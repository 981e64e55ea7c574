namespace OrgModel.Model;

/// <summary>What kind of document a session adopted.</summary>
public enum DocumentKind
{
    /// <summary>A declaration, such as the Baku Declaration.</summary>
    Declaration = 0,

    /// <summary>A decision or resolution.</summary>
    Decision = 1,

    /// <summary>Rules of procedure or other internal regulations.</summary>
    Regulation = 2,

    /// <summary>An agreement or protocol opened for signature.</summary>
    Agreement = 3,

    /// <summary>Any other document.</summary>
    Other = 4,
}
