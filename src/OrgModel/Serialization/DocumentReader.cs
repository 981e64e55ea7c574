using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using OrgModel.Collections;
using OrgModel.Model;
using OrgModel.Time;

namespace OrgModel.Serialization;

/// <summary>
/// The one reader of the format: from UTF-8 straight into the model, through the model's own
/// constructors, so the rules are the ones code meets. It keeps a frame per nesting level (the
/// property's offset in the document, or the array index) and turns them into a JSON path only when
/// something fails; every problem is raised where it is found, as an <see cref="OrgModelJsonException"/>
/// with the path and, for a token, its line and byte.
/// </summary>
/// <remarks>
/// <para>
/// Each object's properties are declared once, in <see cref="Shapes"/>: the reader matches names against
/// them, refuses unknown and repeated ones, names the missing required ones, and a test holds the table
/// to the published schema. Explicit <c>null</c> is refused everywhere, for optional properties too:
/// leave a property out when it has no value.
/// </para>
/// <para>
/// Identifiers repeat across a catalog (every membership names a party), so each distinct identifier
/// text is checked, hashed and allocated once per document, and shared.
/// </para>
/// </remarks>
internal ref struct DocumentReader
{
    /// <summary>How many problems validation lists before it only counts the rest.</summary>
    public const int MaxProblems = 1000;

    // Long enough for any identifier (at most 100 characters), date, enum name or "unknown".
    private const int ShortText = 128;

    private const int ThroughBit = 1 << 30;

    private static readonly JsonReaderOptions Options = new() { MaxDepth = OrgModelJson.MaxDepth };

    // Most status spans are a bare status; being immutable, one instance of each can be shared.
    private static readonly StatusSpan[] PlainStatuses = [.. System.Enum.GetValues<MembershipStatus>().Order().Select(s => new StatusSpan(s))];

    private readonly ReadOnlySpan<byte> _utf8;
    private readonly IdCache<Party> _partyIds = new();
    private readonly IdCache<Organization> _organizationIds = new();

    // Per depth: a property name's offset in the document as -(offset + 1), or an array index.
    private readonly int[] _frames = new int[OrgModelJson.MaxDepth + 2];
    private Utf8JsonReader _json;
    private bool _valueRequired;
    private List<OrgModelJsonException>? _problems;
    private int _uncountedProblems;
    private int _linesCountedTo;
    private int _newlinesBefore;
    private int _lastLineStart;

    private DocumentReader(ReadOnlySpan<byte> utf8Json)
    {
        _utf8 = utf8Json;
        _json = new Utf8JsonReader(utf8Json, Options);
    }

    private delegate T Item<T>(ref DocumentReader reader);

    /// <summary>Reads a catalog document.</summary>
    public static Catalog ReadCatalog(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new DocumentReader(utf8Json);
        return reader.Guarded(static (ref DocumentReader r) => r.ReadCatalogDocument());
    }

    /// <summary>Reads a single-organization document.</summary>
    public static Organization ReadOrganization(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new DocumentReader(utf8Json);
        return reader.Guarded(static (ref DocumentReader r) => r.ReadOrganizationDocument());
    }

    /// <summary>
    /// Every problem of a catalog document, up to <see cref="MaxProblems"/> (then one more saying how many
    /// were left out): each party and organization is read on its own, skipping to the end of one that
    /// fails; when all are valid, the catalog's own rules (identifiers used twice, references) are checked.
    /// </summary>
    public static List<OrgModelJsonException> Validate(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new DocumentReader(utf8Json) { _problems = [] };
        try
        {
            reader.Guarded(static (ref DocumentReader r) => r.ReadCatalogDocument());
        }
        catch (OrgModelJsonException e)
        {
            reader.Note(e);
        }

        List<OrgModelJsonException> problems = reader._problems!;
        if (reader._uncountedProblems > 0)
        {
            problems.Add(new OrgModelJsonException("$", $"{reader._uncountedProblems} more problems are not listed; the first {MaxProblems} are."));
        }

        return problems;
    }

    /// <summary>Reads one session object on its own, for the converters that embed it in other JSON.</summary>
    public static Session ReadSessionValue(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new DocumentReader(utf8Json);
        return reader.Guarded(static (ref DocumentReader r) => r.Alone(static (ref DocumentReader r2) => r2.ReadSession()));
    }

    /// <summary>Reads one element of <c>orgmodel members --json</c>.</summary>
    public static Queries.MembershipOnDate ReadMembershipOnDateValue(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new DocumentReader(utf8Json);
        return reader.Guarded(static (ref DocumentReader r) => r.Alone(static (ref DocumentReader r2) => r2.ReadMembershipOnDate()));
    }

    /// <summary>Reads one element of <c>orgmodel history --json</c>.</summary>
    public static Queries.Change ReadChangeValue(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new DocumentReader(utf8Json);
        return reader.Guarded(static (ref DocumentReader r) => r.Alone(static (ref DocumentReader r2) => r2.ReadChange()));
    }

    /// <summary>A range from the format's three texts, for the range and timeline converters.</summary>
    public static DateRange RangeOf(string? from, string? until, string? through)
    {
        static PartialDate? Date(string? text, string property) =>
            text is null ? null : PartialDate.TryParse(text.AsSpan(), out PartialDate date, out string? error) ? date : throw new OrgModelJsonException("$." + property, error!);

        if (until is not null && through is not null)
        {
            throw new OrgModelJsonException("$.through", "A range ends either 'until' its first day no longer inside or 'through' its last day inside, not both.");
        }

        PartialDate? start = Date(from, "from");
        if (until == "unknown")
        {
            return DateRange.WithUnknownEnd(start);
        }

        PartialDate? end = through is not null ? Date(through, "through") : Date(until, "until");
        return DateRange.Problem(start, end, through is not null) is { } problem
            ? throw new OrgModelJsonException(through is not null ? "$.through" : "$.until", problem)
            : new DateRange(start, end, through is not null);
    }

    // A value that is the whole text: its first token starts it, and nothing follows it.
    private T Alone<T>(Item<T> read)
    {
        Read();
        Expect(JsonTokenType.StartObject, required: true);
        T value = read(ref this);
        EndOfDocument();
        return value;
    }

    private Queries.MembershipOnDate ReadMembershipOnDate()
    {
        RangeParts range = default;
        Id<Organization> organization = default;
        Id<Party> party = default;
        MembershipStatus status = default;
        Certainty certainty = default;
        Id<Party>? via = null;
        int seen = 0;
        while (NextProperty())
        {
            if (RangePart(ref range, ref seen))
            {
                continue;
            }

            if (Is(Shapes.MembershipOnDate, ref seen, 4))
            {
                organization = ReadOrganizationId();
            }
            else if (Is(Shapes.MembershipOnDate, ref seen, 8))
            {
                party = ReadPartyId();
            }
            else if (Is(Shapes.MembershipOnDate, ref seen, 16))
            {
                status = ReadEnum<MembershipStatus>();
            }
            else if (Is(Shapes.MembershipOnDate, ref seen, 32))
            {
                certainty = ReadEnum<Certainty>();
            }
            else if (Is(Shapes.MembershipOnDate, ref seen, 64))
            {
                via = ReadPartyId();
            }
            else
            {
                throw UnknownProperty(Shapes.MembershipOnDate);
            }
        }

        Require(Shapes.MembershipOnDate, seen);
        return new Queries.MembershipOnDate(organization, party, status, certainty, Range(range), via);
    }

    private Queries.Change ReadChange()
    {
        PartialDate date = default;
        Queries.ChangeKind kind = default;
        string? description = null;
        Id<Party>? party = null;
        Provenance? provenance = null;
        int seen = 0;
        while (NextProperty())
        {
            if (Is(Shapes.Change, ref seen, 1))
            {
                date = ReadDate();
            }
            else if (Is(Shapes.Change, ref seen, 2))
            {
                kind = ReadEnum<Queries.ChangeKind>();
            }
            else if (Is(Shapes.Change, ref seen, 4))
            {
                description = ReadString();
            }
            else if (Is(Shapes.Change, ref seen, 8))
            {
                party = ReadPartyId();
            }
            else if (Is(Shapes.Change, ref seen, 16))
            {
                provenance = ReadProvenance();
            }
            else
            {
                throw UnknownProperty(Shapes.Change);
            }
        }

        Require(Shapes.Change, seen);
        return new Queries.Change(date, kind, description!, party, provenance ?? Provenance.None);
    }

    private T Guarded<T>(Item<T> read)
    {
        try
        {
            return read(ref this);
        }
        catch (JsonException e)
        {
            // Only Utf8JsonReader throws these: the text is not JSON (or too deep).
            throw Malformed(e);
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
            if (Is(Shapes.CatalogDocument, ref seen, 1))
            {
                FormatVersion();
            }
            else if (Is(Shapes.CatalogDocument, ref seen, 2))
            {
                parties = ReadItemsOfCatalog(static (ref DocumentReader r) => r.ReadParty());
            }
            else if (Is(Shapes.CatalogDocument, ref seen, 4))
            {
                organizations = ReadItemsOfCatalog(static (ref DocumentReader r) => r.ReadOrganization());
            }
            else
            {
                throw UnknownProperty(Shapes.CatalogDocument);
            }
        }

        Require(Shapes.CatalogDocument, seen);
        EndOfDocument();
        if (_problems is not null)
        {
            // Validating: the catalog's own rules are checked (all of them) only when every item is valid.
            if (_problems.Count == 0 && _uncountedProblems == 0)
            {
                foreach (ArgumentException problem in Catalog.FindProblems(parties, organizations))
                {
                    Note(RuleBroken(problem));
                }
            }

            return Catalog.Empty;
        }

        try
        {
            return new Catalog(parties, organizations);
        }
        catch (ArgumentException e)
        {
            throw RuleBroken(e);
        }
    }

    private Organization ReadOrganizationDocument()
    {
        BeginObject();
        Organization? organization = null;
        int seen = 0;
        while (NextProperty())
        {
            if (Is(Shapes.OrganizationDocument, ref seen, 1))
            {
                FormatVersion();
            }
            else if (Is(Shapes.OrganizationDocument, ref seen, 2))
            {
                BeginObject();
                organization = ReadOrganization();
            }
            else
            {
                throw UnknownProperty(Shapes.OrganizationDocument);
            }
        }

        Require(Shapes.OrganizationDocument, seen);
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
            if (Is(Shapes.Party, ref seen, 1))
            {
                id = ReadPartyId();
            }
            else if (Is(Shapes.Party, ref seen, 2))
            {
                kind = ReadEnum<PartyKind>();
            }
            else if (Is(Shapes.Party, ref seen, 4))
            {
                names = ReadTimeline(exclusive: true, static (ref DocumentReader r) => r.ReadPartyName());
            }
            else if (Is(Shapes.Party, ref seen, 8))
            {
                isoAlpha3 = ReadString();
            }
            else if (Is(Shapes.Party, ref seen, 16))
            {
                stateOf = ReadPartyId();
            }
            else if (Is(Shapes.Party, ref seen, 32))
            {
                organization = ReadOrganizationId();
            }
            else if (Is(Shapes.Party, ref seen, 64))
            {
                identifiers = ReadArray(static (ref DocumentReader r) => r.ReadIdentifier());
            }
            else if (Is(Shapes.Party, ref seen, 128))
            {
                provenance = ReadProvenance();
            }
            else if (Is(Shapes.Party, ref seen, 256))
            {
                existence = ReadArray(static (ref DocumentReader r) => r.ReadRangeObject());
            }
            else
            {
                throw UnknownProperty(Shapes.Party);
            }
        }

        Require(Shapes.Party, seen);
        try
        {
            return new Party(id, kind, names!, isoAlpha3, stateOf, organization, identifiers, provenance, existence);
        }
        catch (ArgumentException e)
        {
            throw RuleBroken(e);
        }
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
                if (Is(Shapes.PartyName, ref seen, 4))
                {
                    name = ReadString();
                }
                else
                {
                    throw UnknownProperty(Shapes.PartyName);
                }
            }
        }

        Require(Shapes.PartyName, seen);
        try
        {
            return new TimelineEntry<string>(Range(range), name!);
        }
        catch (ArgumentException e)
        {
            throw RuleBroken(e);
        }
    }

    private DateRange ReadRangeObject()
    {
        RangeParts range = default;
        int seen = 0;
        while (NextProperty())
        {
            if (!RangePart(ref range, ref seen))
            {
                throw UnknownProperty(Shapes.Range);
            }
        }

        return Range(range);
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
            if (Is(Shapes.Organization, ref seen, 1))
            {
                id = ReadOrganizationId();
            }
            else if (Is(Shapes.Organization, ref seen, 2))
            {
                classification = ReadEnum<OrganizationClassification>();
            }
            else if (Is(Shapes.Organization, ref seen, 4))
            {
                names = ReadTimeline(exclusive: true, static (ref DocumentReader r) => r.ReadOrganizationName());
            }
            else if (Is(Shapes.Organization, ref seen, 8))
            {
                founded = ReadDate();
            }
            else if (Is(Shapes.Organization, ref seen, 16))
            {
                dissolved = ReadDate();
            }
            else if (Is(Shapes.Organization, ref seen, 65536))
            {
                activeThrough = ReadDate();
            }
            else if (Is(Shapes.Organization, ref seen, 32))
            {
                identifiers = ReadArray(static (ref DocumentReader r) => r.ReadIdentifier());
            }
            else if (Is(Shapes.Organization, ref seen, 64))
            {
                relations = ReadArray(static (ref DocumentReader r) => r.ReadRelation());
            }
            else if (Is(Shapes.Organization, ref seen, 128))
            {
                succession = ReadArray(static (ref DocumentReader r) => r.ReadSuccession());
            }
            else if (Is(Shapes.Organization, ref seen, 256))
            {
                memberships = ReadArray(static (ref DocumentReader r) => r.ReadMembership());
            }
            else if (Is(Shapes.Organization, ref seen, 512))
            {
                agreements = ReadArray(static (ref DocumentReader r) => r.ReadAgreement());
            }
            else if (Is(Shapes.Organization, ref seen, 1024))
            {
                sessions = ReadArray(static (ref DocumentReader r) => r.ReadSession());
            }
            else if (Is(Shapes.Organization, ref seen, 2048))
            {
                BeginObject();
                secretariat = ReadSecretariat();
            }
            else if (Is(Shapes.Organization, ref seen, 4096))
            {
                posts = ReadArray(static (ref DocumentReader r) => r.ReadPost());
            }
            else if (Is(Shapes.Organization, ref seen, 8192))
            {
                chairTerms = ReadTimeline(exclusive: true, static (ref DocumentReader r) => r.ReadChairTerm());
            }
            else if (Is(Shapes.Organization, ref seen, 16384))
            {
                provenance = ReadProvenance();
            }
            else if (Is(Shapes.Organization, ref seen, 32768))
            {
                dataGaps = ReadArray(static (ref DocumentReader r) => r.ReadDataGap());
            }
            else
            {
                throw UnknownProperty(Shapes.Organization);
            }
        }

        Require(Shapes.Organization, seen);
        try
        {
            return new Organization(id, classification, names!, founded, dissolved, identifiers, relations, succession, memberships, agreements, sessions, secretariat, posts, chairTerms ?? Timeline<ChairTerm>.Empty, provenance, dataGaps, activeThrough);
        }
        catch (ArgumentException e)
        {
            throw RuleBroken(e);
        }
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

            if (Is(Shapes.OrganizationName, ref seen, 4))
            {
                name = ReadString();
            }
            else if (Is(Shapes.OrganizationName, ref seen, 8))
            {
                abbreviation = ReadString();
            }
            else if (Is(Shapes.OrganizationName, ref seen, 16))
            {
                provenance = ReadProvenance();
            }
            else
            {
                throw UnknownProperty(Shapes.OrganizationName);
            }
        }

        Require(Shapes.OrganizationName, seen);
        try
        {
            return new TimelineEntry<OrganizationName>(Range(range), new OrganizationName(name!, abbreviation, provenance));
        }
        catch (ArgumentException e)
        {
            throw RuleBroken(e);
        }
    }

    private ExternalIdentifier ReadIdentifier()
    {
        string? scheme = null;
        string? value = null;
        int seen = 0;
        while (NextProperty())
        {
            if (Is(Shapes.Identifier, ref seen, 1))
            {
                scheme = ReadString();
            }
            else if (Is(Shapes.Identifier, ref seen, 2))
            {
                value = ReadString();
            }
            else
            {
                throw UnknownProperty(Shapes.Identifier);
            }
        }

        Require(Shapes.Identifier, seen);
        try
        {
            return new ExternalIdentifier(scheme!, value!);
        }
        catch (ArgumentException e)
        {
            throw RuleBroken(e);
        }
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

            if (Is(Shapes.Relation, ref seen, 4))
            {
                kind = ReadEnum<RelationKind>();
            }
            else if (Is(Shapes.Relation, ref seen, 8))
            {
                target = ReadOrganizationId();
            }
            else if (Is(Shapes.Relation, ref seen, 16))
            {
                provenance = ReadProvenance();
            }
            else
            {
                throw UnknownProperty(Shapes.Relation);
            }
        }

        Require(Shapes.Relation, seen);
        try
        {
            return new OrganizationRelation(kind, target, Range(range), provenance ?? Provenance.None);
        }
        catch (ArgumentException e)
        {
            throw RuleBroken(e);
        }
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
            if (Is(Shapes.Succession, ref seen, 1))
            {
                kind = ReadEnum<SuccessionKind>();
            }
            else if (Is(Shapes.Succession, ref seen, 2))
            {
                date = ReadDate();
            }
            else if (Is(Shapes.Succession, ref seen, 4))
            {
                successor = ReadOrganizationId();
            }
            else if (Is(Shapes.Succession, ref seen, 8))
            {
                provenance = ReadProvenance();
            }
            else
            {
                throw UnknownProperty(Shapes.Succession);
            }
        }

        Require(Shapes.Succession, seen);
        try
        {
            return new SuccessionEvent(kind, date, successor, provenance ?? Provenance.None);
        }
        catch (ArgumentException e)
        {
            throw RuleBroken(e);
        }
    }

    private Membership ReadMembership()
    {
        Id<Party> party = default;
        Timeline<StatusSpan>? statuses = null;
        Provenance? provenance = null;
        int seen = 0;
        while (NextProperty())
        {
            if (Is(Shapes.Membership, ref seen, 1))
            {
                party = ReadPartyId();
            }
            else if (Is(Shapes.Membership, ref seen, 2))
            {
                statuses = ReadTimeline(exclusive: true, static (ref DocumentReader r) => r.ReadStatus());
            }
            else if (Is(Shapes.Membership, ref seen, 4))
            {
                provenance = ReadProvenance();
            }
            else
            {
                throw UnknownProperty(Shapes.Membership);
            }
        }

        Require(Shapes.Membership, seen);
        try
        {
            return new Membership(party, statuses!, provenance ?? Provenance.None);
        }
        catch (ArgumentException e)
        {
            throw RuleBroken(e);
        }
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

            if (Is(Shapes.Status, ref seen, 4))
            {
                status = ReadEnum<MembershipStatus>();
            }
            else if (Is(Shapes.Status, ref seen, 8))
            {
                startReason = ReadEnum<MembershipChangeReason>();
            }
            else if (Is(Shapes.Status, ref seen, 16))
            {
                endReason = ReadEnum<MembershipChangeReason>();
            }
            else if (Is(Shapes.Status, ref seen, 32))
            {
                provenance = ReadProvenance();
            }
            else
            {
                throw UnknownProperty(Shapes.Status);
            }
        }

        Require(Shapes.Status, seen);
        StatusSpan span = startReason is null && endReason is null && provenance is null && (uint)status < (uint)PlainStatuses.Length
            ? PlainStatuses[(int)status]
            : new StatusSpan(status, startReason, endReason, provenance ?? Provenance.None);
        try
        {
            return new TimelineEntry<StatusSpan>(Range(range), span);
        }
        catch (ArgumentException e)
        {
            throw RuleBroken(e);
        }
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
            if (Is(Shapes.Agreement, ref seen, 1))
            {
                id = ReadId<Agreement>();
            }
            else if (Is(Shapes.Agreement, ref seen, 2))
            {
                kind = ReadEnum<AgreementKind>();
            }
            else if (Is(Shapes.Agreement, ref seen, 4))
            {
                title = ReadString();
            }
            else if (Is(Shapes.Agreement, ref seen, 8))
            {
                signedOn = ReadDate();
            }
            else if (Is(Shapes.Agreement, ref seen, 16))
            {
                place = ReadPlace();
            }
            else if (Is(Shapes.Agreement, ref seen, 32))
            {
                signatories = ReadArray(static (ref DocumentReader r) => r.ReadSignatory());
            }
            else if (Is(Shapes.Agreement, ref seen, 64))
            {
                consents = ReadArray(static (ref DocumentReader r) => r.ReadConsent());
            }
            else if (Is(Shapes.Agreement, ref seen, 128))
            {
                depositary = ReadString();
            }
            else if (Is(Shapes.Agreement, ref seen, 256))
            {
                BeginObject();
                rule = ReadRule();
            }
            else if (Is(Shapes.Agreement, ref seen, 512))
            {
                entryIntoForce = ReadDate();
            }
            else if (Is(Shapes.Agreement, ref seen, 1024))
            {
                withdrawals = ReadArray(static (ref DocumentReader r) => r.ReadWithdrawal());
            }
            else if (Is(Shapes.Agreement, ref seen, 2048))
            {
                provenance = ReadProvenance();
            }
            else
            {
                throw UnknownProperty(Shapes.Agreement);
            }
        }

        Require(Shapes.Agreement, seen);
        try
        {
            return new Agreement(id, kind, title!, signedOn, place, signatories, consents, depositary, rule, entryIntoForce, withdrawals, provenance ?? Provenance.None);
        }
        catch (ArgumentException e)
        {
            throw RuleBroken(e);
        }
    }

    private Signatory ReadSignatory()
    {
        Id<Party> party = default;
        string? capacity = null;
        string? person = null;
        int seen = 0;
        while (NextProperty())
        {
            if (Is(Shapes.Signatory, ref seen, 1))
            {
                party = ReadPartyId();
            }
            else if (Is(Shapes.Signatory, ref seen, 2))
            {
                capacity = ReadString();
            }
            else if (Is(Shapes.Signatory, ref seen, 4))
            {
                person = ReadString();
            }
            else
            {
                throw UnknownProperty(Shapes.Signatory);
            }
        }

        Require(Shapes.Signatory, seen);
        try
        {
            return new Signatory(party, capacity!, person);
        }
        catch (ArgumentException e)
        {
            throw RuleBroken(e);
        }
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
            if (Is(Shapes.Consent, ref seen, 1))
            {
                party = ReadPartyId();
            }
            else if (Is(Shapes.Consent, ref seen, 2))
            {
                kind = ReadEnum<ConsentKind>();
            }
            else if (Is(Shapes.Consent, ref seen, 4))
            {
                date = ReadDate();
            }
            else if (Is(Shapes.Consent, ref seen, 8))
            {
                entryIntoForce = ReadDate();
            }
            else if (Is(Shapes.Consent, ref seen, 16))
            {
                provenance = ReadProvenance();
            }
            else
            {
                throw UnknownProperty(Shapes.Consent);
            }
        }

        Require(Shapes.Consent, seen);
        try
        {
            return new Consent(party, kind, date, entryIntoForce, provenance ?? Provenance.None);
        }
        catch (ArgumentException e)
        {
            throw RuleBroken(e);
        }
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
            if (Is(Shapes.Rule, ref seen, 1))
            {
                requiredInstruments = ReadInt();
            }
            else if (Is(Shapes.Rule, ref seen, 2))
            {
                daysAfter = ReadInt();
            }
            else if (Is(Shapes.Rule, ref seen, 4))
            {
                daysAfterForLaterParties = ReadInt();
            }
            else if (Is(Shapes.Rule, ref seen, 8))
            {
                text = ReadString();
            }
            else
            {
                throw UnknownProperty(Shapes.Rule);
            }
        }

        Require(Shapes.Rule, seen);
        try
        {
            return new EntryIntoForceRule(requiredInstruments, daysAfter, daysAfterForLaterParties, text!);
        }
        catch (ArgumentException e)
        {
            throw RuleBroken(e);
        }
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
            if (Is(Shapes.Withdrawal, ref seen, 1))
            {
                party = ReadPartyId();
            }
            else if (Is(Shapes.Withdrawal, ref seen, 2))
            {
                kind = ReadEnum<WithdrawalKind>();
            }
            else if (Is(Shapes.Withdrawal, ref seen, 4))
            {
                notifiedOn = ReadDate();
            }
            else if (Is(Shapes.Withdrawal, ref seen, 8))
            {
                effectiveOn = ReadDate();
            }
            else if (Is(Shapes.Withdrawal, ref seen, 16))
            {
                provenance = ReadProvenance();
            }
            else
            {
                throw UnknownProperty(Shapes.Withdrawal);
            }
        }

        Require(Shapes.Withdrawal, seen);
        try
        {
            return new Withdrawal(party, kind, notifiedOn, effectiveOn, provenance ?? Provenance.None);
        }
        catch (ArgumentException e)
        {
            throw RuleBroken(e);
        }
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
            if (Is(Shapes.Session, ref seen, 1))
            {
                id = ReadId<Session>();
            }
            else if (Is(Shapes.Session, ref seen, 2))
            {
                series = ReadString();
            }
            else if (Is(Shapes.Session, ref seen, 4))
            {
                ordinal = ReadInt();
            }
            else if (Is(Shapes.Session, ref seen, 8))
            {
                kind = ReadEnum<SessionKind>();
            }
            else if (Is(Shapes.Session, ref seen, 16))
            {
                date = ReadDate();
            }
            else if (Is(Shapes.Session, ref seen, 32))
            {
                lastDay = ReadDate();
            }
            else if (Is(Shapes.Session, ref seen, 64))
            {
                place = ReadPlace();
            }
            else if (Is(Shapes.Session, ref seen, 128))
            {
                host = ReadPartyId();
            }
            else if (Is(Shapes.Session, ref seen, 256))
            {
                documents = ReadArray(static (ref DocumentReader r) => r.ReadDocument());
            }
            else if (Is(Shapes.Session, ref seen, 512))
            {
                provenance = ReadProvenance();
            }
            else
            {
                throw UnknownProperty(Shapes.Session);
            }
        }

        Require(Shapes.Session, seen);
        try
        {
            return new Session(id, series!, ordinal, kind, date, place!, lastDay, host, documents, provenance ?? Provenance.None);
        }
        catch (ArgumentException e)
        {
            throw RuleBroken(e);
        }
    }

    private AdoptedDocument ReadDocument()
    {
        string? title = null;
        DocumentKind kind = default;
        int seen = 0;
        while (NextProperty())
        {
            if (Is(Shapes.Document, ref seen, 1))
            {
                title = ReadString();
            }
            else if (Is(Shapes.Document, ref seen, 2))
            {
                kind = ReadEnum<DocumentKind>();
            }
            else
            {
                throw UnknownProperty(Shapes.Document);
            }
        }

        Require(Shapes.Document, seen);
        try
        {
            return new AdoptedDocument(title!, kind);
        }
        catch (ArgumentException e)
        {
            throw RuleBroken(e);
        }
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
            if (Is(Shapes.Secretariat, ref seen, 1))
            {
                seats = ReadTimeline(exclusive: true, static (ref DocumentReader r) => r.ReadSeat());
            }
            else if (Is(Shapes.Secretariat, ref seen, 2))
            {
                headquartersAgreement = ReadId<Agreement>();
            }
            else if (Is(Shapes.Secretariat, ref seen, 4))
            {
                headPost = ReadId<Post>();
            }
            else if (Is(Shapes.Secretariat, ref seen, 8))
            {
                provenance = ReadProvenance();
            }
            else
            {
                throw UnknownProperty(Shapes.Secretariat);
            }
        }

        Require(Shapes.Secretariat, seen);
        try
        {
            return new Secretariat(seats!, headquartersAgreement, headPost, provenance ?? Provenance.None);
        }
        catch (ArgumentException e)
        {
            throw RuleBroken(e);
        }
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

            if (Is(Shapes.Seat, ref seen, 4))
            {
                place = ReadPlace();
            }
            else if (Is(Shapes.Seat, ref seen, 8))
            {
                permanent = ReadTrue();
            }
            else if (Is(Shapes.Seat, ref seen, 16))
            {
                decidedOn = ReadDate();
            }
            else if (Is(Shapes.Seat, ref seen, 32))
            {
                provenance = ReadProvenance();
            }
            else
            {
                throw UnknownProperty(Shapes.Seat);
            }
        }

        Require(Shapes.Seat, seen);
        try
        {
            return new TimelineEntry<Seat>(Range(range), new Seat(place!, permanent, decidedOn, provenance ?? Provenance.None));
        }
        catch (ArgumentException e)
        {
            throw RuleBroken(e);
        }
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
            if (Is(Shapes.Post, ref seen, 1))
            {
                id = ReadId<Post>();
            }
            else if (Is(Shapes.Post, ref seen, 2))
            {
                title = ReadString();
            }
            else if (Is(Shapes.Post, ref seen, 4))
            {
                maxHolders = ReadInt(2, 1000);
            }
            else if (Is(Shapes.Post, ref seen, 8))
            {
                tenures = ReadEntries(static (ref DocumentReader r) => r.ReadTenure());
            }
            else
            {
                throw UnknownProperty(Shapes.Post);
            }
        }

        Require(Shapes.Post, seen);
        try
        {
            return new Post(id, title!, Timeline<Tenure>.FromOwnedArray(tenures!, exclusive: maxHolders == 1), maxHolders);
        }
        catch (ArgumentException e)
        {
            throw RuleBroken(e);
        }
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

            if (Is(Shapes.Tenure, ref seen, 4))
            {
                BeginObject();
                person = ReadPerson();
            }
            else if (Is(Shapes.Tenure, ref seen, 8))
            {
                role = ReadRole();
            }
            else if (Is(Shapes.Tenure, ref seen, 16))
            {
                electedOn = ReadDate();
            }
            else if (Is(Shapes.Tenure, ref seen, 32))
            {
                nominatedBy = ReadPartyId();
            }
            else if (Is(Shapes.Tenure, ref seen, 64))
            {
                provenance = ReadProvenance();
            }
            else
            {
                throw UnknownProperty(Shapes.Tenure);
            }
        }

        Require(Shapes.Tenure, seen);
        try
        {
            return new TimelineEntry<Tenure>(Range(range), new Tenure(person!, role, electedOn, nominatedBy, provenance ?? Provenance.None));
        }
        catch (ArgumentException e)
        {
            throw RuleBroken(e);
        }
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

            if (Is(Shapes.ChairTerm, ref seen, 4))
            {
                holder = ReadPartyId();
            }
            else if (Is(Shapes.ChairTerm, ref seen, 8))
            {
                startsAtSession = ReadId<Session>();
            }
            else if (Is(Shapes.ChairTerm, ref seen, 16))
            {
                endsAtSession = ReadId<Session>();
            }
            else if (Is(Shapes.ChairTerm, ref seen, 32))
            {
                actingPersons = ReadTimeline(exclusive: true, static (ref DocumentReader r) => r.ReadActingPerson());
            }
            else if (Is(Shapes.ChairTerm, ref seen, 64))
            {
                nonMemberReason = ReadString();
            }
            else if (Is(Shapes.ChairTerm, ref seen, 128))
            {
                provenance = ReadProvenance();
            }
            else
            {
                throw UnknownProperty(Shapes.ChairTerm);
            }
        }

        Require(Shapes.ChairTerm, seen);
        ChairTerm term;
        try
        {
            term = new ChairTerm(holder, startsAtSession, endsAtSession, actingPersons ?? Timeline<Person>.Empty, nonMemberReason, provenance ?? Provenance.None);
        }
        catch (ArgumentException e)
        {
            throw RuleBroken(e);
        }
        try
        {
            return new TimelineEntry<ChairTerm>(Range(range), term);
        }
        catch (ArgumentException e)
        {
            throw RuleBroken(e);
        }
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

            if (Is(Shapes.ActingPerson, ref seen, 4))
            {
                BeginObject();
                person = ReadPerson();
            }
            else
            {
                throw UnknownProperty(Shapes.ActingPerson);
            }
        }

        Require(Shapes.ActingPerson, seen);
        try
        {
            return new TimelineEntry<Person>(Range(range), person!);
        }
        catch (ArgumentException e)
        {
            throw RuleBroken(e);
        }
    }

    private Person ReadPerson()
    {
        Id<Person> id = default;
        string? name = null;
        EquatableArray<string> otherNames = default;
        int seen = 0;
        while (NextProperty())
        {
            if (Is(Shapes.Person, ref seen, 1))
            {
                id = ReadId<Person>();
            }
            else if (Is(Shapes.Person, ref seen, 2))
            {
                name = ReadString();
            }
            else if (Is(Shapes.Person, ref seen, 4))
            {
                otherNames = ReadArray(static (ref DocumentReader r) => r.CurrentString(), JsonTokenType.String);
            }
            else
            {
                throw UnknownProperty(Shapes.Person);
            }
        }

        Require(Shapes.Person, seen);
        try
        {
            return new Person(id, name!, otherNames);
        }
        catch (ArgumentException e)
        {
            throw RuleBroken(e);
        }
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
            if (Is(Shapes.Place, ref seen, 1))
            {
                city = ReadString();
            }
            else if (Is(Shapes.Place, ref seen, 2))
            {
                venue = ReadString();
            }
            else if (Is(Shapes.Place, ref seen, 4))
            {
                country = ReadPartyId();
            }
            else
            {
                throw UnknownProperty(Shapes.Place);
            }
        }

        Require(Shapes.Place, seen);
        try
        {
            return new Place(city!, venue, country);
        }
        catch (ArgumentException e)
        {
            throw RuleBroken(e);
        }
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

            if (Is(Shapes.DataGap, ref seen, 4))
            {
                kind = ReadEnum<DataGapKind>();
            }
            else if (Is(Shapes.DataGap, ref seen, 8))
            {
                party = ReadPartyId();
            }
            else
            {
                throw UnknownProperty(Shapes.DataGap);
            }
        }

        Require(Shapes.DataGap, seen);
        try
        {
            return new DataGap(kind, Range(range), party);
        }
        catch (ArgumentException e)
        {
            throw RuleBroken(e);
        }
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
            if (Is(Shapes.Provenance, ref seen, 1))
            {
                sources = ReadArray(static (ref DocumentReader r) => r.ReadSource());
            }
            else if (Is(Shapes.Provenance, ref seen, 2))
            {
                disputed = ReadTrue();
            }
            else if (Is(Shapes.Provenance, ref seen, 4))
            {
                note = ReadString();
            }
            else
            {
                throw UnknownProperty(Shapes.Provenance);
            }
        }

        try
        {
            return new Provenance(sources, disputed, note);
        }
        catch (ArgumentException e)
        {
            throw RuleBroken(e);
        }
    }

    private Source ReadSource()
    {
        string? title = null;
        Uri? url = null;
        PartialDate? accessed = null;
        int seen = 0;
        while (NextProperty())
        {
            if (Is(Shapes.Source, ref seen, 1))
            {
                title = ReadString();
            }
            else if (Is(Shapes.Source, ref seen, 2))
            {
                url = ReadUrl();
            }
            else if (Is(Shapes.Source, ref seen, 4))
            {
                accessed = ReadDate();
            }
            else
            {
                throw UnknownProperty(Shapes.Source);
            }
        }

        Require(Shapes.Source, seen);
        try
        {
            return new Source(title!, url, accessed);
        }
        catch (ArgumentException e)
        {
            throw RuleBroken(e);
        }
    }

    // from, until and through, which every timeline entry and range object has (see Shapes.Range).
    private bool RangePart(ref RangeParts range, ref int seen)
    {
        if (Is(Shapes.Range, ref seen, 1))
        {
            range.Start = ReadDate();
            return true;
        }

        if (Is(Shapes.Range, ref seen, 2))
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

        if (Is(Shapes.Range, ref seen, ThroughBit))
        {
            range.End = ReadDate();
            range.EndInclusive = true;
            return true;
        }

        return false;
    }

    // The range of an object just read (the reader is at its end): a problem names the end property.
    private DateRange Range(in RangeParts range)
    {
        string end = range.EndInclusive ? ".through" : ".until";
        if (range.EndInclusive && range.HasUntil)
        {
            throw Fail("A range ends either 'until' its first day no longer inside or 'through' its last day inside, not both.", Path() + ".through");
        }

        if (range.EndUnknown)
        {
            return DateRange.WithUnknownEnd(range.Start);
        }

        return DateRange.Problem(range.Start, range.End, range.EndInclusive) is { } problem
            ? throw Fail(problem, Path() + end)
            : new DateRange(range.Start, range.End, range.EndInclusive);
    }

    private EquatableArray<T> ReadArray<T>(Item<T> item, JsonTokenType itemToken = JsonTokenType.StartObject)
    {
        NextToken(JsonTokenType.StartArray);
        T[] items = ReadItems(item, itemToken, collect: false);
        return items.Length == 0 ? EquatableArray<T>.Empty : ImmutableCollectionsMarshal.AsImmutableArray(items);
    }

    // A top-level list of a catalog: when validating, a failing item is noted and skipped.
    private EquatableArray<T> ReadItemsOfCatalog<T>(Item<T> item)
    {
        NextToken(JsonTokenType.StartArray);
        T[] items = ReadItems(item, JsonTokenType.StartObject, collect: _problems is not null);
        return items.Length == 0 ? EquatableArray<T>.Empty : ImmutableCollectionsMarshal.AsImmutableArray(items);
    }

    private Timeline<T> ReadTimeline<T>(bool exclusive, Item<TimelineEntry<T>> item)
    {
        TimelineEntry<T>[] entries = ReadEntries(item);
        try
        {
            return Timeline<T>.FromOwnedArray(entries, exclusive);
        }
        catch (ArgumentException e)
        {
            throw RuleBroken(e);
        }
    }

    private TimelineEntry<T>[] ReadEntries<T>(Item<TimelineEntry<T>> item)
    {
        NextToken(JsonTokenType.StartArray);
        return ReadItems(item, JsonTokenType.StartObject, collect: false);
    }

    // The items of an array, each starting with the given token (an object, or a string), which the item
    // reader starts from. Read into a pooled buffer, so the array kept is allocated once, at its size.
    private T[] ReadItems<T>(Item<T> item, JsonTokenType itemToken, bool collect)
    {
        T[] buffer = ArrayPool<T>.Shared.Rent(16);
        int count = 0;
        int index = 0;
        try
        {
            while (Read() && _json.TokenType != JsonTokenType.EndArray)
            {
                int depth = _json.CurrentDepth;
                _frames[depth] = index++;
                if (collect && _json.TokenType != itemToken)
                {
                    // Validating: a wrong token is noted without throwing (a document of a million nulls stays quick).
                    NoteWithoutThrowing(itemToken);
                    SkipRestOfItem(depth);
                    continue;
                }

                try
                {
                    Expect(itemToken, required: true);
                    T value = item(ref this);
                    if (count == buffer.Length)
                    {
                        T[] larger = ArrayPool<T>.Shared.Rent(count * 2);
                        buffer.AsSpan(0, count).CopyTo(larger);
                        ArrayPool<T>.Shared.Return(buffer, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
                        buffer = larger;
                    }

                    buffer[count++] = value;
                }
                catch (OrgModelJsonException e) when (collect)
                {
                    Note(e);
                    SkipRestOfItem(depth);
                }
            }

            return buffer.AsSpan(0, count).ToArray();
        }
        finally
        {
            ArrayPool<T>.Shared.Return(buffer, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        }
    }

    // After a problem inside an item, move to the item's last token, so the next item can be read.
    private void SkipRestOfItem(int itemDepth)
    {
        if (_json.CurrentDepth == itemDepth && _json.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            _json.Skip();
            return;
        }

        while (_json.CurrentDepth > itemDepth || _json.TokenType == JsonTokenType.PropertyName)
        {
            Read();
        }
    }

    private void NoteWithoutThrowing(JsonTokenType expected)
    {
        if (_problems!.Count < MaxProblems)
        {
            try
            {
                Expect(expected, required: true);
            }
            catch (OrgModelJsonException e)
            {
                _problems.Add(e);
            }
        }
        else
        {
            _uncountedProblems++;
        }
    }

    private void Note(OrgModelJsonException problem)
    {
        if (_problems!.Count < MaxProblems)
        {
            _problems.Add(problem);
        }
        else
        {
            _uncountedProblems++;
        }
    }

    private bool NextProperty()
    {
        Read();
        switch (_json.TokenType)
        {
            case JsonTokenType.PropertyName:
                _frames[_json.CurrentDepth] = -(int)_json.TokenStartIndex - 1;
                if (_json.ValueIsEscaped)
                {
                    // An escaped name is compared unescaped; one that is not valid Unicode is refused first.
                    _ = CurrentString();
                }

                return true;
            case JsonTokenType.EndObject:
                return false;
            default:
                throw Fail($"expected a property name or the end of the object, found {Describe(_json.TokenType)}.", withPosition: true);
        }
    }

    private bool Is(Shape shape, ref int seen, int bit)
    {
        if (!_json.ValueTextEquals(shape.Utf8Name(bit)))
        {
            return false;
        }

        if ((seen & bit) != 0)
        {
            throw Fail($"'{shape.Name(bit)}' appears twice in this {shape.What}.", withPosition: true);
        }

        seen |= bit;
        _valueRequired = shape.IsRequired(bit);
        return true;
    }

    private OrgModelJsonException UnknownProperty(Shape shape) =>
        Fail($"'{PropertyText(_json.TokenStartIndex)}' is not a property of a {shape.What}; expected one of: {shape.Expected}.", withPosition: true);

    // Missing required properties are named on the object (the reader is at its end).
    private void Require(Shape shape, int seen)
    {
        if ((seen & shape.RequiredMask) != shape.RequiredMask)
        {
            throw Fail($"This {shape.What} is missing required properties: {shape.Missing(seen)}.", withPosition: true);
        }
    }

    private void BeginObject() => NextToken(JsonTokenType.StartObject);

    private void NextToken(JsonTokenType expected)
    {
        Read();
        Expect(expected, _valueRequired);
    }

    private void Expect(JsonTokenType expected, bool required)
    {
        if (_json.TokenType == expected)
        {
            return;
        }

        throw _json.TokenType == JsonTokenType.Null
            ? Fail(required ? "null is not allowed here: a value is required." : "null is not allowed here: leave the property out when it has no value.", withPosition: true)
            : Fail($"expected {Describe(expected)}, found {Describe(_json.TokenType)}.", withPosition: true);
    }

    private bool Read() => _json.Read() ? true : throw Fail("The document ends too early.", withPosition: false);

    private void FormatVersion()
    {
        NextToken(JsonTokenType.Number);
        if (!_json.TryGetInt32(out int version) || version != OrgModelJson.FormatVersion)
        {
            throw Fail($"formatVersion {OrgModelJson.FormatVersion} is the version this reader reads.", withPosition: true);
        }
    }

    private void EndOfDocument()
    {
        if (_json.Read())
        {
            throw Fail("Nothing may follow the document.", withPosition: true);
        }
    }

    private string ReadString()
    {
        NextToken(JsonTokenType.String);
        return CurrentString();
    }

    private string CurrentString()
    {
        try
        {
            return _json.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw NotUnicode();
        }
    }

    private int ReadInt(int min = int.MinValue, int max = int.MaxValue)
    {
        NextToken(JsonTokenType.Number);
        return _json.TryGetInt32(out int value) && value >= min && value <= max
            ? value
            : throw Fail(min == int.MinValue ? "expected a whole number." : $"expected a whole number from {min} to {max}.", withPosition: true);
    }

    // "permanent" and "disputed" are written only as true; false is said by leaving them out.
    private bool ReadTrue()
    {
        Read();
        return _json.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => throw Fail("false is written by leaving the property out; it is present only as true.", withPosition: true),
            _ => throw Fail($"expected true, found {Describe(_json.TokenType)}.", withPosition: true),
        };
    }

    private Uri ReadUrl()
    {
        string text = ReadString();
        return (text.StartsWith("http://", StringComparison.Ordinal) || text.StartsWith("https://", StringComparison.Ordinal))
            && Uri.TryCreate(text, UriKind.Absolute, out Uri? url) && url.OriginalString.Trim() == text
            ? url
            : throw Fail($"'{text}' is not an absolute URL starting with http:// or https://.", withPosition: true);
    }

    private PartialDate ReadDate()
    {
        NextToken(JsonTokenType.String);
        return CurrentDate();
    }

    private PartialDate CurrentDate()
    {
        Span<char> text = stackalloc char[ShortText];
        if (!TryCopyShort(text, out int length))
        {
            throw Fail($"'{Clip(CurrentString())}' is not a partial date; expected YYYY, YYYY-MM or YYYY-MM-DD (or a decade 196X or century 19XX), optionally followed by ?, ~ or %.", withPosition: true);
        }

        return PartialDate.TryParse(text[..length], out PartialDate date, out string? error) ? date : throw Fail(error!, withPosition: true);
    }

    private T ReadEnum<T>()
        where T : struct, System.Enum
    {
        NextToken(JsonTokenType.String);
        Span<char> text = stackalloc char[ShortText];
        return TryCopyShort(text, out int length) && EnumText<T>.TryRead(text[..length], out T value)
            ? value
            : throw Fail($"'{Clip(CurrentString())}' is not a {EnumText<T>.What}; expected one of: {EnumText<T>.Allowed}.", withPosition: true);
    }

    private TenureRole ReadRole()
    {
        TenureRole role = ReadEnum<TenureRole>();
        return role != TenureRole.Regular ? role : throw Fail("'regular' is written by leaving 'role' out.", withPosition: true);
    }

    private Id<Party> ReadPartyId() => ReadSharedId(_partyIds);

    private Id<Organization> ReadOrganizationId() => ReadSharedId(_organizationIds);

    private Id<T> ReadSharedId<T>(IdCache<T> ids)
        where T : class
    {
        NextToken(JsonTokenType.String);
        Span<char> text = stackalloc char[ShortText];
        return TryCopyShort(text, out int length) && Id<T>.IsValid(text[..length])
            ? ids.Get(text[..length])
            : throw InvalidIdentifier<T>();
    }

    private Id<T> ReadId<T>()
        where T : class
    {
        string text = ReadString();
        return Id<T>.IsValid(text) ? new Id<T>(text) : throw InvalidIdentifier<T>();
    }

    private OrgModelJsonException InvalidIdentifier<T>()
        where T : class =>
        Fail($"'{Clip(CurrentString())}' is not a valid identifier: use 1 to {Id<T>.MaxLength} ASCII letters, digits, '.', '_' or '-', starting with a letter or digit.", withPosition: true);

    // Unescaped into a caller's buffer; false when the text is too long for any short value.
    private bool TryCopyShort(scoped Span<char> buffer, out int length)
    {
        length = 0;
        if (_json.ValueSpan.Length > buffer.Length)
        {
            return false;
        }

        try
        {
            length = _json.CopyString(buffer);
            return true;
        }
        catch (InvalidOperationException)
        {
            throw NotUnicode();
        }
    }

    private OrgModelJsonException NotUnicode() =>
        Fail("The text is not valid Unicode: it holds a lone surrogate (an escape such as \\ud800 with no pair).", withPosition: true);

    // The path of the current token: one frame per depth, a property name or an array index.
    private string Path()
    {
        var path = new StringBuilder("$");
        int depth = _json.CurrentDepth;
        for (int d = 1; d <= depth; d++)
        {
            int frame = _frames[d];
            if (frame >= 0)
            {
                path.Append('[').Append(frame).Append(']');
            }
            else
            {
                string name = PropertyText(-frame - 1);
                bool plain = name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
                path.Append(plain ? "." + name : $"['{name.Replace("'", "\\'", StringComparison.Ordinal)}']");
            }
        }

        return path.ToString();
    }

    // A property name as written, read again from its offset; a name that is not valid Unicode is shown escaped.
    private string PropertyText(long offset)
    {
        var name = new Utf8JsonReader(_utf8[(int)offset..]);
        try
        {
            return name.Read() ? Clip(name.GetString() ?? string.Empty) : string.Empty;
        }
        catch (Exception e) when (e is InvalidOperationException or JsonException)
        {
            int end = _utf8[((int)offset + 1)..].IndexOf((byte)'"');
            return Clip(Encoding.UTF8.GetString(_utf8.Slice((int)offset + 1, Math.Max(0, end))));
        }
    }

    private OrgModelJsonException Fail(string reason, bool withPosition) =>
        Fail(withPosition ? reason + Position(_json.TokenStartIndex) : reason, Path());

    private static OrgModelJsonException Fail(string reason, string path) => new(path, reason);

    // "(line L, byte B)", both counted from 1, where the token starts. Lines are counted on from the last
    // position asked for, so listing many problems in order scans the document once.
    private string Position(long offset)
    {
        int end = (int)Math.Min(offset, _utf8.Length);
        if (end < _linesCountedTo)
        {
            (_linesCountedTo, _newlinesBefore, _lastLineStart) = (0, 0, 0);
        }

        ReadOnlySpan<byte> more = _utf8[_linesCountedTo..end];
        _newlinesBefore += more.Count((byte)'\n');
        int last = more.LastIndexOf((byte)'\n');
        if (last >= 0)
        {
            _lastLineStart = _linesCountedTo + last + 1;
        }

        _linesCountedTo = end;
        return $" (line {_newlinesBefore + 1}, byte {end - _lastLineStart + 1})";
    }

    private OrgModelJsonException Malformed(JsonException e)
    {
        string reason = e.Message;
        int cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
        reason = (cut >= 0 ? reason[..cut] : reason).TrimEnd();
        string where = e.LineNumber is { } line ? $" (line {line + 1}, byte {e.BytePositionInLine + 1})" : string.Empty;
        return new OrgModelJsonException(Path(), "The text is not valid JSON: " + reason.TrimEnd('.') + "." + where, e);
    }

    // A model rule broken by the object just read: the path is the object's, and a rule that names where
    // inside it (a ModelRuleException's location) extends the path.
    private OrgModelJsonException RuleBroken(ArgumentException e)
    {
        string path = Path();
        string reason = e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", string.Empty, StringComparison.Ordinal);
        return e is ModelRuleException rule
            ? new OrgModelJsonException(path == "$" ? $"$.{rule.Location}" : $"{path}.{rule.Location}", reason, e)
            : new OrgModelJsonException(path, reason, e);
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.EndObject => "the end of an object",
        JsonTokenType.EndArray => "the end of an array",
        JsonTokenType.PropertyName => "a property name",
        _ => token.ToString(),
    };

    private static string Clip(string text) => text.Length <= 200 ? text : text[..200] + "…";

    private struct RangeParts
    {
        public PartialDate? Start;
        public PartialDate? End;
        public bool EndUnknown;
        public bool EndInclusive;
        public bool HasUntil;
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

    // The properties of each object of the format: names, and which are required. One table per object,
    // read by the reader and checked against the published schema by a test.
    internal static class Shapes
    {
        public static readonly Shape Range = new("range", (1, "from", false), (2, "until", false), (ThroughBit, "through", false));

        // Query results (orgmodel members --json, history --json), read back by the embedding converters.
        public static readonly Shape MembershipOnDate = new("membership on a date", (4, "organization", true), (8, "party", true), (16, "status", true), (32, "certainty", true), (1, "from", false), (2, "until", false), (ThroughBit, "through", false), (64, "via", false));

        public static readonly Shape Change = new("change", (1, "date", true), (2, "kind", true), (4, "description", true), (8, "party", false), (16, "provenance", false));

        public static readonly Shape CatalogDocument = new("catalog document", (1, "formatVersion", true), (2, "parties", false), (4, "organizations", false));

        public static readonly Shape OrganizationDocument = new("organization document", (1, "formatVersion", true), (2, "organization", true));

        public static readonly Shape Party = new("party", (1, "id", true), (2, "kind", true), (4, "names", true), (8, "isoAlpha3", false), (16, "stateOf", false), (32, "organization", false), (64, "identifiers", false), (128, "provenance", false), (256, "existence", false));

        public static readonly Shape PartyName = new("party name", (1, "from", false), (2, "until", false), (ThroughBit, "through", false), (4, "name", true));

        public static readonly Shape Organization = new("organization", (1, "id", true), (2, "classification", true), (4, "names", true), (8, "founded", false), (16, "dissolved", false), (65536, "activeThrough", false), (32, "identifiers", false), (64, "relations", false), (128, "succession", false), (256, "memberships", false), (512, "agreements", false), (1024, "sessions", false), (2048, "secretariat", false), (4096, "posts", false), (8192, "chairTerms", false), (16384, "provenance", false), (32768, "dataGaps", false));

        public static readonly Shape OrganizationName = new("organization name", (1, "from", false), (2, "until", false), (ThroughBit, "through", false), (4, "name", true), (8, "abbreviation", false), (16, "provenance", false));

        public static readonly Shape Identifier = new("identifier", (1, "scheme", true), (2, "value", true));

        public static readonly Shape Relation = new("relation", (1, "from", false), (2, "until", false), (ThroughBit, "through", false), (4, "kind", true), (8, "target", true), (16, "provenance", false));

        public static readonly Shape Succession = new("succession event", (1, "kind", true), (2, "date", true), (4, "successor", false), (8, "provenance", false));

        public static readonly Shape Membership = new("membership", (1, "party", true), (2, "statuses", true), (4, "provenance", false));

        public static readonly Shape Status = new("status span", (1, "from", false), (2, "until", false), (ThroughBit, "through", false), (4, "status", true), (8, "startReason", false), (16, "endReason", false), (32, "provenance", false));

        public static readonly Shape Agreement = new("agreement", (1, "id", true), (2, "kind", true), (4, "title", true), (8, "signedOn", false), (16, "place", false), (32, "signatories", false), (64, "consents", false), (128, "depositary", false), (256, "rule", false), (512, "entryIntoForce", false), (1024, "withdrawals", false), (2048, "provenance", false));

        public static readonly Shape Signatory = new("signatory", (1, "party", true), (2, "capacity", true), (4, "person", false));

        public static readonly Shape Consent = new("consent", (1, "party", true), (2, "kind", true), (4, "date", true), (8, "entryIntoForce", false), (16, "provenance", false));

        public static readonly Shape Rule = new("entry-into-force rule", (1, "requiredInstruments", true), (2, "daysAfter", true), (4, "daysAfterForLaterParties", false), (8, "text", true));

        public static readonly Shape Withdrawal = new("withdrawal", (1, "party", true), (2, "kind", true), (4, "notifiedOn", true), (8, "effectiveOn", false), (16, "provenance", false));

        public static readonly Shape Session = new("session", (1, "id", true), (2, "series", true), (4, "ordinal", false), (8, "kind", true), (16, "date", true), (32, "lastDay", false), (64, "place", true), (128, "host", false), (256, "documents", false), (512, "provenance", false));

        public static readonly Shape Document = new("adopted document", (1, "title", true), (2, "kind", true));

        public static readonly Shape Secretariat = new("secretariat", (1, "seats", true), (2, "headquartersAgreement", false), (4, "headPost", false), (8, "provenance", false));

        public static readonly Shape Seat = new("seat", (1, "from", false), (2, "until", false), (ThroughBit, "through", false), (4, "place", true), (8, "permanent", false), (16, "decidedOn", false), (32, "provenance", false));

        public static readonly Shape Post = new("post", (1, "id", true), (2, "title", true), (4, "maxHolders", false), (8, "tenures", true));

        public static readonly Shape Tenure = new("tenure", (1, "from", false), (2, "until", false), (ThroughBit, "through", false), (4, "person", true), (8, "role", false), (16, "electedOn", false), (32, "nominatedBy", false), (64, "provenance", false));

        public static readonly Shape ChairTerm = new("chair term", (1, "from", false), (2, "until", false), (ThroughBit, "through", false), (4, "holder", true), (8, "startsAtSession", false), (16, "endsAtSession", false), (32, "actingPersons", false), (64, "nonMemberReason", false), (128, "provenance", false));

        public static readonly Shape ActingPerson = new("acting person", (1, "from", false), (2, "until", false), (ThroughBit, "through", false), (4, "person", true));

        public static readonly Shape Person = new("person", (1, "id", true), (2, "name", true), (4, "otherNames", false));

        public static readonly Shape Place = new("place", (1, "city", true), (2, "venue", false), (4, "country", false));

        public static readonly Shape DataGap = new("data gap", (1, "from", false), (2, "until", false), (ThroughBit, "through", false), (4, "kind", true), (8, "party", false));

        public static readonly Shape Provenance = new("provenance", (1, "sources", false), (2, "disputed", false), (4, "note", false));

        public static readonly Shape Source = new("source", (1, "title", true), (2, "url", false), (4, "accessed", false));
    }
}

/// <summary>The properties of one object of the format: their names, and which are required.</summary>
internal sealed class Shape
{
    private readonly string?[] _names = new string?[32];
    private readonly byte[]?[] _utf8 = new byte[]?[32];

    public Shape(string what, params (int Bit, string Name, bool Required)[] properties)
    {
        What = what;
        Properties = [.. properties.Select(p => (p.Name, p.Required))];
        foreach ((int bit, string name, bool required) in properties)
        {
            int index = BitOperations.Log2((uint)bit);
            _names[index] = name;
            _utf8[index] = Encoding.UTF8.GetBytes(name);
            RequiredMask |= required ? bit : 0;
        }

        Expected = string.Join(", ", properties.Select(p => p.Name));
    }

    /// <summary>What the object is, in words: "party", "status span".</summary>
    public string What { get; }

    /// <summary>The property names in the order the format writes them, with whether each is required.</summary>
    public IReadOnlyList<(string Name, bool Required)> Properties { get; }

    public int RequiredMask { get; }

    public string Expected { get; }

    public ReadOnlySpan<byte> Utf8Name(int bit) => _utf8[BitOperations.Log2((uint)bit)];

    public string Name(int bit) => _names[BitOperations.Log2((uint)bit)]!;

    public bool IsRequired(int bit) => (RequiredMask & bit) != 0;

    public string Missing(int seen) => string.Join(", ", Enumerable.Range(0, 31).Where(i => (RequiredMask & ~seen & (1 << i)) != 0).Select(i => _names[i]));
}
