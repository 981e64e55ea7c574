using CsCheck;
using NodaTime;
using OrgModel.Model;
using OrgModel.Time;

namespace OrgModel.Tests.Time;

/// <summary>
/// Laws for inclusive and exclusive ends, qualifiers, decades and centuries, and the EDTF text form,
/// checked over random values of every kind the model holds.
/// </summary>
public class EndsAndEdtfLaws
{
    [Fact]
    public void Every_day_of_an_inclusive_end_is_at_least_possibly_inside_and_the_day_after_it_is_not()
    {
        Gen.Select(TemporalGen.AnyPartialDate(1, 9998).Null(0.3), TemporalGen.AnyPartialDate(1, 9998)).Sample((start, last) =>
        {
            if (start is { } s && last.LatestDay + 1 <= s.EarliestDay)
            {
                return true;
            }

            var range = new DateRange(start, last, endIsInclusive: true);
            LocalDate from = start is { } st && st.Earliest > last.Earliest ? st.Earliest : last.Earliest;
            return Days(from, last.Latest).All(d => range.Contains(d) != Certainty.No)
                && (last.Latest.Year == PartialDate.MaxYear && last.Latest.Month == 12 && last.Latest.Day == 31 || range.Contains(last.Latest.PlusDays(1)) == Certainty.No);
        }, iter: 300);
    }

    [Fact]
    public void An_exclusive_end_keeps_its_half_open_handover_the_end_day_is_outside_the_day_before_inside()
    {
        Gen.Select(TemporalGen.PartialDate(1900, 2100), TemporalGen.PartialDate(1900, 2100)).Where((s, e) => e.Precision == DatePrecision.Day && e.Earliest > s.Latest)
            .Sample((s, e) => new DateRange(s, e).Contains(e.Earliest) == Certainty.No && new DateRange(s, e).Contains(e.Earliest.PlusDays(-1)) == Certainty.Certainly);
    }

    [Fact]
    public void Containment_agrees_with_the_earliest_and_latest_bounds_for_every_kind_of_range()
    {
        Gen.Select(TemporalGen.AnyDateRange(1500, 2500), TemporalGen.Day(1400, 2600)).Sample((range, day) =>
        {
            // The bounds as the public API states them: the start's days, and the first day outside as
            // the end's days (exclusive) or the days after them (inclusive).
            bool qualified = range.Start is { IsQualified: true } || range.End is { IsQualified: true };
            LocalDate? startEarliest = range.Start?.Earliest;
            LocalDate? startLatest = range.Start?.Latest;
            LocalDate? outsideEarliest = range.End is { } e ? (range.IsEndInclusive ? e.Earliest.PlusDays(1) : e.Earliest) : null;
            LocalDate? outsideLatest = range.End is { } f ? (range.IsEndInclusive ? f.Latest.PlusDays(1) : f.Latest) : null;
            if (range.Start is null && outsideLatest is { } ol)
            {
                startLatest = ol.PlusDays(-1);
            }

            if (range.HasUnknownEnd)
            {
                outsideEarliest = startEarliest?.PlusDays(1);
            }

            bool possibly = (startEarliest is null || startEarliest <= day) && (outsideLatest is null || day < outsideLatest);
            bool certainly = !qualified && (startLatest is null ? range.End is not null || range.HasUnknownEnd ? false : true : startLatest <= day)
                && (range.HasUnknownEnd ? outsideEarliest is { } oe && day < oe : outsideEarliest is null || day < outsideEarliest);
            if (range.Start is null && range.End is null)
            {
                certainly = false;
            }

            Certainty expected = certainly ? Certainty.Certainly : possibly ? Certainty.Possibly : Certainty.No;
            return range.Contains(day) == expected;
        }, iter: 2000);
    }

    [Fact]
    public void A_qualified_bound_never_makes_an_answer_certain()
    {
        Gen.Select(TemporalGen.AnyDateRange(1900, 2100), TemporalGen.Day(1890, 2110))
            .Where((r, _) => r.Start is { IsQualified: true } || r.End is { IsQualified: true })
            .Sample((range, day) => range.Contains(day) != Certainty.Certainly);
    }

    [Fact]
    public void An_approximate_date_can_mean_one_unit_more_on_either_side()
    {
        (PartialDate.Parse("1964~").ToDateInterval() == new DateInterval(new LocalDate(1963, 1, 1), new LocalDate(1965, 12, 31))).Should().BeTrue();
        (PartialDate.Parse("196X~").ToDateInterval() == new DateInterval(new LocalDate(1950, 1, 1), new LocalDate(1979, 12, 31))).Should().BeTrue();
        PartialDate.Parse("2004-01~").Earliest.Should().Be(new LocalDate(2003, 12, 1));
        PartialDate.Parse("0001~").Earliest.Should().Be(new LocalDate(1, 1, 1), "no day before 0001-01-01 is held");
        PartialDate.Parse("9999-12-31~").Latest.Should().Be(new LocalDate(9999, 12, 31));
        (PartialDate.Parse("1964?").ToDateInterval() == new DateInterval(new LocalDate(1964, 1, 1), new LocalDate(1964, 12, 31))).Should().BeTrue("an uncertain date keeps the days written");
    }

    [Fact]
    public void A_membership_from_an_uncertain_year_is_possible_but_never_certain_and_no_before_it()
    {
        DateRange observer = DateRange.From(PartialDate.Parse("2014?"));

        observer.Contains(new LocalDate(2020, 1, 1)).Should().Be(Certainty.Possibly);
        observer.Contains(new LocalDate(2014, 1, 1)).Should().Be(Certainty.Possibly);
        observer.Contains(new LocalDate(2013, 12, 31)).Should().Be(Certainty.No);
        DateRange.From(PartialDate.Parse("2014~")).Contains(new LocalDate(2013, 12, 31)).Should().Be(Certainty.Possibly);
    }

    [Fact]
    public void Formatting_then_parsing_gives_back_every_partial_date_the_model_holds()
    {
        TemporalGen.AnyPartialDate(1, 9999).Sample(d =>
            PartialDate.Parse(d.ToString()) == d && PartialDate.ParseEdtf(d.ToEdtfString()) == d && d.ToEdtfString() == d.ToString(),
            iter: 2000);
    }

    [Fact]
    public void Writing_edtf_then_reading_it_gives_back_every_range_that_has_an_edtf_form()
    {
        TemporalGen.AnyDateRange(1, 9999).Sample(range =>
            range.TryFormatEdtf(out string? text)
                ? (range.End is null || range.IsEndInclusive ? DateRange.ParseEdtf(text) == range : DateRange.ParseEdtf(text).IsEndInclusive)
                : (range.End is { IsExact: false } && !range.IsEndInclusive) || range.Start is { IsOneOf: true } || range.End is { IsOneOf: true },
            iter: 2000);
    }

    [Fact]
    public void An_exact_exclusive_end_written_as_edtf_reads_back_holding_exactly_the_same_days()
    {
        Gen.Select(TemporalGen.AnyPartialDate(1990, 2010).Null(0.2), TemporalGen.Day(1990, 2010), Gen.Int[0, 3], TemporalGen.Day(1985, 2015))
            .Select((start, end, q, day) => (Start: start, End: PartialDate.FromLocalDate(end).WithQualifier((DateQualifier)q), Day: day))
            .Where(x => (x.Start is not { } s || x.End.LatestDay > s.EarliestDay) && x.Start is not { IsOneOf: true })
            .Sample(x =>
            {
                var range = new DateRange(x.Start, x.End);
                return DateRange.ParseEdtf(range.ToEdtfString()).Contains(x.Day) == range.Contains(x.Day);
            });
    }

    [Fact]
    public void Ordering_is_by_the_first_day_written_then_the_coarser_first_then_the_qualifier_or_the_last_date_and_agrees_with_equality()
    {
        Gen.Select(TemporalGen.AnyPartialDate(1990, 2010), TemporalGen.AnyPartialDate(1990, 2010)).Sample((a, b) =>
        {
            LocalDate firstA = new(a.First.Year, a.First.Month ?? 1, a.First.Day ?? 1);
            LocalDate firstB = new(b.First.Year, b.First.Month ?? 1, b.First.Day ?? 1);
            int expected = firstA != firstB ? firstA.CompareTo(firstB)
                : a.Precision != b.Precision ? a.Precision.CompareTo(b.Precision)
                : a.IsOneOf ? (a.First != b.First ? a.First.CompareTo(b.First) : a.Last.CompareTo(b.Last))
                : a.Qualifier.CompareTo(b.Qualifier);
            return Math.Sign(a.CompareTo(b)) == Math.Sign(expected) && (a.CompareTo(b) == 0) == (a == b);
        });
    }

    [Fact]
    public void Day_numbers_before_year_1_count_back_without_collisions()
    {
        LocalDate origin = new(1, 1, 1);
        Gen.Int[-3_650_000, 3_652_058].Sample(n =>
        {
            LocalDate date = origin.PlusDays(n);
            return DayNumber.Of(date) == n && DayNumber.ToLocalDate(n) == date;
        }, iter: 3000);
        DayNumber.Of(new LocalDate(0, 12, 31)).Should().Be(-1);
        DayNumber.Of(new LocalDate(0, 1, 1)).Should().Be(-366, "year 0 is a leap year in the proleptic Gregorian calendar");
    }

    [Fact]
    public void A_membership_from_the_first_day_of_year_1_is_not_held_on_the_day_before()
    {
        var range = DateRange.From(new PartialDate(1, 1, 1));

        range.Contains(new LocalDate(0, 12, 31)).Should().Be(Certainty.No);
        range.Contains(new LocalDate(-5, 6, 1)).Should().Be(Certainty.No);
        range.Contains(new LocalDate(1, 1, 1)).Should().Be(Certainty.Certainly);
        DateRange.From(new PartialDate(1)).Contains(new LocalDate(0, 12, 31)).Should().Be(Certainty.No);
    }

    [Fact]
    public void A_session_on_the_last_day_the_model_holds_has_a_range_instead_of_overflowing()
    {
        var session = new Session(new Id<Session>("s1"), "summit", 1, SessionKind.Regular, new PartialDate(9999, 12, 31), new Place("Baku"));

        session.Range.Contains(new LocalDate(9999, 12, 31)).Should().Be(Certainty.Certainly);
        session.Range.Contains(new LocalDate(9999, 12, 30)).Should().Be(Certainty.No);
    }

    [Fact]
    public void Entry_into_force_that_would_fall_after_9999_12_31_is_unknown_instead_of_an_overflow()
    {
        var rule = new EntryIntoForceRule(1, 30, 30, "30 days after the first instrument");
        var consents = new[] { new Consent(new Id<Party>("aze"), ConsentKind.Ratification, new PartialDate(9999, 12, 20)) };
        var agreement = new Agreement(new Id<Agreement>("a"), AgreementKind.Founding, "A", new PartialDate(9999, 12, 1), new Place("Baku"), consents: [.. consents], rule: rule);

        agreement.EntryIntoForce.Should().BeNull();
        agreement.EntryIntoForceFor(new Id<Party>("aze")).Should().BeNull();
        rule.ComputeEntryIntoForceFor(consents[0], new PartialDate(9999, 12, 25)).Should().BeNull();
    }

    [Fact]
    public void Decades_and_centuries_are_refused_where_they_would_include_year_0()
    {
        FluentActions.Invoking(() => PartialDate.OfDecade(0)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*year 0*");
        FluentActions.Invoking(() => PartialDate.OfDecade(1965)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => PartialDate.OfCentury(0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => PartialDate.OfCentury(1950)).Should().Throw<ArgumentOutOfRangeException>();
        PartialDate.OfDecade(10).ToString().Should().Be("001X");
        PartialDate.OfCentury(100).ToString().Should().Be("01XX");
    }

    [Fact]
    public void A_range_with_an_inclusive_end_before_its_start_is_refused_and_a_one_day_range_is_accepted()
    {
        FluentActions.Invoking(() => DateRange.BetweenInclusive(new PartialDate(2014, 6, 13), new PartialDate(2014, 6, 12)))
            .Should().Throw<ArgumentException>().WithMessage("*must not come before the start*");
        DateRange.BetweenInclusive(new PartialDate(2014, 6, 13), new PartialDate(2014, 6, 13)).Contains(new LocalDate(2014, 6, 13)).Should().Be(Certainty.Certainly);
    }

    [Fact]
    public void Inclusive_and_exclusive_ends_on_the_same_date_are_different_values_and_print_differently()
    {
        var through = DateRange.BetweenInclusive(new PartialDate(1990), new PartialDate(2011));
        var until = DateRange.Between(new PartialDate(1990), new PartialDate(2011));

        through.Should().NotBe(until);
        through.ToString().Should().Be("[1990, 2011]");
        until.ToString().Should().Be("[1990, 2011)");
        through.Contains(new LocalDate(2011, 12, 31)).Should().Be(Certainty.Possibly);
        until.Contains(new LocalDate(2011, 12, 31)).Should().Be(Certainty.No);
        through.Contains(new LocalDate(2012, 1, 1)).Should().Be(Certainty.No);
    }

    private static IEnumerable<LocalDate> Days(LocalDate from, LocalDate to)
    {
        for (LocalDate d = from; ; d = d.PlusDays(1))
        {
            yield return d;
            if (d >= to)
            {
                yield break;
            }
        }
    }
}
