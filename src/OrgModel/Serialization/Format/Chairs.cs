using System.Text.Json;
using OrgModel.Model;
using OrgModel.Time;

namespace OrgModel.Serialization;

// Chair terms and the persons acting for the chair. Each object's properties, its reader and its writer, side by side.

internal ref partial struct DocumentReader
{
    internal static partial class Shapes
    {
        public static readonly Shape ChairTerm = new("chair term", (1, "from", false), (2, "until", false), (ThroughBit, "through", false), (4, "holder", true), (8, "startsAtSession", false), (16, "endsAtSession", false), (32, "actingPersons", false), (64, "nonMemberReason", false), (128, "provenance", false));

        public static readonly Shape ActingPerson = new("acting person", (1, "from", false), (2, "until", false), (ThroughBit, "through", false), (4, "person", true));
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
}

internal static partial class DocumentWriter
{
    public static void ChairTerm(Utf8JsonWriter w, TimelineEntry<ChairTerm> e)
    {
        Range(w, e.Range);
        ChairTerm term = e.Value;
        w.WriteString("holder"u8, term.Holder.Value);
        Text(w, "startsAtSession"u8, term.StartsAtSession?.Value);
        Text(w, "endsAtSession"u8, term.EndsAtSession?.Value);
        if (term.ActingPersons.Count > 0)
        {
            Entries(w, "actingPersons"u8, term.ActingPersons, static (w, a) =>
            {
                Range(w, a.Range);
                w.WritePropertyName("person"u8);
                Person(w, a.Value);
            });
        }

        Text(w, "nonMemberReason"u8, term.NonMemberReason);
        Provenance(w, term.Provenance);
    }
}
