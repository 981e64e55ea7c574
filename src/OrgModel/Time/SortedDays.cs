namespace OrgModel.Time;

/// <summary>Searches over day numbers kept in ascending order.</summary>
internal static class SortedDays
{
    /// <summary>How many of the days are on or before the given one (the index of the first after it).</summary>
    /// <param name="sorted">Day numbers in ascending order (repeats allowed).</param>
    /// <param name="day">The day.</param>
    /// <returns>A count from 0 to the length of <paramref name="sorted"/>.</returns>
    public static int CountOnOrBefore(ReadOnlySpan<int> sorted, int day)
    {
        int lo = 0;
        int hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= day)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
