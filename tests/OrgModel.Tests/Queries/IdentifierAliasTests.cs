using OrgModel.Model;
using OrgModel.Queries;
using OrgModel.Tests.Fixtures;
using OrgModel.Tests.Rules;

namespace OrgModel.Tests.Queries;

/// <summary>Users name organizations and parties as they know them: identifiers, abbreviations, Wikidata QIDs, names, ISO codes.</summary>
public class IdentifierAliasTests
{
    private static readonly Catalog Catalog = Catalog.Combine(TurkicFixtures.Catalog, RotatingChairsData.Catalog);

    [Theory]
    [InlineData("asean", "asean")]
    [InlineData("ASEAN", "asean")]
    [InlineData("Q7768", "asean")]
    [InlineData("q37470", "unsc")]
    [InlineData("UNSC", "unsc")]
    [InlineData("Turkic Council", "ots")]
    [InlineData("OTS", "ots")]
    [InlineData("3330", "turksoy")]
    public void An_organization_is_found_by_its_identifier_abbreviation_or_external_identifier_ignoring_case(string text, string expected) =>
        Catalog.OrganizationsNamed(text).Should().Equal(new Id<Organization>(expected));

    [Theory]
    [InlineData("kaz", "kaz")]
    [InlineData("KAZ", "kaz")]
    [InlineData("Kazakhstan", "kaz")]
    [InlineData("Turkey", "tur")]
    [InlineData("Türkiye", "tur")]
    [InlineData("Republic of Korea", "kor")]
    public void A_party_is_found_by_its_identifier_iso_code_or_any_of_its_names_ignoring_case(string text, string expected) =>
        Catalog.PartiesNamed(text).Should().Equal(new Id<Party>(expected));

    [Fact]
    public void An_alias_shared_by_several_is_answered_with_all_of_them_and_an_unknown_one_with_none()
    {
        var shared = new Catalog(
            [],
            [Org("a", "Council", "CO"), Org("b", "Commission", "CO")]);

        shared.OrganizationsNamed("co").Select(i => i.Value).Should().BeEquivalentTo("a", "b");
        shared.OrganizationsNamed("atlantis").Should().BeEmpty();
    }

    [Fact]
    public void An_identifier_wins_over_an_alias_that_names_another_organization()
    {
        var catalog = new Catalog([], [Org("co", "Council", null), Org("b", "Commission", "CO")]);

        catalog.OrganizationsNamed("CO").Should().Equal(new Id<Organization>("co"));
    }

    private static Organization Org(string id, string name, string? abbreviation) =>
        new(new Id<Organization>(id), OrganizationClassification.Other, OrgModel.Time.Timeline.Exclusive(OrgModel.Time.TimelineEntry.Create(default, new OrganizationName(name, abbreviation))));
}
