using NodaTime;
using OrgModel.Time;

namespace OrgModel.Tests.Time;

public class TimelineTests
{
    // Illustrative terms with a handover on a plenary day (TURKPA's real terms are in the fixtures).
    private static readonly Timeline<string> Chairs = Timeline.Exclusive(
        TimelineEntry.Create(DateRange.Between(D(2025, 6, 12), D(2026, 6, 1)), "Kazakhstan"),
        TimelineEntry.Create(DateRange.Between(D(2023, 6, 1), D(2024, 6, 5)), "Türkiye"),
        TimelineEntry.Create(DateRange.Between(D(2024, 6, 5), D(2025, 6, 12)), "Azerbaijan"));

    [Fact]
    public void Entries_that_certainly_hold_on_no_day_never_conflict_even_beside_a_long_entry()
    {
        // Each "1500 until 1500-06" may begin as late as 31 December and end as early as 1 June: no day
        // is certain, so none of them can certainly overlap anything.
        var vague = Enumerable.Range(0, 2000).Select(i => TimelineEntry.Create(DateRange.Between(PartialDate.Parse("1500"), PartialDate.Parse("1500-06")), i));
        var entries = vague.Prepend(TimelineEntry.Create(DateRange.Between(PartialDate.Parse("1400"), PartialDate.Parse("1600")), -1)).ToList();

        Timeline.Exclusive(entries).Count.Should().Be(2001);
    }

    [Fact]
    public void Entries_are_sorted_by_start_whatever_order_they_were_given_in()
    {
        Chairs.Select(e => e.Value).Should().Equal("Türkiye", "Azerbaijan", "Kazakhstan");
        Chairs.Count.Should().Be(3);
        Chairs[0].Value.Should().Be("Türkiye");
        Chairs.IsExclusive.Should().BeTrue();
    }

    [Theory]
    [InlineData(2025, 6, 11, "Azerbaijan")]
    [InlineData(2025, 6, 12, "Kazakhstan")]
    [InlineData(2025, 6, 13, "Kazakhstan")]
    [InlineData(2023, 6, 1, "Türkiye")]
    public void The_value_on_a_day_is_the_entry_that_holds_then(int y, int m, int d, string chair)
    {
        Chairs.At(new LocalDate(y, m, d)).Should().Be(new Answer<string>(chair, Certainty.Certainly));
    }

    [Fact]
    public void Before_the_first_and_after_the_last_entry_there_is_no_value()
    {
        Chairs.At(new LocalDate(2023, 5, 31)).HasValue.Should().BeFalse();
        Chairs.At(new LocalDate(2026, 6, 1)).HasValue.Should().BeFalse();
    }

    [Fact]
    public void An_exclusive_timeline_rejects_entries_that_certainly_overlap_and_names_both()
    {
        Action create = () => Timeline.Exclusive(
            TimelineEntry.Create(DateRange.Between(D(2020, 1, 1), D(2022, 1, 1)), "first"),
            TimelineEntry.Create(DateRange.From(D(2021, 6, 1)), "second"));

        create.Should().Throw<ArgumentException>()
            .WithMessage("Timeline entries overlap: '[2020-01-01, 2022-01-01): first' and '[2021-06-01, ongoing): second'*");
    }

    [Fact]
    public void An_overlap_hidden_behind_a_longer_imprecise_entry_is_still_found()
    {
        Action create = () => Timeline.Exclusive(
            TimelineEntry.Create(DateRange.Between(new PartialDate(2014), new PartialDate(2030)), "long, imprecise"),
            TimelineEntry.Create(DateRange.Between(D(2014, 2, 1), D(2014, 9, 1)), "A"),
            TimelineEntry.Create(DateRange.Between(D(2014, 3, 1), D(2014, 4, 1)), "B"));

        create.Should().Throw<ArgumentException>().WithMessage("*'[2014-02-01, 2014-09-01): A' and '[2014-03-01, 2014-04-01): B'*");
    }

    [Fact]
    public void Entries_that_only_possibly_overlap_are_accepted_and_answered_as_possible()
    {
        var statuses = Timeline.Exclusive(
            TimelineEntry.Create(DateRange.Between(new PartialDate(2010), new PartialDate(2014)), "observer"),
            TimelineEntry.Create(DateRange.From(new PartialDate(2014)), "full"));

        statuses.At(new LocalDate(2013, 12, 31)).Should().Be(new Answer<string>("observer", Certainty.Certainly));
        statuses.At(new LocalDate(2014, 6, 1)).Should().Be(new Answer<string>("full", Certainty.Possibly));
        statuses.EntriesAt(new LocalDate(2014, 6, 1)).Select(a => (a.Value.Value, a.Certainty))
            .Should().Equal(("observer", Certainty.Possibly), ("full", Certainty.Possibly));
        statuses.At(new LocalDate(2015, 1, 1)).Should().Be(new Answer<string>("full", Certainty.Certainly));
    }

    [Fact]
    public void A_certain_entry_wins_over_a_later_possible_one()
    {
        var statuses = Timeline.Exclusive(
            TimelineEntry.Create(DateRange.Between(D(2010, 1, 1), new PartialDate(2014, 6)), "first"),
            TimelineEntry.Create(DateRange.From(new PartialDate(2014)), "second"));

        statuses.At(new LocalDate(2014, 3, 1)).Should().Be(new Answer<string>("first", Certainty.Certainly));
        statuses.EntryAt(new LocalDate(2014, 3, 1)).Value.Range.Should().Be(DateRange.Between(D(2010, 1, 1), new PartialDate(2014, 6)));
    }

    [Fact]
    public void A_timeline_allowing_overlaps_lists_every_entry_on_a_day()
    {
        var observers = Timeline.AllowingOverlaps(
            TimelineEntry.Create(DateRange.From(new PartialDate(2014, 6)), "Hungary"),
            TimelineEntry.Create(DateRange.From(D(2022, 11, 11)), "Northern Cyprus"));

        observers.IsExclusive.Should().BeFalse();
        observers.EntriesAt(new LocalDate(2025, 1, 1)).Select(a => a.Value.Value).Should().Equal("Hungary", "Northern Cyprus");
        observers.At(new LocalDate(2025, 1, 1)).Value.Should().Be("Northern Cyprus");
    }

    [Fact]
    public void Overlapping_lists_the_entries_that_share_a_day_with_a_range()
    {
        var hits = Chairs.Overlapping(DateRange.Between(D(2024, 1, 1), new PartialDate(2025)));

        hits.Select(a => (a.Value.Value, a.Certainty)).Should().Equal(
            ("Türkiye", Certainty.Certainly), ("Azerbaijan", Certainty.Certainly), ("Kazakhstan", Certainty.Possibly));
        Chairs.Overlapping(DateRange.From(D(2026, 6, 1))).Should().BeEmpty();
    }

    [Fact]
    public void Change_points_are_the_distinct_start_and_end_dates_in_order()
    {
        Chairs.ChangePoints.Select(d => d.ToString()).Should().Equal("2023-06-01", "2024-06-05", "2025-06-12", "2026-06-01");
    }

    [Fact]
    public void Timelines_with_the_same_entries_are_equal_whatever_the_input_order()
    {
        var again = Timeline.Exclusive(Chairs.Entries.Reverse());

        again.Equals(Chairs).Should().BeTrue();
        again.GetHashCode().Should().Be(Chairs.GetHashCode());
        Timeline.AllowingOverlaps(Chairs.Entries.AsEnumerable()).Equals(Chairs).Should().BeFalse();
        Timeline.Exclusive<string>().Should().BeSameAs(Timeline<string>.Empty);
    }

    [Fact]
    public void An_entry_needs_a_value()
    {
        Action create = () => TimelineEntry.Create<string>(default, null!);

        create.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void To_string_lists_one_entry_per_line()
    {
        Chairs.ToString().Should().Be(string.Join(Environment.NewLine,
            "[2023-06-01, 2024-06-05): Türkiye", "[2024-06-05, 2025-06-12): Azerbaijan", "[2025-06-12, 2026-06-01): Kazakhstan"));
    }

    [Fact]
    public void Looking_up_a_day_does_not_allocate()
    {
        var day = new LocalDate(2025, 1, 1);
        Chairs.At(day);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            Chairs.At(day);
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
    }

    private static PartialDate D(int y, int m, int d) => new(y, m, d);
}
