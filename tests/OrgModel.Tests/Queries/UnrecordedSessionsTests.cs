using CsCheck;
using NodaTime;
using OrgModel.Collections;
using OrgModel.Model;
using OrgModel.Queries;
using OrgModel.Time;
using static OrgModel.Tests.Model.ModelBuilders;

namespace OrgModel.Tests.Queries;

/// <summary>
/// Sessions are numbered, so a record that skips numbers says which sessions it lacks: around such a
/// gap the recorded last and next sessions are not presented as the real ones.
/// </summary>
public class UnrecordedSessionsTests
{
    private static Organization WithSessions(params Session[] sessions) => Org(sessions: [.. sessions]);

    // Plenaries 1 to the given number, one a year from the year after the given one, then the other sessions.
    private static Organization PlenariesThen(int upTo, int yearBeforeFirst, params Session[] others) =>
        WithSessions([.. Enumerable.Range(1, upTo).Select(n => Plenary($"p{n}", n, $"{yearBeforeFirst + n}-01-10")), .. others]);

    [Fact]
    public void Numbers_skipped_between_the_last_session_begun_and_the_next_are_not_recorded()
    {
        Organization o = WithSessions(Plenary("p6", 6, "1951-11-06"), Plenary("p51", 51, "1996-09-17"));

        o.UnrecordedSessionsAround(new LocalDate(1980, 6, 1)).Should().Equal(new UnrecordedSessions("plenary", 7, 50));
    }

    [Fact]
    public void The_first_day_of_a_session_counts_as_begun_and_the_day_before_does_not()
    {
        Organization o = WithSessions(Plenary("p1", 1, "2001-05-10"), Plenary("p3", 3, "2003-05-10"), Plenary("p4", 4, "2004-05-10"));

        o.UnrecordedSessionsAround(new LocalDate(2003, 5, 9)).Should().Equal(new UnrecordedSessions("plenary", 2, 2));
        o.UnrecordedSessionsAround(new LocalDate(2003, 5, 10)).Should().BeEmpty("the 3rd has begun and the 4th follows it");
    }

    [Fact]
    public void Before_the_first_recorded_session_the_numbers_below_it_are_not_recorded()
    {
        Organization o = WithSessions(Plenary("p8", 8, "1996-11-06"), Plenary("p9", 9, "1997-11-06"));

        o.UnrecordedSessionsAround(new LocalDate(1995, 1, 1)).Should().Equal(new UnrecordedSessions("plenary", 1, 7));
        o.UnrecordedSessionsAround(new LocalDate(1996, 12, 1)).Should().BeEmpty();
    }

    [Fact]
    public void A_wide_gap_up_to_the_highest_number_a_session_may_carry_is_one_run()
    {
        Organization o = WithSessions(Plenary("p1", 1, "2001-01-10"), Plenary("last", 10_000, "2002-01-10"));

        o.UnrecordedSessionsAround(new LocalDate(2001, 6, 1)).Should().Equal(new UnrecordedSessions("plenary", 2, 9_999));
    }

    [Fact]
    public void After_the_last_recorded_session_nothing_is_claimed_missing()
    {
        Organization o = WithSessions(Plenary("p1", 1, "2001-01-10"), Plenary("p5", 5, "2005-01-10"));

        o.UnrecordedSessionsAround(new LocalDate(2030, 1, 1)).Should().BeEmpty("no later number is recorded, so the record cannot say one is missing");
    }

    [Fact]
    public void A_number_held_by_a_meeting_of_another_series_counts_as_recorded()
    {
        // TURKPA's 9th numbered meeting was a Council meeting, between the 8th and 10th plenaries.
        Organization o = PlenariesThen(8, 2010, Plenary("c9", 9, "2019-12-18", series: "council"), Plenary("p10", 10, "2021-11-19"));

        o.UnrecordedSessionsAround(new LocalDate(2019, 6, 1)).Should().BeEmpty();
    }

    [Fact]
    public void A_series_numbered_on_its_own_neither_fills_nor_hides_another_series_gaps()
    {
        // The Council of Europe numbers its summits apart from its Committee of Ministers' sessions: the
        // 3rd summit (2005) is not the Committee's 3rd session (1950).
        Organization o = WithSessions(
            Plenary("cm2", 2, "1949-11-03", series: "committee"),
            Plenary("cm108", 108, "2001-05-11", series: "committee"),
            Plenary("s3", 3, "2005-05-16", series: "summit"));

        o.UnrecordedSessionsAround(new LocalDate(1990, 1, 1)).Should().Equal(
            new UnrecordedSessions("committee", 3, 107), new UnrecordedSessions("summit", 1, 2));
    }

    [Fact]
    public void A_number_recorded_in_another_series_splits_the_run_around_it()
    {
        Organization o = PlenariesThen(5, 2000, Plenary("c7", 7, "2012-01-10", series: "council"), Plenary("p10", 10, "2015-01-10"));

        o.UnrecordedSessionsAround(new LocalDate(2006, 1, 1)).Should().Equal(new UnrecordedSessions("plenary", 6, 6), new UnrecordedSessions("plenary", 8, 9));
    }

    [Fact]
    public void Each_series_reports_its_own_run_and_unnumbered_sessions_are_ignored()
    {
        Organization o = WithSessions(
            Plenary("a1", 1, "2001-01-10", series: "assembly"),
            Plenary("a4", 4, "2004-01-10", series: "assembly"),
            Plenary("s7", 7, "2000-06-01", series: "summit"),
            Plenary("x", null, "2002-06-01", series: "summit"),
            Plenary("s9", 9, "2005-06-01", series: "summit"));

        o.UnrecordedSessionsAround(new LocalDate(2002, 7, 1)).Should().BeEquivalentTo(
            [new UnrecordedSessions("assembly", 2, 3), new UnrecordedSessions("summit", 8, 8)]);
    }

    [Fact]
    public void Over_a_period_every_gap_whose_time_overlaps_it_is_reported()
    {
        Organization o = WithSessions(Plenary("p1", 1, "1946-01-10"), Plenary("p3", 3, "1948-09-21"), Plenary("p6", 6, "1951-11-06"), Plenary("p51", 51, "1996-09-17"));

        o.UnrecordedSessionsDuring(default).Should().Equal(
            new UnrecordedSessions("plenary", 2, 2), new UnrecordedSessions("plenary", 4, 5), new UnrecordedSessions("plenary", 7, 50));
        o.UnrecordedSessionsDuring(DateRange.Between(new PartialDate(1947, 1, 1), new PartialDate(1949, 1, 1))).Should().Equal(
            new UnrecordedSessions("plenary", 2, 2), new UnrecordedSessions("plenary", 4, 5));
        o.UnrecordedSessionsDuring(DateRange.From(new PartialDate(1997, 1, 1))).Should().BeEmpty("after the last recorded session nothing is claimed missing");
    }

    [Fact]
    public void The_snapshot_carries_the_runs_and_its_json_names_them()
    {
        var catalog = new Catalog([], [WithSessions(Plenary("p6", 6, "1951-11-06"), Plenary("p51", 51, "1996-09-17"))]);
        OrganizationSnapshot open = catalog.SnapshotOn(new Id<Organization>("test"), new LocalDate(1980, 6, 1));
        OrganizationSnapshot closed = catalog.SnapshotOn(new Id<Organization>("test"), new LocalDate(1997, 6, 1));

        open.SessionsNotRecorded.Should().Equal(new UnrecordedSessions("plenary", 7, 50));
        closed.SessionsNotRecorded.Should().BeEmpty();
        using var json = System.Text.Json.JsonDocument.Parse(OrgModel.Serialization.OrgModelJson.Serialize(open));
        System.Text.Json.JsonElement run = json.RootElement.GetProperty("sessionsNotRecorded")[0];
        (run.GetProperty("series").GetString(), run.GetProperty("from").GetInt32(), run.GetProperty("to").GetInt32()).Should().Be(("plenary", 7, 50));
        using var none = System.Text.Json.JsonDocument.Parse(OrgModel.Serialization.OrgModelJson.Serialize(closed));
        none.RootElement.TryGetProperty("sessionsNotRecorded", out _).Should().BeFalse();
    }

    [Theory]
    [InlineData(" ", 1, 1)]
    [InlineData("plenary", 0, 1)]
    [InlineData("plenary", 5, 4)]
    public void A_run_needs_a_series_and_numbers_in_order_from_one(string series, int first, int last)
    {
        FluentActions.Invoking(() => new UnrecordedSessions(series, first, last)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void A_run_reads_as_its_series_and_numbers()
    {
        new UnrecordedSessions("general-assembly", 7, 50).ToString().Should().Be("general-assembly 7–50");
        new UnrecordedSessions("summit", 2, 2).ToString().Should().Be("summit 2");
    }

    [Fact]
    public void Every_number_reported_is_recorded_nowhere_and_lies_between_the_sessions_around_the_day()
    {
        Gen.Select(Gen.Int[1, 40].HashSet[1, 12], Gen.Int[0, 4000])
            .Sample((numbers, offset) =>
            {
                var sessions = numbers.Order().Select(n => Plenary($"p{n}", n, new LocalDate(1990, 1, 1).PlusDays(n * 100).ToString("uuuu-MM-dd", null))).ToArray();
                Organization o = WithSessions(sessions);
                LocalDate day = new LocalDate(1990, 1, 1).PlusDays(offset);
                int before = numbers.Where(n => new LocalDate(1990, 1, 1).PlusDays(n * 100) <= day).DefaultIfEmpty(0).Max();
                var runs = o.UnrecordedSessionsAround(day);
                int next = numbers.Where(n => n > before).DefaultIfEmpty(0).Min();
                var reported = runs.SelectMany(run => Enumerable.Range(run.First, run.Last - run.First + 1)).ToList();
                reported.Should().NotIntersectWith(numbers);
                reported.Should().Equal(next == 0 ? [] : Enumerable.Range(before + 1, next - before - 1), "every number between the sessions around the day is reported, once, in order");
            });
    }
}
