using System.Text.Json;
using static OrgModel.Tests.Cli.CliTests;

namespace OrgModel.Tests.Cli;

/// <summary>The chair and rotation commands on the built-in catalog: recorded and projected terms, departures, JSON.</summary>
public class ChairCommandTests
{
    [Fact]
    public void Chair_of_the_security_council_in_march_2027_is_projected_as_possibly_the_united_states()
    {
        var (exit, output, error) = Run("chair", "unsc", "--on", "2027-03-15");

        exit.Should().Be(0, error);
        output.Should().MatchRegex(@"Holder\s+United States of America \(usa\) \(possibly\)");
        output.Should().MatchRegex(@"Source\s+projected from the rotation rule");
        output.Should().MatchRegex(@"Term\s+2027-03-01 to 2027-03-31");
        output.Should().Contain("Rule: alphabetical (en), month, from vnm from 2020-01-01");
    }

    [Fact]
    public void A_chair_whose_sources_disagree_is_marked_with_its_sources_and_the_note_that_says_how()
    {
        var (exit, output, _) = Run("chair", "gcc", "--on", "2019-01-01");

        exit.Should().Be(0);
        output.Should().MatchRegex(@"Holder\s+Saudi Arabia \(sau\) \(sources disagree\)");
        output.Should().MatchRegex(@"Sources\s+http://www\.omanobserver\.om/39th-gcc-summit-starts-in-riyadh/");
        output.Should().MatchRegex(@"Disputed\s+The Oman Observer calls King Salman");
        Run("chair", "gcc", "--on", "2017-01-01").Out.Should().NotContain("sources disagree").And.NotContain("Disputed", "Bahrain's presidency of the 37th session is not disputed");
    }

    [Fact]
    public void A_chair_no_source_states_is_marked_inferred_with_the_note_that_says_from_what()
    {
        var (exit, output, _) = Run("chair", "turksoy", "--on", "2016-06-01");

        exit.Should().Be(0);
        output.Should().MatchRegex(@"Holder\s+Azerbaijan \(aze\) \(inferred\)");
        output.Should().MatchRegex(@"Inferred\s+TURKSOY's Permanent Council");
        Run("show", "turksoy", "--on", "2016-06-01").Out.Should().MatchRegex(@"Chair\s+Azerbaijan \(inferred\)");
        Run("chair", "turksoy", "--on", "2017-06-01").Out.Should().NotContain("inferred", "Kazakhstan's minister is reported conducting the 35th meeting");
        using var doc = JsonDocument.Parse(Run("chair", "turksoy", "--on", "2016-06-01", "--json").Out);
        doc.RootElement[0].GetProperty("provenance").GetProperty("inferred").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public void The_json_chair_of_a_day_an_imprecise_term_only_possibly_covers_says_possibly_as_the_text_does()
    {
        Run("chair", "turksoy", "--on", "2008-06-01").Out.Should().MatchRegex(@"Holder\s+Azerbaijan \(aze\) \(possibly\)");
        using var doc = JsonDocument.Parse(Run("chair", "turksoy", "--on", "2008-06-01", "--json").Out);

        doc.RootElement[0].GetProperty("certainty").GetString().Should().Be("possibly", "the term starts on a day of 2008 no source gives");
        using var certain = JsonDocument.Parse(Run("chair", "turksoy", "--on", "2009-06-01", "--json").Out);
        certain.RootElement[0].GetProperty("certainty").GetString().Should().Be("certainly");
    }

    [Fact]
    public void A_term_that_ends_in_a_known_year_on_an_unrecorded_day_says_so_and_is_only_possible_in_that_year()
    {
        var (_, before, _) = Run("chair", "sco", "--on", "2025-12-01");
        var (_, during, _) = Run("chair", "sco", "--on", "2026-06-01");

        before.Should().MatchRegex(@"Holder\s+Kyrgyzstan \(kgz\)\r?\n");
        before.Should().MatchRegex(@"Term\s+2025-09-01 to a day in 2026 \(the day is not recorded\)");
        during.Should().MatchRegex(@"Holder\s+Kyrgyzstan \(kgz\) \(possibly\)");
    }

    [Fact]
    public void A_term_whose_end_day_is_uncertain_keeps_the_doubt_in_its_last_day()
    {
        var (exit, output, _) = Run("chair", "turksoy", "--on", "2004-06-01");

        exit.Should().Be(0);
        output.Should().MatchRegex(@"Holder\s+Tatarstan \(tatarstan\) \(possibly\)");
        output.Should().MatchRegex(@"Term\s+2003~ to the day before 2004-12-14\?", "the handover is taken to be at the 22nd meeting, which no source dates as the day");
    }

    [Fact]
    public void A_chair_held_by_a_party_that_is_not_a_member_says_why_in_text_and_json()
    {
        var (_, output, _) = Run("chair", "turksoy", "--on", "2004-06-01");
        output.Should().MatchRegex(@"Not a member\s+Tatarstan is an observer in TÜRKSOY");

        using var doc = JsonDocument.Parse(Run("chair", "turksoy", "--on", "2004-06-01", "--json").Out);
        doc.RootElement[0].GetProperty("nonMemberReason").GetString().Should().StartWith("Tatarstan is an observer");

        using var member = JsonDocument.Parse(Run("chair", "turksoy", "--on", "2016-06-01", "--json").Out);
        member.RootElement[0].TryGetProperty("nonMemberReason", out _).Should().BeFalse("Azerbaijan is a member");
        Run("chair", "turksoy", "--on", "2016-06-01").Out.Should().NotContain("Not a member");
    }

    [Fact]
    public void Show_marks_a_chair_that_is_not_a_member_and_its_json_says_why()
    {
        Run("show", "turksoy", "--on", "2004-06-01").Out.Should().MatchRegex(@"Chair\s+Tatarstan \(not a member\) \(possibly\)");
        using var doc = JsonDocument.Parse(Run("show", "turksoy", "--on", "2004-06-01", "--json").Out);
        doc.RootElement.GetProperty("chair").GetProperty("nonMemberReason").GetString().Should().StartWith("Tatarstan is an observer");

        Run("show", "turksoy", "--on", "2016-06-01").Out.Should().NotContain("(not a member)");
    }

    [Fact]
    public void Chair_of_a_recorded_day_says_recorded()
    {
        var (exit, output, _) = Run("chair", "COUNCIL-EU", "--on", "2024-09-01");

        exit.Should().Be(0);
        output.Should().MatchRegex(@"Holder\s+Hungary \(hun\)\r?\n");
        output.Should().MatchRegex(@"Source\s+recorded");
    }

    [Fact]
    public void Chair_with_json_writes_the_term_with_its_origin_and_certainty()
    {
        var (exit, output, _) = Run("chair", "asean", "--on", "2029-05-01", "--json");

        exit.Should().Be(0);
        JsonElement term = JsonDocument.Parse(output).RootElement.EnumerateArray().Single();
        term.GetProperty("holder").GetString().Should().Be("tls");
        term.GetProperty("origin").GetString().Should().Be("projected");
        term.GetProperty("certainty").GetString().Should().Be("possibly");
    }

    [Fact]
    public void Chair_where_neither_record_nor_rule_says_anything_prints_so()
    {
        var (exit, output, _) = Run("chair", "council-eu", "--on", "2031-01-01");

        exit.Should().Be(0);
        output.Should().Contain("the rotation rule says nothing about it");
    }

    [Fact]
    public void Rotation_lists_each_term_with_its_source_and_names_the_deviation_that_explains_it()
    {
        var (exit, output, _) = Run("rotation", "asean", "--from", "2025-01-01", "--to", "2027-12-31");

        exit.Should().Be(0);
        output.Should().MatchRegex(@"2026-01-01\s+2026-12-31\s+Philippines\s+phl\s+recorded\s+certainly\s+follows \(skip decided 2023-09-05\)");
        output.Should().MatchRegex(@"2027-01-01\s+2027-12-31\s+Singapore\s+sgp\s+projected\s+possibly\s+its turn");
    }

    [Fact]
    public void Rotation_reports_a_recorded_term_that_departs_from_the_rule()
    {
        var (exit, output, _) = Run("rotation", "turkpa", "--from", "2019-01-01", "--to", "2020-12-31");

        exit.Should().Be(0);
        output.Should().MatchRegex(@"2019-12-18\s+2021-09-27\s+Azerbaijan .*departs: the rule names .*\(tur-gnat\) from 2018-11-20");
    }

    [Fact]
    public void Rotation_rule_only_ignores_the_record()
    {
        var (_, recorded, _) = Run("rotation", "turkpa", "--from", "2019-01-01", "--to", "2020-12-31");
        var (exit, ruleOnly, _) = Run("rotation", "turkpa", "--from", "2019-01-01", "--to", "2020-12-31", "--rule-only");

        exit.Should().Be(0);
        recorded.Should().Contain("aze-milli-majlis");
        ruleOnly.Should().NotContain("aze-milli-majlis").And.MatchRegex(@"2018-11-20\s+2021-09-27\s+Turkey .*projected");
    }

    [Fact]
    public void Rotation_defaults_to_the_calendar_year_of_today()
    {
        var (exit, output, _) = Run("rotation", "council-eu");

        exit.Should().Be(0);
        output.Should().MatchRegex(@"2025-01-01\s+2025-06-30\s+Poland").And.MatchRegex(@"2025-07-01\s+2025-12-31\s+Denmark");
    }

    [Fact]
    public void Rotation_with_the_end_before_the_start_is_a_usage_error()
    {
        var (exit, _, error) = Run("rotation", "unsc", "--from", "2026-01-01", "--to", "2025-01-01");

        exit.Should().Be(2);
        error.Should().Be("orgmodel: --to (2025-01-01) is before --from (2026-01-01)" + Environment.NewLine);
    }

    [Fact]
    public void An_end_before_a_default_start_names_the_default_rather_than_an_option_never_given()
    {
        var (exit, _, error) = Run("history", "turkpa", "--to", "1993-07-01");
        exit.Should().Be(2);
        error.Should().Be("orgmodel: --to (1993-07-01) is before the default --from (2008-11-21, turkpa's first record); give --from too" + Environment.NewLine);

        Run("rotation", "unsc", "--to", "1999-01-01").Err.Should().Contain("is before the default --from").And.Contain("the first day of this year");
    }
}
