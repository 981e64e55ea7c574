namespace OrgModel.Cli;

/// <summary>The known identifiers closest to a mistyped one, for "did you mean …" (edit distance, ignoring case).</summary>
internal static class DidYouMean
{
    /// <summary>Up to <paramref name="count"/> identifiers within a few edits of the text, closest first.</summary>
    public static IEnumerable<string> Closest(string text, IEnumerable<string> known, int count)
    {
        string wanted = text.ToLowerInvariant();
        int limit = Math.Max(1, wanted.Length / 3);
        return known
            .Select(k => (Id: k, Distance: Distance(wanted, k.ToLowerInvariant())))
            .Where(x => x.Distance <= limit || x.Id.StartsWith(wanted, StringComparison.OrdinalIgnoreCase))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Id, StringComparer.OrdinalIgnoreCase)
            .Take(count)
            .Select(x => x.Id);
    }

    // Levenshtein distance, two rows.
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
