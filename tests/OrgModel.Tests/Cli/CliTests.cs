using System.Text.Json;
using NodaTime;
using OrgModel.Serialization;
using OrgModel.Tests.Fixtures;

namespace OrgModel.Tests.Cli;

/// <summary>The orgmodel command run in-process, as a user types it: output, errors and exit codes.</summary>
public class CliTests
{
    internal static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = OrgModel.Cli.Cli.Run(args, output, error, () => new LocalDate(2025, 10, 17));
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Show_turkpa_on_the_day_of_the_seed_news_prints_the_right_answer()
    {
        var (exit, output, error) = Run("show", "turkpa", "--on", "2025-10-17");

        exit.Should().Be(0);
        error.Should().BeEmpty();
        output.Should().StartWith("Parliamentary Assembly of Turkic States (TURKPA)");
        string members = output[output.IndexOf("Members (4)", StringComparison.Ordinal)..output.IndexOf("Observers", StringComparison.Ordinal)];
        members.Should().Contain("Azerbaijan").And.Contain("Kazakhstan").And.Contain("Kyrgyzstan").And.Contain("Türkiye");
        string observers = output[output.IndexOf("Observers (2)", StringComparison.Ordinal)..];
        observers.Should().Contain("Hungary").And.Contain("Northern Cyprus");
        output.Should().MatchRegex(@"Chair\s+Kazakhstan \(Parliament of Kazakhstan\), acting: Yerlan Koshanov");
        output.Should().MatchRegex(@"Secretariat\s+Baku \(permanent seat\)");
        output.Should().MatchRegex(@"Secretary-General\s+Ramil Hasan \(elected 2025-06-12\)");
    }

    [Fact]
    public void Show_defaults_to_today_and_ignores_the_case_of_ids()
    {
        Run("show", "TURKPA").Out.Should().Be(Run("show", "turkpa", "--on", "2025-10-17").Out);
    }

    [Fact]
    public void Show_before_the_handover_shows_the_previous_chair()
    {
        Run("show", "turkpa", "--on", "2025-06-11").Out.Should().MatchRegex(@"Chair\s+Azerbaijan");
    }

    [Fact]
    public void Show_says_not_recorded_where_the_record_holds_a_fact_only_on_other_days_and_a_dash_where_it_holds_none()
    {
        Run("show", "turksoy", "--on", "1995-01-01").Out.Should().MatchRegex(@"Chair\s+not recorded for that day\r?\n");
        Run("show", "turksoy", "--on", "2008-01-15").Out.Should().MatchRegex(@"Secretary-General\s+not recorded for that day\r?\n");
        Run("show", "nato", "--on", "2024-06-01").Out.Should().MatchRegex(@"Chair\s+—\r?\n");
        string beforeFounding = Run("show", "ots", "--on", "2005-01-01").Out;
        beforeFounding.Should().MatchRegex(@"Chair\s+—\r?\n").And.MatchRegex(@"Secretary-General\s+—\r?\n").And.MatchRegex(@"Secretariat\s+—\r?\n");
    }

    [Fact]
    public void Show_says_which_numbered_sessions_the_record_lacks_around_the_day()
    {
        string output = Run("show", "un", "--on", "1980-06-01").Out;

        output.Should().MatchRegex(@"Last session\s+general-assembly 6, 1951-11-06, Paris");
        output.Should().MatchRegex(@"Not recorded\s+sessions general-assembly 7–50, so the last and next sessions may be others");
        Run("show", "un", "--on", "2000-06-01").Out.Should().NotContain("Not recorded");
    }

    [Fact]
    public void Sessions_lists_the_numbers_the_record_lacks_in_the_period_below_the_table_or_on_standard_error()
    {
        Run("sessions", "un").Out.Should().EndWith("Not recorded: sessions general-assembly 2, 4–5, 7–50 (their numbers are missing from the record)." + Environment.NewLine);
        Run("sessions", "un", "--from", "1960-01-01", "--to", "1961-01-01").Out.Should()
            .Be("No sessions recorded for un." + Environment.NewLine + "Not recorded: sessions general-assembly 7–50 (their numbers are missing from the record)." + Environment.NewLine);
        var (exit, json, error) = Run("sessions", "un", "--from", "1960-01-01", "--to", "1961-01-01", "--json");
        exit.Should().Be(0);
        json.Trim().Should().Be("[]", "standard output stays the format");
        error.Should().Contain("orgmodel: note: Not recorded: sessions general-assembly 7–50");
        Run("sessions", "un", "--from", "2000-01-01", "--to", "2001-01-01").Out.Should().NotContain("Not recorded");
    }

    [Fact]
    public void Show_as_json_prints_the_snapshot_in_the_librarys_format()
    {
        var (exit, output, _) = Run("show", "turkpa", "--on", "2025-10-17", "--json");

        exit.Should().Be(0);
        using var doc = JsonDocument.Parse(output);
        doc.RootElement.GetProperty("organization").GetString().Should().Be("turkpa");
        doc.RootElement.GetProperty("on").GetString().Should().Be("2025-10-17");
        doc.RootElement.GetProperty("chair").GetProperty("holder").GetString().Should().Be("kaz-parliament");
        doc.RootElement.GetProperty("members").GetArrayLength().Should().Be(6);
    }

    [Fact]
    public void Members_as_json_is_an_array_with_one_element_per_member()
    {
        var (exit, output, _) = Run("members", "turkpa", "--on", "2025-10-17", "--json");

        exit.Should().Be(0);
        using var doc = JsonDocument.Parse(output);
        doc.RootElement.GetArrayLength().Should().Be(6);
        doc.RootElement[0].GetProperty("party").GetString().Should().Be("aze-milli-majlis");
        doc.RootElement[0].GetProperty("certainty").GetString().Should().Be("certainly");
    }

    [Theory]
    [InlineData("full", 4)]
    [InlineData("observer", 2)]
    [InlineData("associate", 0)]
    [InlineData("any", 6)]
    public void Members_filters_by_status(string status, int count)
    {
        using var doc = JsonDocument.Parse(Run("members", "turkpa", "--on", "2025-10-17", "--status", status, "--json").Out);

        doc.RootElement.GetArrayLength().Should().Be(count);
    }

    [Fact]
    public void Members_lists_possible_members_only_when_asked()
    {
        Run("members", "ots", "--on", "2023-06-01").Out.Should().NotContain("Economic Cooperation Organization");
        Run("members", "ots", "--on", "2023-06-01", "--include-possible").Out.Should().MatchRegex("Economic Cooperation Organization.*possibly");
    }

    [Fact]
    public void Memberships_of_kazakhstan_include_turkpa_through_its_parliament()
    {
        var (exit, output, _) = Run("memberships", "kaz", "--on", "2025-10-17");

        exit.Should().Be(0);
        output.Should().MatchRegex(@"Organization of Turkic States \(ots\)\s+ots\s+full\s+—");
        output.Should().MatchRegex(@"Parliamentary Assembly of Turkic States \(turkpa\)\s+turkpa\s+full\s+Kazakhstan \(Parliament of Kazakhstan\)");
    }

    [Fact]
    public void History_lists_changes_in_date_order_with_sources()
    {
        var (exit, output, _) = Run("history", "turkpa", "--from", "2025-01-01", "--to", "2025-12-31");

        exit.Should().Be(0);
        string[] lines = output.TrimEnd().Split('\n');
        lines[0].Should().StartWith("Date");
        lines[1].Should().StartWith("2025-06-11  sessionHeld", "tables use the words the JSON uses");
        lines[2].Should().Contain("Kazakhstan (Parliament of Kazakhstan) took the chair from Azerbaijan");
        lines[3].Should().StartWith("2025-06-12  elected").And.Contain("Ramil Hasan elected Secretary-General (took office 2025-10-15)");
        lines[4].Should().Contain("Ramil Hasan took office as Secretary-General (elected 2025-06-12)").And.Contain("News.Az");
    }

    [Fact]
    public void History_as_json_is_an_array_of_changes()
    {
        using var doc = JsonDocument.Parse(Run("history", "ots", "--from", "2021-11-12", "--to", "2021-11-12", "--json").Out);

        doc.RootElement.EnumerateArray().Select(e => e.GetProperty("kind").GetString()).Should().Contain(["renamed", "chairHandedOver", "sessionHeld", "joined"]);
    }

    [Fact]
    public void Show_as_json_gives_each_answer_its_sources_and_whether_they_disagree()
    {
        using var doc = JsonDocument.Parse(Run("show", "gcc", "--on", "2019-01-01", "--json").Out);
        JsonElement chair = doc.RootElement.GetProperty("chair");

        chair.GetProperty("holder").GetString().Should().Be("sau");
        chair.GetProperty("provenance").GetProperty("disputed").GetBoolean().Should().BeTrue();
        chair.GetProperty("provenance").GetProperty("sources").GetArrayLength().Should().Be(3);
        doc.RootElement.GetProperty("secretaryGeneral").GetProperty("provenance").GetProperty("sources").GetArrayLength().Should().BePositive();
        doc.RootElement.GetProperty("members")[0].GetProperty("provenance").GetProperty("sources").GetArrayLength().Should().BePositive();
    }

    [Fact]
    public void Status_finds_a_party_that_the_organizations_own_records_never_mention()
    {
        var (exit, output, _) = Run("status", "turkpa", "usa", "--on", "2025-10-17");

        exit.Should().Be(0);
        output.Should().MatchRegex(@"United States of America\s+no\s");
    }

    [Fact]
    public void Status_says_when_the_span_it_answers_from_is_disputed()
    {
        Run("status", "au", "bfa", "--on", "2015-09-20").Out.Should().MatchRegex(@"suspended\s+recorded \[2015-09-18, \[2015-09-26\.\.2015-09-29\]\) \(sources disagree\)", "the lifting is dated 26 September by the Council's meeting and 29 September by its communiqué");
        Run("status", "au", "bfa", "--on", "2015-06-01").Out.Should().NotContain("sources disagree");
        Run("status", "au", "bfa", "--on", "2015-09-27").Out.Should().MatchRegex(@"Burkina Faso\s+certainly\s+full \(possibly\)\s+recorded", "a member either way, though which status held that day is not known");
        Run("members", "au", "--on", "2015-09-27").Out.Should().MatchRegex(@"Burkina Faso\s+bfa\s+full\s+.*possibly, sources disagree; certainly a member in one status or another", "a list of members in any status lists a party that belongs either way");
        Run("members", "au", "--on", "2015-09-27", "--status", "full").Out.Should().NotContain("Burkina Faso", "it is only possibly a full member").And.Contain("more possibly belong");
    }

    [Fact]
    public void Members_marks_a_membership_whose_sources_disagree()
    {
        Run("members", "turkpa", "--on", "2025-10-17", "--status", "observer").Out.Should().MatchRegex(@"trnc-assembly\s+observer\s+2023-04-28\s+certainly, sources disagree");
        using var doc = JsonDocument.Parse(Run("members", "turkpa", "--on", "2025-10-17", "--status", "observer", "--json").Out);
        doc.RootElement.EnumerateArray().Single(m => m.GetProperty("party").GetString() == "trnc-assembly").GetProperty("provenance").GetProperty("disputed").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public void Sessions_says_which_meetings_were_held_by_videoconference()
    {
        var (exit, output, _) = Run("sessions", "eaeu", "--from", "2020-01-01", "--to", "2020-12-31");

        exit.Should().Be(0);
        output.Should().MatchRegex(@"supreme-council\s+—\s+regular\s+2020-05-19\s+Minsk \(by videoconference\)\s+Belarus");
        JsonDocument.Parse(Run("sessions", "eaeu", "--from", "2020-01-01", "--to", "2020-12-31", "--json").Out).RootElement[0].GetProperty("format").GetString().Should().Be("videoconference");
    }

    [Fact]
    public void Sessions_lists_every_summit_with_the_chair_at_the_time()
    {
        var (exit, output, _) = Run("sessions", "ots");

        exit.Should().Be(0);
        output.Should().MatchRegex(@"summit\s+12\s+regular\s+2025-10-07\s+Gabala\s+Azerbaijan\s+Kyrgyzstan → Azerbaijan", "the chair passed from Kyrgyzstan to the host at the Gabala summit");
        output.Should().MatchRegex(@"summit\s+—\s+regular\s+2009-10-03\s+Nakhchivan\s+Azerbaijan\s+Azerbaijan", "the founding summit is listed though the Council numbers its summits from 2011");
        output.Should().MatchRegex(@"summit\s+—\s+informal\s+2026-05\s+Turkistan\s+Kazakhstan\s+Azerbaijan \(possibly\)", "Azerbaijan's chair ends on an unrecorded day of 2026");
        output.Should().MatchRegex(@"summit\s+—\s+extraordinary\s+2020-04-10\s+Baku \(by videoconference\)\s+Azerbaijan\s+Azerbaijan", "the extraordinary summit on the pandemic was held by videoconference under Azerbaijan's chair");
        int recorded = TurkicFixtures.Catalog.GetOrganization(new OrgModel.Model.Id<OrgModel.Model.Organization>("ots")).Sessions.Count;
        output.TrimEnd().Split('\n').Should().HaveCount(recorded + 1, "a header and every recorded session");
        JsonDocument.Parse(Run("sessions", "ots", "--json").Out).RootElement.GetArrayLength().Should().Be(recorded);
    }

    [Fact]
    public void Sessions_name_the_chair_the_record_ties_to_a_meeting_rather_than_the_one_whose_term_merely_covers_its_day()
    {
        string output = Run("sessions", "turksoy").Out;

        output.Should().MatchRegex(@"permanent-council\s+36\s+regular\s+2018-12-18\s+Kastamonu\s+Turkey\s+Turkey → Kyrgyzstan", "Türkiye's minister coordinated the 36th meeting and handed the role to Kyrgyzstan there");
        output.Should().MatchRegex(@"permanent-council\s+24\s+regular\s+2008\s+Ankara\s+Turkey\s+Turkey\r?\n", "Türkiye's term begins at the 24th meeting, though on 1 January 2008 Azerbaijan's later term was as possible");
        output.Should().MatchRegex(@"permanent-council\s+—\s+extraordinary\s+2022-03-31\s+Bursa\s+Turkey\s+Turkey\r?\n", "no term is tied to the extraordinary meeting, so the chair of its day answers");
    }

    [Fact]
    public void Json_asked_before_a_command_that_has_no_json_form_is_refused_rather_than_ignored()
    {
        var (exit, output, error) = Run("--json", "list");

        exit.Should().Be(2);
        output.Should().BeEmpty("a table in place of the JSON asked for would be a silent default");
        error.Should().Contain("'list' has no JSON output; --format csv gives its tables");
        Run("--json", "show", "turkpa", "--on", "2025-10-17").Out.TrimStart().Should().StartWith("{", "show has a JSON form, so the flag before it still works");
    }

    [Fact]
    public void Validate_accepts_a_valid_file()
    {
        var (exit, output, _) = Run("validate", Serialization.FixtureFilesTests.ExamplePath("turkic-catalog.json"));

        exit.Should().Be(0);
        output.Should().Contain($"valid ({TurkicFixtures.Catalog.Parties.Count} parties, 3 organizations)");
    }

    [Fact]
    public void Validate_prints_each_problem_with_its_json_path_and_exits_1()
    {
        string path = Path.Combine(Path.GetTempPath(), $"orgmodel-bad-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "formatVersion": 1, "parties": [ { "id": "a", "kind": "State", "names": [ { "name": "A" } ] }, { "id": "b", "kind": "state", "names": [ { "name": "B", "from": "2009-02-30" } ] } ] }""");
        try
        {
            var (exit, output, _) = Run("validate", path);

            exit.Should().Be(1);
            output.Should().Contain("$.parties[0].kind: 'State' is not a party kind").And.Contain("$.parties[1].names[0].from: '2009-02-30' is not a partial date").And.Contain("2 problems");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Every_query_command_works_on_a_catalog_given_with_data()
    {
        string path = Path.Combine(Path.GetTempPath(), $"orgmodel-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, OrgModelJson.Serialize(TurkicFixtures.Catalog));
        try
        {
            Run("show", "ots", "--on", "2020-06-01", "--data", path).Out.Should().MatchRegex(@"Chair\s+Azerbaijan");
            Run("--data", path, "members", "ots", "--on", "2020-06-01").Exit.Should().Be(0);
            Run("memberships", "uzb", "--data", path).Exit.Should().Be(0);
            Run("history", "ots", "--data", path).Exit.Should().Be(0);
            Run("sessions", "turkpa", "--data", path).Exit.Should().Be(0);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Help_names_the_command_users_type()
    {
        var (exit, output, _) = Run("--help");

        exit.Should().Be(0);
        output.Should().Contain("orgmodel [command] [options]").And.Contain("memberships <party>");
        Run("show", "--help").Out.Should().Contain("orgmodel show <organization> [options]");
    }

    [Theory]
    [InlineData(1, "members", "warsaw-pact")]
    [InlineData(1, "memberships", "atlantis")]
    [InlineData(2, "show", "turkpa", "--on", "2025-13-01")]
    [InlineData(2, "show", "turkpa", "--on", "17/10/2025")]
    [InlineData(2, "bogus")]
    [InlineData(2, "members", "turkpa", "--status", "gold")]
    [InlineData(2, "validate", "docs/examples/turkpa.json", "--data", "other.json")]
    [InlineData(2, "import", "cow", "x.csv", "--json")]
    [InlineData(2, "sessions", "ots", "--from", "2025-01-01", "--to", "2024-01-01")]
    [InlineData(2, "history", "turkpa", "--from", "2025-01-01", "--to", "2024-01-01")]
    [InlineData(1, "validate", "/nonexistent/catalog.json")]
    [InlineData(1, "show", "turkpa", "--data", "/nonexistent/catalog.json")]
    [InlineData(1, "show", "has space")]
    public void Bad_arguments_unknown_ids_and_bad_files_give_one_line_and_a_non_zero_exit(int expected, params string[] args)
    {
        var (exit, output, error) = Run(args);

        exit.Should().Be(expected);
        output.Should().BeEmpty();
        error.Should().StartWith("orgmodel: ");
        error.TrimEnd().Should().NotContain("\n", "an error is one line").And.NotContain("   at ", "never a stack trace");
    }

    [Fact]
    public void A_data_file_that_is_not_a_valid_catalog_is_one_line_with_its_json_path()
    {
        string path = Path.Combine(Path.GetTempPath(), $"orgmodel-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "formatVersion": 3 }""");
        try
        {
            var (exit, _, error) = Run("show", "turkpa", "--data", path);

            exit.Should().Be(1);
            error.Should().Be("orgmodel: invalid catalog: $.formatVersion: formatVersion 3 is newer than this version of OrgModel reads (1); upgrade OrgModel to read it." + Environment.NewLine);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
