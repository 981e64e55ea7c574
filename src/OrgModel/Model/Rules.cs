namespace OrgModel.Model;

/// <summary>Checks shared by several model types, so each rule and its message are written once.</summary>
internal static class Rules
{
    /// <summary>The exception for a broken model rule, naming the constructor argument that carries the fault.</summary>
    public static ArgumentException Invalid(string message, string parameterName) => new ModelRuleException(message, parameterName, parameterName);

    /// <summary>The exception for a broken model rule, with where in the object the fault is (<c>memberships[2].party</c>).</summary>
    public static ArgumentException Invalid(string message, string parameterName, string location) => new ModelRuleException(message, parameterName, location);

    /// <summary>Throws when two items share a key, naming the key and where the second one is (<c>sessions[3]</c>).</summary>
    public static void RequireUnique<T, TKey>(IEnumerable<T> items, Func<T, TKey> key, string parameterName, Func<TKey, string> message, Func<T, bool>? where = null)
        where TKey : notnull
    {
        var seen = new HashSet<TKey>();
        int index = 0;
        foreach (T item in items)
        {
            if (where is null || where(item))
            {
                TKey k = key(item);
                if (!seen.Add(k))
                {
                    throw Invalid(message(k), parameterName, $"{parameterName}[{index}]");
                }
            }

            index++;
        }
    }
}
