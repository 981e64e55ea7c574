using System.Text.Json;
using System.Text.Json.Serialization;
using OrgModel.Model;
using OrgModel.Queries;
using OrgModel.Serialization.Dto;
using OrgModel.Time;

namespace OrgModel.Serialization.Embedding;

/// <summary>The converters for the format's whole objects: documents, sessions and query results.</summary>
internal static class Embedded
{
    public static IEnumerable<JsonConverter> Converters(OrgModelJsonContext f) =>
    [
        new FormatObjectJsonConverter<Catalog, CatalogDocumentDto>(f.CatalogDocumentDto, DtoWriter.WriteCatalog, static (ref Utf8JsonReader r) => WholeDocument(ref r, static utf8 => OrgModelJson.DeserializeCatalog(utf8))),
        new FormatObjectJsonConverter<Organization, OrganizationDocumentDto>(f.OrganizationDocumentDto, DtoWriter.WriteOrganizationDocument, static (ref Utf8JsonReader r) => WholeDocument(ref r, static utf8 => OrgModelJson.DeserializeOrganization(utf8))),
        new FormatObjectJsonConverter<Session, SessionDto>(f.SessionDto, DtoWriter.WriteSession, static (ref Utf8JsonReader r) => DtoReader.ReadSession(Dto(ref r, OrgModelJson.Formats.SessionDto), "$")),
        new FormatObjectJsonConverter<MembershipOnDate, MembershipOnDateDto>(f.MembershipOnDateDto, QueryWriter.Write, static (ref Utf8JsonReader r) => ReadMembership(Dto(ref r, OrgModelJson.Formats.MembershipOnDateDto))),
        new FormatObjectJsonConverter<Change, ChangeDto>(f.ChangeDto, QueryWriter.Write, static (ref Utf8JsonReader r) => ReadChange(Dto(ref r, OrgModelJson.Formats.ChangeDto))),
        new FormatObjectJsonConverter<OrganizationSnapshot, SnapshotDto>(f.SnapshotDto, QueryWriter.Write, null, "A snapshot is written, not read: it is an answer computed from a catalog. Read the catalog and call SnapshotOn again."),
    ];

    private delegate T DocumentReader<T>(ReadOnlySpan<byte> utf8Json);

    // A whole document of the format inside another JSON document, read with every rule of OrgModelJson.
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

    private static TDto Dto<TDto>(ref Utf8JsonReader reader, System.Text.Json.Serialization.Metadata.JsonTypeInfo<TDto> typeInfo)
        where TDto : class =>
        JsonSerializer.Deserialize(ref reader, typeInfo) ?? throw new JsonException("null is not allowed here: a value is required.");

    private static MembershipOnDate ReadMembership(MembershipOnDateDto dto) => new(
        new Id<Organization>(dto.Organization),
        new Id<Party>(dto.Party),
        Enum<MembershipStatus>(dto.Status, "membership status"),
        Enum<Certainty>(dto.Certainty, "certainty"),
        DtoReader.ReadRange(new RangeDto { From = dto.From, Until = dto.Until, Through = dto.Through }, "$"),
        dto.Via is null ? null : new Id<Party>(dto.Via));

    private static Change ReadChange(ChangeDto dto) => new(
        PartialDate.TryParse(dto.Date.AsSpan(), out PartialDate date, out string? error) ? date : throw new JsonException(error),
        Enum<ChangeKind>(dto.Kind, "change kind"),
        dto.Description,
        dto.Party is null ? null : new Id<Party>(dto.Party),
        DtoReader.ReadProvenance(dto.Provenance, "$.provenance"));

    private static T Enum<T>(string text, string what)
        where T : struct, System.Enum =>
        EnumText<T>.TryRead(text, out T value) ? value : throw new JsonException($"'{text}' is not a {what}; expected one of: {EnumText<T>.Allowed}.");
}
