using NodaTime;
using OrgModel.Time;

namespace OrgModel.Tests.Time;

public class DateRangeTests
{
    private static readonly DateRange From2014Ongoing = DateRange.From(new PartialDate(2014));

    [Fact]
    public void A_membership_from_2014_still_ongoing_certainly_holds_in_2015()
    {
        From2014Ongoing.Contains(new LocalDate(2015, 3, 1)).Should().Be(Certainty.Certainly);
    }

    [Fact]
    public void A_membership_from_2014_possibly_holds_during_2014()
    {
        From2014Ongoing.Contains(new LocalDate(2014, 3, 1)).Should().Be(Certainty.Possibly);
        From2014Ongoing.Contains(new LocalDate(2014, 12, 30)).Should().Be(Certainty.Possibly);
        From2014Ongoing.Contains(new LocalDate(2014, 12, 31)).Should().Be(Certainty.Certainly, "every reading of '2014' starts on or before its last day");
    }

    [Theory]
    [InlineData(1944, 12, 31, Certainty.No)]
    [InlineData(1945, 1, 1, Certainty.Possibly)]
    [InlineData(1945, 12, 31, Certainty.Certainly)]
    [InlineData(2014, 1, 1, Certainty.Certainly)]
    [InlineData(2014, 1, 2, Certainty.Possibly)]
    [InlineData(2014, 12, 31, Certainty.Possibly)]
    [InlineData(2015, 1, 1, Certainty.Possibly)]
    [InlineData(2026, 12, 31, Certainty.Possibly)]
    public void A_run_held_through_the_last_year_of_a_dataset_is_never_answered_no_after_it(int y, int m, int d, Certainty expected)
    {
        DateRange run = DateRange.HeldThroughThenUnknown(new PartialDate(1945), new PartialDate(2014));

        run.Contains(new LocalDate(y, m, d)).Should().Be(expected);
        run.IsOngoing.Should().BeFalse();
        run.HasUnknownEnd.Should().BeTrue();
        run.ToString().Should().Be("[1945, 2014…unknown)");
        run.TryFormatEdtf(out _).Should().BeFalse("EDTF's empty end would say the range ended");
    }

    [Fact]
    public void A_membership_from_2014_does_not_hold_in_2013()
    {
        From2014Ongoing.Contains(new LocalDate(2013, 12, 31)).Should().Be(Certainty.No);
    }

    [Fact]
    public void The_end_day_is_not_inside_so_a_handover_day_belongs_to_the_next_term()
    {
        var outgoing = DateRange.Between(new PartialDate(2024, 6, 5), new PartialDate(2025, 6, 12));
        var incoming = DateRange.From(new PartialDate(2025, 6, 12));
        var handover = new LocalDate(2025, 6, 12);

        outgoing.Contains(handover).Should().Be(Certainty.No);
        outgoing.Contains(handover.PlusDays(-1)).Should().Be(Certainty.Certainly);
        incoming.Contains(handover).Should().Be(Certainty.Certainly);
        outgoing.Overlaps(incoming).Should().Be(Certainty.No);
    }

    [Fact]
    public void An_end_known_to_the_year_possibly_holds_until_the_last_day_but_one_of_that_year()
    {
        var range = DateRange.Between(new PartialDate(2010, 5, 1), new PartialDate(2016));

        range.Contains(new LocalDate(2015, 12, 31)).Should().Be(Certainty.Certainly);
        range.Contains(new LocalDate(2016, 1, 1)).Should().Be(Certainty.Possibly);
        range.Contains(new LocalDate(2016, 12, 30)).Should().Be(Certainty.Possibly);
        range.Contains(new LocalDate(2016, 12, 31)).Should().Be(Certainty.No);
    }

    [Fact]
    public void An_unknown_start_never_rules_out_an_earlier_day_and_is_certain_only_on_the_last_day()
    {
        var range = DateRange.Until(new PartialDate(2009, 9, 29));

        range.Contains(new LocalDate(1900, 1, 1)).Should().Be(Certainty.Possibly);
        range.Contains(new LocalDate(2009, 9, 27)).Should().Be(Certainty.Possibly);
        range.Contains(new LocalDate(2009, 9, 28)).Should().Be(Certainty.Certainly, "a range holds at least one day, and this is the only day it surely holds");
        DateRange.Until(new PartialDate(2009)).Contains(new LocalDate(2008, 12, 31)).Should().Be(Certainty.Possibly);
        range.Contains(new LocalDate(2009, 9, 29)).Should().Be(Certainty.No);
        range.HasKnownStart.Should().BeFalse();
    }

    [Fact]
    public void A_range_that_ended_on_an_unknown_day_is_certain_only_on_its_exact_first_day()
    {
        var range = DateRange.WithUnknownEnd(new PartialDate(2013, 10, 1));

        range.Contains(new LocalDate(2013, 10, 1)).Should().Be(Certainty.Certainly);
        range.Contains(new LocalDate(2016, 1, 1)).Should().Be(Certainty.Possibly);
        range.Contains(new LocalDate(2013, 9, 30)).Should().Be(Certainty.No);
        range.IsOngoing.Should().BeFalse();
        range.HasUnknownEnd.Should().BeTrue();
        range.ToString().Should().Be("[2013-10-01, unknown)");
        range.Should().NotBe(DateRange.From(new PartialDate(2013, 10, 1)));
    }

    [Fact]
    public void The_default_range_possibly_holds_on_every_day()
    {
        default(DateRange).Contains(new LocalDate(1, 1, 1)).Should().Be(Certainty.Possibly);
        default(DateRange).IsOngoing.Should().BeTrue();
        default(DateRange).ToString().Should().Be("[unknown, ongoing)");
    }

    [Theory]
    [InlineData("2015", "2014")]
    [InlineData("2014-06-13", "2014-06-13")]
    [InlineData("2014-06-13", "2014-06-12")]
    [InlineData("2014-06", "2014-06-01")]
    [InlineData("2014-07-01", "2014-06")]
    public void An_end_that_cannot_come_after_the_start_is_rejected(string start, string end)
    {
        Action create = () => _ = new DateRange(PartialDate.Parse(start), PartialDate.Parse(end));

        create.Should().Throw<ArgumentException>()
            .WithMessage($"The end ({end}) must come after the start ({start})*")
            .And.ParamName.Should().Be("end");
    }

    [Theory]
    [InlineData("2014", "2014")]
    [InlineData("2014-06", "2014-06")]
    [InlineData("2014-06-13", "2014-06-14")]
    [InlineData("2014", "2014-01-02")]
    public void A_range_that_can_hold_at_least_one_day_is_accepted(string start, string end)
    {
        var range = new DateRange(PartialDate.Parse(start), PartialDate.Parse(end));

        range.ToString().Should().Be($"[{start}, {end})");
    }

    [Fact]
    public void Ranges_overlap_certainly_possibly_or_not_at_all()
    {
        var a = DateRange.Between(new PartialDate(2010), new PartialDate(2014));
        var b = DateRange.Between(new PartialDate(2013), new PartialDate(2020));
        var c = DateRange.From(new PartialDate(2014));
        var d = DateRange.From(new PartialDate(2015));

        a.Overlaps(b).Should().Be(Certainty.Certainly);
        a.Overlaps(c).Should().Be(Certainty.Possibly);
        a.Overlaps(d).Should().Be(Certainty.No);
    }

    [Fact]
    public void Equal_ranges_are_equal_and_share_a_hash_code()
    {
        var a = DateRange.Between(new PartialDate(2010), new PartialDate(2014, 3));
        var b = new DateRange(PartialDate.Parse("2010"), PartialDate.Parse("2014-03"));

        a.Should().Be(b);
        (a == b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        (a != DateRange.From(new PartialDate(2010))).Should().BeTrue();
    }
}
