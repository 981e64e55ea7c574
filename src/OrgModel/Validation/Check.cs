using System.Runtime.CompilerServices;
using System.Text;

namespace OrgModel;

/// <summary>Argument checks shared by every layer, whose messages cost nothing unless they fail.</summary>
internal static class Check
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
