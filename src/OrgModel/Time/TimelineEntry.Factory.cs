namespace OrgModel.Time;

/// <summary>Creates <see cref="TimelineEntry{T}"/> values with type inference.</summary>
public static class TimelineEntry
{
    /// <summary>Creates an entry.</summary>
    /// <typeparam name="T">The type of the value.</typeparam>
    /// <param name="range">When the value holds.</param>
    /// <param name="value">The value.</param>
    /// <returns>The entry.</returns>
    public static TimelineEntry<T> Create<T>(DateRange range, T value) => new(range, value);
}
