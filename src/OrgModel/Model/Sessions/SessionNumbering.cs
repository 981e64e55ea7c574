using OrgModel.Time;

namespace OrgModel.Model;

/// <summary>
/// One series' numbered sessions in the order of their first days, kept so that the numbers recorded
/// below and above any day are found by binary search: the rule for unrecorded sessions asks this once
/// for every session of the other series, and must stay near-linear however many sessions there are.
/// </summary>
internal sealed class SessionNumbering
{
    private readonly int[] _days;
    private readonly int[] _highestSoFar;
    private readonly int[] _lowestFromHere;
    private readonly HashSet<int> _numbers;

    public SessionNumbering(IEnumerable<Session> numbered)
    {
        var byDay = numbered.OrderBy(s => s.Date.Earliest).ToArray();
        _days = [.. byDay.Select(s => DayNumber.Of(s.Date.Earliest))];
        _numbers = [.. byDay.Select(s => s.Ordinal!.Value)];
        _highestSoFar = new int[byDay.Length];
        _lowestFromHere = new int[byDay.Length];
        for (int i = 0, highest = 0; i < byDay.Length; i++)
        {
            _highestSoFar[i] = highest = Math.Max(highest, byDay[i].Ordinal!.Value);
        }

        for (int i = byDay.Length - 1, lowest = int.MaxValue; i >= 0; i--)
        {
            _lowestFromHere[i] = lowest = Math.Min(lowest, byDay[i].Ordinal!.Value);
        }
    }

    /// <summary>
    /// Whether a numbered meeting of another series carries a number this series lacks and falls
    /// between this series' sessions numbered below and above it: it took that session's place.
    /// </summary>
    public bool FillsGap(Session meeting)
    {
        int n = meeting.Ordinal!.Value;
        int begunBy = SortedDays.CountOnOrBefore(_days, DayNumber.Of(meeting.Date.Earliest));
        int below = begunBy == 0 ? 0 : _highestSoFar[begunBy - 1];
        return below < n && begunBy < _days.Length && _lowestFromHere[begunBy] > n && !_numbers.Contains(n);
    }
}
