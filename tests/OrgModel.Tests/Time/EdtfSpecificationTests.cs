using NodaTime;
using NodaTime.Text;
using OrgModel.Time;

namespace OrgModel.Tests.Time;

/// <summary>
/// Every example of levels 0 and 1 in the EDTF specification (Library of Congress, "Extended Date/Time
/// Format (EDTF) Specification", 4 February 2019, https://www.loc.gov/standards/datetime/), read with the
/// days the specification's own words give it. Approximate dates (<c>~</c>, <c>%</c>) also reach one unit
/// to either side, as <see cref="DateQualifier"/> documents.
/// </summary>
public class EdtfSpecificationTests
{
    [Theory]
    // Level 0, date: "complete representation", "reduced precision for year and month", "for year".
    [InlineData("1985-04-12", "1985-04-12", "1985-04-12", DatePrecision.Day)]
    [InlineData("1985-04", "1985-04-01", "1985-04-30", DatePrecision.Month)]
    [InlineData("1985", "1985-01-01", "1985-12-31", DatePrecision.Year)]
    // Level 0, date and time: the day as written; OrgModel holds no time of day.
    [InlineData("1985-04-12T23:20:30", "1985-04-12", "1985-04-12", DatePrecision.Day)]
    [InlineData("1985-04-12T23:20:30Z", "1985-04-12", "1985-04-12", DatePrecision.Day)]
    [InlineData("1985-04-12T23:20:30-04", "1985-04-12", "1985-04-12", DatePrecision.Day)]
    [InlineData("1985-04-12T23:20:30+04:30", "1985-04-12", "1985-04-12", DatePrecision.Day)]
    // Level 1, qualification: "year uncertain (possibly the year 1984, but not definitely)",
    // "year-month approximate", "entire date (year-month-day) uncertain and approximate".
    [InlineData("1984?", "1984-01-01", "1984-12-31", DatePrecision.Year)]
    [InlineData("2004-06~", "2004-05-01", "2004-07-31", DatePrecision.Month)]
    [InlineData("2004-06-11%", "2004-06-10", "2004-06-12", DatePrecision.Day)]
    // Level 1, unspecified digits from the right: "some year between 2010 and 2019", "some year between
    // 2000 and 2099", "some month in 2004", "some day in April 1985", "some month and day in 1985".
    [InlineData("201X", "2010-01-01", "2019-12-31", DatePrecision.Decade)]
    [InlineData("20XX", "2000-01-01", "2099-12-31", DatePrecision.Century)]
    [InlineData("2004-XX", "2004-01-01", "2004-12-31", DatePrecision.Year)]
    [InlineData("1985-04-XX", "1985-04-01", "1985-04-30", DatePrecision.Month)]
    [InlineData("1985-XX-XX", "1985-01-01", "1985-12-31", DatePrecision.Year)]
    public void Every_date_example_of_levels_0_and_1_means_the_days_the_specification_gives_it(string edtf, string earliest, string latest, DatePrecision precision)
    {
        PartialDate date = PartialDate.ParseEdtf(edtf);

        date.Earliest.Should().Be(Day(earliest));
        date.Latest.Should().Be(Day(latest));
        date.Precision.Should().Be(precision);
        PartialDate.ParseEdtf(date.ToEdtfString()).Should().Be(date);
    }

    [Theory]
    // Level 0, time interval (ends inclusive).
    [InlineData("1964/2008", "1964-01-01", "2008-12-31")]
    [InlineData("2004-06/2006-08", "2004-06-01", "2006-08-31")]
    [InlineData("2004-02-01/2005-02-08", "2004-02-01", "2005-02-08")]
    [InlineData("2004-02-01/2005-02", "2004-02-01", "2005-02-28")]
    [InlineData("2004-02-01/2005", "2004-02-01", "2005-12-31")]
    [InlineData("2005/2006-02", "2005-01-01", "2006-02-28")]
    // Level 1, extended interval: an open end ("..") never stops; an unknown end or start (empty) is unbounded.
    [InlineData("1985-04-12/..", "1985-04-12", "")]
    [InlineData("1985-04/..", "1985-04-01", "")]
    [InlineData("1985/..", "1985-01-01", "")]
    [InlineData("../1985-04-12", "", "1985-04-12")]
    [InlineData("../1985-04", "", "1985-04-30")]
    [InlineData("../1985", "", "1985-12-31")]
    [InlineData("1985-04-12/", "1985-04-12", "")]
    [InlineData("1985-04/", "1985-04-01", "")]
    [InlineData("1985/", "1985-01-01", "")]
    [InlineData("/1985-04-12", "", "1985-04-12")]
    [InlineData("/1985-04", "", "1985-04-30")]
    [InlineData("/1985", "", "1985-12-31")]
    public void Every_interval_example_of_levels_0_and_1_spans_the_days_the_specification_gives_it(string edtf, string earliest, string latest)
    {
        DateRange range = DateRange.ParseEdtf(edtf);

        (range.Start?.Earliest).Should().Be(earliest.Length == 0 ? null : Day(earliest));
        LocalDate? lastDayPossiblyInside = range.End is { } end ? (range.IsEndInclusive ? end.Latest : end.Latest.PlusDays(-1)) : null;
        lastDayPossiblyInside.Should().Be(latest.Length == 0 ? null : Day(latest));
        if (latest.Length > 0)
        {
            range.Contains(Day(latest)).Should().NotBe(Certainty.No, "the last day of the interval's end is inside");
            range.Contains(Day(latest).PlusDays(1)).Should().Be(Certainty.No, "the day after the interval is outside");
        }

        if (earliest.Length > 0)
        {
            range.Contains(Day(earliest)).Should().NotBe(Certainty.No);
            range.Contains(Day(earliest).PlusDays(-1)).Should().Be(Certainty.No);
        }

        DateRange.ParseEdtf(range.ToEdtfString()).Should().Be(range);
    }

    [Theory]
    [InlineData("1985-04-12/..", false, true)]
    [InlineData("1985/", true, false)]
    [InlineData("../1985", false, false)]
    public void Open_ends_are_ongoing_and_empty_ends_ended_on_an_unknown_day(string edtf, bool unknownEnd, bool ongoing)
    {
        DateRange range = DateRange.ParseEdtf(edtf);

        range.HasUnknownEnd.Should().Be(unknownEnd);
        range.IsOngoing.Should().Be(ongoing);
    }

    [Theory]
    [InlineData("Y170000002", "'Y' prefix")]
    [InlineData("Y-170000002", "'Y' prefix")]
    [InlineData("-1985", "negative years")]
    [InlineData("2001-21", "season")]
    [InlineData("2001-24", "season (level 1)")]
    [InlineData("2001-33", "season (level 2)")]
    [InlineData("0000", "from 0001 to 9999")]
    [InlineData("000X", "includes year 0000")]
    [InlineData("00XX", "includes year 0000")]
    [InlineData("156X-12-25", "EDTF level 2")]
    [InlineData("1985-XX-12", "EDTF level 2")]
    [InlineData("1985-04-12T23:20:30?", "cannot be qualified")]
    [InlineData("1985-04-12T25:20:30", "hh:mm:ss")]
    [InlineData("1985-04-12T23:20", "hh:mm:ss")]
    [InlineData("1964/2008", "DateRange.ParseEdtf")]
    [InlineData("", "cannot be empty")]
    [InlineData("2009-02-29", "2009-02 has 28 days")]
    public void Features_the_model_cannot_hold_are_refused_with_a_message_naming_them(string edtf, string reason)
    {
        Action parse = () => PartialDate.ParseEdtf(edtf);

        parse.Should().Throw<FormatException>().WithMessage($"*{reason}*");
        PartialDate.TryParseEdtf(edtf, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("2008/1964", "must not come before the start")]
    [InlineData("1964/2008/2010", "more than one '/'")]
    [InlineData("-1985/2008", "its start")]
    [InlineData("1985/2001-21", "its end")]
    public void Intervals_that_cannot_be_held_are_refused_with_a_message(string edtf, string reason)
    {
        Action parse = () => DateRange.ParseEdtf(edtf);

        parse.Should().Throw<FormatException>().WithMessage($"*{reason}*");
        DateRange.TryParseEdtf(edtf, out _).Should().BeFalse();
    }

    [Fact]
    public void The_canonical_parser_reads_what_to_string_writes_and_not_the_other_edtf_spellings()
    {
        PartialDate.Parse("196X~").Should().Be(PartialDate.OfDecade(1960).WithQualifier(DateQualifier.Approximate));
        PartialDate.Parse("19XX").Should().Be(PartialDate.OfCentury(1900));
        PartialDate.TryParse("1985-04-XX", out _).Should().BeFalse();
        PartialDate.TryParse("1985-04-12T23:20:30Z", out _).Should().BeFalse();
        PartialDate.ParseEdtf("1985-04-XX").ToString().Should().Be("1985-04");
    }

    [Fact]
    public void A_single_date_read_as_an_interval_spans_the_days_it_can_mean()
    {
        DateRange range = DateRange.ParseEdtf("1964");

        range.Should().Be(DateRange.BetweenInclusive(new PartialDate(1964), new PartialDate(1964)));
        range.ToEdtfString().Should().Be("1964/1964");
    }

    [Fact]
    public void Intervals_write_unknown_and_open_ends_as_edtf_does()
    {
        DateRange.WithUnknownEnd(new PartialDate(1985)).ToEdtfString().Should().Be("1985/");
        DateRange.From(new PartialDate(1985, 4)).ToEdtfString().Should().Be("1985-04/..");
        DateRange.Through(new PartialDate(1985)).ToEdtfString().Should().Be("/1985");
        default(DateRange).ToEdtfString().Should().Be("/..");
        DateRange.WithUnknownEnd(null).ToEdtfString().Should().Be("/");
        DateRange.ParseEdtf("/").Should().Be(DateRange.WithUnknownEnd(null));
        DateRange.ParseEdtf("../..").Should().Be(default(DateRange));
    }

    [Fact]
    public void An_exact_handover_end_is_written_as_the_day_before_and_reads_back_holding_the_same_days()
    {
        var term = DateRange.Between(new PartialDate(2024, 6, 6), new PartialDate(2025, 6, 12));

        string edtf = term.ToEdtfString();
        DateRange back = DateRange.ParseEdtf(edtf);

        edtf.Should().Be("2024-06-06/2025-06-11");
        back.Should().Be(DateRange.BetweenInclusive(new PartialDate(2024, 6, 6), new PartialDate(2025, 6, 11)));
        foreach (LocalDate day in new[] { new LocalDate(2024, 6, 5), new LocalDate(2024, 6, 6), new LocalDate(2025, 6, 11), new LocalDate(2025, 6, 12) })
        {
            back.Contains(day).Should().Be(term.Contains(day));
        }
    }

    [Fact]
    public void An_exclusive_end_coarser_than_a_day_has_no_edtf_form_and_says_why()
    {
        var range = DateRange.Between(new PartialDate(1990), new PartialDate(2011));

        range.TryFormatEdtf(out string? text).Should().BeFalse();
        text.Should().BeNull();
        range.Invoking(r => r.ToEdtfString()).Should().Throw<InvalidOperationException>().WithMessage("*exclusive end known only to the year*through*");
    }

    private static LocalDate Day(string text) => LocalDatePattern.Iso.Parse(text).Value;
}
