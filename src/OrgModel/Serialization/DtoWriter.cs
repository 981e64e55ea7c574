using OrgModel.Collections;
using OrgModel.Model;
using OrgModel.Serialization.Dto;
using OrgModel.Time;

namespace OrgModel.Serialization;

/// <summary>
/// Turns the model into the format's objects, in canonical form: timeline entries in sorted order,
/// values that are absent (null, false, empty lists, the default role, one holder) left out.
/// </summary>
internal static class DtoWriter
{
    public static CatalogDocumentDto WriteCatalog(Catalog catalog) => new()
    {
        FormatVersion = OrgModelJson.FormatVersion,
        Parties = List(catalog.Parties, WriteParty),
        Organizations = List(catalog.Organizations, WriteOrganization),
    };

    public static OrganizationDocumentDto WriteOrganizationDocument(Organization organization) => new()
    {
        FormatVersion = OrgModelJson.FormatVersion,
        Organization = WriteOrganization(organization),
    };

    private static PartyDto WriteParty(Party p) => new()
    {
        Id = p.Id.Value,
        Kind = EnumText<PartyKind>.Write(p.Kind),
        Names = p.Names.Select(e => new PartyNameDto { From = From(e.Range), Until = Until(e.Range), Through = Through(e.Range), Name = e.Value }).ToList(),
        IsoAlpha3 = p.IsoAlpha3,
        StateOf = p.StateOf?.Value,
        Organization = p.Organization?.Value,
        Identifiers = List(p.Identifiers, WriteIdentifier),
        Provenance = WriteProvenance(p.Provenance),
        Existence = List(p.Existence, r => new RangeDto { From = From(r), Until = Until(r), Through = Through(r) }),
    };

    private static OrganizationDto WriteOrganization(Organization o) => new()
    {
        Id = o.Id.Value,
        Classification = EnumText<OrganizationClassification>.Write(o.Classification),
        Names = o.Names.Select(e => new OrganizationNameDto
        {
            From = From(e.Range),
            Until = Until(e.Range),
            Through = Through(e.Range),
            Name = e.Value.Name,
            Abbreviation = e.Value.Abbreviation,
            Provenance = WriteProvenance(e.Value.Provenance),
        }).ToList(),
        Founded = o.Founded?.ToString(),
        Dissolved = o.Dissolved?.ToString(),
        ActiveThrough = o.ActiveThrough?.ToString(),
        Identifiers = List(o.Identifiers, WriteIdentifier),
        Relations = List(o.Relations, r => new RelationDto
        {
            Kind = EnumText<RelationKind>.Write(r.Kind),
            Target = r.Target.Value,
            From = From(r.During),
            Until = Until(r.During),
            Through = Through(r.During),
            Provenance = WriteProvenance(r.Provenance),
        }),
        Succession = List(o.Succession, e => new SuccessionDto
        {
            Kind = EnumText<SuccessionKind>.Write(e.Kind),
            Date = e.Date.ToString(),
            Successor = e.Successor?.Value,
            Provenance = WriteProvenance(e.Provenance),
        }),
        Memberships = List(o.Memberships, m => new MembershipDto
        {
            Party = m.Party.Value,
            Statuses = m.Statuses.Select(e => new StatusDto
            {
                From = From(e.Range),
                Until = Until(e.Range),
                Through = Through(e.Range),
                Status = EnumText<MembershipStatus>.Write(e.Value.Status),
                StartReason = e.Value.StartReason is { } s ? EnumText<MembershipChangeReason>.Write(s) : null,
                EndReason = e.Value.EndReason is { } x ? EnumText<MembershipChangeReason>.Write(x) : null,
                Provenance = WriteProvenance(e.Value.Provenance),
            }).ToList(),
            Provenance = WriteProvenance(m.Provenance),
        }),
        Agreements = List(o.Agreements, WriteAgreement),
        Sessions = List(o.Sessions, WriteSession),
        Secretariat = o.Secretariat is { } sec ? new SecretariatDto
        {
            Seats = sec.Seats.Select(e => new SeatDto
            {
                From = From(e.Range),
                Until = Until(e.Range),
                Through = Through(e.Range),
                Place = WritePlace(e.Value.Place),
                Permanent = e.Value.IsPermanent ? true : null,
                DecidedOn = e.Value.DecidedOn?.ToString(),
                Provenance = WriteProvenance(e.Value.Provenance),
            }).ToList(),
            HeadquartersAgreement = sec.HeadquartersAgreement?.Value,
            HeadPost = sec.HeadPost?.Value,
            Provenance = WriteProvenance(sec.Provenance),
        } : null,
        Posts = List(o.Posts, p => new PostDto
        {
            Id = p.Id.Value,
            Title = p.Title,
            MaxHolders = p.MaxHolders == 1 ? null : p.MaxHolders,
            Tenures = p.Tenures.Select(e => new TenureDto
            {
                From = From(e.Range),
                Until = Until(e.Range),
                Through = Through(e.Range),
                Person = WritePerson(e.Value.Holder),
                Role = e.Value.Role == TenureRole.Regular ? null : EnumText<TenureRole>.Write(e.Value.Role),
                ElectedOn = e.Value.ElectedOn?.ToString(),
                NominatedBy = e.Value.NominatedBy?.Value,
                Provenance = WriteProvenance(e.Value.Provenance),
            }).ToList(),
        }),
        ChairTerms = o.ChairTerms.Count == 0 ? null : o.ChairTerms.Select(e => new ChairTermDto
        {
            From = From(e.Range),
            Until = Until(e.Range),
            Through = Through(e.Range),
            Holder = e.Value.Holder.Value,
            StartsAtSession = e.Value.StartsAtSession?.Value,
            EndsAtSession = e.Value.EndsAtSession?.Value,
            ActingPersons = e.Value.ActingPersons.Count == 0 ? null : e.Value.ActingPersons.Select(a => new ActingPersonDto
            {
                From = From(a.Range),
                Until = Until(a.Range),
                Through = Through(a.Range),
                Person = WritePerson(a.Value),
            }).ToList(),
            NonMemberReason = e.Value.NonMemberReason,
            Provenance = WriteProvenance(e.Value.Provenance),
        }).ToList(),
        Provenance = WriteProvenance(o.Provenance),
        DataGaps = List(o.DataGaps, g => new DataGapDto { Kind = EnumText<DataGapKind>.Write(g.Kind), Party = g.Party?.Value, From = From(g.During), Until = Until(g.During), Through = Through(g.During) }),
    };

    internal static SessionDto WriteSession(Session s) => new()
    {
        Id = s.Id.Value,
        Series = s.Series,
        Ordinal = s.Ordinal,
        Kind = EnumText<SessionKind>.Write(s.Kind),
        Date = s.Date.ToString(),
        LastDay = s.LastDay?.ToString(),
        Place = WritePlace(s.Place),
        Host = s.Host?.Value,
        Documents = List(s.Documents, d => new DocumentDto { Title = d.Title, Kind = EnumText<DocumentKind>.Write(d.Kind) }),
        Provenance = WriteProvenance(s.Provenance),
    };

    private static AgreementDto WriteAgreement(Agreement a) => new()
    {
        Id = a.Id.Value,
        Kind = EnumText<AgreementKind>.Write(a.Kind),
        Title = a.Title,
        SignedOn = a.SignedOn?.ToString(),
        Place = a.Place is null ? null : WritePlace(a.Place),
        Signatories = List(a.Signatories, s => new SignatoryDto { Party = s.Party.Value, Capacity = s.Capacity, Person = s.Person }),
        Consents = List(a.Consents, c => new ConsentDto
        {
            Party = c.Party.Value,
            Kind = EnumText<ConsentKind>.Write(c.Kind),
            Date = c.Date.ToString(),
            EntryIntoForce = c.EntryIntoForce?.ToString(),
            Provenance = WriteProvenance(c.Provenance),
        }),
        Depositary = a.Depositary,
        Rule = a.Rule is { } r ? new EntryIntoForceRuleDto
        {
            RequiredInstruments = r.RequiredInstruments,
            DaysAfter = r.DaysAfter,
            DaysAfterForLaterParties = r.DaysAfterForLaterParties,
            Text = r.Text,
        } : null,
        EntryIntoForce = a.RecordedEntryIntoForce?.ToString(),
        Withdrawals = List(a.Withdrawals, w => new WithdrawalDto
        {
            Party = w.Party.Value,
            Kind = EnumText<WithdrawalKind>.Write(w.Kind),
            NotifiedOn = w.NotifiedOn.ToString(),
            EffectiveOn = w.EffectiveOn?.ToString(),
            Provenance = WriteProvenance(w.Provenance),
        }),
        Provenance = WriteProvenance(a.Provenance),
    };

    private static IdentifierDto WriteIdentifier(ExternalIdentifier i) => new() { Scheme = i.Scheme, Value = i.Value };

    internal static PlaceDto WritePlace(Place p) => new() { City = p.City, Venue = p.Venue, Country = p.Country?.Value };

    internal static PersonDto WritePerson(Person p) => new() { Id = p.Id.Value, Name = p.Name, OtherNames = p.OtherNames.IsEmpty ? null : [.. p.OtherNames] };

    internal static ProvenanceDto? WriteProvenance(Provenance p) =>
        p.Sources.IsEmpty && !p.IsDisputed && p.Note is null ? null : new ProvenanceDto
        {
            Sources = List(p.Sources, s => new SourceDto { Title = s.Title, Url = s.Url?.OriginalString, Accessed = s.Accessed?.ToString() }),
            Disputed = p.IsDisputed ? true : null,
            Note = p.Note,
        };

    internal static string? From(DateRange range) => range.Start?.ToString();

    internal static string? Until(DateRange range) => range.IsEndInclusive ? null : range.End?.ToString() ?? (range.HasUnknownEnd ? "unknown" : null);

    internal static string? Through(DateRange range) => range.IsEndInclusive ? range.End?.ToString() : null;

    private static List<TDto>? List<T, TDto>(EquatableArray<T> items, Func<T, TDto> write) => items.IsEmpty ? null : items.Select(write).ToList();
}
