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
public readonly struct Id<T> : IEquatable<Id<T>>, ISpanParsable<Id<T>>, IUtf8SpanParsable<Id<T>>, ISpanFormattable, IUtf8SpanFormattable
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

    /// <summary>The identifier text as written; empty for the default value, which names nothing (no model type accepts it).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether the text is a valid identifier.</summary>
    /// <param name="value">The text.</param>
    /// <returns><see langword="true"/> when <see cref="Id{T}(string)"/> would accept it.</returns>
    public static bool IsValid([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? value) => value is not null && IsValid(value.AsSpan());

    internal static bool IsValid(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty || value.Length > MaxLength || !char.IsAsciiLetterOrDigit(value[0]))
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

    /// <summary>Parses an identifier, for route and query-string binding (<see cref="IParsable{TSelf}"/>).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: identifiers do not depend on culture.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a valid identifier.</exception>
    static Id<T> IParsable<Id<T>>.Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return TryParseCore(s, out Id<T> id) ? id : throw new FormatException(InvalidMessage(s));
    }

    /// <summary>Parses an identifier from characters.</summary>
    /// <param name="s">The characters.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="FormatException">The text is not a valid identifier.</exception>
    static Id<T> ISpanParsable<Id<T>>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParseCore(s, out Id<T> id) ? id : throw new FormatException(InvalidMessage(s));

    /// <summary>Parses an identifier from UTF-8 bytes.</summary>
    /// <param name="utf8Text">The UTF-8 text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="FormatException">The text is not a valid identifier.</exception>
    static Id<T> IUtf8SpanParsable<Id<T>>.Parse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider) =>
        TryParseUtf8(utf8Text, out Id<T> id) ? id : throw new FormatException(InvalidMessage(System.Text.Encoding.UTF8.GetString(utf8Text)));

    /// <summary>Tries to parse an identifier; the method ASP.NET Core binds route and query values with.</summary>
    /// <param name="s">The text; <see langword="null"/> fails.</param>
    /// <param name="result">The identifier, or the default value.</param>
    /// <returns>Whether the text is a valid identifier.</returns>
    public static bool TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, out Id<T> result)
    {
        result = default;
        return s is not null && TryParseCore(s, out result);
    }

    /// <summary>Tries to parse an identifier.</summary>
    /// <param name="s">The text; <see langword="null"/> fails.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The identifier, or the default value.</param>
    /// <returns>Whether the text is a valid identifier.</returns>
    static bool IParsable<Id<T>>.TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, IFormatProvider? provider, out Id<T> result) => TryParse(s, out result);

    /// <summary>Tries to parse an identifier from characters.</summary>
    /// <param name="s">The characters.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The identifier, or the default value.</param>
    /// <returns>Whether the text is a valid identifier.</returns>
    static bool ISpanParsable<Id<T>>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Id<T> result) => TryParseCore(s, out result);

    /// <summary>Tries to parse an identifier from UTF-8 bytes.</summary>
    /// <param name="utf8Text">The UTF-8 text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The identifier, or the default value.</param>
    /// <returns>Whether the text is a valid identifier.</returns>
    static bool IUtf8SpanParsable<Id<T>>.TryParse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider, out Id<T> result) => TryParseUtf8(utf8Text, out result);

    /// <summary>The identifier text as written.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _value ?? string.Empty;

    /// <summary>The identifier text as written; the only format is the default (<see langword="null"/>, empty or <c>G</c>).</summary>
    /// <param name="format">The format: <see langword="null"/>, empty or <c>G</c>.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">Another format was asked for.</exception>
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => CheckFormat(format) ? ToString() : throw new FormatException($"Identifiers have one format, 'G'; '{format}' is not it.");

    /// <summary>Writes the identifier text into a character span.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">Empty or <c>G</c>.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>Whether it fit (and the format was valid).</returns>
    bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        string text = ToString();
        if (!CheckFormat(format) || text.Length > destination.Length)
        {
            charsWritten = 0;
            return false;
        }

        text.CopyTo(destination);
        charsWritten = text.Length;
        return true;
    }

    /// <summary>Writes the identifier text as UTF-8 (ASCII) into a byte span.</summary>
    /// <param name="utf8Destination">Where to write.</param>
    /// <param name="bytesWritten">How many bytes were written.</param>
    /// <param name="format">Empty or <c>G</c>.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>Whether it fit (and the format was valid).</returns>
    bool IUtf8SpanFormattable.TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        string text = ToString();
        if (!CheckFormat(format) || text.Length > utf8Destination.Length)
        {
            bytesWritten = 0;
            return false;
        }

        for (int i = 0; i < text.Length; i++)
        {
            utf8Destination[i] = (byte)text[i];
        }

        bytesWritten = text.Length;
        return true;
    }

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

    private static bool TryParseCore(ReadOnlySpan<char> s, out Id<T> result)
    {
        result = default;
        if (!IsValid(s))
        {
            return false;
        }

        result = new Id<T>(s.ToString());
        return true;
    }

    // Valid identifiers are ASCII, so each byte is one character.
    private static bool TryParseUtf8(ReadOnlySpan<byte> utf8Text, out Id<T> result)
    {
        result = default;
        if (utf8Text.Length is 0 or > MaxLength)
        {
            return false;
        }

        Span<char> text = stackalloc char[utf8Text.Length];
        for (int i = 0; i < utf8Text.Length; i++)
        {
            text[i] = (char)utf8Text[i];
        }

        return TryParseCore(text, out result);
    }

    private static bool CheckFormat(ReadOnlySpan<char> format) => format.IsEmpty || format.SequenceEqual("G");

    private static string InvalidMessage(ReadOnlySpan<char> text) =>
        $"'{text}' is not a valid identifier: use 1 to {MaxLength} ASCII letters, digits, '.', '_' or '-', starting with a letter or digit.";
}
