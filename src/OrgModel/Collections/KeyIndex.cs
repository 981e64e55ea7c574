namespace OrgModel.Collections;

/// <summary>
/// A lookup by key over a list an immutable type already holds, built once with it. It carries no
/// information of its own, so it compares equal to any other index and hashes to zero: a record
/// holding one keeps the equality of its lists.
/// </summary>
/// <typeparam name="TKey">The key.</typeparam>
/// <typeparam name="T">The item.</typeparam>
/// <threadsafety>Immutable after construction and safe for any number of concurrent readers.</threadsafety>
internal readonly struct KeyIndex<TKey, T> : IEquatable<KeyIndex<TKey, T>>
    where TKey : notnull
    where T : class
{
    private readonly Dictionary<TKey, T>? _items;

    /// <summary>Indexes the items, failing at the second item with a key already seen.</summary>
    /// <param name="items">The items.</param>
    /// <param name="key">The key of an item.</param>
    /// <param name="duplicate">What to throw for a repeated key, given the key and the position of the item repeating it.</param>
    public KeyIndex(EquatableArray<T> items, Func<T, TKey> key, Func<TKey, int, Exception> duplicate)
    {
        if (items.Count == 0)
        {
            return;
        }

        _items = new Dictionary<TKey, T>(items.Count);
        for (int i = 0; i < items.Count; i++)
        {
            if (!_items.TryAdd(key(items[i]), items[i]))
            {
                throw duplicate(key(items[i]), i);
            }
        }
    }

    /// <summary>The item with the key, or <see langword="null"/>.</summary>
    public T? this[TKey key] => _items is not null && _items.TryGetValue(key, out T? item) ? item : null;

    public bool Equals(KeyIndex<TKey, T> other) => true;

    public override bool Equals(object? obj) => obj is KeyIndex<TKey, T>;

    public override int GetHashCode() => 0;
}
