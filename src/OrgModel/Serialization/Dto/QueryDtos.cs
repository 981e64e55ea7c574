// Query results in the format's conventions: camelCase, partial dates as ISO strings, spans as
// from/until, certainty as "certainly" or "possibly". Absent answers are left out.
#pragma warning disable CA1812 // Instantiated by the source-generated serializer.
#pragma warning disable CA1002 // List<T> is what the source generator binds JSON arrays to.
#pragma warning disable CA2227 // Init-only collections on DTOs.

using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace OrgModel.Serialization.Dto;

internal sealed class MembershipOnDateDto
{
    public required string Organization { get; init; }

    public required string Party { get; init; }

    public required string Status { get; init; }

    public required string Certainty { get; init; }

    public string? From { get; init; }

    public string? Until { get; init; }

    public string? Through { get; init; }

    public string? Via { get; init; }
}

internal sealed class SnapshotDto
{
    public required string Organization { get; init; }

    [JsonConverter(typeof(NodaTimeDefaultJsonConverterFactory))]
    public required LocalDate On { get; init; }

    public required string Active { get; init; }

    public SnapshotNameDto? Name { get; init; }

    public required List<MembershipOnDateDto> Members { get; init; }

    public SnapshotChairDto? Chair { get; init; }

    public SnapshotTenureDto? SecretaryGeneral { get; init; }

    public SnapshotSeatDto? Seat { get; init; }

    public List<SnapshotRelationDto>? Parents { get; init; }

    public List<SnapshotRelationDto>? Affiliations { get; init; }

    public SessionDto? LastSession { get; init; }

    public SessionDto? NextSession { get; init; }
}

internal sealed class SnapshotNameDto
{
    public required string Name { get; init; }

    public string? Abbreviation { get; init; }

    public required string Certainty { get; init; }
}

internal sealed class SnapshotChairDto
{
    public required string Holder { get; init; }

    public required string Certainty { get; init; }

    public string? From { get; init; }

    public string? Until { get; init; }

    public PersonDto? ActingPerson { get; init; }
}

internal sealed class SnapshotTenureDto
{
    public required PersonDto Person { get; init; }

    public required string Certainty { get; init; }

    public string? From { get; init; }

    public string? Until { get; init; }

    public string? Role { get; init; }

    public string? ElectedOn { get; init; }
}

internal sealed class SnapshotSeatDto
{
    public required PlaceDto Place { get; init; }

    public required string Certainty { get; init; }

    public bool? Permanent { get; init; }
}

internal sealed class SnapshotRelationDto
{
    public required string Target { get; init; }

    public required string Certainty { get; init; }
}

internal sealed class ChangeDto
{
    public required string Date { get; init; }

    public required string Kind { get; init; }

    public required string Description { get; init; }

    public string? Party { get; init; }

    public ProvenanceDto? Provenance { get; init; }
}
