using System.Text.Json;
using OrgModel.Collections;
using OrgModel.Model;
using OrgModel.Time;

namespace OrgModel.Serialization;

// Sessions and summits with their adopted documents. Each object's properties, its reader and its writer, side by side.

internal ref partial struct DocumentReader
{
    internal static partial class Shapes
    {
        public static readonly Shape Session = new("session", (1, "id", true), (2, "series", true), (4, "ordinal", false), (8, "kind", true), (16, "date", true), (32, "lastDay", false), (64, "place", true), (128, "host", false), (256, "documents", false), (512, "provenance", false), (1024, "format", false));

        public static readonly Shape Document = new("adopted document", (1, "title", true), (2, "kind", true));
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
        SessionFormat format = SessionFormat.InPerson;
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
            else if (Is(Shapes.Session, ref seen, 1024))
            {
                format = ReadEnum<SessionFormat>();
            }
            else
            {
                throw UnknownProperty(Shapes.Session);
            }
        }

        Require(Shapes.Session, seen);
        try
        {
            return new Session(id, series!, ordinal, kind, date, place!, lastDay, host, documents, provenance ?? Provenance.None, format);
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
}

internal static partial class DocumentWriter
{
    public static void Session(Utf8JsonWriter w, Session s)
    {
        w.WriteStartObject();
        w.WriteString("id"u8, s.Id.Value);
        w.WriteString("series"u8, s.Series);
        if (s.Ordinal is { } ordinal)
        {
            w.WriteNumber("ordinal"u8, ordinal);
        }

        w.WriteString("kind"u8, EnumText<SessionKind>.Write(s.Kind));
        if (s.Format != SessionFormat.InPerson)
        {
            w.WriteString("format"u8, EnumText<SessionFormat>.Write(s.Format));
        }

        Date(w, "date"u8, s.Date);
        Date(w, "lastDay"u8, s.LastDay);
        w.WritePropertyName("place"u8);
        Place(w, s.Place);
        Text(w, "host"u8, s.Host?.Value);
        Array(w, "documents"u8, s.Documents, static (w, d) =>
        {
            w.WriteStartObject();
            w.WriteString("title"u8, d.Title);
            w.WriteString("kind"u8, EnumText<DocumentKind>.Write(d.Kind));
            w.WriteEndObject();
        });
        Provenance(w, s.Provenance);
        w.WriteEndObject();
    }
}
