using NodaTime;
using OrgModel.Model;
using OrgModel.Queries;
using OrgModel.Serialization;
using OrgModel.Tests.Fixtures;

namespace OrgModel.Tests.Queries;

/// <summary>The query index belongs to the query layer: made on the first query, once, never by loading alone.</summary>
public class IndexLayeringTests
{
    [Fact]
    public void A_catalog_read_only_to_validate_or_convert_never_builds_the_query_index()
    {
        byte[] json = OrgModelJson.SerializeToUtf8Bytes(TurkicFixtures.Catalog);

        Catalog catalog = OrgModelJson.DeserializeCatalog(json);
        OrgModelJson.SerializeToUtf8Bytes(catalog);

        catalog.HasDerived.Should().BeFalse();
        catalog.MembersOn(new Id<Organization>("turkpa"), new LocalDate(2025, 10, 17)).Should().HaveCount(6);
        catalog.HasDerived.Should().BeTrue();
    }

    [Fact]
    public void Eight_threads_asking_their_first_questions_at_once_share_one_index_and_get_the_same_answers()
    {
        Catalog catalog = OrgModelJson.DeserializeCatalog(OrgModelJson.SerializeToUtf8Bytes(TurkicFixtures.Catalog));
        var indexes = new CatalogIndex[8];
        var answers = new int[8];
        using var start = new Barrier(8);

        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            start.SignalAndWait();
            answers[i] = catalog.MembersOn(new Id<Organization>("turkpa"), new LocalDate(2025, 10, 17)).Length + catalog.MembershipsOn(new Id<Party>("kaz"), new LocalDate(2025, 10, 17)).Length;
            indexes[i] = CatalogIndex.Of(catalog);
        });

        indexes.Distinct().Should().ContainSingle("the index is built once");
        answers.Distinct().Should().ContainSingle();
    }
}
