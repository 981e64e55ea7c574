using System.Text.Json;
using OrgModel.Collections;
using OrgModel.Model;
using OrgModel.Time;

namespace OrgModel.Serialization;

// Provenance, sources and places, which many objects share. Each object's properties, its reader and its writer, side by side.

internal ref partial struct DocumentReader
{
    internal static partial class Shapes
    {
        public static readonly Shape Provenance = new("provenance", (1, "sources", false), (2, "disputed", false), (4, "note", false), (8, "inferred", false));

        public static readonly Shape Source = new("source", (1, "title", true), (2, "url", false), (4, "accessed", false), (8, "publisher", false), (16, "published", false));

        public static readonly Shape Place = new("place", (1, "city", true), (2, "venue", false), (4, "country", false));
    }

    private Provenance ReadProvenance()
    {
        BeginObject();
        EquatableArray<Source> sources = default;
        bool disputed = false;
        bool inferred = false;
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
            else if (Is(Shapes.Provenance, ref seen, 8))
            {
                inferred = ReadTrue();
            }
            else
            {
                throw UnknownProperty(Shapes.Provenance);
            }
        }

        try
        {
            return new Provenance(sources, disputed, note, inferred);
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
        string? publisher = null;
        PartialDate? published = null;
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
            else if (Is(Shapes.Source, ref seen, 8))
            {
                publisher = ReadString();
            }
            else if (Is(Shapes.Source, ref seen, 16))
            {
                published = ReadDate();
            }
            else
            {
                throw UnknownProperty(Shapes.Source);
            }
        }

        Require(Shapes.Source, seen);
        try
        {
            return new Source(title!, url, accessed, publisher, published);
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
}

internal static partial class DocumentWriter
{
    /// <summary>The "provenance" property, left out when there is nothing to say.</summary>
    public static void Provenance(Utf8JsonWriter w, Provenance p)
    {
        if (p.Sources.IsEmpty && !p.IsDisputed && !p.IsInferred && p.Note is null)
        {
            return;
        }

        w.WriteStartObject("provenance"u8);
        Array(w, "sources"u8, p.Sources, static (w, s) =>
        {
            w.WriteStartObject();
            w.WriteString("title"u8, s.Title);
            Text(w, "url"u8, s.Url?.OriginalString);
            Date(w, "accessed"u8, s.Accessed);
            Text(w, "publisher"u8, s.Publisher);
            Date(w, "published"u8, s.Published);
            w.WriteEndObject();
        });
        if (p.IsDisputed)
        {
            w.WriteBoolean("disputed"u8, true);
        }

        if (p.IsInferred)
        {
            w.WriteBoolean("inferred"u8, true);
        }

        Text(w, "note"u8, p.Note);
        w.WriteEndObject();
    }

    public static void Place(Utf8JsonWriter w, Place p)
    {
        w.WriteStartObject();
        w.WriteString("city"u8, p.City);
        Text(w, "venue"u8, p.Venue);
        Text(w, "country"u8, p.Country?.Value);
        w.WriteEndObject();
    }
}
