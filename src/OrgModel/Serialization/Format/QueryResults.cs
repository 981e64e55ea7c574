using System.Text.Json;
using NodaTime.Text;
using OrgModel.Collections;
using OrgModel.Model;
using OrgModel.Queries;
using OrgModel.Time;

namespace OrgModel.Serialization;

// Query results, as the command line's --json writes them. Each object's properties, its reader and its writer, side by side.

internal ref partial struct DocumentReader
{
    internal static partial class Shapes
    {
        public static readonly Shape MembershipOnDate = new("membership on a date", (4, "organization", true), (8, "party", true), (16, "status", true), (32, "certainty", true), (1, "from", false), (2, "until", false), (ThroughBit, "through", false), (64, "via", false), (128, "provenance", false), (256, "heldSince", false));

        public static readonly Shape Change = new("change", (1, "date", true), (2, "kind", true), (4, "description", true), (8, "party", false), (16, "provenance", false));
    }

    private Queries.MembershipOnDate ReadMembershipOnDate()
    {
        RangeParts range = default;
        Id<Organization> organization = default;
        Id<Party> party = default;
        MembershipStatus status = default;
        Certainty certainty = default;
        Id<Party>? via = null;
        Provenance? provenance = null;
        (bool Written, PartialDate? Date) heldSince = default;
        int seen = 0;
        while (NextProperty())
        {
            if (RangePart(ref range, ref seen))
            {
                continue;
            }

            if (Is(Shapes.MembershipOnDate, ref seen, 256))
            {
                NextToken(JsonTokenType.String);
                heldSince = (true, _json.ValueTextEquals("unknown"u8) ? null : CurrentDate());
            }
            else if (Is(Shapes.MembershipOnDate, ref seen, 4))
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
            else if (Is(Shapes.MembershipOnDate, ref seen, 128))
            {
                provenance = ReadProvenance();
            }
            else
            {
                throw UnknownProperty(Shapes.MembershipOnDate);
            }
        }

        Require(Shapes.MembershipOnDate, seen);
        DateRange span = Range(range);
        if (heldSince.Date is { } since && span.Start is { } start && since.Earliest > start.Latest)
        {
            throw Fail($"'heldSince' ({since}) comes after the span's 'from' ({start}); a status is held since the start of its run, which cannot begin after the span it includes.", Path());
        }

        return new Queries.MembershipOnDate(organization, party, status, certainty, span, heldSince.Written ? heldSince.Date : span.Start, via, provenance ?? Provenance.None);
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
}

internal static partial class DocumentWriter
{
    public static void MembershipOnDate(Utf8JsonWriter w, MembershipOnDate m)
    {
        w.WriteStartObject();
        w.WriteString("organization"u8, m.Organization.Value);
        w.WriteString("party"u8, m.Party.Value);
        w.WriteString("status"u8, EnumText<MembershipStatus>.Write(m.Status));
        w.WriteString("certainty"u8, m.Certainty.ToInvariantString());
        Range(w, m.Span);
        if (m.HeldSince != m.Span.Start)
        {
            w.WriteString("heldSince"u8, m.HeldSince?.ToString() ?? "unknown");
        }

        Text(w, "via"u8, m.Via?.Value);
        Provenance(w, m.Provenance);
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

    /// <summary>A party's status on a day with its reason, as <see cref="CatalogQueries.StatusReportOn"/> answers it (written, not read).</summary>
    public static void StatusReport(Utf8JsonWriter w, StatusReport r)
    {
        w.WriteStartObject();
        w.WriteString("organization"u8, r.Organization.Value);
        w.WriteString("party"u8, r.Party.Value);
        w.WriteString("on"u8, LocalDatePattern.Iso.Format(r.On));
        w.WriteString("belongs"u8, r.Belongs.ToInvariantString());
        if (r.Status.TryGetValue(out MembershipStatus status))
        {
            w.WriteString("status"u8, EnumText<MembershipStatus>.Write(status));
            w.WriteString("certainty"u8, r.Status.Certainty.ToInvariantString());
        }

        if (r.Span is { } span)
        {
            w.WriteStartObject("span"u8);
            Range(w, span.Range);
            Provenance(w, span.Value.Provenance);
            w.WriteEndObject();
        }

        if (r.Gap is { } gap)
        {
            w.WritePropertyName("gap"u8);
            Gap(w, gap);
        }

        w.WriteEndObject();
    }

    /// <summary>A post's tenure as <see cref="CatalogQueries.HolderCandidatesOn"/> answers it (written, not read).</summary>
    public static void TenureOnDate(Utf8JsonWriter w, Answer<TimelineEntry<Tenure>> answer)
    {
        TimelineEntry<Tenure> entry = answer.Value;
        Tenure tenure = entry.Value;
        w.WriteStartObject();
        w.WritePropertyName("person"u8);
        Person(w, tenure.Holder);
        Range(w, entry.Range);
        w.WriteString("certainty"u8, answer.Certainty.ToInvariantString());
        TenureDetails(w, tenure);
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
            Provenance(w, name.Provenance);
            w.WriteEndObject();
        }

        w.WriteStartArray("members"u8);
        foreach (MembershipOnDate member in s.Members)
        {
            MembershipOnDate(w, member);
        }

        w.WriteEndArray();
        if (s.MembersGap.TryGetValue(out DataGap? gap))
        {
            w.WriteStartObject("membersGap"u8);
            w.WriteString("certainty"u8, s.MembersGap.Certainty.ToInvariantString());
            w.WritePropertyName("gap"u8);
            Gap(w, gap);
            w.WriteEndObject();
        }

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

            Text(w, "nonMemberReason"u8, chair.NonMemberReason);
            Provenance(w, chair.Provenance);
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
            Provenance(w, tenure.Provenance);
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

            Provenance(w, seat.Provenance);
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

        Array(w, "sessionsNotRecorded"u8, s.SessionsNotRecorded, static (w, run) =>
        {
            w.WriteStartObject();
            w.WriteString("series"u8, run.Series);
            w.WriteNumber("from"u8, run.First);
            w.WriteNumber("to"u8, run.Last);
            w.WriteEndObject();
        });

        w.WriteEndObject();
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
}
