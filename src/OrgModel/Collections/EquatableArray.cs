using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace OrgModel.Collections;

/// <summary>
/// An immutable array that compares by contents, for use inside value-equal model types.
/// </summary>
/// <remarks>
/// <see cref="ImmutableArray{T}"/> compares by reference to its backing array, so two records
/// holding equal lists would be unequal. This wrapper compares element by element with
/// <see cref="EqualityComparer{T}.Default"/>, treats the default value as empty, and rejects null
/// elements. It supports collection expressions: <c>EquatableArray&lt;int&gt; a = [1, 2];</c>.
/// </remarks>
/// <typeparam name="T">The element type.</typeparam>
/// <threadsafety>Immutable and safe for concurrent readers when <typeparamref name="T"/> is immutable.</threadsafety>
[CollectionBuilder(typeof(EquatableArray), nameof(EquatableArray.Create))]
public readonly struct EquatableArray<T> : IReadOnlyList<T>, IEquatable<EquatableArray<T>>
{
    private readonly ImmutableArray<T> _items;

    /// <summary>Creates an array holding the given items, in order.</summary>
    /// <param name="items">The items; none may be null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or one of its elements is null.</exception>
    public EquatableArray(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        _items = Checked(items.ToImmutableArray());
    }

    private EquatableArray(ImmutableArray<T> items, bool isChecked) => _items = isChecked ? items : Checked(items);

    /// <summary>The empty array.</summary>
    public static EquatableArray<T> Empty => default;

    /// <summary>The number of items.</summary>
    public int Count => _items.IsDefault ? 0 : _items.Length;

    /// <summary>Whether there are no items.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>The item at the given position.</summary>
    /// <param name="index">The position.</param>
    /// <returns>The item.</returns>
    public T this[int index] => AsImmutableArray()[index];

    /// <summary>Converts an <see cref="ImmutableArray{T}"/>, rejecting null elements.</summary>
    /// <param name="items">The items.</param>
    public static implicit operator EquatableArray<T>(ImmutableArray<T> items) => FromImmutableArray(items);

    /// <summary>Converts an <see cref="ImmutableArray{T}"/>, rejecting null elements.</summary>
    /// <param name="items">The items.</param>
    /// <returns>The array.</returns>
    public static EquatableArray<T> FromImmutableArray(ImmutableArray<T> items) => new(items.IsDefault ? ImmutableArray<T>.Empty : items, isChecked: false);

    /// <summary>The items as an <see cref="ImmutableArray{T}"/> (never default).</summary>
    /// <returns>The items.</returns>
    public ImmutableArray<T> AsImmutableArray() => _items.IsDefault ? ImmutableArray<T>.Empty : _items;

    /// <summary>The items as a span.</summary>
    /// <returns>A read-only span over the items.</returns>
    public ReadOnlySpan<T> AsSpan() => AsImmutableArray().AsSpan();

    /// <summary>Returns an enumerator that does not allocate.</summary>
    /// <returns>The enumerator.</returns>
    public ImmutableArray<T>.Enumerator GetEnumerator() => AsImmutableArray().GetEnumerator();

    /// <inheritdoc/>
    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)AsImmutableArray()).GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)AsImmutableArray()).GetEnumerator();

    /// <summary>Whether both arrays hold equal items in the same order.</summary>
    /// <param name="other">The other array.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(EquatableArray<T> other) => AsSpan().SequenceEqual(other.AsSpan(), EqualityComparer<T>.Default);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (T item in AsSpan())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>The items, comma-separated in brackets.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => $"[{string.Join(", ", AsImmutableArray())}]";

    /// <summary>Whether both arrays hold equal items in the same order.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Whether the arrays differ.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    private static ImmutableArray<T> Checked(ImmutableArray<T> items)
    {
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i] is null)
            {
                throw new ArgumentNullException(nameof(items), $"Item {i} is null; lists in the model hold no nulls.");
            }
        }

        return items;
    }
}
