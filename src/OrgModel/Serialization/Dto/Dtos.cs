// The JSON format's shape, one class per JSON object. Internal: the public contract is the format
// (docs/json-format.md, docs/orgmodel.schema.json), read and written through OrgModelJson.
// Settable properties with [JsonRequired] rather than required init-only ones: the source generator
// can set those directly, whereas init-only properties force its slower constructor-argument path
// (every value boxed into an argument array), which made it slower than reflection.
#pragma warning disable CA1812 // Instantiated by the source-generated serializer.
#pragma warning disable CA1002 // List<T> is what the source generator binds JSON arrays to.
#pragma warning disable CA2227 // Settable collections on DTOs, for the source generator.

using System.Text.Json.Serialization;

namespace OrgModel.Serialization.Dto;

internal sealed class CatalogDocumentDto
{
    [JsonRequired]
    public int FormatVersion { get; set; }

    public List<PartyDto>? Parties { get; set; }

    public List<OrganizationDto>? Organizations { get; set; }
}

internal sealed class OrganizationDocumentDto
{
    [JsonRequired]
    public int FormatVersion { get; set; }

    [JsonRequired]
    public OrganizationDto Organization { get; set; } = null!;
}

internal sealed class ProvenanceDto
{
    public List<SourceDto>? Sources { get; set; }

    public bool? Disputed { get; set; }

    public string? Note { get; set; }
}

internal sealed class SourceDto
{
    [JsonRequired]
    public string Title { get; set; } = null!;

    public string? Url { get; set; }

    public string? Accessed { get; set; }
}

internal sealed class IdentifierDto
{
    [JsonRequired]
    public string Scheme { get; set; } = null!;

    [JsonRequired]
    public string Value { get; set; } = null!;
}

internal sealed class PlaceDto
{
    [JsonRequired]
    public string City { get; set; } = null!;

    public string? Venue { get; set; }

    public string? Country { get; set; }
}

internal sealed class PersonDto
{
    [JsonRequired]
    public string Id { get; set; } = null!;

    [JsonRequired]
    public string Name { get; set; } = null!;

    public List<string>? OtherNames { get; set; }
}

internal sealed class PartyDto
{
    [JsonRequired]
    public string Id { get; set; } = null!;

    [JsonRequired]
    public string Kind { get; set; } = null!;

    [JsonRequired]
    public List<PartyNameDto> Names { get; set; } = null!;

    public string? IsoAlpha3 { get; set; }

    public string? StateOf { get; set; }

    public string? Organization { get; set; }

    public List<IdentifierDto>? Identifiers { get; set; }

    public ProvenanceDto? Provenance { get; set; }

    public List<RangeDto>? Existence { get; set; }
}

internal sealed class RangeDto : IRangeDto
{
    public string? From { get; set; }

    public string? Until { get; set; }

    public string? Through { get; set; }
}

internal sealed class DataGapDto : IRangeDto
{
    [JsonRequired]
    public string Kind { get; set; } = null!;

    public string? Party { get; set; }

    public string? From { get; set; }

    public string? Until { get; set; }

    public string? Through { get; set; }
}

internal sealed class PartyNameDto : IRangeDto
{
    public string? From { get; set; }

    public string? Until { get; set; }

    public string? Through { get; set; }

    [JsonRequired]
    public string Name { get; set; } = null!;
}

internal sealed class OrganizationDto
{
    [JsonRequired]
    public string Id { get; set; } = null!;

    [JsonRequired]
    public string Classification { get; set; } = null!;

    [JsonRequired]
    public List<OrganizationNameDto> Names { get; set; } = null!;

    public string? Founded { get; set; }

    public string? Dissolved { get; set; }

    public string? ActiveThrough { get; set; }

    public List<IdentifierDto>? Identifiers { get; set; }

    public List<RelationDto>? Relations { get; set; }

    public List<SuccessionDto>? Succession { get; set; }

    public List<MembershipDto>? Memberships { get; set; }

    public List<AgreementDto>? Agreements { get; set; }

    public List<SessionDto>? Sessions { get; set; }

    public SecretariatDto? Secretariat { get; set; }

    public List<PostDto>? Posts { get; set; }

    public List<ChairTermDto>? ChairTerms { get; set; }

    public ProvenanceDto? Provenance { get; set; }

    public List<DataGapDto>? DataGaps { get; set; }
}

internal sealed class OrganizationNameDto : IRangeDto
{
    public string? From { get; set; }

    public string? Until { get; set; }

    public string? Through { get; set; }

    [JsonRequired]
    public string Name { get; set; } = null!;

    public string? Abbreviation { get; set; }

    public ProvenanceDto? Provenance { get; set; }
}

internal sealed class RelationDto : IRangeDto
{
    [JsonRequired]
    public string Kind { get; set; } = null!;

    [JsonRequired]
    public string Target { get; set; } = null!;

    public string? From { get; set; }

    public string? Until { get; set; }

    public string? Through { get; set; }

    public ProvenanceDto? Provenance { get; set; }
}

internal sealed class SuccessionDto
{
    [JsonRequired]
    public string Kind { get; set; } = null!;

    [JsonRequired]
    public string Date { get; set; } = null!;

    public string? Successor { get; set; }

    public ProvenanceDto? Provenance { get; set; }
}

internal sealed class MembershipDto
{
    [JsonRequired]
    public string Party { get; set; } = null!;

    [JsonRequired]
    public List<StatusDto> Statuses { get; set; } = null!;

    public ProvenanceDto? Provenance { get; set; }
}

internal sealed class StatusDto : IRangeDto
{
    public string? From { get; set; }

    public string? Until { get; set; }

    public string? Through { get; set; }

    [JsonRequired]
    public string Status { get; set; } = null!;

    public string? StartReason { get; set; }

    public string? EndReason { get; set; }

    public ProvenanceDto? Provenance { get; set; }
}

internal sealed class AgreementDto
{
    [JsonRequired]
    public string Id { get; set; } = null!;

    [JsonRequired]
    public string Kind { get; set; } = null!;

    [JsonRequired]
    public string Title { get; set; } = null!;

    public string? SignedOn { get; set; }

    public PlaceDto? Place { get; set; }

    public List<SignatoryDto>? Signatories { get; set; }

    public List<ConsentDto>? Consents { get; set; }

    public string? Depositary { get; set; }

    public EntryIntoForceRuleDto? Rule { get; set; }

    public string? EntryIntoForce { get; set; }

    public List<WithdrawalDto>? Withdrawals { get; set; }

    public ProvenanceDto? Provenance { get; set; }
}

internal sealed class SignatoryDto
{
    [JsonRequired]
    public string Party { get; set; } = null!;

    [JsonRequired]
    public string Capacity { get; set; } = null!;

    public string? Person { get; set; }
}

internal sealed class ConsentDto
{
    [JsonRequired]
    public string Party { get; set; } = null!;

    [JsonRequired]
    public string Kind { get; set; } = null!;

    [JsonRequired]
    public string Date { get; set; } = null!;

    public string? EntryIntoForce { get; set; }

    public ProvenanceDto? Provenance { get; set; }
}

internal sealed class EntryIntoForceRuleDto
{
    [JsonRequired]
    public int RequiredInstruments { get; set; }

    [JsonRequired]
    public int DaysAfter { get; set; }

    public int? DaysAfterForLaterParties { get; set; }

    [JsonRequired]
    public string Text { get; set; } = null!;
}

internal sealed class WithdrawalDto
{
    [JsonRequired]
    public string Party { get; set; } = null!;

    [JsonRequired]
    public string Kind { get; set; } = null!;

    [JsonRequired]
    public string NotifiedOn { get; set; } = null!;

    public string? EffectiveOn { get; set; }

    public ProvenanceDto? Provenance { get; set; }
}

internal sealed class SessionDto
{
    [JsonRequired]
    public string Id { get; set; } = null!;

    [JsonRequired]
    public string Series { get; set; } = null!;

    public int? Ordinal { get; set; }

    [JsonRequired]
    public string Kind { get; set; } = null!;

    [JsonRequired]
    public string Date { get; set; } = null!;

    public string? LastDay { get; set; }

    [JsonRequired]
    public PlaceDto Place { get; set; } = null!;

    public string? Host { get; set; }

    public List<DocumentDto>? Documents { get; set; }

    public ProvenanceDto? Provenance { get; set; }
}

internal sealed class DocumentDto
{
    [JsonRequired]
    public string Title { get; set; } = null!;

    [JsonRequired]
    public string Kind { get; set; } = null!;
}

internal sealed class SecretariatDto
{
    [JsonRequired]
    public List<SeatDto> Seats { get; set; } = null!;

    public string? HeadquartersAgreement { get; set; }

    public string? HeadPost { get; set; }

    public ProvenanceDto? Provenance { get; set; }
}

internal sealed class SeatDto : IRangeDto
{
    public string? From { get; set; }

    public string? Until { get; set; }

    public string? Through { get; set; }

    [JsonRequired]
    public PlaceDto Place { get; set; } = null!;

    public bool? Permanent { get; set; }

    public string? DecidedOn { get; set; }

    public ProvenanceDto? Provenance { get; set; }
}

internal sealed class PostDto
{
    [JsonRequired]
    public string Id { get; set; } = null!;

    [JsonRequired]
    public string Title { get; set; } = null!;

    public int? MaxHolders { get; set; }

    [JsonRequired]
    public List<TenureDto> Tenures { get; set; } = null!;
}

internal sealed class TenureDto : IRangeDto
{
    public string? From { get; set; }

    public string? Until { get; set; }

    public string? Through { get; set; }

    [JsonRequired]
    public PersonDto Person { get; set; } = null!;

    public string? Role { get; set; }

    public string? ElectedOn { get; set; }

    public string? NominatedBy { get; set; }

    public ProvenanceDto? Provenance { get; set; }
}

internal sealed class ChairTermDto : IRangeDto
{
    public string? From { get; set; }

    public string? Until { get; set; }

    public string? Through { get; set; }

    [JsonRequired]
    public string Holder { get; set; } = null!;

    public string? StartsAtSession { get; set; }

    public string? EndsAtSession { get; set; }

    public List<ActingPersonDto>? ActingPersons { get; set; }

    public string? NonMemberReason { get; set; }

    public ProvenanceDto? Provenance { get; set; }
}

internal sealed class ActingPersonDto : IRangeDto
{
    public string? From { get; set; }

    public string? Until { get; set; }

    public string? Through { get; set; }

    [JsonRequired]
    public PersonDto Person { get; set; } = null!;
}

/// <summary>A DTO that carries a date range: <c>from</c>, then <c>until</c> or <c>through</c>.</summary>
internal interface IRangeDto
{
    string? From { get; }

    string? Until { get; }

    string? Through { get; }
}
