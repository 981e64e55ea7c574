using System.Text;
using OrgModel.Serialization;

namespace OrgModel.Tests.Serialization;

/// <summary>Text that is not valid Unicode — a lone surrogate, escaped or raw — is a reading error with a path, never a crash or a silent replacement.</summary>
public class InvalidUnicodeTests
{
    public static TheoryData<string> Documents => new()
    {
        """{"\ud800xx":1}""",
        """{"formatVersion":1,"\ud800xx":1}""",
        """{"formatVersion":1,"parties":[{"\ud800":1}],"organizations":[]}""",
        """{"formatVersion":1,"parties":[{"id":"kaz","kind":"state","names":[{"name":"A\ud800"}]}],"organizations":[]}""",
        """{"formatVersion":1,"parties":[{"id":"k\udc00","kind":"state","names":[{"name":"A"}]}],"organizations":[]}""",
        """{"formatVersion":1,"parties":[{"id":"kaz","kind":"st\ud800","names":[{"name":"A"}]}],"organizations":[]}""",
        """{"formatVersion":1,"parties":[{"id":"kaz","kind":"state","names":[{"name":"A","from":"20\ud8000"}]}],"organizations":[]}""",
        """{"formatVersion":1,"parties":[],"organizations":[{"id":"x","classification":"other","names":[{"name":"X"}],"provenance":{"note":"\udfff"}}]}""",
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_read_api_reports_a_lone_surrogate_as_the_one_documented_exception(string json)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(json);

        FluentActions.Invoking(() => OrgModelJson.DeserializeCatalog(utf8)).Should().Throw<OrgModelJsonException>();
        FluentActions.Invoking(() => OrgModelJson.DeserializeCatalog(json)).Should().Throw<OrgModelJsonException>();
        FluentActions.Invoking(() => OrgModelJson.DeserializeOrganization(utf8)).Should().Throw<OrgModelJsonException>();
        OrgModelJson.ValidateCatalog(utf8).Should().NotBeEmpty();
    }

    [Fact]
    public void A_raw_lone_surrogate_in_a_string_is_refused_not_replaced()
    {
        string json = "{\"formatVersion\":1,\"parties\":[{\"id\":\"kaz\",\"kind\":\"state\",\"names\":[{\"name\":\"Kazakh\uD800stan\"}]}],\"organizations\":[]}";

        OrgModelJsonException e = FluentActions.Invoking(() => OrgModelJson.DeserializeCatalog(json)).Should().Throw<OrgModelJsonException>().Which;

        e.Reason.Should().Contain("lone surrogate");
    }
}

/// <summary>Whatever the writer writes, the reader reads: a document over the reader's size limit is not written.</summary>
public class WriteLimitTests
{
    [Fact]
    public void A_catalog_document_over_the_readers_limit_is_refused_by_the_writer_not_written_for_nobody_to_read()
    {
        int size = OrgModelJson.SerializeToUtf8Bytes(Fixtures.TurkicFixtures.Catalog).Length;

        FluentActions.Invoking(() => OrgModelJson.SerializeToUtf8Bytes(Fixtures.TurkicFixtures.Catalog, limit: size - 1))
            .Should().Throw<OrgModelJsonException>().WithMessage($"*would be {size} bytes, over the limit of {size - 1} bytes that a reader accepts*");
        OrgModelJson.SerializeToUtf8Bytes(Fixtures.TurkicFixtures.Catalog, limit: size).Should().HaveCount(size);
        OrgModelJson.DeserializeCatalog(OrgModelJson.SerializeToUtf8Bytes(Fixtures.TurkicFixtures.Catalog)).Should().Be(Fixtures.TurkicFixtures.Catalog);
    }
}
