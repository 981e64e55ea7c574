using System.Text.Json.Serialization;
using OrgModel.Model;
using OrgModel.Queries;

namespace OrgModel.Serialization.Embedding;

/// <summary>The converters for the format's whole objects: documents, sessions and query results.</summary>
internal static class Embedded
{
    public static IEnumerable<JsonConverter> Converters() =>
    [
        new FormatObjectJsonConverter<Catalog>(DocumentWriter.CatalogDocument, static utf8 => OrgModelJson.DeserializeCatalog(utf8)),
        new FormatObjectJsonConverter<Organization>(DocumentWriter.OrganizationDocument, static utf8 => OrgModelJson.DeserializeOrganization(utf8)),
        new FormatObjectJsonConverter<Session>(DocumentWriter.Session, DocumentReader.ReadSessionValue),
        new FormatObjectJsonConverter<MembershipOnDate>(DocumentWriter.MembershipOnDate, DocumentReader.ReadMembershipOnDateValue),
        new FormatObjectJsonConverter<Change>(DocumentWriter.Change, DocumentReader.ReadChangeValue),
        new FormatObjectJsonConverter<OrganizationSnapshot>(DocumentWriter.Snapshot, null, "A snapshot is written, not read: it is an answer computed from a catalog. Read the catalog and call SnapshotOn again."),
        new FormatObjectJsonConverter<RotationTerm>(DocumentWriter.RotationTerm, null, "A chair term answer is written, not read: it is computed from a catalog. Read the catalog and call ChairOn or Rotation again."),
    ];
}
