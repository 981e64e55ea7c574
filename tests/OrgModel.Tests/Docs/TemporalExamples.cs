using NodaTime;
using OrgModel.Time;

namespace OrgModel.Tests.Docs;

/// <summary>The temporal examples of the README and docs/concepts.md, run as tests; the docs quote them verbatim.</summary>
public class TemporalExamples
{
    [Fact]
    public void The_readme_quick_start_runs_as_shown()
    {
        // begin-snippet: readme-temporal
        // A membership known only to the year: "observer since 2014, still ongoing".
        var observer = DateRange.From(PartialDate.Parse("2014"));

        Certainty in2015 = observer.Contains(new LocalDate(2015, 3, 1));  // Certainly
        Certainty inMarch = observer.Contains(new LocalDate(2014, 3, 1)); // Possibly
        Certainty in2013 = observer.Contains(new LocalDate(2013, 12, 31)); // No

        // TURKPA's chair is handed over at the plenary: half-open ranges never overlap on that day.
        var chairs = Timeline.Exclusive(
            TimelineEntry.Create(DateRange.Between(new PartialDate(2024, 6, 6), new PartialDate(2025, 6, 12)), "Azerbaijan"),
            TimelineEntry.Create(DateRange.From(new PartialDate(2025, 6, 12)), "Kazakhstan"));

        Answer<string> chair = chairs.At(new LocalDate(2025, 6, 12)); // certainly Kazakhstan
        // end-snippet

        in2015.Should().Be(Certainty.Certainly);
        inMarch.Should().Be(Certainty.Possibly);
        in2013.Should().Be(Certainty.No);
        chair.ToString().Should().Be("certainly Kazakhstan");
    }

    [Fact]
    public void The_readme_quotes_the_quick_start_verbatim()
    {
        DocSnippets.ReadDoc("README.md").Should().Contain(DocSnippets.FromSource("tests/OrgModel.Tests/Docs/TemporalExamples.cs", "readme-temporal"));
    }

    [Fact]
    public void The_concepts_guide_examples_run_as_shown()
    {
        // begin-snippet: concepts-partial-dates
        PartialDate june = PartialDate.Parse("2014-06");
        LocalDate first = june.Earliest;     // 2014-06-01
        LocalDate last = june.Latest;        // 2014-06-30
        DatePrecision precision = june.Precision; // Month
        bool ok = PartialDate.TryParse("2009-02-30", out _, out string? error);
        // ok == false; error == "'2009-02-30' is not a partial date: 2009-02 has 28 days."
        // end-snippet

        first.Should().Be(new LocalDate(2014, 6, 1));
        last.Should().Be(new LocalDate(2014, 6, 30));
        precision.Should().Be(DatePrecision.Month);
        ok.Should().BeFalse();
        error.Should().Be("'2009-02-30' is not a partial date: 2009-02 has 28 days.");

        // begin-snippet: concepts-timeline
        var status = Timeline.Exclusive(
            TimelineEntry.Create(DateRange.Between(new PartialDate(2010), new PartialDate(2014)), "observer"),
            TimelineEntry.Create(DateRange.From(new PartialDate(2014)), "full"));

        Answer<string> early = status.At(new LocalDate(2013, 5, 1)); // certainly observer
        Answer<string> during = status.At(new LocalDate(2014, 5, 1)); // possibly full
        var both = status.EntriesAt(new LocalDate(2014, 5, 1));       // observer and full, each possibly
        var changes = status.ChangePoints;                           // 2010, 2014
        // end-snippet

        early.ToString().Should().Be("certainly observer");
        during.ToString().Should().Be("possibly full");
        both.Should().HaveCount(2);
        changes.Select(c => c.ToString()).Should().Equal("2010", "2014");
    }

    [Fact]
    public void The_concepts_guide_quotes_its_examples_verbatim()
    {
        string doc = DocSnippets.ReadDoc("docs/concepts.md");

        doc.Should().Contain(DocSnippets.FromSource("tests/OrgModel.Tests/Docs/TemporalExamples.cs", "concepts-partial-dates"));
        doc.Should().Contain(DocSnippets.FromSource("tests/OrgModel.Tests/Docs/TemporalExamples.cs", "concepts-timeline"));
    }
}
