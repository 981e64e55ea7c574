using NodaTime;
using OrgModel.Time;

namespace OrgModel.Tests.Docs;

/// <summary>The temporal behaviour docs/concepts.md describes (its C# runs as a consumer program, see DocsAsProgramsTests).</summary>
public class TemporalExamples
{
    [Fact]
    public void The_concepts_guide_examples_run_as_shown()
    {
        PartialDate june = PartialDate.Parse("2014-06");
        LocalDate first = june.Earliest;     // 2014-06-01
        LocalDate last = june.Latest;        // 2014-06-30
        DatePrecision precision = june.Precision; // Month
        bool ok = PartialDate.TryParse("2009-02-30", out _, out string? error);
        // ok == false; error == "'2009-02-30' is not a partial date: 2009-02 has 28 days."

        first.Should().Be(new LocalDate(2014, 6, 1));
        last.Should().Be(new LocalDate(2014, 6, 30));
        precision.Should().Be(DatePrecision.Month);
        ok.Should().BeFalse();
        error.Should().Be("'2009-02-30' is not a partial date: 2009-02 has 28 days.");

        var status = Timeline.Exclusive(
            TimelineEntry.Create(DateRange.Between(new PartialDate(2010), new PartialDate(2014)), "observer"),
            TimelineEntry.Create(DateRange.From(new PartialDate(2014)), "full"));

        Answer<string> early = status.At(new LocalDate(2013, 5, 1)); // certainly observer
        Answer<string> during = status.At(new LocalDate(2014, 5, 1)); // possibly full
        var both = status.EntriesAt(new LocalDate(2014, 5, 1));       // observer and full, each possibly
        var changes = status.ChangePoints;                           // 2010, 2014

        early.ToString().Should().Be("certainly observer");
        during.ToString().Should().Be("possibly full");
        both.Should().HaveCount(2);
        changes.Select(c => c.ToString()).Should().Equal("2010", "2014");
    }

    [Fact]
    public void The_concepts_guide_end_and_edtf_examples_run_as_shown()
    {
        // COW codes Pakistan as a member of PIARC through 1964: the last year held, an inclusive end.
        var cow = DateRange.BetweenInclusive(new PartialDate(1950), new PartialDate(1964));
        Certainty lastDay = cow.Contains(new LocalDate(1964, 12, 31));  // Possibly
        Certainty dayAfter = cow.Contains(new LocalDate(1965, 1, 1));   // No

        // Read as an exclusive end, "until 1964" would rule out 31 December 1964 with a certain no.
        var wrong = DateRange.Between(new PartialDate(1950), new PartialDate(1964));
        Certainty wrongLastDay = wrong.Contains(new LocalDate(1964, 12, 31)); // No

        // A handover: the term ends at the plenary on 2025-06-12, the day the next term starts.
        var term = DateRange.Between(new PartialDate(2024, 6, 6), new PartialDate(2025, 6, 12));
        Certainty handoverDay = term.Contains(new LocalDate(2025, 6, 12)); // No

        lastDay.Should().Be(Certainty.Possibly);
        dayAfter.Should().Be(Certainty.No);
        wrongLastDay.Should().Be(Certainty.No);
        handoverDay.Should().Be(Certainty.No);

        DateRange interval = DateRange.ParseEdtf("1964/2008");  // [1964, 2008], an inclusive end
        DateRange ongoing = DateRange.ParseEdtf("1985-04/..");  // [1985-04, ongoing)
        PartialDate sixties = PartialDate.ParseEdtf("196X");    // the decade 1960–1969
        PartialDate circa = PartialDate.ParseEdtf("2004-06~");  // approximately June 2004
        string text = term.ToEdtfString();                      // "2024-06-06/2025-06-11"
        bool refused = PartialDate.TryParseEdtf("2001-21", out _, out string? why);
        // refused == false; why names the season, which the model does not hold

        interval.IsEndInclusive.Should().BeTrue();
        ongoing.IsOngoing.Should().BeTrue();
        sixties.Precision.Should().Be(DatePrecision.Decade);
        circa.Earliest.Should().Be(new LocalDate(2004, 5, 1));
        text.Should().Be("2024-06-06/2025-06-11");
        refused.Should().BeFalse();
        why.Should().Contain("season");
    }

}
