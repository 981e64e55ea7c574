using System.Text.Json;
using OrgModel.Collections;
using OrgModel.Model;
using OrgModel.Time;

namespace OrgModel.Serialization;

// Agreements: signatories, consents, the entry-into-force rule and withdrawals. Each object's properties, its reader and its writer, side by side.

internal ref partial struct DocumentReader
{
    internal static partial class Shapes
    {
        public static readonly Shape Agreement = new("agreement", (1, "id", true), (2, "kind", true), (4, "title", true), (8, "signedOn", false), (16, "place", false), (32, "signatories", false), (64, "consents", false), (128, "depositary", false), (256, "rule", false), (512, "entryIntoForce", false), (1024, "withdrawals", false), (2048, "provenance", false));

        public static readonly Shape Signatory = new("signatory", (1, "party", true), (2, "capacity", true), (4, "person", false));

        public static readonly Shape Consent = new("consent", (1, "party", true), (2, "kind", true), (4, "date", true), (8, "entryIntoForce", false), (16, "provenance", false));

        public static readonly Shape Rule = new("entry-into-force rule", (1, "requiredInstruments", true), (2, "daysAfter", true), (4, "daysAfterForLaterParties", false), (8, "text", true));

        public static readonly Shape Withdrawal = new("withdrawal", (1, "party", true), (2, "kind", true), (4, "notifiedOn", true), (8, "effectiveOn", false), (16, "provenance", false));
    }

    private Agreement ReadAgreement()
    {
        Id<Agreement> id = default;
        AgreementKind kind = default;
        string? title = null;
        PartialDate? signedOn = null;
        Place? place = null;
        EquatableArray<Signatory> signatories = default;
        EquatableArray<Consent> consents = default;
        string? depositary = null;
        EntryIntoForceRule? rule = null;
        PartialDate? entryIntoForce = null;
        EquatableArray<Withdrawal> withdrawals = default;
        Provenance? provenance = null;
        int seen = 0;
        while (NextProperty())
        {
            if (Is(Shapes.Agreement, ref seen, 1))
            {
                id = ReadId<Agreement>();
            }
            else if (Is(Shapes.Agreement, ref seen, 2))
            {
                kind = ReadEnum<AgreementKind>();
            }
            else if (Is(Shapes.Agreement, ref seen, 4))
            {
                title = ReadString();
            }
            else if (Is(Shapes.Agreement, ref seen, 8))
            {
                signedOn = ReadDate();
            }
            else if (Is(Shapes.Agreement, ref seen, 16))
            {
                place = ReadPlace();
            }
            else if (Is(Shapes.Agreement, ref seen, 32))
            {
                signatories = ReadArray(static (ref DocumentReader r) => r.ReadSignatory());
            }
            else if (Is(Shapes.Agreement, ref seen, 64))
            {
                consents = ReadArray(static (ref DocumentReader r) => r.ReadConsent());
            }
            else if (Is(Shapes.Agreement, ref seen, 128))
            {
                depositary = ReadString();
            }
            else if (Is(Shapes.Agreement, ref seen, 256))
            {
                BeginObject();
                rule = ReadRule();
            }
            else if (Is(Shapes.Agreement, ref seen, 512))
            {
                entryIntoForce = ReadDate();
            }
            else if (Is(Shapes.Agreement, ref seen, 1024))
            {
                withdrawals = ReadArray(static (ref DocumentReader r) => r.ReadWithdrawal());
            }
            else if (Is(Shapes.Agreement, ref seen, 2048))
            {
                provenance = ReadProvenance();
            }
            else
            {
                throw UnknownProperty(Shapes.Agreement);
            }
        }

        Require(Shapes.Agreement, seen);
        try
        {
            return new Agreement(id, kind, title!, signedOn, place, signatories, consents, depositary, rule, entryIntoForce, withdrawals, provenance ?? Provenance.None);
        }
        catch (ArgumentException e)
        {
            throw RuleBroken(e);
        }
    }

    private Signatory ReadSignatory()
    {
        Id<Party> party = default;
        string? capacity = null;
        string? person = null;
        int seen = 0;
        while (NextProperty())
        {
            if (Is(Shapes.Signatory, ref seen, 1))
            {
                party = ReadPartyId();
            }
            else if (Is(Shapes.Signatory, ref seen, 2))
            {
                capacity = ReadString();
            }
            else if (Is(Shapes.Signatory, ref seen, 4))
            {
                person = ReadString();
            }
            else
            {
                throw UnknownProperty(Shapes.Signatory);
            }
        }

        Require(Shapes.Signatory, seen);
        try
        {
            return new Signatory(party, capacity!, person);
        }
        catch (ArgumentException e)
        {
            throw RuleBroken(e);
        }
    }

    private Consent ReadConsent()
    {
        Id<Party> party = default;
        ConsentKind kind = default;
        PartialDate date = default;
        PartialDate? entryIntoForce = null;
        Provenance? provenance = null;
        int seen = 0;
        while (NextProperty())
        {
            if (Is(Shapes.Consent, ref seen, 1))
            {
                party = ReadPartyId();
            }
            else if (Is(Shapes.Consent, ref seen, 2))
            {
                kind = ReadEnum<ConsentKind>();
            }
            else if (Is(Shapes.Consent, ref seen, 4))
            {
                date = ReadDate();
            }
            else if (Is(Shapes.Consent, ref seen, 8))
            {
                entryIntoForce = ReadDate();
            }
            else if (Is(Shapes.Consent, ref seen, 16))
            {
                provenance = ReadProvenance();
            }
            else
            {
                throw UnknownProperty(Shapes.Consent);
            }
        }

        Require(Shapes.Consent, seen);
        try
        {
            return new Consent(party, kind, date, entryIntoForce, provenance ?? Provenance.None);
        }
        catch (ArgumentException e)
        {
            throw RuleBroken(e);
        }
    }

    private EntryIntoForceRule ReadRule()
    {
        int requiredInstruments = 0;
        int daysAfter = 0;
        int? daysAfterForLaterParties = null;
        string? text = null;
        int seen = 0;
        while (NextProperty())
        {
            if (Is(Shapes.Rule, ref seen, 1))
            {
                requiredInstruments = ReadInt();
            }
            else if (Is(Shapes.Rule, ref seen, 2))
            {
                daysAfter = ReadInt();
            }
            else if (Is(Shapes.Rule, ref seen, 4))
            {
                daysAfterForLaterParties = ReadInt();
            }
            else if (Is(Shapes.Rule, ref seen, 8))
            {
                text = ReadString();
            }
            else
            {
                throw UnknownProperty(Shapes.Rule);
            }
        }

        Require(Shapes.Rule, seen);
        try
        {
            return new EntryIntoForceRule(requiredInstruments, daysAfter, daysAfterForLaterParties, text!);
        }
        catch (ArgumentException e)
        {
            throw RuleBroken(e);
        }
    }

    private Withdrawal ReadWithdrawal()
    {
        Id<Party> party = default;
        WithdrawalKind kind = default;
        PartialDate notifiedOn = default;
        PartialDate? effectiveOn = null;
        Provenance? provenance = null;
        int seen = 0;
        while (NextProperty())
        {
            if (Is(Shapes.Withdrawal, ref seen, 1))
            {
                party = ReadPartyId();
            }
            else if (Is(Shapes.Withdrawal, ref seen, 2))
            {
                kind = ReadEnum<WithdrawalKind>();
            }
            else if (Is(Shapes.Withdrawal, ref seen, 4))
            {
                notifiedOn = ReadDate();
            }
            else if (Is(Shapes.Withdrawal, ref seen, 8))
            {
                effectiveOn = ReadDate();
            }
            else if (Is(Shapes.Withdrawal, ref seen, 16))
            {
                provenance = ReadProvenance();
            }
            else
            {
                throw UnknownProperty(Shapes.Withdrawal);
            }
        }

        Require(Shapes.Withdrawal, seen);
        try
        {
            return new Withdrawal(party, kind, notifiedOn, effectiveOn, provenance ?? Provenance.None);
        }
        catch (ArgumentException e)
        {
            throw RuleBroken(e);
        }
    }
}

internal static partial class DocumentWriter
{
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
}
