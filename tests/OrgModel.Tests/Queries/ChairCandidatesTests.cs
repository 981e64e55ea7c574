using CsCheck;
using NodaTime;
using OrgModel.Model;
using OrgModel.Queries;
using OrgModel.Serialization;
using OrgModel.Tests.Fixtures;
using OrgModel.Tests.Serialization;
using OrgModel.Time;

namespace OrgModel.Tests.Queries;

/// <summary>Every chair that possibly holds on a day: both sides of a handover whose day is unknown, the certain one alone.</summary>
public class ChairCandidatesTests
{
    private static readonly Id<Organization> Turksoy = new("turksoy");

    [Fact]
    public void Around_a_handover_whose_day_is_unknown_both_the_outgoing_and_the_incoming_chair_are_answered()
    {
        // Türkiye coordinated from the 24th meeting to the 25th, Azerbaijan from the 25th; both were held in 2008 on days no source gives.
        var candidates = TurkicFixtures.Catalog.ChairCandidatesOn(Turksoy, new LocalDate(2008, 6, 1));

        candidates.Select(c => c.Value.Holder.Value).Should().Equal("aze", "tur");
        candidates.Should().OnlyContain(c => c.Certainty == Certainty.Possibly);
        candidates[0].Should().Be(TurkicFixtures.Catalog.ChairOn(Turksoy, new LocalDate(2008, 6, 1)));
    }

    [Fact]
    public void A_chair_that_certainly_holds_is_answered_alone()
    {
        var candidates = TurkicFixtures.Catalog.ChairCandidatesOn(Turksoy, new LocalDate(2009, 6, 1));

        candidates.Should().ContainSingle().Which.Certainty.Should().Be(Certainty.Certainly);
        candidates[0].Value.Holder.Value.Should().Be("aze");
        TurkicFixtures.Catalog.ChairCandidatesOn(Turksoy, new LocalDate(2010, 6, 1)).Should().BeEmpty("no Coordinator of 2010 is recorded");
    }

    [Fact]
    public void A_coordinator_known_only_at_one_meeting_is_possible_from_the_earliest_day_it_could_have_begun_and_not_after_that_meeting()
    {
        // Türkiye coordinated the 31st meeting (Ankara, 2013); the role could not have passed to it before the 29th (20 September 2011).
        var catalog = TurkicFixtures.Catalog;

        catalog.ChairCandidatesOn(Turksoy, new LocalDate(2011, 9, 19)).Should().BeEmpty();
        foreach (var day in new[] { new LocalDate(2011, 9, 20), new LocalDate(2012, 12, 31), new LocalDate(2013, 1, 1), new LocalDate(2013, 12, 30) })
        {
            catalog.ChairCandidatesOn(Turksoy, day).Should().ContainSingle().Which.Should().Match<Answer<RotationTerm>>(
                c => c.Value.Holder.Value == "tur" && c.Certainty == Certainty.Possibly, $"on {day:uuuu-MM-dd} Türkiye possibly coordinated");
        }

        // The term ends at the 31st meeting, when the role passes on: a handover day is the next holder's, so its last possible day is 30 December.
        catalog.ChairCandidatesOn(Turksoy, new LocalDate(2013, 12, 31)).Should().BeEmpty("the role passed on at the 31st meeting, at the latest on 31 December 2013");
        catalog.ChairCandidatesOn(Turksoy, new LocalDate(2014, 1, 1)).Should().BeEmpty("the role passed on at the 31st meeting, in 2013");
    }

    [Fact]
    public void The_first_candidate_is_the_chair_answer_and_every_other_is_a_distinct_recorded_term_that_possibly_holds()
    {
        Gen.Select(RandomCatalogs.Gen, Gen.Int[1900, 2120], Gen.Int[0, 364]).Sample((catalog, year, offset) =>
        {
            LocalDate day = new LocalDate(year, 1, 1).PlusDays(offset);
            foreach (Organization o in catalog.Organizations)
            {
                var candidates = catalog.ChairCandidatesOn(o.Id, day);
                Answer<RotationTerm> chair = catalog.ChairOn(o.Id, day);
                if (!chair.HasValue)
                {
                    candidates.Should().BeEmpty();
                    continue;
                }

                candidates[0].Should().Be(chair);
                if (chair.Certainty == Certainty.Certainly)
                {
                    candidates.Should().ContainSingle();
                }

                candidates.Skip(1).All(c => c.Certainty == Certainty.Possibly && c.Value.Origin == TermOrigin.Recorded && c.Value.Period.Contains(day) != Certainty.No)
                    .Should().BeTrue("every other candidate is a recorded term that possibly holds on the day");
                candidates.Select(c => (c.Value.Holder, c.Value.Period)).Should().OnlyHaveUniqueItems();
            }
        }, iter: 200);
    }

    [Fact]
    public void The_tool_shows_and_writes_both_chairs_around_an_unknown_handover_day()
    {
        var (exit, output, _) = Cli.CliTests.Run("show", "turksoy", "--on", "2008-06-01");

        exit.Should().Be(0);
        output.Should().MatchRegex(@"Chair\s+Azerbaijan \(possibly\), or Turkey \(possibly\)");
        Cli.CliTests.Run("chair", "turksoy", "--on", "2008-06-01").Out.Should().MatchRegex(@"Or\s+Turkey \(tur\) \(possibly\), term 2008 to a day in 2008");
        Cli.CliTests.Run("show", "turksoy", "--on", "2009-06-01").Out.Should().MatchRegex(@"Chair\s+Azerbaijan\r?\n");
        string json = Cli.CliTests.Run("chair", "turksoy", "--on", "2008-06-01", "--json").Out;
        System.Text.Json.JsonDocument.Parse(json).RootElement.EnumerateArray().Select(t => t.GetProperty("holder").GetString()).Should().Equal("aze", "tur");
    }
}
