using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using OrgModel.Time;

namespace OrgModel.Queries;

/// <summary>
/// The status-span records of one organization or one party, grouped by membership (a group is a run
/// of records with the same key, in timeline order), with each group's hull — the days on which any of
/// its spans can hold while the organization can exist — kept in two compact arrays. A list query
/// finds the groups whose hull holds the day by a vectorized scan of those arrays, so memberships that
/// ended long ago, or have not begun, cost one comparison among eight. A membership of one span (most
/// of them) is answered from two more arrays, the days on which it certainly holds, without touching its
/// record; only a membership of several spans is tested span by span.
/// </summary>
/// <remarks>Immutable after construction, so any number of threads may read it at once.</remarks>
internal sealed class SpanList
{
    private readonly int[] _groupFirst;
    private readonly int[] _hullStart;
    private readonly int[] _hullEnd;
    private readonly int[] _certainStart;
    private readonly int[] _certainEnd;
    private readonly int[] _lifetimes;
    private readonly int _organization;

    // A party's list: each group's organization's position in identifier order (increasing, as the
    // list is filed in it), and — where the catalog is small enough beside the list — the same
    // positions as a bitmap with the count of set bits before each word, so the group of an
    // organization is found by one bit test and one population count instead of a search.
    private readonly int[] _order;
    private readonly ulong[] _presence;
    private readonly int[] _presentBefore;

    /// <summary>Groups the records of one list.</summary>
    /// <param name="records">The records, membership by membership.</param>
    /// <param name="lifetimes">Every organization's lifetime, four day bounds each (see <see cref="Model.Organization.LifetimeDays"/>).</param>
    /// <param name="organization">The organization of every record (an organization's list), or -1 when each record's key is its organization (a party's list).</param>
    /// <param name="organizationOrder">For a party's list, each organization's position in identifier order (the order the list is filed in).</param>
    public SpanList(CatalogIndex.SpanRecord[] records, int[] lifetimes, int organization, int[]? organizationOrder = null)
    {
        Records = records;
        _lifetimes = lifetimes;
        _organization = organization;
        var first = new List<int>();
        for (int i = 0; i < records.Length; i++)
        {
            if (i == 0 || records[i].Key != records[i - 1].Key)
            {
                first.Add(i);
            }
        }

        Groups = first.Count;
        first.Add(records.Length);
        _groupFirst = [.. first];
        _hullStart = new int[Groups];
        _hullEnd = new int[Groups];
        _certainStart = new int[Groups];
        _certainEnd = new int[Groups];
        _order = organizationOrder is null ? [] : new int[Groups];
        for (int g = 0; g < Groups; g++)
        {
            if (organizationOrder is not null)
            {
                _order[g] = organizationOrder[records[_groupFirst[g]].Key];
            }

            int start = int.MaxValue;
            int end = int.MinValue;
            for (int i = _groupFirst[g]; i < _groupFirst[g + 1]; i++)
            {
                start = Math.Min(start, records[i].StartEarliest);
                end = Math.Max(end, records[i].EndLatest);
            }

            ReadOnlySpan<int> life = Lifetime(_groupFirst[g]);
            _hullStart[g] = Math.Max(start, life[0]);
            _hullEnd[g] = Math.Min(end, life[3]);
            ref readonly CatalogIndex.SpanRecord only = ref records[_groupFirst[g]];
            _certainStart[g] = Math.Max(only.StartLatest, life[1]);
            _certainEnd[g] = Math.Min(only.EndEarliest, life[2]);
        }

        // The bitmap costs 12 bytes per 64 organizations of the catalog; it is kept only where that
        // stays within 96 bytes per membership of the list, so memory grows with the records, not
        // with parties times organizations.
        int words = organizationOrder is null ? 0 : (organizationOrder.Length + 63) >> 6;
        _presence = words > 0 && words <= 8 * Groups ? new ulong[words] : [];
        _presentBefore = new int[_presence.Length];
        if (_presence.Length > 0)
        {
            foreach (int position in _order)
            {
                _presence[position >> 6] |= 1UL << position;
            }

            for (int w = 1; w < words; w++)
            {
                _presentBefore[w] = _presentBefore[w - 1] + BitOperations.PopCount(_presence[w - 1]);
            }
        }
    }

    /// <summary>The records, group after group.</summary>
    public CatalogIndex.SpanRecord[] Records { get; }

    /// <summary>How many groups (memberships) the list holds.</summary>
    public int Groups { get; }

    /// <summary>A record's position and its answer's certainty in one int, so one buffer holds both.</summary>
    public static int Pack(int record, Certainty certainty) => (record << 2) | (int)certainty;

    /// <summary>The record of a packed answer.</summary>
    public static int RecordOf(int answer) => answer >> 2;

    /// <summary>The certainty of a packed answer.</summary>
    public static Certainty CertaintyOf(int answer) => (Certainty)(answer & 3);

    /// <summary>
    /// Writes, in filing order, one packed answer (<see cref="Pack"/>) for each membership that holds on
    /// the day at least possibly, and returns how many; <paramref name="answers"/> must hold
    /// <see cref="Groups"/> items. Each answer is the span <see cref="Timeline{T}.At"/> chooses (a certain
    /// span if there is one, otherwise the latest possible one), limited by whether the organization
    /// exists that day — the rule <see cref="Model.Organization.StatusOn"/> applies.
    /// </summary>
    public int AnswersOn(int day, Span<int> answers)
    {
        int count = GroupsHolding(day, answers);
        int n = 0;
        for (int i = 0; i < count; i++)
        {
            int answer = AnswerOf(answers[i], day);
            if (answer >= 0)
            {
                answers[n++] = answer;
            }
        }

        return n;
    }

    /// <summary>In a party's list, the position in identifier order of a group's organization.</summary>
    public int OrderOf(int group) => _order[group];

    /// <summary>In a party's list, the group of the organization at a position in identifier order, or -1 when the party was never its member.</summary>
    public int GroupAt(int position)
    {
        if (_presence.Length > 0)
        {
            ulong word = _presence[position >> 6];
            ulong bit = 1UL << position;
            return (word & bit) == 0 ? -1 : _presentBefore[position >> 6] + BitOperations.PopCount(word & (bit - 1));
        }

        int found = Array.BinarySearch(_order, position);
        return found < 0 ? -1 : found;
    }

    /// <summary>The packed answer of one group (as <see cref="AnswersOn"/> gives it), or -1 when it does not hold on the day.</summary>
    public int AnswerOf(int group, int day)
    {
        int first = _groupFirst[group];
        if (_groupFirst[group + 1] - first == 1)
        {
            // A single span: the hull is where it possibly holds, and the certain window decides the rest.
            return !(_hullStart[group] <= day && day < _hullEnd[group]) ? -1
                : Pack(first, _certainStart[group] <= day && day < _certainEnd[group] ? Certainty.Certainly : Certainty.Possibly);
        }

        int record = Choose(first, _groupFirst[group + 1], day, out Certainty certainty);
        if (record < 0)
        {
            return -1;
        }

        ReadOnlySpan<int> life = Lifetime(record);
        Certainty limited = certainty.And(Model.Organization.ActiveOn(day, life[0], life[1], life[2], life[3]));
        return limited == Certainty.No ? -1 : Pack(record, limited);
    }

    /// <summary>Writes, in filing order, the groups whose hull holds the day (only they can answer), and returns how many.</summary>
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

    private int Choose(int first, int end, int day, out Certainty certainty)
    {
        int best = -1;
        certainty = Certainty.No;
        for (int i = first; i < end; i++)
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

    // The lifetime bounds of a record's organization.
    private ReadOnlySpan<int> Lifetime(int record) =>
        _lifetimes.AsSpan((_organization >= 0 ? _organization : Records[record].Key) * 4, 4);
}
