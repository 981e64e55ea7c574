using System.Text.Json;
using System.Text.Json.Serialization;
using OrgModel.Serialization.Dto;

namespace OrgModel.Serialization;

/// <summary>
/// The source-generated serializer for the format. Internal on purpose: its generated members are not
/// part of the public API; <see cref="OrgModelJson"/> is the way in. The strict options make missing
/// required properties, nulls where a value is required, and unknown properties errors.
/// </summary>
/// <remarks>
/// NodaTime values go through NodaTime.Serialization.SystemTextJson's converter factory, attached to
/// each NodaTime property (<c>[JsonConverter(typeof(NodaTimeDefaultJsonConverterFactory))]</c>)
/// rather than registered for the whole context: registering it globally makes every first read in a
/// process initialize the factory, time-zone database included, although catalogs hold no NodaTime
/// values (partial dates are written as ISO strings).
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectRequiredConstructorParameters = true,
    RespectNullableAnnotations = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    NumberHandling = JsonNumberHandling.Strict,
    MaxDepth = OrgModelJson.MaxDepth,
    WriteIndented = true,
    IndentSize = 2,
    NewLine = "\n")]
[JsonSerializable(typeof(CatalogDocumentDto))]
[JsonSerializable(typeof(OrganizationDocumentDto))]
[JsonSerializable(typeof(SnapshotDto))]
[JsonSerializable(typeof(List<MembershipOnDateDto>))]
[JsonSerializable(typeof(List<ChangeDto>))]
[JsonSerializable(typeof(List<SessionDto>))]
[JsonSerializable(typeof(MembershipOnDateDto))]
[JsonSerializable(typeof(ChangeDto))]
[JsonSerializable(typeof(SessionDto))]
internal sealed partial class OrgModelJsonContext : JsonSerializerContext;
