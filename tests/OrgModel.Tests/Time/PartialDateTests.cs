using System.Globalization;
using NodaTime;
using OrgModel.Time;

namespace OrgModel.Tests.Time;

public class PartialDateTests
{
    [Theory]
    [InlineData("2014", DatePrecision.Year, "2014-01-01", "2014-12-31")]
    [InlineData("2014-06", DatePrecision.Month, "2014-06-01", "2014-06-30")]
    [InlineData("2014-06-13", DatePrecision.Day, "2014-06-13", "2014-06-13")]
    [InlineData("2012-02", DatePrecision.Month, "2012-02-01", "2012-02-29")]
    [InlineData("2009-02", DatePrecision.Month, "2009-02-01", "2009-02-28")]
    [InlineData("0001", DatePrecision.Year, "0001-01-01", "0001-12-31")]
    [InlineData("9999-12-31", DatePrecision.Day, "9999-12-31", "9999-12-31")]
    public void A_parsed_date_keeps_its_precision_and_knows_its_earliest_and_latest_day(string text, DatePrecision precision, string earliest, string latest)
    {
        PartialDate date = PartialDate.Parse(text);

        date.Precision.Should().Be(precision);
        date.Earliest.Should().Be(Day(earliest));
        date.Latest.Should().Be(Day(latest));
        date.ToString().Should().Be(text);
    }

    [Fact]
    public void A_year_is_never_padded_to_the_first_of_january()
    {
        PartialDate year = PartialDate.Parse("2014");

        year.Should().NotBe(PartialDate.Parse("2014-01-01"));
        year.Month.Should().BeNull();
        year.Day.Should().BeNull();
        year.IsExact.Should().BeFalse();
    }

    [Theory]
    [InlineData("2009-02-30", "2009-02 has 28 days")]
    [InlineData("2014-13", "month must be from 01 to 12")]
    [InlineData("2014-00", "month must be from 01 to 12")]
    [InlineData("2014-06-00", "2014-06 has 30 days")]
    [InlineData("0000", "year must be from 0001 to 9999")]
    [InlineData("13/06/2014", "expected YYYY, YYYY-MM or YYYY-MM-DD")]
    [InlineData("", "cannot be empty")]
    [InlineData("14", "expected YYYY, YYYY-MM or YYYY-MM-DD")]
    [InlineData("2014-6-13", "expected YYYY, YYYY-MM or YYYY-MM-DD")]
    [InlineData("2014/06/13", "expected YYYY, YYYY-MM or YYYY-MM-DD")]
    [InlineData(" 2014", "expected YYYY, YYYY-MM or YYYY-MM-DD")]
    [InlineData("2014-06-13T00:00", "expected YYYY, YYYY-MM or YYYY-MM-DD")]
    [InlineData("２０１４", "ASCII digits")]
    [InlineData("+201", "ASCII digits")]
    [InlineData("20a4-01", "ASCII digits")]
    public void Parsing_rejects_anything_but_the_three_iso_forms_with_a_clear_message(string text, string reason)
    {
        Action parse = () => PartialDate.Parse(text);

        parse.Should().Throw<FormatException>().WithMessage($"*{reason}*");
        PartialDate.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void Parsing_null_throws_argument_null_and_try_parse_returns_false()
    {
        Action parse = () => PartialDate.Parse((string)null!);

        parse.Should().Throw<ArgumentNullException>();
        PartialDate.TryParse((string?)null, out _).Should().BeFalse();
    }

    [Fact]
    public void Try_parse_explains_why_it_failed()
    {
        PartialDate.TryParse("2014-02-29", out _, out string? error).Should().BeFalse();

        error.Should().Be("'2014-02-29' is not a partial date: 2014-02 has 28 days.");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10000)]
    [InlineData(-5)]
    public void Constructing_a_year_outside_0001_to_9999_is_rejected(int year)
    {
        Action create = () => _ = new PartialDate(year);

        create.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*year must be from 1 to 9999*");
    }

    [Fact]
    public void Constructing_a_month_outside_1_to_12_is_rejected()
    {
        Action create = () => _ = new PartialDate(2014, 13);

        create.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*month must be from 1 to 12*");
    }

    [Fact]
    public void Constructing_a_day_that_does_not_exist_is_rejected()
    {
        Action create = () => _ = new PartialDate(2009, 2, 30);

        create.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*2009-02 has 28 days; day 30 does not exist*");
    }

    [Fact]
    public void A_local_date_becomes_an_exact_partial_date()
    {
        PartialDate date = PartialDate.FromLocalDate(new LocalDate(2025, 10, 15));

        date.Should().Be(new PartialDate(2025, 10, 15));
        date.IsExact.Should().BeTrue();
    }

    [Fact]
    public void A_local_date_in_another_calendar_is_rejected()
    {
        Action create = () => PartialDate.FromLocalDate(new LocalDate(2025, 10, 15, CalendarSystem.Julian));

        create.Should().Throw<ArgumentException>().WithMessage("*ISO calendar*");
    }

    [Fact]
    public void The_default_value_is_the_year_0001()
    {
        default(PartialDate).ToString().Should().Be("0001");
        default(PartialDate).Should().Be(new PartialDate(1));
    }

    [Fact]
    public void Dates_sort_by_earliest_day_with_the_coarser_first_on_a_tie()
    {
        PartialDate[] dates = new[] { "2014-01-01", "2013-12", "2014", "2014-01", "2014-02", "2014-01-15" }.Select(PartialDate.Parse).ToArray();

        dates.Order().Select(d => d.ToString()).Should().Equal("2013-12", "2014", "2014-01", "2014-01-01", "2014-01-15", "2014-02");
        (PartialDate.Parse("2014") < PartialDate.Parse("2014-01")).Should().BeTrue();
        (PartialDate.Parse("2015") >= PartialDate.Parse("2014-12-31")).Should().BeTrue();
    }

    [Fact]
    public void A_range_of_days_sorts_first_among_dates_that_begin_on_its_first_day_however_its_first_date_is_written()
    {
        // [1990-01..2003], 199X% and 1990 all begin on 1990-01-01: the range of days, the coarsest, sorts
        // first although its first date names a month and the others do not.
        PartialDate range = PartialDate.Parse("[1990-01..2003]");
        PartialDate decade = PartialDate.Parse("199X%");
        PartialDate year = PartialDate.Parse("1990");

        new[] { year, decade, range }.Order().Should().Equal(range, decade, year);
        range.CompareTo(decade).Should().BeNegative();
        decade.CompareTo(range).Should().BePositive();
    }

    [Fact]
    public void To_string_ignores_the_current_culture()
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("ar-SA");
            new PartialDate(2014, 6, 13).ToString().Should().Be("2014-06-13");
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void A_partial_date_can_mean_any_day_of_its_interval_and_no_other()
    {
        PartialDate june = new(2014, 6);

        june.CanMean(new LocalDate(2014, 6, 30)).Should().BeTrue();
        june.CanMean(new LocalDate(2014, 7, 1)).Should().BeFalse();
        june.ToDateInterval().Length.Should().Be(30);
    }

    [Fact]
    public void Comparing_with_a_non_partial_date_object_is_rejected()
    {
        IComparable date = new PartialDate(2014);

        date.CompareTo(null).Should().BePositive();
        date.Invoking(d => d.CompareTo("2014")).Should().Throw<ArgumentException>();
    }

    private static LocalDate Day(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
}
