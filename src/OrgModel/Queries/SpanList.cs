using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using OrgModel.Time;

namespace OrgModel.Queries;

/// <summary>
/// The status-span records of one organization or one party, grouped by membership (each group's
/// records contiguous and in timeline order), with each group's hull — the first day any of its spans
/// can hold and the first day none can, limited by the organization's lifetime — kept in two compact
/// arrays. A list query first finds the groups whose hull holds the day, a vectorized scan of those
/// arrays, and tests span by span only inside them, so memberships that ended long ago, or have not
/// begun, cost one comparison among eight.
/// </summary>
/// <remarks>Immutable after construction, so any number of threads may read it at once.</remarks>
internal sealed class SpanList
{
    private readonly int[] _groupFirst;
    private readonly int[] _hullStart;
    private readonly int[] _hullEnd;

    /// <summary>Groups the records (filed membership by membership, each group's first record telling how many follow).</summary>
    /// <param name="records">The records.</param>
    /// <param name="lifetimeOfGroup">The first day the organization of a group's key can exist and the first day it certainly does not.</param>
    public SpanList(CatalogIndex.SpanRecord[] records, Func<int, (int FirstDay, int EndDay)> lifetimeOfGroup)
    {
        Records = records;
        var first = new List<int>();
        for (int i = 0; i < records.Length; i += records[i].Remaining)
        {
            first.Add(i);
        }

        Groups = first.Count;
        first.Add(records.Length);
        _groupFirst = [.. first];
        _hullStart = new int[Groups];
        _hullEnd = new int[Groups];
        for (int g = 0; g < Groups; g++)
        {
            int start = int.MaxValue;
            int end = int.MinValue;
            for (int i = _groupFirst[g]; i < _groupFirst[g + 1]; i++)
            {
                start = Math.Min(start, records[i].StartEarliest);
                end = Math.Max(end, records[i].EndLatest);
            }

            (int lifeStart, int lifeEnd) = lifetimeOfGroup(records[_groupFirst[g]].Key);
            _hullStart[g] = Math.Max(start, lifeStart);
            _hullEnd[g] = Math.Min(end, lifeEnd);
        }
    }

    /// <summary>The records, group after group.</summary>
    public CatalogIndex.SpanRecord[] Records { get; }

    /// <summary>How many groups (memberships) the list holds.</summary>
    public int Groups { get; }

    /// <summary>The key shared by a group's records (the membership's position, or its organization).</summary>
    public int KeyOf(int group) => Records[_groupFirst[group]].Key;

    /// <summary>
    /// Writes, in filing order, the groups whose hull holds the day (only they can answer) and returns
    /// how many; <paramref name="groups"/> must hold <see cref="Groups"/> items.
    /// </summary>
    public int GroupsHolding(int day, Span<int> groups)
    {
        int count = 0;
        int g = 0;
        ref int starts = ref MemoryMarshal.GetArrayDataReference(_hullStart);
        ref int ends = ref MemoryMarshal.GetArrayDataReference(_hullEnd);
        if (Vector256.IsHardwareAccelerated)
        {
            Vector256<int> days = Vector256.Create(day);
            for (; g + Vector256<int>.Count <= Groups; g += Vector256<int>.Count)
            {
                Vector256<int> holds = Vector256.LessThanOrEqual(Vector256.LoadUnsafe(ref starts, (nuint)g), days)
                    & Vector256.GreaterThan(Vector256.LoadUnsafe(ref ends, (nuint)g), days);
                uint bits = holds.ExtractMostSignificantBits();
                while (bits != 0)
                {
                    groups[count++] = g + BitOperations.TrailingZeroCount(bits);
                    bits &= bits - 1;
                }
            }
        }

        for (; g < Groups; g++)
        {
            if (_hullStart[g] <= day && day < _hullEnd[g])
            {
                groups[count++] = g;
            }
        }

        return count;
    }

    /// <summary>
    /// The record a group answers with on a day, chosen as <see cref="Timeline{T}.At"/> chooses (a
    /// certain span if there is one, otherwise the latest possible one), or -1 when none holds.
    /// </summary>
    public int Choose(int group, int day, out Certainty certainty)
    {
        int best = -1;
        certainty = Certainty.No;
        for (int i = _groupFirst[group]; i < _groupFirst[group + 1]; i++)
        {
            Certainty c = Records[i].Contains(day);
            if (c != Certainty.No && (certainty != Certainty.Certainly || c == Certainty.Certainly))
            {
                best = i;
                certainty = c;
            }
        }

        return best;
    }
}
