using NodaTime;
using OrgModel.Model;
using OrgModel.Queries;
using OrgModel.Tests.Fixtures;
using OrgModel.Time;

namespace OrgModel.Tests.Rules;

/// <summary>
/// The OTS and TURKPA hand the chair to the host of each summit or plenary, the SCO to the host of the
/// next summit: their records checked against those rules.
/// </summary>
public class SessionRotationTests
{
    private static readonly Catalog Catalog = TurkicFixtures.Catalog;
    private static readonly Id<Organization> Ots = new("ots");
    private static readonly Id<Organization> Turkpa = new("turkpa");

    [Fact]
    public void Every_ots_chair_term_is_the_host_of_the_summit_that_opened_it()
    {
        Catalog.RotationDepartures(Ots).Should().BeEmpty();
        Catalog.Rotation(Ots, new LocalDate(2011, 10, 21), new LocalDate(2025, 10, 6), ruleOnly: true).Select(t => t.Holder.Value)
            .Should().Equal("kaz", "kgz", "aze", "tur", "kaz", "kgz", "aze", "tur", "uzb", "kaz", "kgz");
    }

    [Fact]
    public void Turkpa_reports_the_one_handover_that_did_not_happen_at_a_plenary()
    {
        var departure = Catalog.RotationDepartures(Turkpa).Should().ContainSingle().Which;

        departure.Holder.Value.Should().Be("aze-milli-majlis");
        departure.Period.Start.Should().Be(new PartialDate(2019, 12, 18));
        departure.RuleHolder!.Value.Value.Should().Be("tur-gnat", "by the plenary rule Türkiye's parliament chairs from the 8th plenary to the 10th");
    }

    [Fact]
    public void A_chair_handed_over_on_the_second_day_of_a_plenary_follows_the_rule()
    {
        var term = Catalog.Rotation(Turkpa, new LocalDate(2022, 7, 1), new LocalDate(2022, 7, 1)).Single();

        term.Holder.Value.Should().Be("kgz-jogorku-kenesh");
        term.Period.Start.Should().Be(new PartialDate(2022, 6, 24));
        term.DepartsFromRule.Should().BeFalse("the 11th plenary sat on 23 and 24 June 2022");
    }

    [Fact]
    public void After_the_last_recorded_summit_the_host_possibly_holds_until_a_next_summit_no_record_holds()
    {
        Answer<RotationTerm> chair = Catalog.ChairOn(Ots, new LocalDate(2027, 1, 1));

        chair.Value.Holder.Value.Should().Be("aze");
        chair.Value.Origin.Should().Be(TermOrigin.Projected, "the record's last term ends on an unknown day of 2026, and the rule holds the host until a next summit");
        chair.Certainty.Should().Be(Certainty.Possibly);
        Catalog.Rotation(Ots, new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31), ruleOnly: true).Single()
            .Should().Match<RotationTerm>(t => t.Holder.Value == "aze" && t.Certainty == Certainty.Possibly && t.Period.HasUnknownEnd);
    }

    [Fact]
    public void Every_sco_chair_term_goes_to_the_host_of_the_summit_after_the_one_that_opened_it()
    {
        Catalog curated = OrgModel.Interop.BuiltIn.BuiltInCatalog.Curated;
        var sco = new Id<Organization>("sco");

        curated.RotationDepartures(sco).Should().BeEmpty();
        curated.Rotation(sco, new LocalDate(2015, 7, 10), new LocalDate(2025, 8, 31), ruleOnly: true).Select(t => t.Holder.Value)
            .Should().Equal("uzb", "kaz", "chn", "kgz", "rus", "tjk", "uzb", "ind", "kaz", "chn");
    }

    [Fact]
    public void A_summit_known_only_to_the_year_lets_the_rule_name_its_host_but_only_as_possibly()
    {
        Catalog curated = OrgModel.Interop.BuiltIn.BuiltInCatalog.Curated;
        var sco = new Id<Organization>("sco");

        curated.Rotation(sco, new LocalDate(2025, 9, 2), new LocalDate(2026, 6, 1), ruleOnly: true).Single()
            .Should().Match<RotationTerm>(t => t.Holder.Value == "kgz" && t.Certainty == Certainty.Possibly && t.Origin == TermOrigin.Projected,
                "the 2026 summit is recorded in Bishkek, but only to the year, so the handover day is not known");
        curated.ChairOn(sco, new LocalDate(2026, 3, 1)).Value.Should().Match<RotationTerm>(t => t.Holder.Value == "kgz" && t.Origin == TermOrigin.Recorded);
    }

    [Fact]
    public void After_the_last_recorded_summit_the_following_host_rule_names_nobody()
    {
        Catalog curated = OrgModel.Interop.BuiltIn.BuiltInCatalog.Curated;
        var sco = new Id<Organization>("sco");

        curated.Rotation(sco, new LocalDate(2027, 1, 1), new LocalDate(2027, 6, 1), ruleOnly: true).Should().BeEmpty("the host of the summit after Bishkek's is not a recorded session");
    }
}
