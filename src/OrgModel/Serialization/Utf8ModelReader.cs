using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;
using OrgModel.Collections;
using OrgModel.Model;
using OrgModel.Time;

namespace OrgModel.Serialization;

/// <summary>
/// The fast way in: reads a document straight from UTF-8 into the model, with no intermediate
/// objects, building everything through the model's own constructors so the rules are the ones code
/// meets. It keeps no JSON paths and gives up at the first thing it does not expect — malformed JSON,
/// an unknown, duplicate or missing property, a null, a wrong type, a broken rule. Then
/// <see cref="OrgModelJson"/> reads the document again through the data-transfer objects
/// (<see cref="DtoReader"/>), which is the format's reference reader: it accepts every document this
/// reader accepts, builds the same model from it (property tests hold the two to that), and reports
/// any problem with its JSON path. A valid document this reader gives up on (a non-canonical one with
/// explicit nulls, say) is still read, only more slowly.
/// </summary>
/// <remarks>
/// Identifiers repeat across a catalog (every membership names a party), so each distinct identifier
/// text is checked, hashed and allocated once per document, and shared.
/// </remarks>
internal ref struct Utf8ModelReader
{
    // Long enough for any identifier (at most 100 characters), date, enum name or "unknown".
    private const int ShortText = 128;

    private static readonly JsonReaderOptions Options = new() { MaxDepth = OrgModelJson.MaxDepth };

    // Most status spans are a bare status; being immutable, one instance of each can be shared.
    private static readonly StatusSpan[] PlainStatuses = [.. System.Enum.GetValues<MembershipStatus>().Order().Select(s => new StatusSpan(s))];

    private readonly IdCache<Party> _partyIds = new();
    private readonly IdCache<Organization> _organizationIds = new();
    private Utf8JsonReader _json;

    private Utf8ModelReader(ReadOnlySpan<byte> utf8Json) => _json = new Utf8JsonReader(utf8Json, Options);

    private delegate T Item<T>(ref Utf8ModelReader reader);

    /// <summary>Reads a catalog document, or says it could not (and why, for tests and diagnostics).</summary>
    public static bool TryReadCatalog(ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out Catalog? catalog, out Exception? gaveUp)
    {
        var reader = new Utf8ModelReader(utf8Json);
        return Attempt(ref reader, static (ref Utf8ModelReader r) => r.ReadCatalogDocument(), out catalog, out gaveUp);
    }

    /// <summary>Reads a single-organization document, or says it could not.</summary>
    public static bool TryReadOrganization(ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out Organization? organization, out Exception? gaveUp)
    {
        var reader = new Utf8ModelReader(utf8Json);
        return Attempt(ref reader, static (ref Utf8ModelReader r) => r.ReadOrganizationDocument(), out organization, out gaveUp);
    }

    private static bool Attempt<T>(ref Utf8ModelReader reader, Item<T> read, [NotNullWhen(true)] out T? result, out Exception? gaveUp)
        where T : class
    {
        try
        {
            result = read(ref reader);
            gaveUp = null;
            return true;
        }
        // Whatever stops the fast reader, the reference reader decides: it reads the document again and
        // either builds the same model or reports the problem with its path.
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            result = null;
            gaveUp = e;
            return false;
        }
    }

    private Catalog ReadCatalogDocument()
    {
        BeginObject();
        EquatableArray<Party> parties = default;
        EquatableArray<Organization> organizations = default;
        int seen = 0;
        while (NextProperty())
        {
            if (Is("formatVersion"u8, ref seen, 1))
            {
                FormatVersion();
            }
            else if (Is("parties"u8, ref seen, 2))
            {
                parties = ReadArray(static (ref Utf8ModelReader r) => r.ReadParty());
            }
            else if (Is("organizations"u8, ref seen, 4))
            {
                organizations = ReadArray(static (ref Utf8ModelReader r) => r.ReadOrganization());
            }
            else
            {
                throw Unexpected();
            }
        }

        Require(seen, 1);
        EndOfDocument();
        return new Catalog(parties, organizations);
    }

    private Organization ReadOrganizationDocument()
    {
        BeginObject();
        Organization? organization = null;
        int seen = 0;
        while (NextProperty())
        {
            if (Is("formatVersion"u8, ref seen, 1))
            {
                FormatVersion();
            }
            else if (Is("organization"u8, ref seen, 2))
            {
                BeginObject();
                organization = ReadOrganization();
            }
            else
            {
                throw Unexpected();
            }
        }

        Require(seen, 3);
        EndOfDocument();
        return organization!;
    }

    private Party ReadParty()
    {
        Id<Party> id = default;
        PartyKind kind = default;
        Timeline<string>? names = null;
        string? isoAlpha3 = null;
        Id<Party>? stateOf = null;
        Id<Organization>? organization = null;
        EquatableArray<ExternalIdentifier> identifiers = default;
        Provenance? provenance = null;
        EquatableArray<DateRange> existence = default;
        int seen = 0;
        while (NextProperty())
        {
            if (Is("id"u8, ref seen, 1))
            {
                id = ReadPartyId();
            }
            else if (Is("kind"u8, ref seen, 2))
            {
                kind = ReadEnum<PartyKind>();
            }
            else if (Is("names"u8, ref seen, 4))
            {
                names = ReadTimeline(exclusive: true, static (ref Utf8ModelReader r) => r.ReadPartyName());
            }
            else if (Is("isoAlpha3"u8, ref seen, 8))
            {
                isoAlpha3 = ReadString();
            }
            else if (Is("stateOf"u8, ref seen, 16))
            {
                stateOf = ReadPartyId();
            }
            else if (Is("organization"u8, ref seen, 32))
            {
                organization = ReadOrganizationId();
            }
            else if (Is("identifiers"u8, ref seen, 64))
            {
                identifiers = ReadArray(static (ref Utf8ModelReader r) => r.ReadIdentifier());
            }
            else if (Is("provenance"u8, ref seen, 128))
            {
                provenance = ReadProvenance();
            }
            else if (Is("existence"u8, ref seen, 256))
            {
                existence = ReadArray(static (ref Utf8ModelReader r) => r.ReadRangeObject());
            }
            else
            {
                throw Unexpected();
            }
        }

        Require(seen, 1 | 2 | 4);
        return new Party(id, kind, names!, isoAlpha3, stateOf, organization, identifiers, provenance, existence);
    }

    private TimelineEntry<string> ReadPartyName()
    {
        RangeParts range = default;
        string? name = null;
        int seen = 0;
        while (NextProperty())
        {
            if (!RangePart(ref range, ref seen))
            {
                if (Is("name"u8, ref seen, 4))
                {
                    name = ReadString();
                }
                else
                {
                    throw Unexpected();
                }
            }
        }

        Require(seen, 4);
        return new TimelineEntry<string>(range.ToRange(), name!);
    }

    private DateRange ReadRangeObject()
    {
        RangeParts range = default;
        int seen = 0;
        while (NextProperty())
        {
            if (!RangePart(ref range, ref seen))
            {
                throw Unexpected();
            }
        }

        return range.ToRange();
    }

    private Organization ReadOrganization()
    {
        Id<Organization> id = default;
        OrganizationClassification classification = default;
        Timeline<OrganizationName>? names = null;
        PartialDate? founded = null;
        PartialDate? dissolved = null;
        PartialDate? activeThrough = null;
        EquatableArray<ExternalIdentifier> identifiers = default;
        EquatableArray<OrganizationRelation> relations = default;
        EquatableArray<SuccessionEvent> succession = default;
        EquatableArray<Membership> memberships = default;
        EquatableArray<Agreement> agreements = default;
        EquatableArray<Session> sessions = default;
        Secretariat? secretariat = null;
        EquatableArray<Post> posts = default;
        Timeline<ChairTerm>? chairTerms = null;
        Provenance? provenance = null;
        EquatableArray<DataGap> dataGaps = default;
        int seen = 0;
        while (NextProperty())
        {
            if (Is("id"u8, ref seen, 1))
            {
                id = ReadOrganizationId();
            }
            else if (Is("classification"u8, ref seen, 2))
            {
                classification = ReadEnum<OrganizationClassification>();
            }
            else if (Is("names"u8, ref seen, 4))
            {
                names = ReadTimeline(exclusive: true, static (ref Utf8ModelReader r) => r.ReadOrganizationName());
            }
            else if (Is("founded"u8, ref seen, 8))
            {
                founded = ReadDate();
            }
            else if (Is("dissolved"u8, ref seen, 16))
            {
                dissolved = ReadDate();
            }
            else if (Is("activeThrough"u8, ref seen, 65536))
            {
                activeThrough = ReadDate();
            }
            else if (Is("identifiers"u8, ref seen, 32))
            {
                identifiers = ReadArray(static (ref Utf8ModelReader r) => r.ReadIdentifier());
            }
            else if (Is("relations"u8, ref seen, 64))
            {
                relations = ReadArray(static (ref Utf8ModelReader r) => r.ReadRelation());
            }
            else if (Is("succession"u8, ref seen, 128))
            {
                succession = ReadArray(static (ref Utf8ModelReader r) => r.ReadSuccession());
            }
            else if (Is("memberships"u8, ref seen, 256))
            {
                memberships = ReadArray(static (ref Utf8ModelReader r) => r.ReadMembership());
            }
            else if (Is("agreements"u8, ref seen, 512))
            {
                agreements = ReadArray(static (ref Utf8ModelReader r) => r.ReadAgreement());
            }
            else if (Is("sessions"u8, ref seen, 1024))
            {
                sessions = ReadArray(static (ref Utf8ModelReader r) => r.ReadSession());
            }
            else if (Is("secretariat"u8, ref seen, 2048))
            {
                BeginObject();
                secretariat = ReadSecretariat();
            }
            else if (Is("posts"u8, ref seen, 4096))
            {
                posts = ReadArray(static (ref Utf8ModelReader r) => r.ReadPost());
            }
            else if (Is("chairTerms"u8, ref seen, 8192))
            {
                chairTerms = ReadTimeline(exclusive: true, static (ref Utf8ModelReader r) => r.ReadChairTerm());
            }
            else if (Is("provenance"u8, ref seen, 16384))
            {
                provenance = ReadProvenance();
            }
            else if (Is("dataGaps"u8, ref seen, 32768))
            {
                dataGaps = ReadArray(static (ref Utf8ModelReader r) => r.ReadDataGap());
            }
            else
            {
                throw Unexpected();
            }
        }

        Require(seen, 1 | 2 | 4);
        return new Organization(id, classification, names!, founded, dissolved, identifiers, relations, succession, memberships, agreements, sessions, secretariat, posts, chairTerms ?? Timeline<ChairTerm>.Empty, provenance, dataGaps, activeThrough);
    }

    private TimelineEntry<OrganizationName> ReadOrganizationName()
    {
        RangeParts range = default;
        string? name = null;
        string? abbreviation = null;
        Provenance? provenance = null;
        int seen = 0;
        while (NextProperty())
        {
            if (RangePart(ref range, ref seen))
            {
                continue;
            }

            if (Is("name"u8, ref seen, 4))
            {
                name = ReadString();
            }
            else if (Is("abbreviation"u8, ref seen, 8))
            {
                abbreviation = ReadString();
            }
            else if (Is("provenance"u8, ref seen, 16))
            {
                provenance = ReadProvenance();
            }
            else
            {
                throw Unexpected();
            }
        }

        Require(seen, 4);
        return new TimelineEntry<OrganizationName>(range.ToRange(), new OrganizationName(name!, abbreviation, provenance));
    }

    private ExternalIdentifier ReadIdentifier()
    {
        string? scheme = null;
        string? value = null;
        int seen = 0;
        while (NextProperty())
        {
            if (Is("scheme"u8, ref seen, 1))
            {
                scheme = ReadString();
            }
            else if (Is("value"u8, ref seen, 2))
            {
                value = ReadString();
            }
            else
            {
                throw Unexpected();
            }
        }

        Require(seen, 1 | 2);
        return new ExternalIdentifier(scheme!, value!);
    }

    private OrganizationRelation ReadRelation()
    {
        RangeParts range = default;
        RelationKind kind = default;
        Id<Organization> target = default;
        Provenance? provenance = null;
        int seen = 0;
        while (NextProperty())
        {
            if (RangePart(ref range, ref seen))
            {
                continue;
            }

            if (Is("kind"u8, ref seen, 4))
            {
                kind = ReadEnum<RelationKind>();
            }
            else if (Is("target"u8, ref seen, 8))
            {
                target = ReadOrganizationId();
            }
            else if (Is("provenance"u8, ref seen, 16))
            {
                provenance = ReadProvenance();
            }
            else
            {
                throw Unexpected();
            }
        }

        Require(seen, 4 | 8);
        return new OrganizationRelation(kind, target, range.ToRange(), provenance ?? Provenance.None);
    }

    private SuccessionEvent ReadSuccession()
    {
        SuccessionKind kind = default;
        PartialDate date = default;
        Id<Organization>? successor = null;
        Provenance? provenance = null;
        int seen = 0;
        while (NextProperty())
        {
            if (Is("kind"u8, ref seen, 1))
            {
                kind = ReadEnum<SuccessionKind>();
            }
            else if (Is("date"u8, ref seen, 2))
            {
                date = ReadDate();
            }
            else if (Is("successor"u8, ref seen, 4))
            {
                successor = ReadOrganizationId();
            }
            else if (Is("provenance"u8, ref seen, 8))
            {
                provenance = ReadProvenance();
            }
            else
            {
                throw Unexpected();
            }
        }

        Require(seen, 1 | 2);
        return new SuccessionEvent(kind, date, successor, provenance ?? Provenance.None);
    }

    private Membership ReadMembership()
    {
        Id<Party> party = default;
        Timeline<StatusSpan>? statuses = null;
        Provenance? provenance = null;
        int seen = 0;
        while (NextProperty())
        {
            if (Is("party"u8, ref seen, 1))
            {
                party = ReadPartyId();
            }
            else if (Is("statuses"u8, ref seen, 2))
            {
                statuses = ReadTimeline(exclusive: true, static (ref Utf8ModelReader r) => r.ReadStatus());
            }
            else if (Is("provenance"u8, ref seen, 4))
            {
                provenance = ReadProvenance();
            }
            else
            {
                throw Unexpected();
            }
        }

        Require(seen, 1 | 2);
        return new Membership(party, statuses!, provenance ?? Provenance.None);
    }

    private TimelineEntry<StatusSpan> ReadStatus()
    {
        RangeParts range = default;
        MembershipStatus status = default;
        MembershipChangeReason? startReason = null;
        MembershipChangeReason? endReason = null;
        Provenance? provenance = null;
        int seen = 0;
        while (NextProperty())
        {
            if (RangePart(ref range, ref seen))
            {
                continue;
            }

            if (Is("status"u8, ref seen, 4))
            {
                status = ReadEnum<MembershipStatus>();
            }
            else if (Is("startReason"u8, ref seen, 8))
            {
                startReason = ReadEnum<MembershipChangeReason>();
            }
            else if (Is("endReason"u8, ref seen, 16))
            {
                endReason = ReadEnum<MembershipChangeReason>();
            }
            else if (Is("provenance"u8, ref seen, 32))
            {
                provenance = ReadProvenance();
            }
            else
            {
                throw Unexpected();
            }
        }

        Require(seen, 4);
        StatusSpan span = startReason is null && endReason is null && provenance is null && (uint)status < (uint)PlainStatuses.Length
            ? PlainStatuses[(int)status]
            : new StatusSpan(status, startReason, endReason, provenance ?? Provenance.None);
        return new TimelineEntry<StatusSpan>(range.ToRange(), span);
    }

    private Agreement ReadAgreement()
    {
        Id<Agreement> id = default;
        AgreementKind kind = default;
        string? title = null;
        PartialDate? signedOn = null;
        Place? place = null;
        EquatableArray<Signatory> signatories = default;
        EquatableArray<Consent> consents = default;
        string? depositary = null;
        EntryIntoForceRule? rule = null;
        PartialDate? entryIntoForce = null;
        EquatableArray<Withdrawal> withdrawals = default;
        Provenance? provenance = null;
        int seen = 0;
        while (NextProperty())
        {
            if (Is("id"u8, ref seen, 1))
            {
                id = ReadId<Agreement>();
            }
            else if (Is("kind"u8, ref seen, 2))
            {
                kind = ReadEnum<AgreementKind>();
            }
            else if (Is("title"u8, ref seen, 4))
            {
                title = ReadString();
            }
            else if (Is("signedOn"u8, ref seen, 8))
            {
                signedOn = ReadDate();
            }
            else if (Is("place"u8, ref seen, 16))
            {
                place = ReadPlace();
            }
            else if (Is("signatories"u8, ref seen, 32))
            {
                signatories = ReadArray(static (ref Utf8ModelReader r) => r.ReadSignatory());
            }
            else if (Is("consents"u8, ref seen, 64))
            {
                consents = ReadArray(static (ref Utf8ModelReader r) => r.ReadConsent());
            }
            else if (Is("depositary"u8, ref seen, 128))
            {
                depositary = ReadString();
            }
            else if (Is("rule"u8, ref seen, 256))
            {
                BeginObject();
                rule = ReadRule();
            }
            else if (Is("entryIntoForce"u8, ref seen, 512))
            {
                entryIntoForce = ReadDate();
            }
            else if (Is("withdrawals"u8, ref seen, 1024))
            {
                withdrawals = ReadArray(static (ref Utf8ModelReader r) => r.ReadWithdrawal());
            }
            else if (Is("provenance"u8, ref seen, 2048))
            {
                provenance = ReadProvenance();
            }
            else
            {
                throw Unexpected();
            }
        }

        Require(seen, 1 | 2 | 4);
        return new Agreement(id, kind, title!, signedOn, place, signatories, consents, depositary, rule, entryIntoForce, withdrawals, provenance ?? Provenance.None);
    }

    private Signatory ReadSignatory()
    {
        Id<Party> party = default;
        string? capacity = null;
        string? person = null;
        int seen = 0;
        while (NextProperty())
        {
            if (Is("party"u8, ref seen, 1))
            {
                party = ReadPartyId();
            }
            else if (Is("capacity"u8, ref seen, 2))
            {
                capacity = ReadString();
            }
            else if (Is("person"u8, ref seen, 4))
            {
                person = ReadString();
            }
            else
            {
                throw Unexpected();
            }
        }

        Require(seen, 1 | 2);
        return new Signatory(party, capacity!, person);
    }

    private Consent ReadConsent()
    {
        Id<Party> party = default;
        ConsentKind kind = default;
        PartialDate date = default;
        PartialDate? entryIntoForce = null;
        Provenance? provenance = null;
        int seen = 0;
        while (NextProperty())
        {
            if (Is("party"u8, ref seen, 1))
            {
                party = ReadPartyId();
            }
            else if (Is("kind"u8, ref seen, 2))
            {
                kind = ReadEnum<ConsentKind>();
            }
            else if (Is("date"u8, ref seen, 4))
            {
                date = ReadDate();
            }
            else if (Is("entryIntoForce"u8, ref seen, 8))
            {
                entryIntoForce = ReadDate();
            }
            else if (Is("provenance"u8, ref seen, 16))
            {
                provenance = ReadProvenance();
            }
            else
            {
                throw Unexpected();
            }
        }

        Require(seen, 1 | 2 | 4);
        return new Consent(party, kind, date, entryIntoForce, provenance ?? Provenance.None);
    }

    private EntryIntoForceRule ReadRule()
    {
        int requiredInstruments = 0;
        int daysAfter = 0;
        int? daysAfterForLaterParties = null;
        string? text = null;
        int seen = 0;
        while (NextProperty())
        {
            if (Is("requiredInstruments"u8, ref seen, 1))
            {
                requiredInstruments = ReadInt();
            }
            else if (Is("daysAfter"u8, ref seen, 2))
            {
                daysAfter = ReadInt();
            }
            else if (Is("daysAfterForLaterParties"u8, ref seen, 4))
            {
                daysAfterForLaterParties = ReadInt();
            }
            else if (Is("text"u8, ref seen, 8))
            {
                text = ReadString();
            }
            else
            {
                throw Unexpected();
            }
        }

        Require(seen, 1 | 2 | 8);
        return new EntryIntoForceRule(requiredInstruments, daysAfter, daysAfterForLaterParties, text!);
    }

    private Withdrawal ReadWithdrawal()
    {
        Id<Party> party = default;
        WithdrawalKind kind = default;
        PartialDate notifiedOn = default;
        PartialDate? effectiveOn = null;
        Provenance? provenance = null;
        int seen = 0;
        while (NextProperty())
        {
            if (Is("party"u8, ref seen, 1))
            {
                party = ReadPartyId();
            }
            else if (Is("kind"u8, ref seen, 2))
            {
                kind = ReadEnum<WithdrawalKind>();
            }
            else if (Is("notifiedOn"u8, ref seen, 4))
            {
                notifiedOn = ReadDate();
            }
            else if (Is("effectiveOn"u8, ref seen, 8))
            {
                effectiveOn = ReadDate();
            }
            else if (Is("provenance"u8, ref seen, 16))
            {
                provenance = ReadProvenance();
            }
            else
            {
                throw Unexpected();
            }
        }

        Require(seen, 1 | 2 | 4);
        return new Withdrawal(party, kind, notifiedOn, effectiveOn, provenance ?? Provenance.None);
    }

    private Session ReadSession()
    {
        Id<Session> id = default;
        string? series = null;
        int? ordinal = null;
        SessionKind kind = default;
        PartialDate date = default;
        PartialDate? lastDay = null;
        Place? place = null;
        Id<Party>? host = null;
        EquatableArray<AdoptedDocument> documents = default;
        Provenance? provenance = null;
        int seen = 0;
        while (NextProperty())
        {
            if (Is("id"u8, ref seen, 1))
            {
                id = ReadId<Session>();
            }
            else if (Is("series"u8, ref seen, 2))
            {
                series = ReadString();
            }
            else if (Is("ordinal"u8, ref seen, 4))
            {
                ordinal = ReadInt();
            }
            else if (Is("kind"u8, ref seen, 8))
            {
                kind = ReadEnum<SessionKind>();
            }
            else if (Is("date"u8, ref seen, 16))
            {
                date = ReadDate();
            }
            else if (Is("lastDay"u8, ref seen, 32))
            {
                lastDay = ReadDate();
            }
            else if (Is("place"u8, ref seen, 64))
            {
                place = ReadPlace();
            }
            else if (Is("host"u8, ref seen, 128))
            {
                host = ReadPartyId();
            }
            else if (Is("documents"u8, ref seen, 256))
            {
                documents = ReadArray(static (ref Utf8ModelReader r) => r.ReadDocument());
            }
            else if (Is("provenance"u8, ref seen, 512))
            {
                provenance = ReadProvenance();
            }
            else
            {
                throw Unexpected();
            }
        }

        Require(seen, 1 | 2 | 8 | 16 | 64);
        return new Session(id, series!, ordinal, kind, date, place!, lastDay, host, documents, provenance ?? Provenance.None);
    }

    private AdoptedDocument ReadDocument()
    {
        string? title = null;
        DocumentKind kind = default;
        int seen = 0;
        while (NextProperty())
        {
            if (Is("title"u8, ref seen, 1))
            {
                title = ReadString();
            }
            else if (Is("kind"u8, ref seen, 2))
            {
                kind = ReadEnum<DocumentKind>();
            }
            else
            {
                throw Unexpected();
            }
        }

        Require(seen, 1 | 2);
        return new AdoptedDocument(title!, kind);
    }

    private Secretariat ReadSecretariat()
    {
        Timeline<Seat>? seats = null;
        Id<Agreement>? headquartersAgreement = null;
        Id<Post>? headPost = null;
        Provenance? provenance = null;
        int seen = 0;
        while (NextProperty())
        {
            if (Is("seats"u8, ref seen, 1))
            {
                seats = ReadTimeline(exclusive: true, static (ref Utf8ModelReader r) => r.ReadSeat());
            }
            else if (Is("headquartersAgreement"u8, ref seen, 2))
            {
                headquartersAgreement = ReadId<Agreement>();
            }
            else if (Is("headPost"u8, ref seen, 4))
            {
                headPost = ReadId<Post>();
            }
            else if (Is("provenance"u8, ref seen, 8))
            {
                provenance = ReadProvenance();
            }
            else
            {
                throw Unexpected();
            }
        }

        Require(seen, 1);
        return new Secretariat(seats!, headquartersAgreement, headPost, provenance ?? Provenance.None);
    }

    private TimelineEntry<Seat> ReadSeat()
    {
        RangeParts range = default;
        Place? place = null;
        bool permanent = false;
        PartialDate? decidedOn = null;
        Provenance? provenance = null;
        int seen = 0;
        while (NextProperty())
        {
            if (RangePart(ref range, ref seen))
            {
                continue;
            }

            if (Is("place"u8, ref seen, 4))
            {
                place = ReadPlace();
            }
            else if (Is("permanent"u8, ref seen, 8))
            {
                permanent = ReadBool();
            }
            else if (Is("decidedOn"u8, ref seen, 16))
            {
                decidedOn = ReadDate();
            }
            else if (Is("provenance"u8, ref seen, 32))
            {
                provenance = ReadProvenance();
            }
            else
            {
                throw Unexpected();
            }
        }

        Require(seen, 4);
        return new TimelineEntry<Seat>(range.ToRange(), new Seat(place!, permanent, decidedOn, provenance ?? Provenance.None));
    }

    private Post ReadPost()
    {
        Id<Post> id = default;
        string? title = null;
        int maxHolders = 1;
        int seen = 0;

        // The tenures' exclusivity depends on maxHolders, which may come after them: keep the entries until the end.
        TimelineEntry<Tenure>[]? tenures = null;
        while (NextProperty())
        {
            if (Is("id"u8, ref seen, 1))
            {
                id = ReadId<Post>();
            }
            else if (Is("title"u8, ref seen, 2))
            {
                title = ReadString();
            }
            else if (Is("maxHolders"u8, ref seen, 4))
            {
                maxHolders = ReadInt();
            }
            else if (Is("tenures"u8, ref seen, 8))
            {
                tenures = ReadEntries(static (ref Utf8ModelReader r) => r.ReadTenure());
            }
            else
            {
                throw Unexpected();
            }
        }

        Require(seen, 1 | 2 | 8);
        return new Post(id, title!, Timeline<Tenure>.FromOwnedArray(tenures!, exclusive: maxHolders == 1), maxHolders);
    }

    private TimelineEntry<Tenure> ReadTenure()
    {
        RangeParts range = default;
        Person? person = null;
        TenureRole role = TenureRole.Regular;
        PartialDate? electedOn = null;
        Id<Party>? nominatedBy = null;
        Provenance? provenance = null;
        int seen = 0;
        while (NextProperty())
        {
            if (RangePart(ref range, ref seen))
            {
                continue;
            }

            if (Is("person"u8, ref seen, 4))
            {
                BeginObject();
                person = ReadPerson();
            }
            else if (Is("role"u8, ref seen, 8))
            {
                role = ReadEnum<TenureRole>();
            }
            else if (Is("electedOn"u8, ref seen, 16))
            {
                electedOn = ReadDate();
            }
            else if (Is("nominatedBy"u8, ref seen, 32))
            {
                nominatedBy = ReadPartyId();
            }
            else if (Is("provenance"u8, ref seen, 64))
            {
                provenance = ReadProvenance();
            }
            else
            {
                throw Unexpected();
            }
        }

        Require(seen, 4);
        return new TimelineEntry<Tenure>(range.ToRange(), new Tenure(person!, role, electedOn, nominatedBy, provenance ?? Provenance.None));
    }

    private TimelineEntry<ChairTerm> ReadChairTerm()
    {
        RangeParts range = default;
        Id<Party> holder = default;
        Id<Session>? startsAtSession = null;
        Id<Session>? endsAtSession = null;
        Timeline<Person>? actingPersons = null;
        string? nonMemberReason = null;
        Provenance? provenance = null;
        int seen = 0;
        while (NextProperty())
        {
            if (RangePart(ref range, ref seen))
            {
                continue;
            }

            if (Is("holder"u8, ref seen, 4))
            {
                holder = ReadPartyId();
            }
            else if (Is("startsAtSession"u8, ref seen, 8))
            {
                startsAtSession = ReadId<Session>();
            }
            else if (Is("endsAtSession"u8, ref seen, 16))
            {
                endsAtSession = ReadId<Session>();
            }
            else if (Is("actingPersons"u8, ref seen, 32))
            {
                actingPersons = ReadTimeline(exclusive: true, static (ref Utf8ModelReader r) => r.ReadActingPerson());
            }
            else if (Is("nonMemberReason"u8, ref seen, 64))
            {
                nonMemberReason = ReadString();
            }
            else if (Is("provenance"u8, ref seen, 128))
            {
                provenance = ReadProvenance();
            }
            else
            {
                throw Unexpected();
            }
        }

        Require(seen, 4);
        var term = new ChairTerm(holder, startsAtSession, endsAtSession, actingPersons ?? Timeline<Person>.Empty, nonMemberReason, provenance ?? Provenance.None);
        return new TimelineEntry<ChairTerm>(range.ToRange(), term);
    }

    private TimelineEntry<Person> ReadActingPerson()
    {
        RangeParts range = default;
        Person? person = null;
        int seen = 0;
        while (NextProperty())
        {
            if (RangePart(ref range, ref seen))
            {
                continue;
            }

            if (Is("person"u8, ref seen, 4))
            {
                BeginObject();
                person = ReadPerson();
            }
            else
            {
                throw Unexpected();
            }
        }

        Require(seen, 4);
        return new TimelineEntry<Person>(range.ToRange(), person!);
    }

    private Person ReadPerson()
    {
        Id<Person> id = default;
        string? name = null;
        EquatableArray<string> otherNames = default;
        int seen = 0;
        while (NextProperty())
        {
            if (Is("id"u8, ref seen, 1))
            {
                id = ReadId<Person>();
            }
            else if (Is("name"u8, ref seen, 2))
            {
                name = ReadString();
            }
            else if (Is("otherNames"u8, ref seen, 4))
            {
                otherNames = ReadArray(static (ref Utf8ModelReader r) => r.CurrentString(), JsonTokenType.String);
            }
            else
            {
                throw Unexpected();
            }
        }

        Require(seen, 1 | 2);
        return new Person(id, name!, otherNames);
    }

    private Place ReadPlace()
    {
        BeginObject();
        string? city = null;
        string? venue = null;
        Id<Party>? country = null;
        int seen = 0;
        while (NextProperty())
        {
            if (Is("city"u8, ref seen, 1))
            {
                city = ReadString();
            }
            else if (Is("venue"u8, ref seen, 2))
            {
                venue = ReadString();
            }
            else if (Is("country"u8, ref seen, 4))
            {
                country = ReadPartyId();
            }
            else
            {
                throw Unexpected();
            }
        }

        Require(seen, 1);
        return new Place(city!, venue, country);
    }

    private DataGap ReadDataGap()
    {
        RangeParts range = default;
        DataGapKind kind = default;
        Id<Party>? party = null;
        int seen = 0;
        while (NextProperty())
        {
            if (RangePart(ref range, ref seen))
            {
                continue;
            }

            if (Is("kind"u8, ref seen, 4))
            {
                kind = ReadEnum<DataGapKind>();
            }
            else if (Is("party"u8, ref seen, 8))
            {
                party = ReadPartyId();
            }
            else
            {
                throw Unexpected();
            }
        }

        Require(seen, 4);
        return new DataGap(kind, range.ToRange(), party);
    }

    private Provenance ReadProvenance()
    {
        BeginObject();
        EquatableArray<Source> sources = default;
        bool disputed = false;
        string? note = null;
        int seen = 0;
        while (NextProperty())
        {
            if (Is("sources"u8, ref seen, 1))
            {
                sources = ReadArray(static (ref Utf8ModelReader r) => r.ReadSource());
            }
            else if (Is("disputed"u8, ref seen, 2))
            {
                disputed = ReadBool();
            }
            else if (Is("note"u8, ref seen, 4))
            {
                note = ReadString();
            }
            else
            {
                throw Unexpected();
            }
        }

        return new Provenance(sources, disputed, note);
    }

    private Source ReadSource()
    {
        string? title = null;
        Uri? url = null;
        PartialDate? accessed = null;
        int seen = 0;
        while (NextProperty())
        {
            if (Is("title"u8, ref seen, 1))
            {
                title = ReadString();
            }
            else if (Is("url"u8, ref seen, 2))
            {
                url = Uri.TryCreate(ReadString(), UriKind.Absolute, out Uri? absolute) ? absolute : throw Unexpected();
            }
            else if (Is("accessed"u8, ref seen, 4))
            {
                accessed = ReadDate();
            }
            else
            {
                throw Unexpected();
            }
        }

        Require(seen, 1);
        return new Source(title!, url, accessed);
    }

    // The from/until/through properties every timeline entry and range object has; bits 1 and 2 of the
    // object's seen-set, and a bit no object uses for anything else for "through".
    private const int ThroughBit = 1 << 30;

    private bool RangePart(ref RangeParts range, ref int seen)
    {
        if (Is("from"u8, ref seen, 1))
        {
            range.Start = ReadDate();
            return true;
        }

        if (Is("until"u8, ref seen, 2))
        {
            range.HasUntil = true;
            NextToken(JsonTokenType.String);
            if (_json.ValueTextEquals("unknown"u8))
            {
                range.EndUnknown = true;
            }
            else
            {
                range.End = CurrentDate();
            }

            return true;
        }

        if (Is("through"u8, ref seen, ThroughBit))
        {
            range.End = ReadDate();
            range.EndInclusive = true;
            return true;
        }

        return false;
    }

    private EquatableArray<T> ReadArray<T>(Item<T> item, JsonTokenType itemToken = JsonTokenType.StartObject)
    {
        NextToken(JsonTokenType.StartArray);
        T[] items = ReadItems(item, itemToken);
        return items.Length == 0 ? EquatableArray<T>.Empty : ImmutableCollectionsMarshal.AsImmutableArray(items);
    }

    private Timeline<T> ReadTimeline<T>(bool exclusive, Item<TimelineEntry<T>> item)
    {
        return Timeline<T>.FromOwnedArray(ReadEntries(item), exclusive);
    }

    private TimelineEntry<T>[] ReadEntries<T>(Item<TimelineEntry<T>> item)
    {
        NextToken(JsonTokenType.StartArray);
        return ReadItems(item, JsonTokenType.StartObject);
    }

    // The items of an array, each starting with the given token (an object, or a string), which the item
    // reader starts from. Read into a pooled buffer, so the array kept is allocated once, at its size.
    private T[] ReadItems<T>(Item<T> item, JsonTokenType itemToken)
    {
        T[] buffer = ArrayPool<T>.Shared.Rent(16);
        int count = 0;
        try
        {
            while (_json.Read() && _json.TokenType != JsonTokenType.EndArray)
            {
                if (_json.TokenType != itemToken)
                {
                    throw Unexpected();
                }

                if (count == buffer.Length)
                {
                    T[] larger = ArrayPool<T>.Shared.Rent(count * 2);
                    buffer.AsSpan(0, count).CopyTo(larger);
                    ArrayPool<T>.Shared.Return(buffer, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
                    buffer = larger;
                }

                buffer[count++] = item(ref this);
            }

            return _json.TokenType == JsonTokenType.EndArray ? buffer.AsSpan(0, count).ToArray() : throw Unexpected();
        }
        finally
        {
            ArrayPool<T>.Shared.Return(buffer, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        }
    }

    private bool NextProperty()
    {
        if (!_json.Read())
        {
            throw Unexpected();
        }

        return _json.TokenType switch
        {
            JsonTokenType.PropertyName => true,
            JsonTokenType.EndObject => false,
            _ => throw Unexpected(),
        };
    }

    private readonly bool Is(ReadOnlySpan<byte> name, ref int seen, int bit)
    {
        if (!_json.ValueTextEquals(name))
        {
            return false;
        }

        if ((seen & bit) != 0)
        {
            throw Unexpected();
        }

        seen |= bit;
        return true;
    }

    private void BeginObject() => NextToken(JsonTokenType.StartObject);

    private void NextToken(JsonTokenType expected)
    {
        if (!_json.Read() || _json.TokenType != expected)
        {
            throw Unexpected();
        }
    }

    private void FormatVersion()
    {
        NextToken(JsonTokenType.Number);
        if (!_json.TryGetInt32(out int version) || version != OrgModelJson.FormatVersion)
        {
            throw Unexpected();
        }
    }

    private void EndOfDocument()
    {
        if (_json.Read())
        {
            throw Unexpected();
        }
    }

    private string ReadString()
    {
        NextToken(JsonTokenType.String);
        return _json.GetString()!;
    }

    private readonly string CurrentString() => _json.GetString()!;

    private int ReadInt()
    {
        NextToken(JsonTokenType.Number);
        return _json.TryGetInt32(out int value) ? value : throw Unexpected();
    }

    private bool ReadBool()
    {
        if (!_json.Read())
        {
            throw Unexpected();
        }

        return _json.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => throw Unexpected(),
        };
    }

    private PartialDate ReadDate()
    {
        NextToken(JsonTokenType.String);
        return CurrentDate();
    }

    private readonly PartialDate CurrentDate()
    {
        Span<char> text = stackalloc char[ShortText];
        return PartialDate.TryParse(text[..CopyShort(text)], out PartialDate date) ? date : throw Unexpected();
    }

    private T ReadEnum<T>()
        where T : struct, Enum
    {
        NextToken(JsonTokenType.String);
        Span<char> text = stackalloc char[ShortText];
        return EnumText<T>.TryRead(text[..CopyShort(text)], out T value) ? value : throw Unexpected();
    }

    private Id<Party> ReadPartyId() => ReadSharedId(_partyIds);

    private Id<Organization> ReadOrganizationId() => ReadSharedId(_organizationIds);

    private Id<T> ReadSharedId<T>(IdCache<T> ids)
        where T : class
    {
        NextToken(JsonTokenType.String);
        Span<char> text = stackalloc char[ShortText];
        return ids.Get(text[..CopyShort(text)]);
    }

    private Id<T> ReadId<T>()
        where T : class => new(ReadString());

    // Unescaped into a caller's buffer; text too long for it is not a valid value of any short kind.
    private readonly int CopyShort(Span<char> buffer) =>
        _json.ValueSpan.Length <= buffer.Length ? _json.CopyString(buffer) : throw Unexpected();

    private static void Require(int seen, int required)
    {
        if ((seen & required) != required)
        {
            throw Unexpected();
        }
    }

    private static NotCanonical Unexpected() => new();

    private struct RangeParts
    {
        public PartialDate? Start;
        public PartialDate? End;
        public bool EndUnknown;
        public bool EndInclusive;
        public bool HasUntil;

        // Both an until and a through are left to the reference reader, which names the problem.
        public readonly DateRange ToRange() =>
            EndInclusive && HasUntil ? throw Unexpected()
            : EndUnknown ? DateRange.WithUnknownEnd(Start)
            : new DateRange(Start, End, EndInclusive);
    }

    /// <summary>The document holds something the fast reader does not expect; the reference reader decides.</summary>
    private sealed class NotCanonical : Exception
    {
    }

    /// <summary>Each distinct identifier text of a document, checked, hashed and allocated once.</summary>
    private sealed class IdCache<T>
        where T : class
    {
        private readonly Dictionary<string, Id<T>> _ids = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Id<T>>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        public IdCache() => _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

        public Id<T> Get(ReadOnlySpan<char> text)
        {
            if (!_lookup.TryGetValue(text, out Id<T> id))
            {
                string value = text.ToString();
                id = new Id<T>(value);
                _ids.Add(value, id);
            }

            return id;
        }
    }
}
