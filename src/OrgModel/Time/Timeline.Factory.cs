namespace OrgModel.Time;

/// <summary>Creates <see cref="Timeline{T}"/> values with type inference.</summary>
public static class Timeline
{
    /// <summary>Creates a timeline whose entries must not certainly overlap.</summary>
    /// <typeparam name="T">The type of the values.</typeparam>
    /// <param name="entries">The entries, in any order.</param>
    /// <returns>The sorted timeline.</returns>
    /// <exception cref="ArgumentException">Two entries certainly overlap; the message names both.</exception>
    public static Timeline<T> Exclusive<T>(params IEnumerable<TimelineEntry<T>> entries) => Timeline<T>.Exclusive(entries);

    /// <summary>Creates a timeline whose entries may overlap.</summary>
    /// <typeparam name="T">The type of the values.</typeparam>
    /// <param name="entries">The entries, in any order.</param>
    /// <returns>The sorted timeline.</returns>
    public static Timeline<T> AllowingOverlaps<T>(params IEnumerable<TimelineEntry<T>> entries) => Timeline<T>.AllowingOverlaps(entries);
}
