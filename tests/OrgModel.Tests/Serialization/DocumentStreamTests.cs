using OrgModel.Model;
using OrgModel.Serialization;
using OrgModel.Tests.Fixtures;

namespace OrgModel.Tests.Serialization;

/// <summary>Both document kinds are read and written from and to text, UTF-8 bytes and streams, synchronously and asynchronously, with the same bytes.</summary>
public class DocumentStreamTests
{
    private static readonly Catalog Catalog = TurkicFixtures.Catalog;
    private static readonly Organization Turkpa = TurkicFixtures.TurkpaOrganization;

    [Fact]
    public void An_organization_is_written_the_same_to_text_bytes_and_streams()
    {
        byte[] bytes = OrgModelJson.SerializeToUtf8Bytes(Turkpa);
        using var stream = new MemoryStream();
        OrgModelJson.Serialize(stream, Turkpa);

        System.Text.Encoding.UTF8.GetString(bytes).Should().Be(OrgModelJson.Serialize(Turkpa));
        stream.ToArray().Should().Equal(bytes);
    }

    [Fact]
    public void An_organization_is_read_back_from_a_stream()
    {
        using var stream = new MemoryStream(OrgModelJson.SerializeToUtf8Bytes(Turkpa));

        OrgModelJson.DeserializeOrganization(stream).Should().Be(Turkpa);
    }

    [Fact]
    public async Task Both_document_kinds_round_trip_through_streams_asynchronously()
    {
        using var catalogStream = new MemoryStream();
        using var organizationStream = new MemoryStream();
        await OrgModelJson.SerializeAsync(catalogStream, Catalog, TestContext.Current.CancellationToken);
        await OrgModelJson.SerializeAsync(organizationStream, Turkpa, TestContext.Current.CancellationToken);
        catalogStream.Position = 0;
        organizationStream.Position = 0;

        (await OrgModelJson.DeserializeCatalogAsync(catalogStream, TestContext.Current.CancellationToken)).Should().Be(Catalog);
        (await OrgModelJson.DeserializeOrganizationAsync(organizationStream, TestContext.Current.CancellationToken)).Should().Be(Turkpa);
    }

    [Fact]
    public async Task An_asynchronous_read_of_a_stream_whose_size_is_unknown_reads_it_in_chunks()
    {
        using var stream = new UnseekableStream(OrgModelJson.SerializeToUtf8Bytes(Catalog));

        (await OrgModelJson.DeserializeCatalogAsync(stream, TestContext.Current.CancellationToken)).Should().Be(Catalog);
    }

    [Fact]
    public async Task A_cancelled_read_stops_with_the_cancellation()
    {
        using var stream = new UnseekableStream(OrgModelJson.SerializeToUtf8Bytes(Catalog));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await FluentActions.Awaiting(() => OrgModelJson.DeserializeCatalogAsync(stream, cancelled.Token).AsTask()).Should().ThrowAsync<OperationCanceledException>();
    }

    // A network-like stream: no length, no seeking.
    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
