using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime.Serialization.SystemTextJson;
using OrgModel.Serialization.Dto;

namespace OrgModel.Serialization;

/// <summary>
/// The source-generated serializer for the format. Internal on purpose: its generated members are not
/// part of the public API; <see cref="OrgModelJson"/> is the way in. The strict options make missing
/// required properties, nulls where a value is required, and unknown properties errors.
/// </summary>
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
    NewLine = "\n",
    Converters = [typeof(NodaTimeDefaultJsonConverterFactory)])]
[JsonSerializable(typeof(CatalogDocumentDto))]
[JsonSerializable(typeof(OrganizationDocumentDto))]
[JsonSerializable(typeof(SnapshotDto))]
[JsonSerializable(typeof(List<MembershipOnDateDto>))]
[JsonSerializable(typeof(List<ChangeDto>))]
[JsonSerializable(typeof(List<SessionDto>))]
internal sealed partial class OrgModelJsonContext : JsonSerializerContext;
