using System.Text.Json;
using OrgModel.Model;
using OrgModel.Time;

namespace OrgModel.Serialization;

// The secretariat and its seats. Each object's properties, its reader and its writer, side by side.

internal ref partial struct DocumentReader
{
    internal static partial class Shapes
    {
        public static readonly Shape Secretariat = new("secretariat", (1, "seats", true), (2, "headquartersAgreement", false), (4, "headPost", false), (8, "provenance", false));

        public static readonly Shape Seat = new("seat", (1, "from", false), (2, "until", false), (ThroughBit, "through", false), (4, "place", true), (8, "permanent", false), (16, "decidedOn", false), (32, "provenance", false));
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
}

internal static partial class DocumentWriter
{
    public static void Secretariat(Utf8JsonWriter w, Secretariat s)
    {
        w.WriteStartObject();
        Entries(w, "seats"u8, s.Seats, static (w, e) =>
        {
            Range(w, e.Range);
            w.WritePropertyName("place"u8);
            Place(w, e.Value.Place);
            if (e.Value.IsPermanent)
            {
                w.WriteBoolean("permanent"u8, true);
            }

            Date(w, "decidedOn"u8, e.Value.DecidedOn);
            Provenance(w, e.Value.Provenance);
        });
        Text(w, "headquartersAgreement"u8, s.HeadquartersAgreement?.Value);
        Text(w, "headPost"u8, s.HeadPost?.Value);
        Provenance(w, s.Provenance);
        w.WriteEndObject();
    }
}
