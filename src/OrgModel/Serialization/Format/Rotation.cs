using System.Text.Json;
using NodaTime;
using OrgModel.Collections;
using OrgModel.Model;
using OrgModel.Time;

namespace OrgModel.Serialization;

// An organization's chair rotation rule, its anchor, names and deviations. Each object's properties, its reader and its writer, side by side.

internal ref partial struct DocumentReader
{
    internal static partial class Shapes
    {
        public static readonly Shape RotationRule = new("chair rotation", (1, "order", true), (2, "period", true), (4, "anchor", true), (8, "sequence", false), (16, "language", false), (32, "names", false), (64, "series", false), (128, "groupSize", false), (256, "anchorPositionInGroup", false), (512, "deviations", false), (1024, "provenance", false));

        public static readonly Shape RotationAnchor = new("rotation anchor", (1, "holder", true), (2, "from", true));

        public static readonly Shape RotationName = new("rotation name", (1, "from", false), (2, "until", false), (ThroughBit, "through", false), (4, "party", true), (8, "name", true));

        public static readonly Shape RotationDeviation = new("rotation deviation", (1, "kind", true), (2, "termStart", true), (4, "parties", true), (8, "decided", false), (16, "provenance", false));
    }

    private RotationRule ReadRotationRule()
    {
        RotationOrderKind? kind = null;
        RotationPeriod period = default;
        RotationAnchor? anchor = null;
        EquatableArray<Id<Party>> sequence = default;
        string? language = null;
        EquatableArray<RotationName> names = default;
        string? series = null;
        int? groupSize = null;
        int anchorPosition = 0;
        EquatableArray<RotationDeviation> deviations = default;
        Provenance? provenance = null;
        int seen = 0;
        while (NextProperty())
        {
            if (Is(Shapes.RotationRule, ref seen, 1))
            {
                kind = ReadEnum<RotationOrderKind>();
            }
            else if (Is(Shapes.RotationRule, ref seen, 2))
            {
                period = ReadEnum<RotationPeriod>();
            }
            else if (Is(Shapes.RotationRule, ref seen, 4))
            {
                BeginObject();
                anchor = ReadRotationAnchor();
            }
            else if (Is(Shapes.RotationRule, ref seen, 8))
            {
                sequence = ReadArray(static (ref DocumentReader r) => r.CurrentPartyId(), JsonTokenType.String);
            }
            else if (Is(Shapes.RotationRule, ref seen, 16))
            {
                language = ReadString();
            }
            else if (Is(Shapes.RotationRule, ref seen, 32))
            {
                names = ReadArray(static (ref DocumentReader r) => r.ReadRotationName());
            }
            else if (Is(Shapes.RotationRule, ref seen, 64))
            {
                series = ReadString();
            }
            else if (Is(Shapes.RotationRule, ref seen, 128))
            {
                groupSize = ReadInt(2, 12);
            }
            else if (Is(Shapes.RotationRule, ref seen, 256))
            {
                anchorPosition = ReadInt(0, 11);
            }
            else if (Is(Shapes.RotationRule, ref seen, 512))
            {
                deviations = ReadArray(static (ref DocumentReader r) => r.ReadRotationDeviation());
            }
            else if (Is(Shapes.RotationRule, ref seen, 1024))
            {
                provenance = ReadProvenance();
            }
            else
            {
                throw UnknownProperty(Shapes.RotationRule);
            }
        }

        Require(Shapes.RotationRule, seen);
        string? misplaced = kind switch
        {
            RotationOrderKind.Sequence when (seen & (16 | 32 | 64)) != 0 => "a fixed sequence takes 'sequence' only, not 'language', 'names' or 'series'.",
            RotationOrderKind.Sequence when (seen & 8) == 0 => "a fixed sequence needs 'sequence'.",
            RotationOrderKind.Alphabetical when (seen & (8 | 64)) != 0 => "an alphabetical order takes 'language' and 'names', not 'sequence' or 'series'.",
            RotationOrderKind.Alphabetical when (seen & 16) == 0 => "an alphabetical order needs 'language'.",
            RotationOrderKind.HostOfNextSession or RotationOrderKind.HostOfFollowingSession when (seen & (8 | 16 | 32)) != 0 => "an order by sessions' hosts takes 'series' only, not 'sequence', 'language' or 'names'.",
            RotationOrderKind.HostOfNextSession or RotationOrderKind.HostOfFollowingSession when (seen & 64) == 0 => "an order by sessions' hosts needs 'series'.",
            _ => null,
        };
        if (misplaced is not null)
        {
            throw Fail("This chair rotation is inconsistent: " + misplaced, withPosition: false);
        }

        try
        {
            RotationOrder order = kind switch
            {
                RotationOrderKind.Sequence => RotationOrder.Fixed(sequence),
                RotationOrderKind.Alphabetical => RotationOrder.Alphabetical(language!, names),
                RotationOrderKind.HostOfNextSession => RotationOrder.HostOfNextSession(series!),
                _ => RotationOrder.HostOfFollowingSession(series!),
            };
            return new RotationRule(order, period, anchor!, groupSize, anchorPosition, deviations, provenance ?? Provenance.None);
        }
        catch (ArgumentException e)
        {
            throw RuleBroken(e);
        }
    }

    private RotationAnchor ReadRotationAnchor()
    {
        Id<Party> holder = default;
        LocalDate start = default;
        int seen = 0;
        while (NextProperty())
        {
            if (Is(Shapes.RotationAnchor, ref seen, 1))
            {
                holder = ReadPartyId();
            }
            else if (Is(Shapes.RotationAnchor, ref seen, 2))
            {
                start = ReadDay();
            }
            else
            {
                throw UnknownProperty(Shapes.RotationAnchor);
            }
        }

        Require(Shapes.RotationAnchor, seen);
        return new RotationAnchor(holder, start);
    }

    private RotationName ReadRotationName()
    {
        RangeParts range = default;
        Id<Party> party = default;
        string? name = null;
        int seen = 0;
        while (NextProperty())
        {
            if (RangePart(ref range, ref seen))
            {
                continue;
            }

            if (Is(Shapes.RotationName, ref seen, 4))
            {
                party = ReadPartyId();
            }
            else if (Is(Shapes.RotationName, ref seen, 8))
            {
                name = ReadString();
            }
            else
            {
                throw UnknownProperty(Shapes.RotationName);
            }
        }

        Require(Shapes.RotationName, seen);
        try
        {
            return new RotationName(party, name!, Range(range));
        }
        catch (ArgumentException e)
        {
            throw RuleBroken(e);
        }
    }

    private RotationDeviation ReadRotationDeviation()
    {
        RotationDeviationKind kind = default;
        LocalDate termStart = default;
        EquatableArray<Id<Party>> parties = default;
        PartialDate? decided = null;
        Provenance? provenance = null;
        int seen = 0;
        while (NextProperty())
        {
            if (Is(Shapes.RotationDeviation, ref seen, 1))
            {
                kind = ReadEnum<RotationDeviationKind>();
            }
            else if (Is(Shapes.RotationDeviation, ref seen, 2))
            {
                termStart = ReadDay();
            }
            else if (Is(Shapes.RotationDeviation, ref seen, 4))
            {
                parties = ReadArray(static (ref DocumentReader r) => r.CurrentPartyId(), JsonTokenType.String);
            }
            else if (Is(Shapes.RotationDeviation, ref seen, 8))
            {
                decided = ReadDate();
            }
            else if (Is(Shapes.RotationDeviation, ref seen, 16))
            {
                provenance = ReadProvenance();
            }
            else
            {
                throw UnknownProperty(Shapes.RotationDeviation);
            }
        }

        Require(Shapes.RotationDeviation, seen);
        try
        {
            return new RotationDeviation(kind, termStart, parties, decided, provenance ?? Provenance.None);
        }
        catch (ArgumentException e)
        {
            throw RuleBroken(e);
        }
    }

    // A day: a date of day precision, with no qualifier.
    private LocalDate ReadDay()
    {
        PartialDate date = ReadDate();
        return date.Precision == DatePrecision.Day && !date.IsQualified
            ? new LocalDate(date.Year, date.Month!.Value, date.Day!.Value)
            : throw Fail($"'{date}' is not a day; expected YYYY-MM-DD.", withPosition: true);
    }
}

internal static partial class DocumentWriter
{
    public static void RotationRule(Utf8JsonWriter w, RotationRule rule)
    {
        w.WriteStartObject();
        w.WriteString("order"u8, EnumText<RotationOrderKind>.Write(rule.Order.Kind));
        if (rule.Order.Kind == RotationOrderKind.Sequence)
        {
            PartyIds(w, "sequence"u8, rule.Order.Sequence);
        }

        Text(w, "language"u8, rule.Order.Language);
        Array(w, "names"u8, rule.Order.Names, static (w, n) =>
        {
            w.WriteStartObject();
            Range(w, n.Period);
            w.WriteString("party"u8, n.Party.Value);
            w.WriteString("name"u8, n.Name);
            w.WriteEndObject();
        });
        Text(w, "series"u8, rule.Order.Series);
        w.WriteString("period"u8, EnumText<RotationPeriod>.Write(rule.Period));
        w.WriteStartObject("anchor"u8);
        w.WriteString("holder"u8, rule.Anchor.Holder.Value);
        w.WriteString("from"u8, Day(rule.Anchor.Start));
        w.WriteEndObject();
        if (rule.GroupSize is { } size)
        {
            w.WriteNumber("groupSize"u8, size);
            if (rule.AnchorPositionInGroup != 0)
            {
                w.WriteNumber("anchorPositionInGroup"u8, rule.AnchorPositionInGroup);
            }
        }

        Array(w, "deviations"u8, rule.Deviations, Deviation);
        Provenance(w, rule.Provenance);
        w.WriteEndObject();
    }

    /// <summary>A chair term as a query answers it (written, not read: it is computed from a catalog).</summary>
    public static void RotationTerm(Utf8JsonWriter w, Queries.RotationTerm t)
    {
        w.WriteStartObject();
        w.WriteString("holder"u8, t.Holder.Value);
        Range(w, t.Period);
        w.WriteString("origin"u8, EnumText<Queries.TermOrigin>.Write(t.Origin));
        w.WriteString("certainty"u8, t.Certainty.ToInvariantString());
        Text(w, "ruleHolder"u8, t.RuleHolder?.Value);
        if (t.RulePeriod is { } rulePeriod)
        {
            w.WriteStartObject("rulePeriod"u8);
            Range(w, rulePeriod);
            w.WriteEndObject();
        }

        if (t.PositionInGroup is { } position)
        {
            w.WriteNumber("positionInGroup"u8, position);
        }

        if (t.DepartsFromRule)
        {
            w.WriteBoolean("departsFromRule"u8, true);
        }

        if (t.Deviation is { } deviation)
        {
            w.WritePropertyName("deviation"u8);
            Deviation(w, deviation);
        }

        Text(w, "nonMemberReason"u8, t.RecordedTerm?.NonMemberReason);
        Provenance(w, t.Provenance);
        w.WriteEndObject();
    }

    private static void Deviation(Utf8JsonWriter w, RotationDeviation e)
    {
        w.WriteStartObject();
        w.WriteString("kind"u8, EnumText<RotationDeviationKind>.Write(e.Kind));
        w.WriteString("termStart"u8, Day(e.TermStart));
        PartyIds(w, "parties"u8, e.Parties);
        Date(w, "decided"u8, e.Decided);
        Provenance(w, e.Provenance);
        w.WriteEndObject();
    }

    private static string Day(LocalDate d) => IsoDay.Text(d);

    private static void PartyIds(Utf8JsonWriter w, ReadOnlySpan<byte> name, EquatableArray<Id<Party>> parties)
    {
        w.WriteStartArray(name);
        foreach (Id<Party> p in parties)
        {
            w.WriteStringValue(p.Value);
        }

        w.WriteEndArray();
    }
}
