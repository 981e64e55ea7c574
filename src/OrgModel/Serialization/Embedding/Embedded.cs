using System.Text.Json;
using System.Text.Json.Serialization;
using OrgModel.Model;
using OrgModel.Queries;
using OrgModel.Serialization.Dto;

namespace OrgModel.Serialization.Embedding;

/// <summary>The converters for the format's whole objects: documents, sessions and query results.</summary>
internal static class Embedded
{
    public static IEnumerable<JsonConverter> Converters(OrgModelJsonContext f) =>
    [
        new FormatObjectJsonConverter<Catalog, CatalogDocumentDto>(f.CatalogDocumentDto, DtoWriter.WriteCatalog, static (ref Utf8JsonReader r) => WholeDocument(ref r, static utf8 => OrgModelJson.DeserializeCatalog(utf8))),
        new FormatObjectJsonConverter<Organization, OrganizationDocumentDto>(f.OrganizationDocumentDto, DtoWriter.WriteOrganizationDocument, static (ref Utf8JsonReader r) => WholeDocument(ref r, static utf8 => OrgModelJson.DeserializeOrganization(utf8))),
        new FormatObjectJsonConverter<Session, SessionDto>(f.SessionDto, DtoWriter.WriteSession, static (ref Utf8JsonReader r) => WholeDocument(ref r, static utf8 => DocumentReader.ReadSessionValue(utf8))),
        new FormatObjectJsonConverter<MembershipOnDate, MembershipOnDateDto>(f.MembershipOnDateDto, QueryWriter.Write, static (ref Utf8JsonReader r) => WholeDocument(ref r, static utf8 => DocumentReader.ReadMembershipOnDateValue(utf8))),
        new FormatObjectJsonConverter<Change, ChangeDto>(f.ChangeDto, QueryWriter.Write, static (ref Utf8JsonReader r) => WholeDocument(ref r, static utf8 => DocumentReader.ReadChangeValue(utf8))),
        new FormatObjectJsonConverter<OrganizationSnapshot, SnapshotDto>(f.SnapshotDto, QueryWriter.Write, null, "A snapshot is written, not read: it is an answer computed from a catalog. Read the catalog and call SnapshotOn again."),
    ];

    private delegate T DocumentReader<T>(ReadOnlySpan<byte> utf8Json);

    // A whole object of the format inside another JSON document, read by the format's one reader.
    private static T WholeDocument<T>(ref Utf8JsonReader reader, DocumentReader<T> read)
    {
        JsonTokens.Expect(ref reader, JsonTokenType.StartObject, "a document object");
        using JsonDocument document = JsonDocument.ParseValue(ref reader);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            document.WriteTo(writer);
        }

        return read(buffer.WrittenSpan);
    }
}
