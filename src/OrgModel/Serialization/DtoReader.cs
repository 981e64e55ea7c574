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

    /// <summary>
    /// Reads a catalog. The first pass builds no JSON paths (they cost more than the reading); if it
    /// fails, a second pass with paths finds the same problem and reports where it is.
    /// </summary>
    public static Catalog ReadCatalog(CatalogDocumentDto dto)
    {
        try
        {
            return ReadCatalog(dto, root: null);
        }
        catch (Exception e) when (e is OrgModelJsonException or ArgumentException or FormatException)
        {
            return ReadCatalog(dto, root: "$");
        }
    }

    private static Catalog ReadCatalog(CatalogDocumentDto dto, string? root)
    {
        var parties = Map(dto.Parties, At(root, ".parties"), ReadParty);
        var organizations = Map(dto.Organizations, At(root, ".organizations"), ReadOrganization);
        return Build(root, () => new Catalog(parties, organizations));
    }

    /// <summary>Every problem that can be found: each party and organization is checked on its own, then (when all are valid) every identifier used twice and every reference that does not resolve.</summary>
    public static List<OrgModelJsonException> Validate(CatalogDocumentDto dto)
    {
        var problems = new List<OrgModelJsonException>();
        var parties = new List<Party>();
        var organizations = new List<Organization>();
        Collect(dto.Parties, "$.parties", ReadParty, parties, problems);
        Collect(dto.Organizations, "$.organizations", ReadOrganization, organizations, problems);
        if (problems.Count > 0)
        {
            return problems;
        }

        // The catalog's own rules, all of them: building the catalog as well would only check them again.
        foreach (ArgumentException problem in Catalog.FindProblems(parties, organizations))
        {
            problems.Add(problem is ModelRuleException rule ? FromRule(rule, "$") : new OrgModelJsonException("$", Reason(problem), problem));
        }

        return problems;
    }

    public static Organization ReadOrganizationDocument(OrganizationDocumentDto dto)
    {
        try
        {
            return ReadOrganization(dto.Organization, null);
        }
        catch (Exception e) when (e is OrgModelJsonException or ArgumentException or FormatException)
        {
            return ReadOrganization(dto.Organization, "$.organization");
        }
    }

    private static Party ReadParty(PartyDto dto, string? path)
    {
        var kind = Enum<PartyKind>(dto.Kind, At(path, ".kind"), "party kind");
        var names = ReadTimeline(dto.Names, At(path, ".names"), exclusive: true, (n, _) => n.Name);
        var identifiers = Map(dto.Identifiers, At(path, ".identifiers"), ReadIdentifier);
        var provenance = ReadProvenance(dto.Provenance, At(path, ".provenance"));
        Id<Party> id = PartyId(dto.Id, At(path, ".id"));
        Id<Party>? stateOf = OptionalId<Party>(dto.StateOf, At(path, ".stateOf"));
        Id<Organization>? organization = OptionalId<Organization>(dto.Organization, At(path, ".organization"));
        var existence = Map(dto.Existence, At(path, ".existence"), (r, p) => ReadRange(r, p));
        return Build(path, () => new Party(id, kind, names, dto.IsoAlpha3, stateOf, organization, identifiers, provenance, existence));
    }

    private static Organization ReadOrganization(OrganizationDto dto, string? path)
    {
        Id<Organization> id = OrganizationId(dto.Id, At(path, ".id"));
        var classification = Enum<OrganizationClassification>(dto.Classification, At(path, ".classification"), "classification");
        var names = ReadTimeline(dto.Names, At(path, ".names"), exclusive: true,
            (n, p) => Build(p, () => new OrganizationName(n.Name, n.Abbreviation, ReadProvenance(n.Provenance, At(p, ".provenance")))));
        PartialDate? founded = OptionalDate(dto.Founded, At(path, ".founded"));
        PartialDate? dissolved = OptionalDate(dto.Dissolved, At(path, ".dissolved"));
        PartialDate? activeThrough = OptionalDate(dto.ActiveThrough, At(path, ".activeThrough"));
        var identifiers = Map(dto.Identifiers, At(path, ".identifiers"), ReadIdentifier);
        var relations = Map(dto.Relations, At(path, ".relations"), ReadRelation);
        var succession = Map(dto.Succession, At(path, ".succession"), ReadSuccession);
        var memberships = Map(dto.Memberships, At(path, ".memberships"), ReadMembership);
        var agreements = Map(dto.Agreements, At(path, ".agreements"), ReadAgreement);
        var sessions = Map(dto.Sessions, At(path, ".sessions"), ReadSession);
        Secretariat? secretariat = dto.Secretariat is null ? null : ReadSecretariat(dto.Secretariat, At(path, ".secretariat"));
        var posts = Map(dto.Posts, At(path, ".posts"), ReadPost);
        var chairTerms = ReadTimeline(dto.ChairTerms ?? [], At(path, ".chairTerms"), exclusive: true, ReadChairTerm);
        var provenance = ReadProvenance(dto.Provenance, At(path, ".provenance"));
        var dataGaps = Map(dto.DataGaps, At(path, ".dataGaps"), (g, p) =>
        {
            var kind = Enum<DataGapKind>(g.Kind, At(p, ".kind"), "data gap kind");
            Id<Party>? party = OptionalId<Party>(g.Party, At(p, ".party"));
            DateRange during = ReadRange(g, p);
            return Build(p, () => new DataGap(kind, during, party));
        });
        return Build(path, () => new Organization(id, classification, names, founded, dissolved, identifiers, relations, succession, memberships, agreements, sessions, secretariat, posts, chairTerms, provenance, dataGaps, activeThrough));
    }

    private static ExternalIdentifier ReadIdentifier(IdentifierDto dto, string? path) => Build(path, () => new ExternalIdentifier(dto.Scheme, dto.Value));

    private static OrganizationRelation ReadRelation(RelationDto dto, string? path)
    {
        var kind = Enum<RelationKind>(dto.Kind, At(path, ".kind"), "relation kind");
        Id<Organization> target = OrganizationId(dto.Target, At(path, ".target"));
        DateRange during = ReadRange(dto, path);
        return Build(path, () => new OrganizationRelation(kind, target, during, ReadProvenance(dto.Provenance, At(path, ".provenance"))));
    }

    private static SuccessionEvent ReadSuccession(SuccessionDto dto, string? path)
    {
        var kind = Enum<SuccessionKind>(dto.Kind, At(path, ".kind"), "succession kind");
        PartialDate date = Date(dto.Date, At(path, ".date"));
        Id<Organization>? successor = OptionalId<Organization>(dto.Successor, At(path, ".successor"));
        return Build(path, () => new SuccessionEvent(kind, date, successor, ReadProvenance(dto.Provenance, At(path, ".provenance"))));
    }

    private static Membership ReadMembership(MembershipDto dto, string? path)
    {
        Id<Party> party = PartyId(dto.Party, At(path, ".party"));
        var statuses = ReadTimeline(dto.Statuses, At(path, ".statuses"), exclusive: true, (s, p) =>
        {
            var status = Enum<MembershipStatus>(s.Status, At(p, ".status"), "membership status");
            MembershipChangeReason? start = s.StartReason is null ? null : Enum<MembershipChangeReason>(s.StartReason, At(p, ".startReason"), "reason");
            MembershipChangeReason? end = s.EndReason is null ? null : Enum<MembershipChangeReason>(s.EndReason, At(p, ".endReason"), "reason");
            return Build(p, () => new StatusSpan(status, start, end, ReadProvenance(s.Provenance, At(p, ".provenance"))));
        });
        return Build(path, () => new Membership(party, statuses, ReadProvenance(dto.Provenance, At(path, ".provenance"))));
    }

    private static Agreement ReadAgreement(AgreementDto dto, string? path)
    {
        Id<Agreement> id = Identifier<Agreement>(dto.Id, At(path, ".id"));
        var kind = Enum<AgreementKind>(dto.Kind, At(path, ".kind"), "agreement kind");
        PartialDate? signedOn = OptionalDate(dto.SignedOn, At(path, ".signedOn"));
        Place? place = dto.Place is null ? null : ReadPlace(dto.Place, At(path, ".place"));
        var signatories = Map(dto.Signatories, At(path, ".signatories"), (s, p) => Build(p, () => new Signatory(PartyId(s.Party, At(p, ".party")), s.Capacity, s.Person)));
        var consents = Map(dto.Consents, At(path, ".consents"), (c, p) =>
        {
            Id<Party> party = PartyId(c.Party, At(p, ".party"));
            var consentKind = Enum<ConsentKind>(c.Kind, At(p, ".kind"), "consent kind");
            PartialDate date = Date(c.Date, At(p, ".date"));
            PartialDate? eif = OptionalDate(c.EntryIntoForce, At(p, ".entryIntoForce"));
            return Build(p, () => new Consent(party, consentKind, date, eif, ReadProvenance(c.Provenance, At(p, ".provenance"))));
        });
        EntryIntoForceRule? rule = dto.Rule is { } r ? Build(At(path, ".rule"), () => new EntryIntoForceRule(r.RequiredInstruments, r.DaysAfter, r.DaysAfterForLaterParties, r.Text)) : null;
        PartialDate? entryIntoForce = OptionalDate(dto.EntryIntoForce, At(path, ".entryIntoForce"));
        var withdrawals = Map(dto.Withdrawals, At(path, ".withdrawals"), (w, p) =>
        {
            Id<Party> party = PartyId(w.Party, At(p, ".party"));
            var withdrawalKind = Enum<WithdrawalKind>(w.Kind, At(p, ".kind"), "withdrawal kind");
            PartialDate notified = Date(w.NotifiedOn, At(p, ".notifiedOn"));
            PartialDate? effective = OptionalDate(w.EffectiveOn, At(p, ".effectiveOn"));
            return Build(p, () => new Withdrawal(party, withdrawalKind, notified, effective, ReadProvenance(w.Provenance, At(p, ".provenance"))));
        });
        var provenance = ReadProvenance(dto.Provenance, At(path, ".provenance"));
        return Build(path, () => new Agreement(id, kind, dto.Title, signedOn, place, signatories, consents, dto.Depositary, rule, entryIntoForce, withdrawals, provenance));
    }

    internal static Session ReadSession(SessionDto dto, string? path)
    {
        Id<Session> id = Identifier<Session>(dto.Id, At(path, ".id"));
        var kind = Enum<SessionKind>(dto.Kind, At(path, ".kind"), "session kind");
        PartialDate date = Date(dto.Date, At(path, ".date"));
        PartialDate? lastDay = OptionalDate(dto.LastDay, At(path, ".lastDay"));
        Place place = ReadPlace(dto.Place, At(path, ".place"));
        Id<Party>? host = OptionalId<Party>(dto.Host, At(path, ".host"));
        var documents = Map(dto.Documents, At(path, ".documents"), (d, p) => Build(p, () => new AdoptedDocument(d.Title, Enum<DocumentKind>(d.Kind, At(p, ".kind"), "document kind"))));
        var provenance = ReadProvenance(dto.Provenance, At(path, ".provenance"));
        return Build(path, () => new Session(id, dto.Series, dto.Ordinal, kind, date, place, lastDay, host, documents, provenance));
    }

    private static Secretariat ReadSecretariat(SecretariatDto dto, string? path)
    {
        var seats = ReadTimeline(dto.Seats, At(path, ".seats"), exclusive: true, (s, p) =>
        {
            Place place = ReadPlace(s.Place, At(p, ".place"));
            PartialDate? decided = OptionalDate(s.DecidedOn, At(p, ".decidedOn"));
            return Build(p, () => new Seat(place, s.Permanent ?? false, decided, ReadProvenance(s.Provenance, At(p, ".provenance"))));
        });
        Id<Agreement>? hq = OptionalId<Agreement>(dto.HeadquartersAgreement, At(path, ".headquartersAgreement"));
        Id<Post>? head = OptionalId<Post>(dto.HeadPost, At(path, ".headPost"));
        return Build(path, () => new Secretariat(seats, hq, head, ReadProvenance(dto.Provenance, At(path, ".provenance"))));
    }

    private static Post ReadPost(PostDto dto, string? path)
    {
        Id<Post> id = Identifier<Post>(dto.Id, At(path, ".id"));
        int maxHolders = dto.MaxHolders ?? 1;
        var tenures = ReadTimeline(dto.Tenures, At(path, ".tenures"), exclusive: maxHolders == 1, (t, p) =>
        {
            Person person = ReadPerson(t.Person, At(p, ".person"));
            TenureRole role = t.Role is null ? TenureRole.Regular : Enum<TenureRole>(t.Role, At(p, ".role"), "tenure role");
            PartialDate? elected = OptionalDate(t.ElectedOn, At(p, ".electedOn"));
            Id<Party>? nominatedBy = OptionalId<Party>(t.NominatedBy, At(p, ".nominatedBy"));
            return Build(p, () => new Tenure(person, role, elected, nominatedBy, ReadProvenance(t.Provenance, At(p, ".provenance"))));
        });
        return Build(path, () => new Post(id, dto.Title, tenures, maxHolders));
    }

    private static ChairTerm ReadChairTerm(ChairTermDto dto, string? path)
    {
        Id<Party> holder = PartyId(dto.Holder, At(path, ".holder"));
        Id<Session>? starts = OptionalId<Session>(dto.StartsAtSession, At(path, ".startsAtSession"));
        Id<Session>? ends = OptionalId<Session>(dto.EndsAtSession, At(path, ".endsAtSession"));
        var acting = ReadTimeline(dto.ActingPersons ?? [], At(path, ".actingPersons"), exclusive: true, (a, p) => ReadPerson(a.Person, At(p, ".person")));
        return Build(path, () => new ChairTerm(holder, starts, ends, acting, dto.NonMemberReason, ReadProvenance(dto.Provenance, At(path, ".provenance"))));
    }

    private static Person ReadPerson(PersonDto dto, string? path)
    {
        Id<Person> id = Identifier<Person>(dto.Id, At(path, ".id"));
        var otherNames = Map(dto.OtherNames, At(path, ".otherNames"), (name, _) => name);
        return Build(path, () => new Person(id, dto.Name, otherNames));
    }

    private static Place ReadPlace(PlaceDto dto, string? path)
    {
        Id<Party>? country = OptionalId<Party>(dto.Country, At(path, ".country"));
        return Build(path, () => new Place(dto.City, dto.Venue, country));
    }

    internal static Provenance ReadProvenance(ProvenanceDto? dto, string? path)
    {
        if (dto is null)
        {
            return Provenance.None;
        }

        var sources = Map(dto.Sources, At(path, ".sources"), (s, p) =>
        {
            Uri? url = null;
            if (s.Url is not null && !Uri.TryCreate(s.Url, UriKind.Absolute, out url))
            {
                throw new OrgModelJsonException(At(p, ".url") ?? "$", $"'{s.Url}' is not an absolute URL.");
            }

            PartialDate? accessed = OptionalDate(s.Accessed, At(p, ".accessed"));
            return Build(p, () => new Source(s.Title, url, accessed));
        });
        return Build(path, () => new Provenance(sources, dto.Disputed ?? false, dto.Note));
    }

    private static Timeline<T> ReadTimeline<TDto, T>(List<TDto> items, string? path, bool exclusive, Func<TDto, string?, T> value)
        where TDto : IRangeDto
    {
        var entries = new List<TimelineEntry<T>>(items.Count);
        for (int i = 0; i < items.Count; i++)
        {
            string? at = At(path, i);
            TDto item = NotNull(items[i], at);
            DateRange range = ReadRange(item, at);
            T v = value(item, at);
            entries.Add(Build(at, () => TimelineEntry.Create(range, v)));
        }

        return Build(path, () => exclusive ? Timeline<T>.Exclusive(entries) : Timeline<T>.AllowingOverlaps(entries));
    }

    internal static DateRange ReadRange(IRangeDto dto, string? path)
    {
        PartialDate? start = OptionalDate(dto.From, At(path, ".from"));
        if (dto.Until is not null && dto.Through is not null)
        {
            throw new OrgModelJsonException(At(path, ".through") ?? "$", "A range ends either 'until' its first day no longer inside or 'through' its last day inside, not both.");
        }

        if (dto.Through is { } through)
        {
            PartialDate last = Date(through, At(path, ".through"));
            return Build(At(path, ".through"), () => new DateRange(start, last, endIsInclusive: true));
        }

        if (dto.Until == UnknownEnd)
        {
            return DateRange.WithUnknownEnd(start);
        }

        PartialDate? end = OptionalDate(dto.Until, At(path, ".until"));
        return Build(At(path, ".until"), () => new DateRange(start, end));
    }

    private static PartialDate Date(string text, string? path) =>
        PartialDate.TryParse(text.AsSpan(), out PartialDate date, out string? error) ? date : throw new OrgModelJsonException(path ?? "$", error!);

    private static PartialDate? OptionalDate(string? text, string? path) => text is null ? null : Date(text, path);

    private static Id<Party> PartyId(string text, string? path) => Identifier<Party>(text, path);

    private static Id<Organization> OrganizationId(string text, string? path) => Identifier<Organization>(text, path);

    private static Id<T> Identifier<T>(string text, string? path)
        where T : class =>
        Id<T>.IsValid(text) ? new Id<T>(text) : throw new OrgModelJsonException(path ?? "$", $"'{text}' is not a valid identifier: use 1 to {Id<T>.MaxLength} ASCII letters, digits, '.', '_' or '-', starting with a letter or digit.");

    private static Id<T>? OptionalId<T>(string? text, string? path)
        where T : class => text is null ? (Id<T>?)null : Identifier<T>(text, path);

    private static T Enum<T>(string text, string? path, string what)
        where T : struct, Enum =>
        EnumText<T>.TryRead(text, out T value) ? value : throw new OrgModelJsonException(path ?? "$", $"'{text}' is not a {what}; expected one of: {EnumText<T>.Allowed}.");

    private static EquatableArray<T> Map<TDto, T>(List<TDto>? items, string? path, Func<TDto, string?, T> read)
    {
        if (items is null)
        {
            return EquatableArray<T>.Empty;
        }

        var result = new T[items.Count];
        for (int i = 0; i < items.Count; i++)
        {
            string? at = At(path, i);
            result[i] = read(NotNull(items[i], at), at);
        }

        return new EquatableArray<T>(result);
    }

    private static void Collect<TDto, T>(List<TDto>? items, string? path, Func<TDto, string?, T> read, List<T> into, List<OrgModelJsonException> problems)
    {
        for (int i = 0; i < (items?.Count ?? 0); i++)
        {
            try
            {
                string? at = At(path, i);
                into.Add(read(NotNull(items![i], at), at));
            }
            catch (OrgModelJsonException e)
            {
                problems.Add(e);
            }
        }
    }

    // System.Text.Json checks nullability of properties, not of array elements: a null element is caught here.
    private static T NotNull<T>(T? item, string? path) => item ?? throw new OrgModelJsonException(path ?? "$", "null is not allowed here: a value is required.");

    // Paths are built only when reporting (see ReadCatalog): with no path, none is made.
    private static string? At(string? path, string member) => path is null ? null : path + member;

    private static string? At(string? path, int index) => path is null ? null : $"{path}[{index}]";

    private static T Build<T>(string? path, Func<T> build)
    {
        try
        {
            return build();
        }
        catch (ModelRuleException e) when (path is not null)
        {
            throw FromRule(e, path);
        }
        catch (ArgumentException e) when (path is not null)
        {
            throw new OrgModelJsonException(path ?? "$", Reason(e), e);
        }
    }

    private static OrgModelJsonException FromRule(ModelRuleException e, string path) =>
        new(path == "$" ? $"$.{e.Location}" : $"{path}.{e.Location}", Reason(e), e);

    // ArgumentException appends " (Parameter 'x')"; the JSON path already says where.
    private static string Reason(ArgumentException e) => e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", string.Empty, StringComparison.Ordinal);
}
