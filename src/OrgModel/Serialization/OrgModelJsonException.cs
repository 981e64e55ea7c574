namespace OrgModel.Serialization;

/// <summary>
/// The one exception the JSON reader throws for bad input: malformed JSON, a wrong type, an unknown or
/// missing property, an impossible date, a broken model rule, a reference that does not resolve, a
/// <c>formatVersion</c> newer than this library, or a document over the size and depth limits.
/// </summary>
/// <remarks>
/// <see cref="Path"/> names where the problem is, as a JSON path (<c>$.organizations[0].memberships[2].statuses[0].until</c>);
/// <see cref="Reason"/> says which rule is broken. The message combines both. No partial object is
/// ever returned: reading either gives a complete, valid model or throws this exception.
/// </remarks>
public sealed class OrgModelJsonException : Exception
{
    /// <summary>Creates an exception for a problem at a JSON path.</summary>
    /// <param name="path">The JSON path of the offending value, starting with <c>$</c>.</param>
    /// <param name="reason">The rule that is broken.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public OrgModelJsonException(string path, string reason, Exception? innerException = null)
        : base($"{path}: {reason}", innerException)
    {
        Path = path;
        Reason = reason;
    }

    /// <summary>Creates an exception with a message only (path <c>$</c>).</summary>
    public OrgModelJsonException()
        : this("$", "The JSON document is not valid.")
    {
    }

    /// <summary>Creates an exception with a message (path <c>$</c>).</summary>
    /// <param name="message">The reason.</param>
    public OrgModelJsonException(string message)
        : this("$", message)
    {
    }

    /// <summary>Creates an exception with a message (path <c>$</c>) and a cause.</summary>
    /// <param name="message">The reason.</param>
    /// <param name="innerException">The cause.</param>
    public OrgModelJsonException(string message, Exception innerException)
        : this("$", message, innerException)
    {
    }

    /// <summary>The JSON path of the offending value, such as <c>$.parties[3].names</c>.</summary>
    public string Path { get; }

    /// <summary>The rule that is broken, without the path.</summary>
    public string Reason { get; }
}
