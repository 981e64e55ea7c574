namespace OrgModel.Time;

/// <summary>One entry of a <see cref="Timeline{T}"/>: a value that holds during a <see cref="DateRange"/>.</summary>
/// <typeparam name="T">The type of the value.</typeparam>
/// <threadsafety>This type is an immutable value type when <typeparamref name="T"/> is immutable.</threadsafety>
public readonly struct TimelineEntry<T> : IEquatable<TimelineEntry<T>>
{
    /// <summary>Creates an entry.</summary>
    /// <param name="range">When the value holds.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public TimelineEntry(DateRange range, T value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Range = range;
        Value = value;
    }

    /// <summary>When the value holds.</summary>
    public DateRange Range { get; }

    /// <summary>The value.</summary>
    public T Value { get; }

    /// <summary>The invariant text form, e.g. <c>[2014, ongoing): observer</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => $"{Range}: {Value}";

    /// <summary>Whether both entries have equal ranges and equal values.</summary>
    /// <param name="other">The other entry.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(TimelineEntry<T> other) => Range == other.Range && EqualityComparer<T>.Default.Equals(Value, other.Value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TimelineEntry<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Range, Value);

    /// <summary>Whether both entries are equal.</summary>
    /// <param name="left">The first entry.</param>
    /// <param name="right">The second entry.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(TimelineEntry<T> left, TimelineEntry<T> right) => left.Equals(right);

    /// <summary>Whether the entries differ.</summary>
    /// <param name="left">The first entry.</param>
    /// <param name="right">The second entry.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(TimelineEntry<T> left, TimelineEntry<T> right) => !left.Equals(right);
}
