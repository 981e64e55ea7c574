using NodaTime;
using OrgModel.Interop.BuiltIn;
using OrgModel.Interop.Cow;
using OrgModel.Model;
using OrgModel.Queries;
using OrgModel.Serialization;

namespace OrgModel.Tests.Interop;

/// <summary>The COW definition of an IGO, criterion by criterion, never failing an organization for what its record lacks.</summary>
public class CowIgoDefinitionTests
{
    private static readonly LocalDate Day = new(2025, 10, 17);

    private static CriterionAnswer[] Answers(Catalog catalog, string organization, LocalDate? on = null) =>
        [.. CowIgoDefinition.Check(catalog, catalog.OrganizationsNamed(organization).Single(), on ?? Day).Criteria.Select(c => c.Answer)];

    private static Catalog Synthetic(string organization) => OrgModelJson.DeserializeCatalog($$"""
        { "formatVersion": 1,
          "parties": [ { "id": "aaa", "kind": "state", "names": [ { "name": "A" } ] }, { "id": "bbb", "kind": "state", "names": [ { "name": "B" } ] },
                       { "id": "ccc", "kind": "state", "names": [ { "name": "C" } ] } ],
          "organizations": [ {{organization}} ] }
        """);

    [Fact]
    public void Turkpa_is_not_an_igo_because_its_members_are_parliaments_not_states()
    {
        IgoDefinitionCheck check = CowIgoDefinition.Check(BuiltInCatalog.Curated, new Id<Organization>("turkpa"), Day);

        check.IsIgo.Should().Be(CriterionAnswer.No);
        CriterionResult states = check.Criteria[0];
        states.Answer.Should().Be(CriterionAnswer.No);
        states.Explanation.Should().Contain("organs of states");
        states.Facts.Should().Contain(f => f.Contains("kaz-parliament (of kaz)", StringComparison.Ordinal));
        check.Criteria[1].Answer.Should().Be(CriterionAnswer.Yes);
        check.Criteria[2].Answer.Should().Be(CriterionAnswer.Yes);
    }

    [Fact]
    public void The_ots_meets_every_criterion()
    {
        CowIgoDefinition.Check(BuiltInCatalog.Curated, new Id<Organization>("ots"), Day).IsIgo.Should().Be(CriterionAnswer.Yes);
    }

    [Fact]
    public void A_record_without_sessions_leaves_the_plenary_criterion_undecided_not_failed()
    {
        Answers(BuiltInCatalog.Curated, "eu").Should().Equal(CriterionAnswer.Yes, CriterionAnswer.Undecided, CriterionAnswer.Yes);
        CowIgoDefinition.Check(BuiltInCatalog.Curated, new Id<Organization>("eu"), Day).IsIgo.Should().Be(CriterionAnswer.Undecided);
    }

    [Fact]
    public void The_united_nations_meets_every_criterion_with_its_yearly_general_assembly()
    {
        CowIgoDefinition.Check(BuiltInCatalog.Curated, new Id<Organization>("un"), Day).IsIgo.Should().Be(CriterionAnswer.Yes);
    }

    [Fact]
    public void A_cow_only_organization_after_2014_has_only_possible_members_and_undecided_sessions_and_secretariat()
    {
        Answers(BuiltInCatalog.Catalog, "AACB").Should().Equal(CriterionAnswer.Possibly, CriterionAnswer.Undecided, CriterionAnswer.Undecided);
        Answers(BuiltInCatalog.Catalog, "AACB", new LocalDate(2010, 6, 1))[0].Should().Be(CriterionAnswer.Yes);
    }

    [Fact]
    public void A_record_that_starts_with_a_later_session_does_not_count_the_years_before_it_as_a_gap()
    {
        Answers(BuiltInCatalog.Curated, "sco")[1].Should().Be(CriterionAnswer.Yes, "the first recorded summit is the 15th, so earlier ones were held");
    }

    [Fact]
    public void Two_member_states_fail_the_first_criterion()
    {
        Catalog c = Synthetic("""
            { "id": "x", "classification": "intergovernmentalOrganization", "names": [ { "name": "X" } ], "founded": "2000",
            "memberships": [ { "party": "aaa", "statuses": [ { "from": "2000-01-01", "status": "full" } ] }, { "party": "bbb", "statuses": [ { "from": "2000-01-01", "status": "full" } ] },
                             { "party": "ccc", "statuses": [ { "from": "2000-01-01", "status": "observer" } ] } ] }
            """);

        CowIgoDefinition.Check(c, new Id<Organization>("x"), Day).Criteria[0].Answer.Should().Be(CriterionAnswer.No, "an observer is not a member");
    }

    [Theory]
    [InlineData("2000-01-01", "2009-06-01", "2015-01-01", CriterionAnswer.Yes)]
    [InlineData("2000-01-01", "2009-06-01", "2025-01-01", CriterionAnswer.Undecided)]
    [InlineData("2000-01-01", "2012-06-01", "2012-06-01", CriterionAnswer.Undecided)]
    [InlineData("2000", "2010", "2012-06-01", CriterionAnswer.Possibly)]
    public void Plenaries_more_than_ten_years_apart_are_undecided_and_imprecise_ones_possibly_met(string first, string second, string on, CriterionAnswer expected)
    {
        Catalog c = Synthetic($$"""
            { "id": "x", "classification": "intergovernmentalOrganization", "names": [ { "name": "X" } ],
            "sessions": [ { "id": "s1", "series": "summit", "ordinal": 1, "kind": "regular", "date": "{{first}}", "place": { "city": "A" } },
                          { "id": "s2", "series": "summit", "ordinal": 2, "kind": "regular", "date": "{{second}}", "place": { "city": "B" } } ] }
            """);
        LocalDate day = NodaTime.Text.LocalDatePattern.Iso.Parse(on).Value;

        Answers(c, "x", day)[1].Should().Be(expected);
    }

    [Theory]
    [InlineData(40, CriterionAnswer.Yes)]
    [InlineData(3, CriterionAnswer.Undecided)]
    public void Sessions_whose_numbers_skip_are_not_a_gap_for_the_sessions_in_between_were_held(int laterOrdinal, CriterionAnswer expected)
    {
        Catalog c = Synthetic($$"""
            { "id": "x", "classification": "intergovernmentalOrganization", "names": [ { "name": "X" } ], "founded": "1950",
            "sessions": [ { "id": "s1", "series": "assembly", "ordinal": 1, "kind": "regular", "date": "1950-06-01", "place": { "city": "A" } },
                          { "id": "s2", "series": "assembly", "ordinal": 2, "kind": "regular", "date": "1951-06-01", "place": { "city": "A" } },
                          { "id": "s3", "series": "assembly", "ordinal": {{laterOrdinal}}, "kind": "regular", "date": "1990-06-01", "place": { "city": "B" } } ] }
            """);

        Answers(c, "x", new LocalDate(1991, 1, 1))[1].Should().Be(expected, "the 2nd and the 40th are 37 sessions apart, the 2nd and the 3rd none");
    }

    [Fact]
    public void A_young_organization_without_sessions_possibly_meets_the_plenary_criterion()
    {
        Catalog c = Synthetic("""
            { "id": "x", "classification": "intergovernmentalOrganization", "names": [ { "name": "X" } ], "founded": "2020-01-01" }
            """);

        Answers(c, "x")[1].Should().Be(CriterionAnswer.Possibly);
    }

    [Fact]
    public void A_day_before_the_recorded_seat_fails_the_secretariat_criterion()
    {
        Catalog c = Synthetic("""
            { "id": "x", "classification": "intergovernmentalOrganization", "names": [ { "name": "X" } ],
            "secretariat": { "seats": [ { "from": "2010-01-01", "place": { "city": "A" } } ] } }
            """);

        Answers(c, "x", new LocalDate(2009, 6, 1))[2].Should().Be(CriterionAnswer.No);
        Answers(c, "x", new LocalDate(2011, 6, 1))[2].Should().Be(CriterionAnswer.Yes);
    }

    [Fact]
    public void A_criterion_result_needs_an_explanation()
    {
        FluentActions.Invoking(() => new CriterionResult(IgoCriterion.ThreeMemberStates, CriterionAnswer.Yes, " ")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new CriterionResult((IgoCriterion)7, CriterionAnswer.Yes, "x")).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void The_tool_prints_each_criterion_with_its_answer_and_facts()
    {
        var (exit, output, _) = Cli.CliTests.Run("check", "TURKPA", "--on", "2025-10-17");

        exit.Should().Be(0);
        output.Should().Contain("against the COW definition of an IGO, on 2025-10-17: no")
            .And.MatchRegex(@"at least three member states\s+no\s+Fewer than three")
            .And.MatchRegex(@"a permanent secretariat\s+yes");
        Cli.CliTests.Run("check", "nosuch").Exit.Should().NotBe(0);
    }
}
