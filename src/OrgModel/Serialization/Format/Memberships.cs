using System.Text.Json;
using OrgModel.Model;
using OrgModel.Queries;
using OrgModel.Time;

namespace OrgModel.Serialization;

// Memberships and their status spans. Each object's properties, its reader and its writer, side by side.

internal ref partial struct DocumentReader
{
    internal static partial class Shapes
    {
        public static readonly Shape Membership = new("membership", (1, "party", true), (2, "statuses", true), (4, "provenance", false));

        public static readonly Shape Status = new("status span", (1, "from", false), (2, "until", false), (ThroughBit, "through", false), (4, "status", true), (8, "startReason", false), (16, "endReason", false), (32, "provenance", false));
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
}

internal static partial class DocumentWriter
{
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
}
