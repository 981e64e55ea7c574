using System.Collections;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NodaTime;

namespace OrgModel.Time;

/// <summary>
/// An immutable, sorted sequence of values over time: the building block for name histories, seat
/// histories, chair terms and status histories.
/// </summary>
/// <remarks>
/// <para>
/// Entries are sorted by the earliest day their range can start (an unknown start first), then by
/// the latest start, the earliest end and the latest end; entries with identical ranges keep the
/// order they were given in. Equality compares the sorted entries one by one.
/// </para>
/// <para>
/// An <em>exclusive</em> timeline (<see cref="IsExclusive"/>) rejects two entries that
/// <see cref="Certainty.Certainly"/> overlap, naming both; entries that only possibly overlap —
/// a term ending "in 2014" and the next starting "in 2014" — are kept, since year-precision sources
/// are common and not contradictory. A non-exclusive timeline accepts any entries.
/// </para>
/// <para>
/// <see cref="At(LocalDate)"/> answers "the value on day D" with a binary search, without
/// allocating: O(log n) plus the number of earlier entries whose imprecise end could still reach D
/// (none in a timeline of exact dates).
/// </para>
/// </remarks>
/// <typeparam name="T">The type of the values.</typeparam>
/// <threadsafety>Immutable and safe for any number of concurrent readers when <typeparamref name="T"/> is immutable.</threadsafety>
public sealed class Timeline<T> : IReadOnlyList<TimelineEntry<T>>, IEquatable<Timeline<T>>
{
    private readonly ImmutableArray<TimelineEntry<T>> _entries;

    // Bounds of each entry as day numbers, five per entry in one array (one allocation per timeline):
    // earliest start, latest start, earliest end, latest end, and the greatest latest end among entries
    // 0..i, with which a backward scan for entries that still reach a day can stop early.
    private const int Stride = 5;
    private readonly int[] _bounds;

    private PartialDate[]? _changePoints;

    // Built on the first lookup of an exclusive timeline, so loading pays nothing for timelines never asked.
    private CertainStretches? _certain;

    private Timeline(ImmutableArray<TimelineEntry<T>> sorted, bool exclusive)
    {
        _entries = sorted;
        IsExclusive = exclusive;
        int n = sorted.Length;
        _bounds = new int[n * Stride];
        for (int i = 0; i < n; i++)
        {
            DateRange r = sorted[i].Range;
            int at = i * Stride;
            _bounds[at] = r.StartEarliestDay;
            _bounds[at + 1] = r.StartLatestDay;
            _bounds[at + 2] = r.EndEarliestDay;
            _bounds[at + 3] = r.EndLatestDay;
            _bounds[at + 4] = i == 0 ? r.EndLatestDay : Math.Max(_bounds[at - Stride + 4], r.EndLatestDay);
        }
    }

    /// <summary>An exclusive timeline with no entries.</summary>
    public static Timeline<T> Empty { get; } = new(ImmutableArray<TimelineEntry<T>>.Empty, exclusive: true);

    /// <summary>Whether this timeline rejects entries that certainly overlap.</summary>
    public bool IsExclusive { get; }

    /// <summary>The entries, sorted (see the type remarks).</summary>
    public ImmutableArray<TimelineEntry<T>> Entries => _entries;

    /// <summary>
    /// Every distinct start and end date of the entries, in <see cref="PartialDate"/> order: the
    /// dates on which the answer of <see cref="At(LocalDate)"/> can change.
    /// </summary>
    public ImmutableArray<PartialDate> ChangePoints
    {
        get
        {
            // Computed on first use: most timelines are never asked. A race computes equal arrays
            // twice; publishing a reference is atomic, so readers see one or the other, whole.
            _changePoints ??= _entries
                .SelectMany(e => new[] { e.Range.Start, e.Range.End })
                .Where(d => d.HasValue)
                .Select(d => d!.Value)
                .Distinct()
                .Order()
                .ToArray();
            return ImmutableCollectionsMarshal.AsImmutableArray(_changePoints);
        }
    }

    /// <summary>The number of entries.</summary>
    public int Count => _entries.Length;

    /// <summary>The entry at the given position in sorted order.</summary>
    /// <param name="index">The position.</param>
    /// <returns>The entry.</returns>
    public TimelineEntry<T> this[int index] => _entries[index];

    /// <summary>
    /// Creates a timeline whose entries must not certainly overlap (a name history, a seat history,
    /// chair terms, the status spans of one membership).
    /// </summary>
    /// <param name="entries">The entries, in any order.</param>
    /// <returns>The sorted timeline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is null.</exception>
    /// <exception cref="ArgumentException">Two entries certainly overlap; the message names both.</exception>
    public static Timeline<T> Exclusive(IEnumerable<TimelineEntry<T>> entries) => Create(entries, exclusive: true);

    /// <summary>Creates a timeline whose entries may overlap (such as the observers of an organization).</summary>
    /// <param name="entries">The entries, in any order.</param>
    /// <returns>The sorted timeline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is null.</exception>
    public static Timeline<T> AllowingOverlaps(IEnumerable<TimelineEntry<T>> entries) => Create(entries, exclusive: false);

    /// <summary>
    /// The value on the given day: the entry that certainly holds if there is one; otherwise the
    /// latest-starting entry that possibly holds; otherwise no answer. Does not allocate.
    /// </summary>
    /// <param name="date">The day.</param>
    /// <returns>The value with its certainty, or <see cref="Answer{T}.None"/>.</returns>
    public Answer<T> At(LocalDate date)
    {
        int i = IndexAt(DayNumber.Of(date), out Certainty certainty);
        return i < 0 ? default : new Answer<T>(_entries[i].Value, certainty);
    }

    /// <summary>The day-number bounds of the entry at a position: earliest start, latest start, earliest end, latest end.</summary>
    internal ReadOnlySpan<int> BoundsAt(int index) => _bounds.AsSpan(index * Stride, 4);

    internal Answer<T> AtDay(int day)
    {
        int i = IndexAt(day, out Certainty certainty);
        return i < 0 ? default : new Answer<T>(_entries[i].Value, certainty);
    }

    /// <summary>The entry on the given day, chosen as in <see cref="At(LocalDate)"/>. Does not allocate.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The entry with its certainty, or <see cref="Answer{T}.None"/>.</returns>
    public Answer<TimelineEntry<T>> EntryAt(LocalDate date)
    {
        int i = IndexAt(DayNumber.Of(date), out Certainty certainty);
        return i < 0 ? default : new Answer<TimelineEntry<T>>(_entries[i], certainty);
    }

    /// <summary>Every entry that certainly or possibly holds on the given day, in sorted order.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The entries with their certainty.</returns>
    public ImmutableArray<Answer<TimelineEntry<T>>> EntriesAt(LocalDate date)
    {
        int day = DayNumber.Of(date);
        var result = ImmutableArray.CreateBuilder<Answer<TimelineEntry<T>>>();
        for (int k = UpperBound(day) - 1; k >= 0 && MaxEndLatest(k) > day; k--)
        {
            Certainty c = ContainsAt(k, day);
            if (c != Certainty.No)
            {
                result.Add(new Answer<TimelineEntry<T>>(_entries[k], c));
            }
        }

        result.Reverse();
        return result.ToImmutable();
    }

    /// <summary>Every entry whose range certainly or possibly shares a day with <paramref name="range"/>, in sorted order.</summary>
    /// <param name="range">The range to test against.</param>
    /// <returns>The entries with the certainty of the overlap.</returns>
    public ImmutableArray<Answer<TimelineEntry<T>>> Overlapping(DateRange range)
    {
        int rangeEndLatest = range.EndLatestDay;
        var result = ImmutableArray.CreateBuilder<Answer<TimelineEntry<T>>>();
        for (int k = 0; k < _entries.Length && _bounds[k * Stride] < rangeEndLatest; k++)
        {
            int at = k * Stride;
            Certainty c = DateRange.Overlap(
                _bounds[at], _bounds[at + 1], _bounds[at + 2], _bounds[at + 3],
                range.StartEarliestDay, range.StartLatestDay, range.EndEarliestDay, rangeEndLatest);
            if (c != Certainty.No)
            {
                result.Add(new Answer<TimelineEntry<T>>(_entries[k], c));
            }
        }

        return result.ToImmutable();
    }

    /// <summary>Returns an enumerator over the sorted entries.</summary>
    /// <returns>The enumerator.</returns>
    public ImmutableArray<TimelineEntry<T>>.Enumerator GetEnumerator() => _entries.GetEnumerator();

    /// <inheritdoc/>
    IEnumerator<TimelineEntry<T>> IEnumerable<TimelineEntry<T>>.GetEnumerator() => ((IEnumerable<TimelineEntry<T>>)_entries).GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)_entries).GetEnumerator();

    /// <summary>Whether both timelines have the same exclusivity and equal entries in the same order.</summary>
    /// <param name="other">The other timeline.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(Timeline<T>? other) =>
        other is not null && (ReferenceEquals(this, other) || (IsExclusive == other.IsExclusive && _entries.AsSpan().SequenceEqual(other._entries.AsSpan())));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Timeline<T>);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(IsExclusive);
        foreach (TimelineEntry<T> entry in _entries)
        {
            hash.Add(entry);
        }

        return hash.ToHashCode();
    }

    /// <summary>The invariant text form: the entries, one per line.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => string.Join(Environment.NewLine, _entries.Select(e => e.ToString()));

    /// <summary>Creates a timeline from an array the caller hands over and never touches again (it is not copied).</summary>
    internal static Timeline<T> FromOwnedArray(TimelineEntry<T>[] array, bool exclusive)
    {
        if (array.Length == 0)
        {
            return exclusive ? Empty : new Timeline<T>(ImmutableArray<TimelineEntry<T>>.Empty, exclusive);
        }

        // Most timelines arrive sorted (JSON is written sorted); only sort when they are not.
        // The sort is stable, so entries with identical ranges keep the order they were given in.
        if (!IsSorted(array))
        {
            array = [.. array.OrderBy(e => e, EntryOrder.Instance)];
        }

        ImmutableArray<TimelineEntry<T>> sorted = ImmutableCollectionsMarshal.AsImmutableArray(array);
        if (exclusive && array.Length > 1)
        {
            RejectCertainOverlaps(sorted);
        }

        return new Timeline<T>(sorted, exclusive);
    }

    private static Timeline<T> Create(IEnumerable<TimelineEntry<T>> entries, bool exclusive)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return FromOwnedArray(entries.ToArray(), exclusive);
    }

    private static bool IsSorted(TimelineEntry<T>[] array)
    {
        for (int i = 1; i < array.Length; i++)
        {
            if (EntryOrder.Instance.Compare(array[i - 1], array[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }

    private sealed class EntryOrder : IComparer<TimelineEntry<T>>
    {
        public static readonly EntryOrder Instance = new();

        public int Compare(TimelineEntry<T> x, TimelineEntry<T> y)
        {
            DateRange a = x.Range;
            DateRange b = y.Range;
            int c = a.StartEarliestDay.CompareTo(b.StartEarliestDay);
            if (c == 0)
            {
                c = a.StartLatestDay.CompareTo(b.StartLatestDay);
            }

            if (c == 0)
            {
                c = a.EndEarliestDay.CompareTo(b.EndEarliestDay);
            }

            return c != 0 ? c : a.EndLatestDay.CompareTo(b.EndLatestDay);
        }
    }

    // Two entries certainly overlap exactly when the days each certainly holds — from its latest start
    // up to its earliest end — meet. So the check is a sweep over those stretches in order of their
    // start, keeping the one reaching furthest: O(n log n) whatever the entries' precision (a scan
    // back from each entry would be quadratic for entries that certainly hold on no day at all).
    private static void RejectCertainOverlaps(ImmutableArray<TimelineEntry<T>> entries)
    {
        int furthest = -1;
        int furthestEnd = int.MinValue;
        foreach (int i in InCertainStartOrder(entries))
        {
            DateRange range = entries[i].Range;
            if (range.StartLatestDay < furthestEnd)
            {
                (int first, int second) = furthest < i ? (furthest, i) : (i, furthest);
                throw new ArgumentException(
                    $"Timeline entries overlap: '{entries[first]}' and '{entries[second]}' both hold on the same days, but this timeline allows one value at a time.",
                    nameof(entries));
            }

            if (range.EndEarliestDay > furthestEnd)
            {
                furthest = i;
                furthestEnd = range.EndEarliestDay;
            }
        }
    }

    // The positions of the entries that certainly hold on at least one day, by latest start, then position.
    private static int[] InCertainStartOrder(ImmutableArray<TimelineEntry<T>> entries)
    {
        var keys = new List<long>(entries.Length);
        bool sorted = true;
        for (int i = 0; i < entries.Length; i++)
        {
            DateRange range = entries[i].Range;
            if (range.StartLatestDay < range.EndEarliestDay)
            {
                long key = ((long)range.StartLatestDay << 32) | (uint)i;
                sorted &= keys.Count == 0 || keys[^1] < key;
                keys.Add(key);
            }
        }

        if (!sorted)
        {
            keys.Sort();
        }

        return [.. keys.Select(k => (int)(uint)k)];
    }

    private int IndexAt(int day, out Certainty certainty)
    {
        if (IsExclusive)
        {
            return ExclusiveIndexAt(day, out certainty);
        }

        int best = -1;
        certainty = Certainty.No;
        for (int k = UpperBound(day) - 1; k >= 0 && MaxEndLatest(k) > day; k--)
        {
            Certainty c = ContainsAt(k, day);
            if (c == Certainty.Certainly)
            {
                certainty = c;
                return k;
            }

            if (c == Certainty.Possibly && best < 0)
            {
                best = k;
                certainty = c;
            }
        }

        return best;
    }

    // In an exclusive timeline at most one entry certainly holds on a day, and the days each entry
    // certainly holds do not overlap: a binary search over them finds it in O(log n). Otherwise the
    // answer is the latest-starting entry that possibly holds, the first met scanning back.
    private int ExclusiveIndexAt(int day, out Certainty certainty)
    {
        CertainStretches stretches = _certain ?? Interlocked.CompareExchange(ref _certain, new CertainStretches(_entries), null) ?? _certain!;
        int k = stretches.At(day);
        if (k >= 0)
        {
            certainty = Certainty.Certainly;
            return k;
        }

        for (k = UpperBound(day) - 1; k >= 0 && MaxEndLatest(k) > day; k--)
        {
            WorkCounter.Step();
            if (ContainsAt(k, day) != Certainty.No)
            {
                certainty = Certainty.Possibly;
                return k;
            }
        }

        certainty = Certainty.No;
        return -1;
    }

    private int MaxEndLatest(int k) => _bounds[(k * Stride) + 4];

    /// <summary>The days each entry of an exclusive timeline certainly holds, by their first day.</summary>
    private sealed class CertainStretches
    {
        private readonly int[] _starts;
        private readonly int[] _ends;
        private readonly int[] _entries;

        public CertainStretches(ImmutableArray<TimelineEntry<T>> entries)
        {
            _entries = InCertainStartOrder(entries);
            _starts = [.. _entries.Select(i => entries[i].Range.StartLatestDay)];
            _ends = [.. _entries.Select(i => entries[i].Range.EndEarliestDay)];
        }

        // The entry that certainly holds on the day, or -1.
        public int At(int day)
        {
            int lo = SortedDays.CountOnOrBefore(_starts, day);
            return lo > 0 && day < _ends[lo - 1] ? _entries[lo - 1] : -1;
        }
    }

    private Certainty ContainsAt(int k, int day)
    {
        int at = k * Stride;
        return DateRange.Contains(day, _bounds[at], _bounds[at + 1], _bounds[at + 2], _bounds[at + 3]);
    }

    // The number of entries whose earliest start is on or before the day.
    private int UpperBound(int day)
    {
        int lo = 0;
        int hi = _entries.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_bounds[mid * Stride] <= day)
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
