using CsCheck;
using OrgModel.Model;
using OrgModel.Serialization;
using OrgModel.Tests.Fixtures;

namespace OrgModel.Tests.Serialization;

public class RoundTripTests
{
    [Fact]
    public void Reading_what_was_written_gives_an_equal_catalog_for_every_valid_catalog()
    {
        RandomCatalogs.Gen.Sample(catalog => OrgModelJson.DeserializeCatalog(OrgModelJson.Serialize(catalog)).Equals(catalog), iter: 200);
    }

    [Fact]
    public void Writing_a_canonical_document_again_gives_the_same_bytes_for_every_valid_catalog()
    {
        RandomCatalogs.Gen.Sample(catalog =>
        {
            byte[] first = OrgModelJson.SerializeToUtf8Bytes(catalog);
            return OrgModelJson.SerializeToUtf8Bytes(OrgModelJson.DeserializeCatalog(first)).AsSpan().SequenceEqual(first);
        }, iter: 200);
    }

    [Fact]
    public void A_single_organization_document_round_trips()
    {
        RandomCatalogs.Gen.Sample(catalog => catalog.Organizations.All(o => OrgModelJson.DeserializeOrganization(OrgModelJson.Serialize(o)).Equals(o)), iter: 100);
    }

    [Fact]
    public void Partial_dates_are_written_as_their_iso_strings()
    {
        string json = OrgModelJson.Serialize(TurkicFixtures.Catalog);

        json.Should().Contain("\"from\": \"2014-06\"").And.Contain("\"founded\": \"1993\"").And.Contain("\"from\": \"2025-10-15\"");
        json.Should().Contain("\"until\": \"unknown\"").And.NotContain("0001-01-01");
        json.Should().StartWith("{\n  \"formatVersion\": 1,\n  \"parties\": [\n");
    }

    [Fact]
    public void A_utf8_byte_order_mark_at_the_start_is_ignored()
    {
        byte[] json = [0xEF, 0xBB, 0xBF, .. OrgModelJson.SerializeToUtf8Bytes(TurkicFixtures.Catalog)];
        byte[] organization = [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(OrgModelJson.Serialize(TurkicFixtures.OtsOrganization))];

        OrgModelJson.DeserializeCatalog(json).Should().Be(TurkicFixtures.Catalog);
        OrgModelJson.DeserializeCatalog(new MemoryStream(json)).Should().Be(TurkicFixtures.Catalog);
        OrgModelJson.ValidateCatalog(json).Should().BeEmpty();
        OrgModelJson.DeserializeOrganization(organization).Should().Be(TurkicFixtures.OtsOrganization);
    }

    [Fact]
    public void Streams_and_strings_read_the_same_catalog()
    {
        using var stream = new MemoryStream();
        OrgModelJson.Serialize(stream, TurkicFixtures.Catalog);
        stream.Position = 0;

        OrgModelJson.DeserializeCatalog(stream).Should().Be(TurkicFixtures.Catalog);
    }

    [Fact]
    public void Reading_is_safe_from_many_threads_at_once()
    {
        byte[] json = OrgModelJson.SerializeToUtf8Bytes(TurkicFixtures.Catalog);

        Parallel.For(0, 16, _ => OrgModelJson.DeserializeCatalog(json).Should().Be(TurkicFixtures.Catalog));
    }
}
