using System.Collections.Frozen;
using System.Text.Json;

namespace OrgModel.Serialization;

/// <summary>Enum values as the format writes them: camelCase names, read back exactly (case-sensitive), never as numbers.</summary>
internal static class EnumText<T>
    where T : struct, Enum
{
    private static readonly FrozenDictionary<T, string> Names = Enum.GetValues<T>().ToFrozenDictionary(v => v, v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()));
    private static readonly FrozenDictionary<string, T> Values = Names.ToFrozenDictionary(kv => kv.Value, kv => kv.Key, StringComparer.Ordinal);

    /// <summary>What a value is, in words, for messages: "party kind" for <c>PartyKind</c>.</summary>
    public static string What { get; } = string.Concat(typeof(T).Name.Select((c, i) => char.IsUpper(c) && i > 0 ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    /// <summary>"a" or "an" before <see cref="What"/>.</summary>
    public static string Article { get; } = What.Length > 0 && "aeiou".Contains(What[0], StringComparison.Ordinal) ? "an" : "a";

    public static string Allowed { get; } = string.Join(", ", Names.Values.Order(StringComparer.Ordinal));

    public static string Write(T value) => Names[value];

    private static readonly FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> ValuesBySpan = Values.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TryRead(string text, out T value) => Values.TryGetValue(text, out value);

    public static bool TryRead(ReadOnlySpan<char> text, out T value) => ValuesBySpan.TryGetValue(text, out value);
}
