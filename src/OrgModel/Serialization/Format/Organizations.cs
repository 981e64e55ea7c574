using System.Text.Json;
using OrgModel.Collections;
using OrgModel.Model;
using OrgModel.Time;

namespace OrgModel.Serialization;

// Organizations: names, identifiers, relations, succession and data gaps. Each object's properties, its reader and its writer, side by side.

internal ref partial struct DocumentReader
{
    internal static partial class Shapes
    {
        public static readonly Shape Organization = new("organization", (1, "id", true), (2, "classification", true), (4, "names", true), (8, "founded", false), (16, "dissolved", false), (65536, "activeThrough", false), (32, "identifiers", false), (64, "relations", false), (128, "succession", false), (256, "memberships", false), (512, "agreements", false), (1024, "sessions", false), (2048, "secretariat", false), (4096, "posts", false), (8192, "chairTerms", false), (16384, "provenance", false), (32768, "dataGaps", false), (131072, "chairRotation", false));

        public static readonly Shape OrganizationName = new("organization name", (1, "from", false), (2, "until", false), (ThroughBit, "through", false), (4, "name", true), (8, "abbreviation", false), (16, "provenance", false));

        public static readonly Shape Identifier = new("identifier", (1, "scheme", true), (2, "value", true));

        public static readonly Shape Relation = new("relation", (1, "from", false), (2, "until", false), (ThroughBit, "through", false), (4, "kind", true), (8, "target", true), (16, "provenance", false));

        public static readonly Shape Succession = new("succession event", (1, "kind", true), (2, "date", true), (4, "successor", false), (8, "provenance", false));

        public static readonly Shape DataGap = new("data gap", (1, "from", false), (2, "until", false), (ThroughBit, "through", false), (4, "kind", true), (8, "party", false), (16, "provenance", false));
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
        RotationRule? chairRotation = null;
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
            else if (Is(Shapes.Organization, ref seen, 131072))
            {
                BeginObject();
                chairRotation = ReadRotationRule();
            }
            else
            {
                throw UnknownProperty(Shapes.Organization);
            }
        }

        Require(Shapes.Organization, seen);
        try
        {
            return new Organization(id, classification, names!, founded, dissolved, identifiers, relations, succession, memberships, agreements, sessions, secretariat, posts, chairTerms ?? Timeline<ChairTerm>.Empty, provenance, dataGaps, activeThrough, chairRotation);
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

    private DataGap ReadDataGap()
    {
        RangeParts range = default;
        DataGapKind kind = default;
        Id<Party>? party = null;
        Provenance? provenance = null;
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
            else if (Is(Shapes.DataGap, ref seen, 16))
            {
                provenance = ReadProvenance();
            }
            else
            {
                throw UnknownProperty(Shapes.DataGap);
            }
        }

        Require(Shapes.DataGap, seen);
        try
        {
            return new DataGap(kind, Range(range), party, provenance);
        }
        catch (ArgumentException e)
        {
            throw RuleBroken(e);
        }
    }
}

internal static partial class DocumentWriter
{
    public static void Organization(Utf8JsonWriter w, Organization o)
    {
        w.WriteStartObject();
        w.WriteString("id"u8, o.Id.Value);
        w.WriteString("classification"u8, EnumText<OrganizationClassification>.Write(o.Classification));
        Entries(w, "names"u8, o.Names, static (w, e) =>
        {
            Range(w, e.Range);
            w.WriteString("name"u8, e.Value.Name);
            Text(w, "abbreviation"u8, e.Value.Abbreviation);
            Provenance(w, e.Value.Provenance);
        });
        Date(w, "founded"u8, o.Founded);
        Date(w, "dissolved"u8, o.Dissolved);
        Date(w, "activeThrough"u8, o.ActiveThrough);
        Array(w, "identifiers"u8, o.Identifiers, Identifier);
        Array(w, "relations"u8, o.Relations, static (w, r) =>
        {
            w.WriteStartObject();
            w.WriteString("kind"u8, EnumText<RelationKind>.Write(r.Kind));
            w.WriteString("target"u8, r.Target.Value);
            Range(w, r.During);
            Provenance(w, r.Provenance);
            w.WriteEndObject();
        });
        Array(w, "succession"u8, o.Succession, static (w, e) =>
        {
            w.WriteStartObject();
            w.WriteString("kind"u8, EnumText<SuccessionKind>.Write(e.Kind));
            Date(w, "date"u8, e.Date);
            Text(w, "successor"u8, e.Successor?.Value);
            Provenance(w, e.Provenance);
            w.WriteEndObject();
        });
        Array(w, "memberships"u8, o.Memberships, Membership);
        Array(w, "agreements"u8, o.Agreements, Agreement);
        Array(w, "sessions"u8, o.Sessions, Session);
        if (o.Secretariat is { } secretariat)
        {
            w.WritePropertyName("secretariat"u8);
            Secretariat(w, secretariat);
        }

        Array(w, "posts"u8, o.Posts, Post);
        if (o.ChairTerms.Count > 0)
        {
            Entries(w, "chairTerms"u8, o.ChairTerms, ChairTerm);
        }

        if (o.ChairRotation is { } rotation)
        {
            w.WritePropertyName("chairRotation"u8);
            RotationRule(w, rotation);
        }

        Provenance(w, o.Provenance);
        Array(w, "dataGaps"u8, o.DataGaps, Gap);
        w.WriteEndObject();
    }

    /// <summary>A data gap: an element of an organization's <c>dataGaps</c>, and a status report's <c>gap</c>.</summary>
    public static void Gap(Utf8JsonWriter w, DataGap g)
    {
        w.WriteStartObject();
        w.WriteString("kind"u8, EnumText<DataGapKind>.Write(g.Kind));
        Text(w, "party"u8, g.Party?.Value);
        Range(w, g.During);
        Provenance(w, g.Provenance);
        w.WriteEndObject();
    }

    public static void Identifier(Utf8JsonWriter w, ExternalIdentifier i)
    {
        w.WriteStartObject();
        w.WriteString("scheme"u8, i.Scheme);
        w.WriteString("value"u8, i.Value);
        w.WriteEndObject();
    }
}
