using Ardalis.GuardClauses;

namespace OrgModel.Model;

/// <summary>
/// The stable identifier of an entity of type <typeparamref name="T"/>, such as <c>Id&lt;Organization&gt;</c>
/// <c>turkpa</c> or <c>Id&lt;Party&gt;</c> <c>kaz</c>.
/// </summary>
/// <remarks>
/// <para>
/// An identifier is 1 to 100 characters: ASCII letters, digits, <c>.</c>, <c>_</c> and <c>-</c>,
/// starting with a letter or digit. It is kept exactly as written (so JSON round-trips byte for
/// byte) but compared without regard to case: <c>KAZ</c> and <c>kaz</c> name the same party, as
/// users type them.
/// </para>
/// <para>The type parameter keeps identifiers of different entities apart at compile time.</para>
/// </remarks>
/// <typeparam name="T">The entity the identifier names.</typeparam>
/// <threadsafety>This type is an immutable value type.</threadsafety>
public readonly struct Id<T> : IEquatable<Id<T>>
    where T : class
{
    /// <summary>The longest identifier accepted.</summary>
    public const int MaxLength = 100;

    private readonly string? _value;

    // Cached: identifiers are dictionary keys on every query, and hashing text ignoring case is the costly part.
    private readonly int _hash;

    /// <summary>Creates an identifier.</summary>
    /// <param name="value">The identifier text.</param>
    /// <exception cref="ArgumentException">The text is empty, too long, or holds a character other than ASCII letters, digits, '.', '_' and '-'.</exception>
    public Id(string value)
    {
        Guard.Against.NullOrEmpty(value);
        _value = Check.Require(value, nameof(value), IsValid(value), $"'{value}' is not a valid identifier: use 1 to {MaxLength} ASCII letters, digits, '.', '_' or '-', starting with a letter or digit.");
        _hash = StringComparer.OrdinalIgnoreCase.GetHashCode(value);
    }

    /// <summary>The identifier text as written.</summary>
    /// <exception cref="InvalidOperationException">The identifier is the default value, which names nothing.</exception>
    public string Value => _value ?? throw new InvalidOperationException("This identifier is the default value and names nothing.");

    /// <summary>Whether the text is a valid identifier.</summary>
    /// <param name="value">The text.</param>
    /// <returns><see langword="true"/> when <see cref="Id{T}(string)"/> would accept it.</returns>
    public static bool IsValid(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength || !char.IsAsciiLetterOrDigit(value[0]))
        {
            return false;
        }

        foreach (char c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('.' or '_' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Converts text to an identifier.</summary>
    /// <param name="value">The identifier text.</param>
    /// <exception cref="ArgumentException">The text is not a valid identifier.</exception>
    public static explicit operator Id<T>(string value) => new(value);

    /// <summary>Creates an identifier from text.</summary>
    /// <param name="value">The identifier text.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentException">The text is not a valid identifier.</exception>
    public static Id<T> FromString(string value) => new(value);

    /// <summary>The identifier text as written.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _value ?? string.Empty;

    /// <summary>Whether both identifiers are equal, ignoring case.</summary>
    /// <param name="other">The other identifier.</param>
    /// <returns><see langword="true"/> when they name the same entity.</returns>
    public bool Equals(Id<T> other) => _hash == other._hash && string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Id<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _hash;

    /// <summary>Whether both identifiers are equal, ignoring case.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(Id<T> left, Id<T> right) => left.Equals(right);

    /// <summary>Whether the identifiers differ.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(Id<T> left, Id<T> right) => !left.Equals(right);
}
