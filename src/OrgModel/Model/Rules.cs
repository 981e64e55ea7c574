namespace OrgModel.Model;

/// <summary>Checks shared by several model types, so each rule and its message are written once.</summary>
internal static class Rules
{
    /// <summary>The exception for a broken model rule, naming the constructor argument that carries the fault.</summary>
    public static ArgumentException Invalid(string message, string parameterName) => new(message, parameterName);

    /// <summary>Throws when two items share a key, naming the key.</summary>
    public static void RequireUnique<T, TKey>(IEnumerable<T> items, Func<T, TKey> key, string parameterName, Func<TKey, string> message)
        where TKey : notnull
    {
        var seen = new HashSet<TKey>();
        foreach (T item in items)
        {
            TKey k = key(item);
            if (!seen.Add(k))
            {
                throw Invalid(message(k), parameterName);
            }
        }
    }
}
