// The JSON format's shape, one class per JSON object. Internal: the public contract is the format
// (docs/json-format.md, docs/orgmodel.schema.json), read and written through OrgModelJson.
#pragma warning disable CA1812 // Instantiated by the source-generated serializer.
#pragma warning disable CA1002 // List<T> is what the source generator binds JSON arrays to.
#pragma warning disable CA2227 // Init-only collections on DTOs.

namespace OrgModel.Serialization.Dto;

internal sealed class CatalogDocumentDto
{
    public required int FormatVersion { get; init; }

    public List<PartyDto>? Parties { get; init; }

    public List<OrganizationDto>? Organizations { get; init; }
}

internal sealed class OrganizationDocumentDto
{
    public required int FormatVersion { get; init; }

    public required OrganizationDto Organization { get; init; }
}

internal sealed class ProvenanceDto
{
    public List<SourceDto>? Sources { get; init; }

    public bool? Disputed { get; init; }

    public string? Note { get; init; }
}

internal sealed class SourceDto
{
    public required string Title { get; init; }

    public string? Url { get; init; }

    public string? Accessed { get; init; }
}

internal sealed class IdentifierDto
{
    public required string Scheme { get; init; }

    public required string Value { get; init; }
}

internal sealed class PlaceDto
{
    public required string City { get; init; }

    public string? Venue { get; init; }

    public string? Country { get; init; }
}

internal sealed class PersonDto
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public List<string>? OtherNames { get; init; }
}

internal sealed class PartyDto
{
    public required string Id { get; init; }

    public required string Kind { get; init; }

    public required List<PartyNameDto> Names { get; init; }

    public string? IsoAlpha3 { get; init; }

    public string? StateOf { get; init; }

    public string? Organization { get; init; }

    public List<IdentifierDto>? Identifiers { get; init; }

    public ProvenanceDto? Provenance { get; init; }

    public List<RangeDto>? Existence { get; init; }
}

internal sealed class RangeDto
{
    public string? From { get; init; }

    public string? Until { get; init; }
}

internal sealed class DataGapDto
{
    public required string Kind { get; init; }

    public string? Party { get; init; }

    public string? From { get; init; }

    public string? Until { get; init; }
}

internal sealed class PartyNameDto
{
    public string? From { get; init; }

    public string? Until { get; init; }

    public required string Name { get; init; }
}

internal sealed class OrganizationDto
{
    public required string Id { get; init; }

    public required string Classification { get; init; }

    public required List<OrganizationNameDto> Names { get; init; }

    public string? Founded { get; init; }

    public string? Dissolved { get; init; }

    public List<IdentifierDto>? Identifiers { get; init; }

    public List<RelationDto>? Relations { get; init; }

    public List<SuccessionDto>? Succession { get; init; }

    public List<MembershipDto>? Memberships { get; init; }

    public List<AgreementDto>? Agreements { get; init; }

    public List<SessionDto>? Sessions { get; init; }

    public SecretariatDto? Secretariat { get; init; }

    public List<PostDto>? Posts { get; init; }

    public List<ChairTermDto>? ChairTerms { get; init; }

    public ProvenanceDto? Provenance { get; init; }

    public List<DataGapDto>? DataGaps { get; init; }
}

internal sealed class OrganizationNameDto
{
    public string? From { get; init; }

    public string? Until { get; init; }

    public required string Name { get; init; }

    public string? Abbreviation { get; init; }

    public ProvenanceDto? Provenance { get; init; }
}

internal sealed class RelationDto
{
    public required string Kind { get; init; }

    public required string Target { get; init; }

    public string? From { get; init; }

    public string? Until { get; init; }

    public ProvenanceDto? Provenance { get; init; }
}

internal sealed class SuccessionDto
{
    public required string Kind { get; init; }

    public required string Date { get; init; }

    public string? Successor { get; init; }

    public ProvenanceDto? Provenance { get; init; }
}

internal sealed class MembershipDto
{
    public required string Party { get; init; }

    public required List<StatusDto> Statuses { get; init; }

    public ProvenanceDto? Provenance { get; init; }
}

internal sealed class StatusDto
{
    public string? From { get; init; }

    public string? Until { get; init; }

    public required string Status { get; init; }

    public string? StartReason { get; init; }

    public string? EndReason { get; init; }

    public ProvenanceDto? Provenance { get; init; }
}

internal sealed class AgreementDto
{
    public required string Id { get; init; }

    public required string Kind { get; init; }

    public required string Title { get; init; }

    public string? SignedOn { get; init; }

    public PlaceDto? Place { get; init; }

    public List<SignatoryDto>? Signatories { get; init; }

    public List<ConsentDto>? Consents { get; init; }

    public string? Depositary { get; init; }

    public EntryIntoForceRuleDto? Rule { get; init; }

    public string? EntryIntoForce { get; init; }

    public List<WithdrawalDto>? Withdrawals { get; init; }

    public ProvenanceDto? Provenance { get; init; }
}

internal sealed class SignatoryDto
{
    public required string Party { get; init; }

    public required string Capacity { get; init; }

    public string? Person { get; init; }
}

internal sealed class ConsentDto
{
    public required string Party { get; init; }

    public required string Kind { get; init; }

    public required string Date { get; init; }

    public string? EntryIntoForce { get; init; }

    public ProvenanceDto? Provenance { get; init; }
}

internal sealed class EntryIntoForceRuleDto
{
    public required int RequiredInstruments { get; init; }

    public required int DaysAfter { get; init; }

    public int? DaysAfterForLaterParties { get; init; }

    public required string Text { get; init; }
}

internal sealed class WithdrawalDto
{
    public required string Party { get; init; }

    public required string Kind { get; init; }

    public required string NotifiedOn { get; init; }

    public string? EffectiveOn { get; init; }

    public ProvenanceDto? Provenance { get; init; }
}

internal sealed class SessionDto
{
    public required string Id { get; init; }

    public required string Series { get; init; }

    public int? Ordinal { get; init; }

    public required string Kind { get; init; }

    public required string Date { get; init; }

    public string? LastDay { get; init; }

    public required PlaceDto Place { get; init; }

    public string? Host { get; init; }

    public List<DocumentDto>? Documents { get; init; }

    public ProvenanceDto? Provenance { get; init; }
}

internal sealed class DocumentDto
{
    public required string Title { get; init; }

    public required string Kind { get; init; }
}

internal sealed class SecretariatDto
{
    public required List<SeatDto> Seats { get; init; }

    public string? HeadquartersAgreement { get; init; }

    public string? HeadPost { get; init; }

    public ProvenanceDto? Provenance { get; init; }
}

internal sealed class SeatDto
{
    public string? From { get; init; }

    public string? Until { get; init; }

    public required PlaceDto Place { get; init; }

    public bool? Permanent { get; init; }

    public string? DecidedOn { get; init; }

    public ProvenanceDto? Provenance { get; init; }
}

internal sealed class PostDto
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public int? MaxHolders { get; init; }

    public required List<TenureDto> Tenures { get; init; }
}

internal sealed class TenureDto
{
    public string? From { get; init; }

    public string? Until { get; init; }

    public required PersonDto Person { get; init; }

    public string? Role { get; init; }

    public string? ElectedOn { get; init; }

    public string? NominatedBy { get; init; }

    public ProvenanceDto? Provenance { get; init; }
}

internal sealed class ChairTermDto
{
    public string? From { get; init; }

    public string? Until { get; init; }

    public required string Holder { get; init; }

    public string? StartsAtSession { get; init; }

    public string? EndsAtSession { get; init; }

    public List<ActingPersonDto>? ActingPersons { get; init; }

    public string? NonMemberReason { get; init; }

    public ProvenanceDto? Provenance { get; init; }
}

internal sealed class ActingPersonDto
{
    public string? From { get; init; }

    public string? Until { get; init; }

    public required PersonDto Person { get; init; }
}
