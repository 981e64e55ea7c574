using OrgModel.Collections;
using OrgModel.Model;
using OrgModel.Serialization.Dto;
using OrgModel.Time;

namespace OrgModel.Serialization;

/// <summary>
/// Turns the format's objects into the model, through the model's own constructors, so JSON input
/// meets exactly the rules code does. Every failure becomes an <see cref="OrgModelJsonException"/>
/// naming the JSON path.
/// </summary>
internal static class DtoReader
{
    private const string UnknownEnd = "unknown";

    public static Catalog ReadCatalog(CatalogDocumentDto dto)
    {
        var parties = Map(dto.Parties, "$.parties", ReadParty);
        var organizations = Map(dto.Organizations, "$.organizations", ReadOrganization);
        return Build("$", () => new Catalog(parties, organizations));
    }

    /// <summary>Every problem that can be found: each party and organization is checked on its own, then the references between them.</summary>
    public static List<OrgModelJsonException> Validate(CatalogDocumentDto dto)
    {
        var problems = new List<OrgModelJsonException>();
        var parties = new List<Party>();
        var organizations = new List<Organization>();
        Collect(dto.Parties, "$.parties", ReadParty, parties, problems);
        Collect(dto.Organizations, "$.organizations", ReadOrganization, organizations, problems);
        if (problems.Count == 0)
        {
            try
            {
                Build("$", () => new Catalog(parties, organizations));
            }
            catch (OrgModelJsonException e)
            {
                problems.Add(e);
            }
        }

        return problems;
    }

    public static Organization ReadOrganizationDocument(OrganizationDocumentDto dto) => ReadOrganization(dto.Organization, "$.organization");

    private static Party ReadParty(PartyDto dto, string path)
    {
        var kind = Enum<PartyKind>(dto.Kind, $"{path}.kind", "party kind");
        var names = ReadTimeline(dto.Names, $"{path}.names", exclusive: true, n => n.From, n => n.Until, (n, _) => n.Name);
        var identifiers = Map(dto.Identifiers, $"{path}.identifiers", ReadIdentifier);
        var provenance = ReadProvenance(dto.Provenance, $"{path}.provenance");
        Id<Party> id = PartyId(dto.Id, $"{path}.id");
        Id<Party>? stateOf = OptionalId<Party>(dto.StateOf, $"{path}.stateOf");
        Id<Organization>? organization = OptionalId<Organization>(dto.Organization, $"{path}.organization");
        var existence = Map(dto.Existence, $"{path}.existence", (r, p) => ReadRange(r.From, r.Until, p));
        return Build(path, () => new Party(id, kind, names, dto.IsoAlpha3, stateOf, organization, identifiers, provenance, existence));
    }

    private static Organization ReadOrganization(OrganizationDto dto, string path)
    {
        Id<Organization> id = OrganizationId(dto.Id, $"{path}.id");
        var classification = Enum<OrganizationClassification>(dto.Classification, $"{path}.classification", "classification");
        var names = ReadTimeline(dto.Names, $"{path}.names", exclusive: true, n => n.From, n => n.Until,
            (n, p) => Build(p, () => new OrganizationName(n.Name, n.Abbreviation, ReadProvenance(n.Provenance, $"{p}.provenance"))));
        PartialDate? founded = OptionalDate(dto.Founded, $"{path}.founded");
        PartialDate? dissolved = OptionalDate(dto.Dissolved, $"{path}.dissolved");
        var identifiers = Map(dto.Identifiers, $"{path}.identifiers", ReadIdentifier);
        var relations = Map(dto.Relations, $"{path}.relations", ReadRelation);
        var succession = Map(dto.Succession, $"{path}.succession", ReadSuccession);
        var memberships = Map(dto.Memberships, $"{path}.memberships", ReadMembership);
        var agreements = Map(dto.Agreements, $"{path}.agreements", ReadAgreement);
        var sessions = Map(dto.Sessions, $"{path}.sessions", ReadSession);
        Secretariat? secretariat = dto.Secretariat is null ? null : ReadSecretariat(dto.Secretariat, $"{path}.secretariat");
        var posts = Map(dto.Posts, $"{path}.posts", ReadPost);
        var chairTerms = ReadTimeline(dto.ChairTerms ?? [], $"{path}.chairTerms", exclusive: true, c => c.From, c => c.Until, ReadChairTerm);
        var provenance = ReadProvenance(dto.Provenance, $"{path}.provenance");
        var dataGaps = Map(dto.DataGaps, $"{path}.dataGaps", (g, p) =>
        {
            var kind = Enum<DataGapKind>(g.Kind, $"{p}.kind", "data gap kind");
            Id<Party>? party = OptionalId<Party>(g.Party, $"{p}.party");
            DateRange during = ReadRange(g.From, g.Until, p);
            return Build(p, () => new DataGap(kind, during, party));
        });
        return Build(path, () => new Organization(id, classification, names, founded, dissolved, identifiers, relations, succession, memberships, agreements, sessions, secretariat, posts, chairTerms, provenance, dataGaps));
    }

    private static ExternalIdentifier ReadIdentifier(IdentifierDto dto, string path) => Build(path, () => new ExternalIdentifier(dto.Scheme, dto.Value));

    private static OrganizationRelation ReadRelation(RelationDto dto, string path)
    {
        var kind = Enum<RelationKind>(dto.Kind, $"{path}.kind", "relation kind");
        Id<Organization> target = OrganizationId(dto.Target, $"{path}.target");
        DateRange during = ReadRange(dto.From, dto.Until, path);
        return Build(path, () => new OrganizationRelation(kind, target, during, ReadProvenance(dto.Provenance, $"{path}.provenance")));
    }

    private static SuccessionEvent ReadSuccession(SuccessionDto dto, string path)
    {
        var kind = Enum<SuccessionKind>(dto.Kind, $"{path}.kind", "succession kind");
        PartialDate date = Date(dto.Date, $"{path}.date");
        Id<Organization>? successor = OptionalId<Organization>(dto.Successor, $"{path}.successor");
        return Build(path, () => new SuccessionEvent(kind, date, successor, ReadProvenance(dto.Provenance, $"{path}.provenance")));
    }

    private static Membership ReadMembership(MembershipDto dto, string path)
    {
        Id<Party> party = PartyId(dto.Party, $"{path}.party");
        var statuses = ReadTimeline(dto.Statuses, $"{path}.statuses", exclusive: true, s => s.From, s => s.Until, (s, p) =>
        {
            var status = Enum<MembershipStatus>(s.Status, $"{p}.status", "membership status");
            MembershipChangeReason? start = s.StartReason is null ? null : Enum<MembershipChangeReason>(s.StartReason, $"{p}.startReason", "reason");
            MembershipChangeReason? end = s.EndReason is null ? null : Enum<MembershipChangeReason>(s.EndReason, $"{p}.endReason", "reason");
            return Build(p, () => new StatusSpan(status, start, end, ReadProvenance(s.Provenance, $"{p}.provenance")));
        });
        return Build(path, () => new Membership(party, statuses, ReadProvenance(dto.Provenance, $"{path}.provenance")));
    }

    private static Agreement ReadAgreement(AgreementDto dto, string path)
    {
        Id<Agreement> id = Identifier<Agreement>(dto.Id, $"{path}.id");
        var kind = Enum<AgreementKind>(dto.Kind, $"{path}.kind", "agreement kind");
        PartialDate? signedOn = OptionalDate(dto.SignedOn, $"{path}.signedOn");
        Place? place = dto.Place is null ? null : ReadPlace(dto.Place, $"{path}.place");
        var signatories = Map(dto.Signatories, $"{path}.signatories", (s, p) => Build(p, () => new Signatory(PartyId(s.Party, $"{p}.party"), s.Capacity, s.Person)));
        var consents = Map(dto.Consents, $"{path}.consents", (c, p) =>
        {
            Id<Party> party = PartyId(c.Party, $"{p}.party");
            var consentKind = Enum<ConsentKind>(c.Kind, $"{p}.kind", "consent kind");
            PartialDate date = Date(c.Date, $"{p}.date");
            PartialDate? eif = OptionalDate(c.EntryIntoForce, $"{p}.entryIntoForce");
            return Build(p, () => new Consent(party, consentKind, date, eif, ReadProvenance(c.Provenance, $"{p}.provenance")));
        });
        EntryIntoForceRule? rule = dto.Rule is { } r ? Build($"{path}.rule", () => new EntryIntoForceRule(r.RequiredInstruments, r.DaysAfter, r.DaysAfterForLaterParties, r.Text)) : null;
        PartialDate? entryIntoForce = OptionalDate(dto.EntryIntoForce, $"{path}.entryIntoForce");
        var withdrawals = Map(dto.Withdrawals, $"{path}.withdrawals", (w, p) =>
        {
            Id<Party> party = PartyId(w.Party, $"{p}.party");
            var withdrawalKind = Enum<WithdrawalKind>(w.Kind, $"{p}.kind", "withdrawal kind");
            PartialDate notified = Date(w.NotifiedOn, $"{p}.notifiedOn");
            PartialDate? effective = OptionalDate(w.EffectiveOn, $"{p}.effectiveOn");
            return Build(p, () => new Withdrawal(party, withdrawalKind, notified, effective, ReadProvenance(w.Provenance, $"{p}.provenance")));
        });
        var provenance = ReadProvenance(dto.Provenance, $"{path}.provenance");
        return Build(path, () => new Agreement(id, kind, dto.Title, signedOn, place, signatories, consents, dto.Depositary, rule, entryIntoForce, withdrawals, provenance));
    }

    private static Session ReadSession(SessionDto dto, string path)
    {
        Id<Session> id = Identifier<Session>(dto.Id, $"{path}.id");
        var kind = Enum<SessionKind>(dto.Kind, $"{path}.kind", "session kind");
        PartialDate date = Date(dto.Date, $"{path}.date");
        PartialDate? lastDay = OptionalDate(dto.LastDay, $"{path}.lastDay");
        Place place = ReadPlace(dto.Place, $"{path}.place");
        Id<Party>? host = OptionalId<Party>(dto.Host, $"{path}.host");
        var documents = Map(dto.Documents, $"{path}.documents", (d, p) => Build(p, () => new AdoptedDocument(d.Title, Enum<DocumentKind>(d.Kind, $"{p}.kind", "document kind"))));
        var provenance = ReadProvenance(dto.Provenance, $"{path}.provenance");
        return Build(path, () => new Session(id, dto.Series, dto.Ordinal, kind, date, place, lastDay, host, documents, provenance));
    }

    private static Secretariat ReadSecretariat(SecretariatDto dto, string path)
    {
        var seats = ReadTimeline(dto.Seats, $"{path}.seats", exclusive: true, s => s.From, s => s.Until, (s, p) =>
        {
            Place place = ReadPlace(s.Place, $"{p}.place");
            PartialDate? decided = OptionalDate(s.DecidedOn, $"{p}.decidedOn");
            return Build(p, () => new Seat(place, s.Permanent ?? false, decided, ReadProvenance(s.Provenance, $"{p}.provenance")));
        });
        Id<Agreement>? hq = OptionalId<Agreement>(dto.HeadquartersAgreement, $"{path}.headquartersAgreement");
        Id<Post>? head = OptionalId<Post>(dto.HeadPost, $"{path}.headPost");
        return Build(path, () => new Secretariat(seats, hq, head, ReadProvenance(dto.Provenance, $"{path}.provenance")));
    }

    private static Post ReadPost(PostDto dto, string path)
    {
        Id<Post> id = Identifier<Post>(dto.Id, $"{path}.id");
        int maxHolders = dto.MaxHolders ?? 1;
        var tenures = ReadTimeline(dto.Tenures, $"{path}.tenures", exclusive: maxHolders == 1, t => t.From, t => t.Until, (t, p) =>
        {
            Person person = ReadPerson(t.Person, $"{p}.person");
            TenureRole role = t.Role is null ? TenureRole.Regular : Enum<TenureRole>(t.Role, $"{p}.role", "tenure role");
            PartialDate? elected = OptionalDate(t.ElectedOn, $"{p}.electedOn");
            Id<Party>? nominatedBy = OptionalId<Party>(t.NominatedBy, $"{p}.nominatedBy");
            return Build(p, () => new Tenure(person, role, elected, nominatedBy, ReadProvenance(t.Provenance, $"{p}.provenance")));
        });
        return Build(path, () => new Post(id, dto.Title, tenures, maxHolders));
    }

    private static ChairTerm ReadChairTerm(ChairTermDto dto, string path)
    {
        Id<Party> holder = PartyId(dto.Holder, $"{path}.holder");
        Id<Session>? starts = OptionalId<Session>(dto.StartsAtSession, $"{path}.startsAtSession");
        Id<Session>? ends = OptionalId<Session>(dto.EndsAtSession, $"{path}.endsAtSession");
        var acting = ReadTimeline(dto.ActingPersons ?? [], $"{path}.actingPersons", exclusive: true, a => a.From, a => a.Until, (a, p) => ReadPerson(a.Person, $"{p}.person"));
        return Build(path, () => new ChairTerm(holder, starts, ends, acting, dto.NonMemberReason, ReadProvenance(dto.Provenance, $"{path}.provenance")));
    }

    private static Person ReadPerson(PersonDto dto, string path)
    {
        Id<Person> id = Identifier<Person>(dto.Id, $"{path}.id");
        return Build(path, () => new Person(id, dto.Name, (dto.OtherNames ?? []).ToEquatableArray()));
    }

    private static Place ReadPlace(PlaceDto dto, string path)
    {
        Id<Party>? country = OptionalId<Party>(dto.Country, $"{path}.country");
        return Build(path, () => new Place(dto.City, dto.Venue, country));
    }

    private static Provenance ReadProvenance(ProvenanceDto? dto, string path)
    {
        if (dto is null)
        {
            return Provenance.None;
        }

        var sources = Map(dto.Sources, $"{path}.sources", (s, p) =>
        {
            Uri? url = null;
            if (s.Url is not null && !Uri.TryCreate(s.Url, UriKind.Absolute, out url))
            {
                throw new OrgModelJsonException($"{p}.url", $"'{s.Url}' is not an absolute URL.");
            }

            PartialDate? accessed = OptionalDate(s.Accessed, $"{p}.accessed");
            return Build(p, () => new Source(s.Title, url, accessed));
        });
        return Build(path, () => new Provenance(sources, dto.Disputed ?? false, dto.Note));
    }

    private static Timeline<T> ReadTimeline<TDto, T>(List<TDto> items, string path, bool exclusive, Func<TDto, string?> from, Func<TDto, string?> until, Func<TDto, string, T> value)
    {
        var entries = new List<TimelineEntry<T>>(items.Count);
        for (int i = 0; i < items.Count; i++)
        {
            string at = $"{path}[{i}]";
            DateRange range = ReadRange(from(items[i]), until(items[i]), at);
            T v = value(items[i], at);
            entries.Add(Build(at, () => TimelineEntry.Create(range, v)));
        }

        return Build(path, () => exclusive ? Timeline<T>.Exclusive(entries) : Timeline<T>.AllowingOverlaps(entries));
    }

    private static DateRange ReadRange(string? from, string? until, string path)
    {
        PartialDate? start = OptionalDate(from, $"{path}.from");
        if (until == UnknownEnd)
        {
            return DateRange.WithUnknownEnd(start);
        }

        PartialDate? end = OptionalDate(until, $"{path}.until");
        return Build($"{path}.until", () => new DateRange(start, end));
    }

    private static PartialDate Date(string text, string path) =>
        PartialDate.TryParse(text.AsSpan(), out PartialDate date, out string? error) ? date : throw new OrgModelJsonException(path, error!);

    private static PartialDate? OptionalDate(string? text, string path) => text is null ? null : Date(text, path);

    private static Id<Party> PartyId(string text, string path) => Identifier<Party>(text, path);

    private static Id<Organization> OrganizationId(string text, string path) => Identifier<Organization>(text, path);

    private static Id<T> Identifier<T>(string text, string path)
        where T : class =>
        Id<T>.IsValid(text) ? new Id<T>(text) : throw new OrgModelJsonException(path, $"'{text}' is not a valid identifier: use 1 to {Id<T>.MaxLength} ASCII letters, digits, '.', '_' or '-', starting with a letter or digit.");

    private static Id<T>? OptionalId<T>(string? text, string path)
        where T : class => text is null ? (Id<T>?)null : Identifier<T>(text, path);

    private static T Enum<T>(string text, string path, string what)
        where T : struct, Enum =>
        EnumText<T>.TryRead(text, out T value) ? value : throw new OrgModelJsonException(path, $"'{text}' is not a {what}; expected one of: {EnumText<T>.Allowed}.");

    private static EquatableArray<T> Map<TDto, T>(List<TDto>? items, string path, Func<TDto, string, T> read)
    {
        if (items is null)
        {
            return EquatableArray<T>.Empty;
        }

        var result = new T[items.Count];
        for (int i = 0; i < items.Count; i++)
        {
            result[i] = read(items[i], $"{path}[{i}]");
        }

        return new EquatableArray<T>(result);
    }

    private static void Collect<TDto, T>(List<TDto>? items, string path, Func<TDto, string, T> read, List<T> into, List<OrgModelJsonException> problems)
    {
        for (int i = 0; i < (items?.Count ?? 0); i++)
        {
            try
            {
                into.Add(read(items![i], $"{path}[{i}]"));
            }
            catch (OrgModelJsonException e)
            {
                problems.Add(e);
            }
        }
    }

    private static T Build<T>(string path, Func<T> build)
    {
        try
        {
            return build();
        }
        catch (ModelRuleException e)
        {
            throw new OrgModelJsonException(path == "$" ? $"$.{e.Location}" : $"{path}.{e.Location}", Reason(e), e);
        }
        catch (ArgumentException e)
        {
            throw new OrgModelJsonException(path, Reason(e), e);
        }
    }

    // ArgumentException appends " (Parameter 'x')"; the JSON path already says where.
    private static string Reason(ArgumentException e) => e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", string.Empty, StringComparison.Ordinal);
}
