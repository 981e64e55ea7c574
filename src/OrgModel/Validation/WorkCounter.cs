namespace OrgModel;

/// <summary>
/// Counts the steps of the load-time checks on the current thread, so tests can show that checking a
/// document grows no faster than n log n with its size — by counting work, not timing it.
/// </summary>
internal static class WorkCounter
{
    [ThreadStatic]
    private static long _steps;

    /// <summary>The steps counted on this thread so far.</summary>
    public static long Steps => _steps;

    public static void Step() => _steps++;
}
