using OrgModel.Model;
using OrgModel.Tests.Fixtures;
using OrgModel.Tests.Rules;
using OrgModel.Time;

namespace OrgModel.Tests.Model;

/// <summary>Catalogs loaded from several documents combine into one, each party once.</summary>
public class CatalogCombineTests
{
    [Fact]
    public void Combining_keeps_every_organization_and_each_shared_party_once()
    {
        Catalog combined = Catalog.Combine(TurkicFixtures.Catalog, RotatingChairsData.Catalog);

        combined.Organizations.Select(o => o.Id.Value).Should().Equal("turkpa", "ots", "turksoy", "unsc", "council-eu", "asean");
        combined.Parties.Count(p => p.Id.Value == "hun").Should().Be(1, "Hungary is in both documents, the same in each");
        combined.Parties.Should().HaveCount(TurkicFixtures.Catalog.Parties.Count + RotatingChairsData.Catalog.Parties.Count - 1);
    }

    [Fact]
    public void Two_different_parties_under_one_identifier_are_refused_rather_than_one_picked()
    {
        var other = new Catalog([new Party(new Id<Party>("hun"), PartyKind.State, Timeline.Exclusive(TimelineEntry.Create(default, "Magyarország")))], []);

        FluentActions.Invoking(() => Catalog.Combine(TurkicFixtures.Catalog, other))
            .Should().Throw<ArgumentException>().WithMessage("Two catalogs hold different parties with the identifier 'hun'; make them the same to combine the catalogs.*");
    }

    [Fact]
    public void An_organization_in_two_catalogs_is_refused() =>
        FluentActions.Invoking(() => Catalog.Combine(TurkicFixtures.Catalog, TurkicFixtures.Catalog))
            .Should().Throw<ArgumentException>().WithMessage("*turkpa*");
}
