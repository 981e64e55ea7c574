using CsCheck;
using NodaTime;
using OrgModel.Time;

namespace OrgModel.Tests.Time;

/// <summary>Property tests: laws of the temporal core that hold for every input.</summary>
public class TemporalLaws
{
    [Fact]
    public void Formatting_then_parsing_gives_back_the_same_partial_date()
    {
        TemporalGen.PartialDate(1, 9999).Sample(d => PartialDate.Parse(d.ToString()) == d);
    }

    [Fact]
    public void Earliest_and_latest_bound_exactly_the_days_a_partial_date_can_mean()
    {
        TemporalGen.PartialDate(1, 9999).Sample(d =>
            d.Earliest <= d.Latest
            && d.Earliest.Year == d.Year && d.Latest.Year == d.Year
            && (d.Month is null ? d.Earliest.Month == 1 && d.Latest.Month == 12 : d.Earliest.Month == d.Month && d.Latest.Month == d.Month)
            && (d.Day is null ? (d.Year == 9999 || d.Latest.PlusDays(1).Day == 1) : d.Earliest == d.Latest));
    }

    [Fact]
    public void Ordering_is_by_earliest_day_then_coarser_first_and_agrees_with_equality()
    {
        Gen.Select(TemporalGen.PartialDate(2000, 2002), TemporalGen.PartialDate(2000, 2002)).Sample((a, b) =>
        {
            int expected = a.Earliest != b.Earliest ? a.Earliest.CompareTo(b.Earliest) : a.Precision.CompareTo(b.Precision);
            return Math.Sign(a.CompareTo(b)) == Math.Sign(expected) && (a.CompareTo(b) == 0) == (a == b);
        });
    }

    [Fact]
    public void Containment_agrees_with_every_reading_of_the_imprecise_bounds()
    {
        Gen.Select(TemporalGen.DateRange(2000, 2001), TemporalGen.Day(1999, 2002)).Sample(
            (range, day) => range.Contains(day) == BruteForceContains(range, day),
            iter: 300);
    }

    [Fact]
    public void A_range_contains_a_day_exactly_as_it_overlaps_that_single_day()
    {
        Gen.Select(TemporalGen.DateRange(1990, 2030), TemporalGen.Day(1985, 2035)).Sample((range, day) =>
            range.Contains(day) == range.Overlaps(DateRange.Between(PartialDate.FromLocalDate(day), PartialDate.FromLocalDate(day.PlusDays(1)))));
    }

    [Fact]
    public void Day_numbers_by_arithmetic_agree_with_the_framework_for_every_day()
    {
        Gen.Int[1, 3_652_058].Sample(n =>
        {
            var date = LocalDate.FromDateOnly(DateOnly.FromDayNumber(n - 1));
            // NodaTime's Julian calendar covers a slightly smaller range of years than the ISO one.
            bool julianInRange = date.Year is > 10 and < 9990;
            return DayNumber.Of(date) == n - 1 && (!julianInRange || DayNumber.Of(date.WithCalendar(CalendarSystem.Julian)) == n - 1);
        }, iter: 2000);
    }

    [Fact]
    public void Overlap_is_symmetric()
    {
        Gen.Select(TemporalGen.DateRange(1990, 2030), TemporalGen.DateRange(1990, 2030)).Sample((a, b) => a.Overlaps(b) == b.Overlaps(a));
    }

    [Fact]
    public void Three_valued_logic_obeys_de_morgan()
    {
        Gen.Select(TemporalGen.Certainty, TemporalGen.Certainty).Sample((a, b) =>
            a.And(b).Not() == a.Not().Or(b.Not()) && a.Or(b).Not() == a.Not().And(b.Not()));
    }

    [Fact]
    public void An_exclusive_timeline_accepts_exactly_the_entries_no_two_of_which_certainly_overlap()
    {
        TemporalGen.Entries(1995, 2005, 12).Sample(entries =>
        {
            bool anyCertainOverlap = entries.SelectMany((a, i) => entries.Skip(i + 1).Select(b => a.Range.Overlaps(b.Range)))
                .Any(c => c == Certainty.Certainly);
            bool accepted;
            try
            {
                Timeline.Exclusive(entries);
                accepted = true;
            }
            catch (ArgumentException)
            {
                accepted = false;
            }

            return accepted == !anyCertainOverlap;
        });
    }

    [Fact]
    public void Looking_up_a_day_agrees_with_a_linear_scan()
    {
        Gen.Select(TemporalGen.Entries(1995, 2005, 12), TemporalGen.Day(1994, 2006)).Sample((entries, day) =>
        {
            var timeline = Timeline.AllowingOverlaps(entries);
            var scanned = timeline.Entries.Select(e => (Entry: e, Certainty: e.Range.Contains(day))).ToList();
            var certain = scanned.LastOrDefault(x => x.Certainty == Certainty.Certainly);
            var possible = scanned.LastOrDefault(x => x.Certainty == Certainty.Possibly);
            Answer<TimelineEntry<int>> expected =
                certain.Certainty == Certainty.Certainly ? new(certain.Entry, Certainty.Certainly)
                : possible.Certainty == Certainty.Possibly ? new(possible.Entry, Certainty.Possibly)
                : default;

            return timeline.EntryAt(day) == expected
                && timeline.EntriesAt(day).SequenceEqual(scanned.Where(x => x.Certainty != Certainty.No).Select(x => new Answer<TimelineEntry<int>>(x.Entry, x.Certainty)));
        });
    }

    [Fact]
    public void Overlapping_agrees_with_a_linear_scan()
    {
        Gen.Select(TemporalGen.Entries(1995, 2005, 12), TemporalGen.DateRange(1994, 2006)).Sample((entries, range) =>
        {
            var timeline = Timeline.AllowingOverlaps(entries);
            var expected = timeline.Entries.Select(e => (e, c: e.Range.Overlaps(range))).Where(x => x.c != Certainty.No)
                .Select(x => new Answer<TimelineEntry<int>>(x.e, x.c));
            return timeline.Overlapping(range).SequenceEqual(expected);
        });
    }

    [Fact]
    public void Change_points_are_exactly_the_sorted_distinct_bounds()
    {
        TemporalGen.Entries(1995, 2005, 12).Sample(entries =>
        {
            var timeline = Timeline.AllowingOverlaps(entries);
            var bounds = entries.SelectMany(e => new[] { e.Range.Start, e.Range.End }).OfType<PartialDate>().Distinct().Order();
            return timeline.ChangePoints.SequenceEqual(bounds);
        });
    }

    private static Certainty BruteForceContains(DateRange range, LocalDate day)
    {
        // Every reading: a start day within the start's interval (or far before, when unknown), an end
        // day within the end's interval (or never, when ongoing). Certain when all readings contain
        // the day, possible when some do.
        LocalDate far = new(1900, 1, 1);
        IEnumerable<LocalDate> starts = range.Start is { } s ? Days(s.Earliest, s.Latest) : [far, day, day.PlusDays(1)];
        bool all = true, any = false;
        foreach (LocalDate start in starts)
        {
            // The first day outside: a day the exclusive end can mean, or the day after a day the
            // inclusive end can mean. An unknown end is any day after the start, or never.
            IEnumerable<LocalDate?> ends = range.End is { } e ? Days(e.Earliest, e.Latest).Select(x => (LocalDate?)(range.IsEndInclusive ? x.PlusDays(1) : x))
                : range.HasUnknownEnd ? [start.PlusDays(1), day, day.PlusDays(1), null]
                : [null];
            foreach (LocalDate? end in ends.Where(x => x is null || x.Value > start))
            {
                bool inside = start <= day && (end is null || day < end.Value);
                all &= inside;
                any |= inside;
            }
        }

        // A qualified bound is never a reason to be certain.
        bool qualified = range.Start is { IsQualified: true } || range.End is { IsQualified: true };
        return all && !qualified ? Certainty.Certainly : any ? Certainty.Possibly : Certainty.No;
    }

    [Fact]
    public void A_range_certainly_contains_exactly_its_certain_days_and_possibly_at_least_its_possible_days()
    {
        static bool Within(LocalDate day, LocalDate? first, LocalDate? last) => (first is null || first <= day) && (last is null || day <= last);

        var ranges = Gen.OneOf(
            TemporalGen.AnyDateRange(1990, 2010),
            Gen.Select(TemporalGen.PartialDate(1990, 2000), TemporalGen.PartialDate(2001, 2010)).Select((s, t) => DateRange.HeldThroughThenUnknown(s, t)));
        Gen.Select(ranges, TemporalGen.Day(1985, 2015)).Sample((range, day) =>
        {
            Certainty answer = range.Contains(day);
            bool certain = range.CertainDays is { } c && Within(day, c.First, c.Last);
            bool possible = Within(day, range.PossibleDays.First, range.PossibleDays.Last);
            return certain == (answer == Certainty.Certainly) && possible == (answer != Certainty.No);
        }, iter: 20_000);
    }

    private static IEnumerable<LocalDate> Days(LocalDate from, LocalDate to)
    {
        for (LocalDate d = from; d <= to; d = d.PlusDays(1))
        {
            yield return d;
        }
    }
}
