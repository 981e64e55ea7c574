using System.Text.Json;
using OrgModel.Collections;
using OrgModel.Model;
using OrgModel.Time;

namespace OrgModel.Serialization;

// Posts, tenures and the persons who hold them. Each object's properties, its reader and its writer, side by side.

internal ref partial struct DocumentReader
{
    internal static partial class Shapes
    {
        public static readonly Shape Post = new("post", (1, "id", true), (2, "title", true), (4, "maxHolders", false), (8, "tenures", true));

        public static readonly Shape Tenure = new("tenure", (1, "from", false), (2, "until", false), (ThroughBit, "through", false), (4, "person", true), (8, "role", false), (16, "electedOn", false), (32, "nominatedBy", false), (64, "provenance", false));

        public static readonly Shape Person = new("person", (1, "id", true), (2, "name", true), (4, "otherNames", false));
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
}

internal static partial class DocumentWriter
{
    public static void Post(Utf8JsonWriter w, Post p)
    {
        w.WriteStartObject();
        w.WriteString("id"u8, p.Id.Value);
        w.WriteString("title"u8, p.Title);
        if (p.MaxHolders != 1)
        {
            w.WriteNumber("maxHolders"u8, p.MaxHolders);
        }

        Entries(w, "tenures"u8, p.Tenures, static (w, e) =>
        {
            Range(w, e.Range);
            w.WritePropertyName("person"u8);
            Person(w, e.Value.Holder);
            TenureDetails(w, e.Value);
        });
        w.WriteEndObject();
    }

    /// <summary>What a tenure says besides its person and days: role, election, nomination and sources; in a post's <c>tenures</c> and a query's tenure.</summary>
    public static void TenureDetails(Utf8JsonWriter w, Tenure t)
    {
        Text(w, "role"u8, t.Role == TenureRole.Regular ? null : EnumText<TenureRole>.Write(t.Role));
        Date(w, "electedOn"u8, t.ElectedOn);
        Text(w, "nominatedBy"u8, t.NominatedBy?.Value);
        Provenance(w, t.Provenance);
    }

    public static void Person(Utf8JsonWriter w, Person p)
    {
        w.WriteStartObject();
        w.WriteString("id"u8, p.Id.Value);
        w.WriteString("name"u8, p.Name);
        if (!p.OtherNames.IsEmpty)
        {
            w.WriteStartArray("otherNames"u8);
            foreach (string name in p.OtherNames)
            {
                w.WriteStringValue(name);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }
}
