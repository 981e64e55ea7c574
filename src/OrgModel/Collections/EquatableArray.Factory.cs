namespace OrgModel.Collections;

/// <summary>Creates <see cref="EquatableArray{T}"/> values; the builder behind collection expressions.</summary>
public static class EquatableArray
{
    /// <summary>Creates an array from a span of items.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The items; none may be null.</param>
    /// <returns>The array.</returns>
    public static EquatableArray<T> Create<T>(ReadOnlySpan<T> items) => new(items.ToArray());

    /// <summary>Creates an array from a sequence of items.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The items; none may be null.</param>
    /// <returns>The array.</returns>
    public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items) => new(items);
}
