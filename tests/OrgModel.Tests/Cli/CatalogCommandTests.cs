using NodaTime;
using OrgModel.Interop.BuiltIn;
using OrgModel.Model;
using OrgModel.Queries;
using static OrgModel.Tests.Cli.CliTests;

namespace OrgModel.Tests.Cli;

/// <summary>The catalog-wide commands (list, parties, joint, holder, agreements) and how an unknown or ambiguous name is answered.</summary>
public class CatalogCommandTests
{
    [Fact]
    public void List_shows_every_organization_with_its_name_and_full_members_on_the_day()
    {
        var (exit, output, _) = Run("list", "--on", "2025-10-17");

        exit.Should().Be(0);
        output.Should().MatchRegex(@"asean\s+Association of Southeast Asian Nations \(ASEAN\)\s+10\s+active");
        output.Should().MatchRegex(@"unsc\s+United Nations Security Council \(UNSC\)\s+15\s+active");
        output.Should().MatchRegex(@"\bAACB\s+Assoc. of African Central Banks \(AACB\)\s+0 \(\+\d+ possibly\) or more\s+active", "COW's organizations are in the built-in catalog too, and COW says nothing after 2014, so any other state possibly belongs");
        output.Should().Contain($"{BuiltInCatalog.Catalog.Organizations.Count} organizations; members are full members on 2025-10-17.");
    }

    [Fact]
    public void List_marks_a_count_that_may_be_short_and_says_why_once()
    {
        string before = Run("list", "--on", "2010-01-01").Out;
        before.Should().MatchRegex(@"unsc\s+United Nations Security Council \(UNSC\)\s+5 or more\s+active", "only the permanent members are recorded before 2020");
        before.Should().MatchRegex(@"""or more"": \d+ of them have no data for every party on that day");

        Run("list", "--on", "2025-10-17").Out.Should().MatchRegex(@"asean\s+Association of Southeast Asian Nations \(ASEAN\)\s+10\s+active", "a complete record has no mark");
    }

    [Fact]
    public void Memberships_and_joint_say_how_many_more_organizations_a_party_possibly_belongs_to()
    {
        string usa = Run("memberships", "usa", "--on", "2020-01-01").Out;
        usa.Should().MatchRegex(@"The list may be incomplete: on 2020-01-01 the party possibly belongs to \d+ more organizations, whose records have no data for that day");

        string joint = Run("joint", "kaz", "kgz", "--on", "2020-01-01").Out;
        joint.Should().MatchRegex(@"on 2020-01-01 both parties possibly belong to \d+ more organizations");

        Run("memberships", "usa", "--on", "2020-01-01", "--json").Err.Should().StartWith("orgmodel: note: The list may be incomplete");
        Run("joint", "kaz", "kgz", "--on", "1800-01-01").Out.Trim().Should().Be("Kazakhstan and Kyrgyzstan share no organization on 1800-01-01.", "no record is open before any organization existed");
    }

    [Fact]
    public void A_command_about_one_curated_organization_reads_only_its_documents_unless_it_also_names_a_party()
    {
        Catalog turkic = BuiltInCatalog.ReadAbout("turkpa")!.Value.Catalog;

        OrgModel.Cli.CatalogLoader.BuiltIn("turkpa", null, (_, _) => turkic).Should().BeSameAs(turkic);
        OrgModel.Cli.CatalogLoader.BuiltIn("turkpa", "usa", (_, party) => party is null ? turkic : BuiltInCatalog.Curated).Should().BeSameAs(BuiltInCatalog.Curated, "the party is asked for with the organization");
        OrgModel.Cli.CatalogLoader.BuiltIn("nato", null, (_, _) => BuiltInCatalog.Curated).Should().BeSameAs(BuiltInCatalog.Catalog, "NATO's record lays over COW's");
        OrgModel.Cli.CatalogLoader.BuiltIn(null, null, (_, _) => turkic).Should().BeSameAs(BuiltInCatalog.Catalog);
        turkic.PartiesNamed("usa").Should().BeEmpty();
    }

    [Fact]
    public void A_curated_record_that_takes_its_members_from_cow_is_answered_with_them()
    {
        var (exit, output, _) = Run("members", "UN", "--on", "2013-06-01", "--status", "full", "--json");

        exit.Should().Be(0);
        output.Should().Contain("\"party\": \"usa\"");
        System.Text.Json.JsonDocument.Parse(output).RootElement.GetArrayLength().Should().Be(
            BuiltInCatalog.Catalog.MembersOn(new Id<Organization>("un"), new LocalDate(2013, 6, 1)).Count(m => m.Status == MembershipStatus.Full && m.Certainty == OrgModel.Time.Certainty.Certainly));
    }

    [Fact]
    public void Members_that_only_possibly_belong_are_counted_when_left_out_not_hidden_behind_a_bare_no()
    {
        int possible = BuiltInCatalog.Catalog.MembersOn(new Id<Organization>("AACB"), new LocalDate(2016, 1, 1)).Count(m => m.Certainty == OrgModel.Time.Certainty.Possibly);
        possible.Should().BePositive("COW's members of 2014 possibly still belong in 2016");

        Run("members", "AACB", "--on", "2016-01-01").Out.Should().Contain($"No members certainly match on 2016-01-01. {possible} more possibly belong on 2016-01-01").And.Contain("--include-possible");
        Run("members", "AACB", "--on", "2016-01-01", "--include-possible").Out.Should().NotContain("more possibly");
    }

    [Fact]
    public void A_member_list_says_it_may_be_incomplete_on_a_day_the_record_has_no_data_for_every_party()
    {
        string before = Run("members", "unsc", "--on", "2010-01-01").Out;
        before.Should().Contain("United States of America").And.Contain("The list may be incomplete: any other party possibly belongs on 2010-01-01")
            .And.Contain("beyondCoverage", "the record holds the Council's elected members only from 2020");

        Run("members", "unsc", "--on", "2024-01-01").Out.Should().NotContain("may be incomplete", "every member of 2024 is recorded");
        Run("show", "unsc", "--on", "2010-01-01").Out.Should().Contain("The list may be incomplete: any other party possibly belongs on 2010-01-01");
        Run("show", "unsc", "--on", "2024-01-01").Out.Should().NotContain("may be incomplete");
    }

    [Fact]
    public void A_member_list_in_json_or_csv_keeps_its_format_and_says_on_standard_error_that_it_may_be_incomplete()
    {
        var (exit, output, error) = Run("members", "unsc", "--on", "2010-01-01", "--json");
        exit.Should().Be(0);
        System.Text.Json.JsonDocument.Parse(output).RootElement.ValueKind.Should().Be(System.Text.Json.JsonValueKind.Array);
        error.Should().StartWith("orgmodel: note: The list may be incomplete: any other party possibly belongs on 2010-01-01");

        Run("members", "unsc", "--on", "2010-01-01", "--format", "csv").Err.Should().Contain("orgmodel: note: The list may be incomplete");
        Run("members", "AACB", "--on", "2016-01-01", "--json").Err.Should().Contain("more possibly belong on 2016-01-01", "members left out for being only possible are said too");
        Run("members", "nato", "--on", "2024-06-01", "--status", "full", "--json").Err.Should().BeEmpty("every member of 2024 is recorded and certain");
        Run("members", "unsc", "--on", "2010-01-01").Err.Should().BeEmpty("a table says it in the table");
    }

    [Fact]
    public void Show_in_json_names_the_gap_that_leaves_the_members_open_and_leaves_it_out_otherwise()
    {
        using var open = System.Text.Json.JsonDocument.Parse(Run("show", "unsc", "--on", "2010-01-01", "--json").Out);
        System.Text.Json.JsonElement gap = open.RootElement.GetProperty("membersGap");
        gap.GetProperty("certainty").GetString().Should().Be("certainly");
        gap.GetProperty("gap").GetProperty("kind").GetString().Should().Be("beyondCoverage");
        gap.GetProperty("gap").GetProperty("until").GetString().Should().Be("2020-01-01");

        using var complete = System.Text.Json.JsonDocument.Parse(Run("show", "unsc", "--on", "2024-01-01", "--json").Out);
        complete.RootElement.TryGetProperty("membersGap", out _).Should().BeFalse();
    }

    [Fact]
    public void Status_says_whether_a_party_belongs_and_never_no_where_the_source_is_silent()
    {
        Run("status", "ots", "uzb", "--on", "2020-06-01").Out.Should().MatchRegex(@"Uzbekistan\s+certainly\s+full\s+recorded \[2019-10-14, ongoing\)");
        Run("status", "OTS", "Uzbekistan", "--on", "2018-06-01").Out.Should().MatchRegex(@"Uzbekistan\s+no\s+—\s+no status recorded", "it joined in 2019");
        Run("status", "AACB", "usa", "--on", "2016-01-01").Out.Should().MatchRegex(@"possibly\s+—\s+the source has no data for that day \(beyondCoverage\)");
        Run("status", "AACB", "usa", "--on", "2016-01-01", "--format", "csv").Out.Should().StartWith("Organization,Party,Belongs,Status,Why");
        Run("status", "un", "cow-gfr", "--on", "1980-01-01", "--format", "csv").Out.Should()
            .Contain("possibly").And.Contain("the source has no data for that day (missing): COW codes the Federal Republic of Germany under its own identifier", "a gap's note says why the source is silent");

        var (exit, _, error) = Run("status", "ots", "narnia");
        exit.Should().NotBe(0);
        error.Trim().Should().NotContain(Environment.NewLine, "a bad party is one line, not a stack trace");
    }

    [Fact]
    public void List_filters_by_member_and_by_kind_ignoring_case()
    {
        int ofKazakhstan = BuiltInCatalog.Catalog.MembershipsOn(new Id<Party>("kaz"), new LocalDate(2025, 10, 17)).Select(m => m.Organization).Distinct().Count();
        Run("list", "--member", "Kazakhstan", "--on", "2025-10-17").Out.Should().Contain($"{ofKazakhstan} organizations").And.Contain("ots").And.Contain("turkpa", "Kazakhstan belongs to TURKPA through its parliament");
        Run("list", "--kind", "ORGAN", "--on", "2025-10-17").Out.Should().Contain("council-eu").And.Contain("unsc").And.NotContain("asean");
    }

    [Fact]
    public void Parties_lists_each_party_with_its_kind_and_memberships()
    {
        var (exit, output, _) = Run("parties", "--on", "2025-10-17");

        exit.Should().Be(0);
        output.Should().MatchRegex(@"kaz-parliament\s+Kazakhstan \(Parliament of Kazakhstan\)\s+legislature\s+1");
        int ofHungary = BuiltInCatalog.Catalog.MembershipsOn(new Id<Party>("hun"), new LocalDate(2025, 10, 17), includeOrgans: false).Length;
        output.Should().MatchRegex($@"hun\s+Hungary\s+state\s+{ofHungary} or more\b", "a state's own memberships are counted; TURKPA only through its parliament is not; and COW says nothing after 2014");
        output.Should().MatchRegex(@"kaz-parliament\s+Kazakhstan \(Parliament of Kazakhstan\)\s+legislature\s+1\s", "no open record leaves a parliament possibly a member elsewhere");
        output.Should().Contain("\"or more\": ").And.Contain("parties possibly belong to more organizations, whose records have no data for that day");
        Run("parties", "--on", "1800-01-01").Out.Should().NotContain("or more", "no record is open before any organization existed");
    }

    [Fact]
    public void Joint_lists_the_organizations_two_parties_share_with_both_statuses()
    {
        var (exit, output, _) = Run("joint", "Kazakhstan", "HUN", "--on", "2025-10-17");

        exit.Should().Be(0);
        output.Should().MatchRegex(@"ots\s+full\s+observer\s+certainly");
    }

    [Fact]
    public void Holder_names_who_held_a_post_on_the_day()
    {
        var (exit, output, _) = Run("holder", "TURKPA", "Secretary-General", "--on", "2025-09-01");

        exit.Should().Be(0);
        output.Should().MatchRegex(@"Holder\s+Mehmet Süreyya Er");
        output.Should().MatchRegex(@"Elected\s+2021-09-28");
    }

    [Fact]
    public void Holder_names_the_other_possible_holder_when_the_handover_month_is_all_that_is_known()
    {
        var (exit, output, _) = Run("holder", "turksoy", "secretary-general", "--on", "2006-12-15");

        exit.Should().Be(0);
        output.Should().MatchRegex(@"Holder\s+Atilla Koç \(possibly\)");
        output.Should().MatchRegex(@"Or\s+Polad Bülbüloğlu \(possibly\), term 1993 to a day in 2006-12");
        Run("holder", "turksoy", "secretary-general", "--on", "2010-12-15").Out.Should().NotContain("Or ", "Kaseinov certainly held the post then");
    }

    [Fact]
    public void Holder_of_an_unknown_post_lists_the_posts_the_organization_has()
    {
        var (exit, _, error) = Run("holder", "turkpa", "chief");

        exit.Should().Be(1);
        error.Should().Be("orgmodel: turkpa has no post 'chief'; its posts: secretary-general, deputy-secretary-general" + Environment.NewLine);
    }

    [Fact]
    public void Agreements_lists_signatories_consents_and_entry_into_force_for_each_party()
    {
        var (exit, output, _) = Run("agreements", "ots");

        exit.Should().Be(0);
        output.Should().Contain("signed 2009-10-03 at Nakhchivan; in force 2010-11-17");
        output.Should().MatchRegex(@"Uzbekistan\s+uzb\s+—\s+accession 2019-09-14\s+2019-10-14");
    }

    [Fact]
    public void Agreements_marks_a_consent_whose_day_the_sources_disagree_on()
    {
        var (exit, output, _) = Run("agreements", "asean");

        exit.Should().Be(0);
        output.Should().Contain("signed 2007-11-20 at Singapore; in force 2008-12-15");
        output.Should().MatchRegex(@"Thailand\s+tha\s+Head of State or Government\s+ratification 2008-11-14 \(sources disagree\)\s+2008-12-15");
        output.Should().MatchRegex(@"Singapore\s+sgp\s+Head of State or Government\s+ratification 2008-01-07\s+2008-12-15");
    }

    [Fact]
    public void An_unknown_organization_gets_the_closest_identifiers_not_the_whole_list()
    {
        var (exit, _, error) = Run("show", "turpka");

        exit.Should().Be(1);
        error.Should().Be("orgmodel: no organization 'turpka' in the catalog; did you mean turkpa?" + Environment.NewLine);
    }

    [Fact]
    public void Organizations_and_parties_are_found_by_alias()
    {
        Run("show", "Q7768", "--on", "2024-01-01").Out.Should().StartWith("Association of Southeast Asian Nations (ASEAN)");
        Run("memberships", "Türkiye", "--on", "2025-10-17").Exit.Should().Be(0);
    }

    [Fact]
    public void Enumerated_options_ignore_case_and_name_the_accepted_values_when_wrong()
    {
        Run("members", "ots", "--status", "Observer", "--on", "2025-10-17").Out.Should().Contain("hun");
        Run("members", "--help").Out.Should().Contain("full, associate, observer, suspended, any", "the help lists exactly the accepted values");
        var (exit, _, error) = Run("members", "ots", "--status", "bogus");

        exit.Should().Be(2);
        error.Should().StartWith("orgmodel: --status: 'bogus' is not one of full, associate, observer, suspended, any");
    }
}

/// <summary>What the tool does when asked for nothing, and the options each command takes.</summary>
public class CommandSurfaceTests
{
    [Fact]
    public void Orgmodel_with_no_arguments_prints_the_help_and_succeeds()
    {
        var (exit, output, error) = Run();

        exit.Should().Be(0);
        error.Should().BeEmpty();
        output.Should().Contain("Usage:").And.Contain("orgmodel [command] [options]");
    }

    [Fact]
    public void Placeholders_say_what_to_type()
    {
        string help = Run("sessions", "--help").Out;

        help.Should().Contain("--from <YYYY-MM-DD>").And.Contain("--data <FILE>");
        Run("validate", "--help").Out.Should().NotContain("--data").And.NotContain("--json");
    }

    [Fact]
    public void Sessions_can_be_limited_to_a_period()
    {
        var (exit, output, _) = Run("sessions", "ots", "--from", "2024-01-01", "--to", "2024-12-31");

        exit.Should().Be(0);
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(3, "a header, the informal Shusha summit and the 11th summit");
        output.Should().Contain("Shusha").And.Contain("Bishkek").And.NotContain("Samarkand");
    }
}

/// <summary>Wide tables wrap to the terminal's width; output that is not a terminal keeps whole lines.</summary>
public class TableWrappingTests
{
    [Fact]
    public void A_wide_table_wraps_its_widest_column_to_the_terminal_width()
    {
        var output = new StringWriter();
        int exit = OrgModel.Cli.Cli.Run(["history", "turkpa", "--from", "2025-06-01", "--to", "2025-06-30"], output, new StringWriter(), () => new NodaTime.LocalDate(2025, 10, 17), width: 100);

        exit.Should().Be(0);
        string[] lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        lines.Should().OnlyContain(l => l.Length <= 100);
        lines.Should().Contain(l => l.StartsWith("2025-06-12  chairHandedOver", StringComparison.Ordinal));
        string.Join(" ", lines.Select(l => l.Trim())).Should().Contain("Kazakhstan", "wrapped text is continued, not cut");
    }

    [Fact]
    public void Without_a_terminal_width_lines_are_kept_whole()
    {
        var (_, output, _) = Run("history", "turkpa", "--from", "2025-06-01", "--to", "2025-06-30");

        output.Split(Environment.NewLine).Should().Contain(l => l.Length > 150);
    }
}

/// <summary>validate reads both document kinds and names no .NET type.</summary>
public class ValidateCommandTests
{
    [Fact]
    public void An_organization_document_is_validated_as_one()
    {
        var (exit, output, _) = Run("validate", Serialization.FixtureFilesTests.ExamplePath("turkpa.json"));

        exit.Should().Be(0);
        output.Should().EndWith("valid (an organization document: turkpa)" + Environment.NewLine);
    }

    [Fact]
    public void A_broken_organization_document_reports_its_problem_with_the_path_and_no_type_name()
    {
        string path = Path.Combine(Path.GetTempPath(), $"orgmodel-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, File.ReadAllText(Serialization.FixtureFilesTests.ExamplePath("turkpa.json")).Replace("\"parliamentaryAssembly\"", "\"Assembly\"", StringComparison.Ordinal));
        try
        {
            var (exit, output, _) = Run("validate", path);

            exit.Should().Be(1);
            output.Should().Contain("$.organization.classification: 'Assembly' is not an organization classification;").And.NotContain("Document");
        }
        finally
        {
            File.Delete(path);
        }
    }
}

/// <summary>--format table|json|csv: CSV for spreadsheets and R or pandas, JSON as --json writes it.</summary>
public class OutputFormatTests
{
    [Fact]
    public void Csv_has_a_header_row_and_one_row_per_member()
    {
        var (exit, output, _) = Run("members", "ots", "--on", "2025-10-17", "--status", "full", "--format", "csv");

        exit.Should().Be(0);
        string[] lines = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("Party,Id,Status,Since,Certainty");
        lines.Should().HaveCount(6).And.Contain("Türkiye,tur,full,2010-11-17,certainly");
    }

    [Fact]
    public void Csv_quotes_fields_with_commas_and_quotes_and_keeps_long_text_whole()
    {
        var (_, output, _) = Run("history", "turkpa", "--from", "2025-06-01", "--to", "2025-06-30", "--format", "csv");

        output.Should().Contain("\"Trend, 'Azerbaijan passes baton of TURKPA chairmanship to Kazakhstan', 12 June 2025 (+4)\"");
        output.Split("\r\n").Should().Contain(l => l.StartsWith("2025-06-12,chairHandedOver,Kazakhstan (Parliament of Kazakhstan) took the chair", StringComparison.Ordinal));
    }

    [Fact]
    public void Format_json_is_the_same_as_json()
    {
        Run("rotation", "asean", "--from", "2025-01-01", "--to", "2027-12-31", "--format", "JSON").Out
            .Should().Be(Run("rotation", "asean", "--from", "2025-01-01", "--to", "2027-12-31", "--json").Out);
    }

    [Fact]
    public void Commands_without_json_offer_table_and_csv_only()
    {
        Run("list", "--on", "2025-10-17", "--format", "csv").Out.Should().StartWith("Id,Name,Members,Status\r\n");
        Run("list", "--format", "json").Exit.Should().Be(2);
        Run("validate", "--help").Out.Should().NotContain("--format");
    }
}

/// <summary>validate reports every problem of a catalog, each at its place, even when one organization cannot be read.</summary>
public class ValidateEveryProblemTests
{
    [Fact]
    public void A_duplicate_party_a_dangling_reference_and_a_duplicate_ordinal_are_three_problems_at_their_paths()
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Serialization.FixtureFilesTests.ExamplePath("turkic-catalog.json")))!;
        var parties = document["parties"]!.AsArray();
        parties.Add(parties[0]!.DeepClone());
        int duplicateIndex = parties.Count - 1;
        var memberships = document["organizations"]![2]!["memberships"]!.AsArray();
        var stranger = memberships[0]!.DeepClone();
        stranger["party"] = "nowhere";
        memberships.Add(stranger);
        int strangerIndex = memberships.Count - 1;
        var sessions = document["organizations"]![1]!["sessions"]!.AsArray();
        var copy = sessions.First(session => session!["ordinal"] is not null)!.DeepClone();
        copy["id"] = "summit-again";
        sessions.Add(copy);
        int copyIndex = sessions.Count - 1;
        string path = Path.Combine(Path.GetTempPath(), $"orgmodel-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, document.ToJsonString());
        try
        {
            var (exit, output, _) = Run("validate", path);

            exit.Should().Be(1);
            output.Should().Contain($"$.parties[{duplicateIndex}]: Two parties have the identifier 'aze'.")
                .And.Contain($"$.organizations[2].memberships[{strangerIndex}].party: Organization 'turksoy': a membership names party 'nowhere', which is not a party in the catalog.")
                .And.Contain($"$.organizations[1].sessions[{copyIndex}]: Organization 'ots': session ordinals are unique within a series")
                .And.EndWith("3 problems" + Environment.NewLine, "a reference to the OTS, which could not be read, is not reported as dangling");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
