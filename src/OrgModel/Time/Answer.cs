using System.Diagnostics.CodeAnalysis;

namespace OrgModel.Time;

/// <summary>
/// A value found by a temporal query, together with how certain it is that the value holds.
/// </summary>
/// <remarks>
/// Queries never turn a possible fact into a certain one: an answer built from a fact known only to
/// the year is <see cref="Certainty.Possibly"/> on the days where it may or may not hold. An answer
/// with <see cref="Certainty.No"/> carries no value.
/// </remarks>
/// <typeparam name="T">The type of the value.</typeparam>
/// <threadsafety>This type is an immutable value type when <typeparamref name="T"/> is immutable.</threadsafety>
public readonly struct Answer<T> : IEquatable<Answer<T>>
{
    private readonly T _value;

    /// <summary>Creates an answer.</summary>
    /// <param name="value">The value found.</param>
    /// <param name="certainty">How certain it is; must be <see cref="Certainty.Certainly"/> or <see cref="Certainty.Possibly"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The certainty is <see cref="Certainty.No"/> or undefined: use <see cref="None"/>.</exception>
    public Answer(T value, Certainty certainty)
    {
        if (certainty is not (Certainty.Certainly or Certainty.Possibly))
        {
            throw new ArgumentOutOfRangeException(nameof(certainty), certainty, "An answer with a value is certain or possible; use Answer<T>.None for no answer.");
        }

        _value = value;
        Certainty = certainty;
    }

    /// <summary>The answer that nothing holds.</summary>
    public static Answer<T> None => default;

    /// <summary>How certain the value is; <see cref="Certainty.No"/> when there is no value.</summary>
    public Certainty Certainty { get; }

    /// <summary>Whether there is a value (certain or possible).</summary>
    public bool HasValue => Certainty != Certainty.No;

    /// <summary>The value.</summary>
    /// <remarks>
    /// Ignored by System.Text.Json, so that serializing an answer with no value never throws; with
    /// <c>ConfigureForOrgModel</c> an answer is written as <c>{ "certainty": …, "value": … }</c>.
    /// </remarks>
    /// <exception cref="InvalidOperationException">There is no value (<see cref="Certainty"/> is <see cref="Certainty.No"/>).</exception>
    [System.Text.Json.Serialization.JsonIgnore]
    public T Value => HasValue ? _value : throw new InvalidOperationException("There is no value: nothing holds on that date.");

    /// <summary>The value, or the default of <typeparamref name="T"/> when there is none.</summary>
    public T? ValueOrDefault => _value;

    /// <summary>Gets the value when there is one.</summary>
    /// <param name="value">The value, or the default of <typeparamref name="T"/>.</param>
    /// <returns>Whether there is a value.</returns>
    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = _value;
        return HasValue;
    }

    /// <summary>Maps the value, keeping the certainty.</summary>
    /// <typeparam name="TResult">The type of the mapped value.</typeparam>
    /// <param name="selector">The mapping.</param>
    /// <returns>The mapped answer, or no answer when there was none.</returns>
    public Answer<TResult> Select<TResult>(Func<T, TResult> selector)
    {
        ArgumentNullException.ThrowIfNull(selector);
        return HasValue ? new Answer<TResult>(selector(_value), Certainty) : default;
    }

    /// <summary>Lowers the certainty to at most <paramref name="limit"/>, as when the answer depends on another uncertain fact.</summary>
    /// <param name="limit">The certainty of the fact this answer depends on.</param>
    /// <returns>The answer with certainty <c>Certainty.And(limit)</c>; no answer when that is <see cref="Certainty.No"/>.</returns>
    public Answer<T> LimitTo(Certainty limit)
    {
        Certainty combined = Certainty.And(limit);
        return combined == Certainty.No ? default : new Answer<T>(_value, combined);
    }

    /// <summary>The invariant text form, e.g. <c>certainly Kazakhstan</c>, <c>possibly Hungary</c> or <c>no</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => HasValue ? $"{Certainty.ToInvariantString()} {_value}" : "no";

    /// <summary>Whether both answers have the same certainty and, when they have one, equal values.</summary>
    /// <param name="other">The other answer.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(Answer<T> other) =>
        Certainty == other.Certainty && (!HasValue || EqualityComparer<T>.Default.Equals(_value, other._value));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Answer<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HasValue ? HashCode.Combine(Certainty, _value) : 0;

    /// <summary>Whether both answers are equal.</summary>
    /// <param name="left">The first answer.</param>
    /// <param name="right">The second answer.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(Answer<T> left, Answer<T> right) => left.Equals(right);

    /// <summary>Whether the answers differ.</summary>
    /// <param name="left">The first answer.</param>
    /// <param name="right">The second answer.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(Answer<T> left, Answer<T> right) => !left.Equals(right);
}
