using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime.Text;
using OrgModel.Collections;
using OrgModel.Model;
using OrgModel.Queries;
using OrgModel.Time;

namespace OrgModel.Serialization;

/// <summary>
/// The format's writer, beside its reader: from the model straight to a <see cref="Utf8JsonWriter"/>, in
/// canonical form — properties in the documented order, timeline entries in sorted order, absent values
/// (null, false, empty lists, the default role, one holder) left out. The same methods write into
/// another application's writer for the embedding converters.
/// </summary>
internal static class DocumentWriter
{
    /// <summary>The canonical layout: two-space indentation, "\n" line ends, non-ASCII text as itself.</summary>
    public static readonly JsonWriterOptions Canonical = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public delegate void Write<in T>(Utf8JsonWriter writer, T value);

    /// <summary>Writes one value as a canonical UTF-8 document.</summary>
    public static byte[] ToUtf8<T>(T value, Write<T> write)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, Canonical))
        {
            write(writer, value);
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static void CatalogDocument(Utf8JsonWriter w, Catalog catalog)
    {
        w.WriteStartObject();
        w.WriteNumber("formatVersion"u8, OrgModelJson.FormatVersion);
        Array(w, "parties"u8, catalog.Parties, Party);
        Array(w, "organizations"u8, catalog.Organizations, Organization);
        w.WriteEndObject();
    }

    public static void OrganizationDocument(Utf8JsonWriter w, Organization organization)
    {
        w.WriteStartObject();
        w.WriteNumber("formatVersion"u8, OrgModelJson.FormatVersion);
        w.WritePropertyName("organization"u8);
        Organization(w, organization);
        w.WriteEndObject();
    }

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

        Provenance(w, o.Provenance);
        Array(w, "dataGaps"u8, o.DataGaps, static (w, g) =>
        {
            w.WriteStartObject();
            w.WriteString("kind"u8, EnumText<DataGapKind>.Write(g.Kind));
            Text(w, "party"u8, g.Party?.Value);
            Range(w, g.During);
            w.WriteEndObject();
        });
        w.WriteEndObject();
    }

    public static void Membership(Utf8JsonWriter w, Membership m)
    {
        w.WriteStartObject();
        w.WriteString("party"u8, m.Party.Value);
        Entries(w, "statuses"u8, m.Statuses, static (w, e) =>
        {
            Range(w, e.Range);
            w.WriteString("status"u8, EnumText<MembershipStatus>.Write(e.Value.Status));
            Text(w, "startReason"u8, e.Value.StartReason is { } start ? EnumText<MembershipChangeReason>.Write(start) : null);
            Text(w, "endReason"u8, e.Value.EndReason is { } end ? EnumText<MembershipChangeReason>.Write(end) : null);
            Provenance(w, e.Value.Provenance);
        });
        Provenance(w, m.Provenance);
        w.WriteEndObject();
    }

    public static void Agreement(Utf8JsonWriter w, Agreement a)
    {
        w.WriteStartObject();
        w.WriteString("id"u8, a.Id.Value);
        w.WriteString("kind"u8, EnumText<AgreementKind>.Write(a.Kind));
        w.WriteString("title"u8, a.Title);
        Date(w, "signedOn"u8, a.SignedOn);
        if (a.Place is { } place)
        {
            w.WritePropertyName("place"u8);
            Place(w, place);
        }

        Array(w, "signatories"u8, a.Signatories, static (w, s) =>
        {
            w.WriteStartObject();
            w.WriteString("party"u8, s.Party.Value);
            w.WriteString("capacity"u8, s.Capacity);
            Text(w, "person"u8, s.Person);
            w.WriteEndObject();
        });
        Array(w, "consents"u8, a.Consents, static (w, c) =>
        {
            w.WriteStartObject();
            w.WriteString("party"u8, c.Party.Value);
            w.WriteString("kind"u8, EnumText<ConsentKind>.Write(c.Kind));
            Date(w, "date"u8, c.Date);
            Date(w, "entryIntoForce"u8, c.EntryIntoForce);
            Provenance(w, c.Provenance);
            w.WriteEndObject();
        });
        Text(w, "depositary"u8, a.Depositary);
        if (a.Rule is { } rule)
        {
            w.WriteStartObject("rule"u8);
            w.WriteNumber("requiredInstruments"u8, rule.RequiredInstruments);
            w.WriteNumber("daysAfter"u8, rule.DaysAfter);
            if (rule.DaysAfterForLaterParties is { } later)
            {
                w.WriteNumber("daysAfterForLaterParties"u8, later);
            }

            w.WriteString("text"u8, rule.Text);
            w.WriteEndObject();
        }

        Date(w, "entryIntoForce"u8, a.RecordedEntryIntoForce);
        Array(w, "withdrawals"u8, a.Withdrawals, static (w, x) =>
        {
            w.WriteStartObject();
            w.WriteString("party"u8, x.Party.Value);
            w.WriteString("kind"u8, EnumText<WithdrawalKind>.Write(x.Kind));
            Date(w, "notifiedOn"u8, x.NotifiedOn);
            Date(w, "effectiveOn"u8, x.EffectiveOn);
            Provenance(w, x.Provenance);
            w.WriteEndObject();
        });
        Provenance(w, a.Provenance);
        w.WriteEndObject();
    }

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
            Text(w, "role"u8, e.Value.Role == TenureRole.Regular ? null : EnumText<TenureRole>.Write(e.Value.Role));
            Date(w, "electedOn"u8, e.Value.ElectedOn);
            Text(w, "nominatedBy"u8, e.Value.NominatedBy?.Value);
            Provenance(w, e.Value.Provenance);
        });
        w.WriteEndObject();
    }

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

    public static void Place(Utf8JsonWriter w, Place p)
    {
        w.WriteStartObject();
        w.WriteString("city"u8, p.City);
        Text(w, "venue"u8, p.Venue);
        Text(w, "country"u8, p.Country?.Value);
        w.WriteEndObject();
    }

    public static void Identifier(Utf8JsonWriter w, ExternalIdentifier i)
    {
        w.WriteStartObject();
        w.WriteString("scheme"u8, i.Scheme);
        w.WriteString("value"u8, i.Value);
        w.WriteEndObject();
    }

    /// <summary>The "provenance" property, left out when there is nothing to say.</summary>
    public static void Provenance(Utf8JsonWriter w, Provenance p)
    {
        if (p.Sources.IsEmpty && !p.IsDisputed && p.Note is null)
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
            w.WriteEndObject();
        });
        if (p.IsDisputed)
        {
            w.WriteBoolean("disputed"u8, true);
        }

        Text(w, "note"u8, p.Note);
        w.WriteEndObject();
    }

    /// <summary>A range's "from", and "until" or "through", on the object being written.</summary>
    public static void Range(Utf8JsonWriter w, DateRange r)
    {
        Date(w, "from"u8, r.Start);
        if (r.End is { } end)
        {
            Date(w, r.IsEndInclusive ? "through"u8 : "until"u8, end);
        }
        else if (r.HasUnknownEnd)
        {
            w.WriteString("until"u8, "unknown"u8);
        }
    }

    public static void MembershipOnDate(Utf8JsonWriter w, MembershipOnDate m)
    {
        w.WriteStartObject();
        w.WriteString("organization"u8, m.Organization.Value);
        w.WriteString("party"u8, m.Party.Value);
        w.WriteString("status"u8, EnumText<MembershipStatus>.Write(m.Status));
        w.WriteString("certainty"u8, m.Certainty.ToInvariantString());
        Range(w, m.Span);
        Text(w, "via"u8, m.Via?.Value);
        w.WriteEndObject();
    }

    public static void Change(Utf8JsonWriter w, Change c)
    {
        w.WriteStartObject();
        Date(w, "date"u8, c.Date);
        w.WriteString("kind"u8, EnumText<ChangeKind>.Write(c.Kind));
        w.WriteString("description"u8, c.Description);
        Text(w, "party"u8, c.Party?.Value);
        Provenance(w, c.Provenance);
        w.WriteEndObject();
    }

    public static void Snapshot(Utf8JsonWriter w, OrganizationSnapshot s)
    {
        w.WriteStartObject();
        w.WriteString("organization"u8, s.Organization.Value);
        w.WriteString("on"u8, LocalDatePattern.Iso.Format(s.On));
        w.WriteString("active"u8, s.Active.ToInvariantString());
        if (s.Name.TryGetValue(out OrganizationName? name))
        {
            w.WriteStartObject("name"u8);
            w.WriteString("name"u8, name.Name);
            Text(w, "abbreviation"u8, name.Abbreviation);
            w.WriteString("certainty"u8, s.Name.Certainty.ToInvariantString());
            w.WriteEndObject();
        }

        w.WriteStartArray("members"u8);
        foreach (MembershipOnDate member in s.Members)
        {
            MembershipOnDate(w, member);
        }

        w.WriteEndArray();
        if (s.Chair.TryGetValue(out ChairTerm? chair))
        {
            w.WriteStartObject("chair"u8);
            w.WriteString("holder"u8, chair.Holder.Value);
            w.WriteString("certainty"u8, s.Chair.Certainty.ToInvariantString());
            if (s.ChairActingPerson.TryGetValue(out Person? acting))
            {
                w.WritePropertyName("actingPerson"u8);
                Person(w, acting);
            }

            w.WriteEndObject();
        }

        if (s.SecretaryGeneral.TryGetValue(out Tenure? tenure))
        {
            w.WriteStartObject("secretaryGeneral"u8);
            w.WritePropertyName("person"u8);
            Person(w, tenure.Holder);
            w.WriteString("certainty"u8, s.SecretaryGeneral.Certainty.ToInvariantString());
            Text(w, "role"u8, tenure.Role == TenureRole.Regular ? null : EnumText<TenureRole>.Write(tenure.Role));
            Date(w, "electedOn"u8, tenure.ElectedOn);
            w.WriteEndObject();
        }

        if (s.Seat.TryGetValue(out Seat? seat))
        {
            w.WriteStartObject("seat"u8);
            w.WritePropertyName("place"u8);
            Place(w, seat.Place);
            w.WriteString("certainty"u8, s.Seat.Certainty.ToInvariantString());
            if (seat.IsPermanent)
            {
                w.WriteBoolean("permanent"u8, true);
            }

            w.WriteEndObject();
        }

        Relations(w, "parents"u8, s.Parents);
        Relations(w, "affiliations"u8, s.Affiliations);
        if (s.LastSession is { } last)
        {
            w.WritePropertyName("lastSession"u8);
            Session(w, last);
        }

        if (s.NextSession is { } next)
        {
            w.WritePropertyName("nextSession"u8);
            Session(w, next);
        }

        w.WriteEndObject();
    }

    /// <summary>A list of values as a JSON array.</summary>
    public static void List<T>(Utf8JsonWriter w, IEnumerable<T> items, Write<T> write)
    {
        w.WriteStartArray();
        foreach (T item in items)
        {
            write(w, item);
        }

        w.WriteEndArray();
    }

    private static void Relations(Utf8JsonWriter w, ReadOnlySpan<byte> name, EquatableArray<Answer<OrganizationRelation>> relations) =>
        Array(w, name, relations, static (w, r) =>
        {
            w.WriteStartObject();
            w.WriteString("target"u8, r.Value.Target.Value);
            w.WriteString("certainty"u8, r.Certainty.ToInvariantString());
            w.WriteEndObject();
        });

    // A list property, left out when empty.
    private static void Array<T>(Utf8JsonWriter w, ReadOnlySpan<byte> name, EquatableArray<T> items, Write<T> write)
    {
        if (items.IsEmpty)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (T item in items)
        {
            write(w, item);
        }

        w.WriteEndArray();
    }

    // A timeline property, always written: each entry an object of its range and its value's properties.
    private static void Entries<T>(Utf8JsonWriter w, ReadOnlySpan<byte> name, Timeline<T> timeline, Write<TimelineEntry<T>> write)
    {
        w.WriteStartArray(name);
        foreach (TimelineEntry<T> entry in timeline)
        {
            w.WriteStartObject();
            write(w, entry);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Text(Utf8JsonWriter w, ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void Date(Utf8JsonWriter w, ReadOnlySpan<byte> name, PartialDate? date)
    {
        if (date is { } d)
        {
            Span<char> text = stackalloc char[11];
            w.WriteString(name, text[..d.Format(text)]);
        }
    }
}
