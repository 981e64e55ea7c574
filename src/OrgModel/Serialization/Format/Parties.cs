using System.Text.Json;
using OrgModel.Collections;
using OrgModel.Model;
using OrgModel.Time;

namespace OrgModel.Serialization;

// Parties: states, legislatures, organizations and other entities, with their names and existence. Each object's properties, its reader and its writer, side by side.

internal ref partial struct DocumentReader
{
    internal static partial class Shapes
    {
        public static readonly Shape Party = new("party", (1, "id", true), (2, "kind", true), (4, "names", true), (8, "isoAlpha3", false), (16, "stateOf", false), (32, "organization", false), (64, "identifiers", false), (128, "provenance", false), (256, "existence", false));

        public static readonly Shape PartyName = new("party name", (1, "from", false), (2, "until", false), (ThroughBit, "through", false), (4, "name", true));
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
}

internal static partial class DocumentWriter
{
    public static void Party(Utf8JsonWriter w, Party p)
    {
        w.WriteStartObject();
        w.WriteString("id"u8, p.Id.Value);
        w.WriteString("kind"u8, EnumText<PartyKind>.Write(p.Kind));
        Entries(w, "names"u8, p.Names, static (w, e) =>
        {
            Range(w, e.Range);
            w.WriteString("name"u8, e.Value);
        });
        Text(w, "isoAlpha3"u8, p.IsoAlpha3);
        Text(w, "stateOf"u8, p.StateOf?.Value);
        Text(w, "organization"u8, p.Organization?.Value);
        Array(w, "identifiers"u8, p.Identifiers, Identifier);
        Provenance(w, p.Provenance);
        Array(w, "existence"u8, p.Existence, static (w, r) =>
        {
            w.WriteStartObject();
            Range(w, r);
            w.WriteEndObject();
        });
        w.WriteEndObject();
    }
}
