using System.Runtime.CompilerServices;
using System.Text;

namespace OrgModel.Model;

/// <summary>Checks shared by several model types, so each rule and its message are written once.</summary>
internal static class Rules
{
    /// <summary>
    /// Throws an <see cref="ArgumentException"/> naming the parameter when <paramref name="condition"/>
    /// is false. The message is an interpolated string that is only formatted on failure, so valid
    /// input pays nothing for the message.
    /// </summary>
    public static T Require<T>(T value, string parameterName, bool condition, [InterpolatedStringHandlerArgument(nameof(condition))] ref FailureMessage message)
    {
        if (!condition)
        {
            throw new ArgumentException(message.ToStringAndClear(), parameterName);
        }

        return value;
    }

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

/// <summary>An interpolated string built only when the condition it guards is false.</summary>
[InterpolatedStringHandler]
internal ref struct FailureMessage
{
    private readonly StringBuilder? _builder;

    public FailureMessage(int literalLength, int formattedCount, bool condition, out bool shouldAppend)
    {
        _ = formattedCount;
        shouldAppend = !condition;
        _builder = condition ? null : new StringBuilder(literalLength + 32);
    }

    public readonly void AppendLiteral(string text) => _builder?.Append(text);

    public readonly void AppendFormatted<T>(T value) => _builder?.Append(System.Globalization.CultureInfo.InvariantCulture, $"{value}");

    public readonly string ToStringAndClear() => _builder?.ToString() ?? string.Empty;
}
