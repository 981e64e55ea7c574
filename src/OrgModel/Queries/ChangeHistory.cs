using NodaTime;
using OrgModel.Model;
using OrgModel.Time;

namespace OrgModel.Queries;

/// <summary>Derives an organization's change history from its timelines: every start and end is a change.</summary>
internal static class ChangeHistory
{
    public static List<Change> Of(Catalog catalog, Organization o)
    {
        var changes = new List<Change>();
        string Name(Id<Party> party, PartialDate when) => catalog.DisplayNameOn(party, when.Earliest);

        if (o.Founded is { } founded)
        {
            changes.Add(new Change(founded, ChangeKind.Founded, $"Founded as {o.Names[0].Value}", null, o.Provenance));
        }

        for (int i = 1; i < o.Names.Count; i++)
        {
            if (o.Names[i].Range.Start is { } date)
            {
                changes.Add(new Change(date, ChangeKind.Renamed, $"Renamed from {o.Names[i - 1].Value} to {o.Names[i].Value}", null, o.Names[i].Value.Provenance));
            }
        }

        foreach (Membership m in o.Memberships)
        {
            TimelineEntry<StatusSpan>? previous = null;
            foreach (TimelineEntry<StatusSpan> span in m.Statuses)
            {
                StatusSpan s = span.Value;
                string status = Lower(s.Status);
                if (span.Range.Start is { } start)
                {
                    bool continues = previous is { } p && p.Range.IsContinuedBy(start);
                    changes.Add(continues
                        ? new Change(start, ChangeKind.StatusChanged, $"{Name(m.Party, start)} changed from {Lower(previous!.Value.Value.Status)} to {status}{Because(s.StartReason)}", m.Party, s.Provenance)
                        : new Change(start, ChangeKind.Joined, $"{Name(m.Party, start)} joined as {status}{Because(s.StartReason)}", m.Party, s.Provenance));
                }

                previous = span;
            }

            for (int i = 0; i < m.Statuses.Count; i++)
            {
                TimelineEntry<StatusSpan> span = m.Statuses[i];
                bool followed = i + 1 < m.Statuses.Count && span.Range.IsContinuedBy(m.Statuses[i + 1].Range.Start);
                if (LeftOn(span.Range) is { } end && !followed)
                {
                    changes.Add(new Change(end, ChangeKind.Left, $"{Name(m.Party, end)} left ({Lower(span.Value.Status)}){Because(span.Value.EndReason)}", m.Party, span.Value.Provenance));
                }
            }
        }

        for (int i = 0; i < o.ChairTerms.Count; i++)
        {
            TimelineEntry<ChairTerm> term = o.ChairTerms[i];
            if (term.Range.Start is not { } start)
            {
                continue;
            }

            TimelineEntry<ChairTerm>? before = i > 0 && o.ChairTerms[i - 1].Range.IsContinuedBy(start) ? o.ChairTerms[i - 1] : null;
            string at = term.Value.StartsAtSession is { } sid && o.SessionOf(sid) is { } session ? $" at {SessionName(session)}" : string.Empty;
            string from = before is { } b ? $" from {Name(b.Value.Holder, start)}" : string.Empty;
            changes.Add(new Change(start, ChangeKind.ChairHandedOver, $"{Name(term.Value.Holder, start)} took the chair{from}{at}", term.Value.Holder, term.Value.Provenance));
        }

        foreach (Post post in o.Posts)
        {
            foreach (TimelineEntry<Tenure> tenure in post.Tenures)
            {
                string role = tenure.Value.Role == TenureRole.Regular ? string.Empty : $" ({Lower(tenure.Value.Role)})";
                PartialDate? start = tenure.Range.Start;
                if (tenure.Value.ElectedOn is { } electedOn && (start is not { } s || electedOn.Latest < s.Earliest))
                {
                    string tookOffice = start is { } took ? $" (took office {took})" : string.Empty;
                    changes.Add(new Change(electedOn, ChangeKind.Elected, $"{tenure.Value.Holder.Name} elected {post.Title}{role}{tookOffice}", tenure.Value.NominatedBy, tenure.Value.Provenance));
                }

                if (start is { } from)
                {
                    string elected = tenure.Value.ElectedOn is { } e && e != from ? $" (elected {e})" : string.Empty;
                    changes.Add(new Change(from, ChangeKind.TookOffice, $"{tenure.Value.Holder.Name} took office as {post.Title}{role}{elected}", tenure.Value.NominatedBy, tenure.Value.Provenance));
                }
            }
        }

        if (o.Secretariat is { } secretariat)
        {
            for (int i = 0; i < secretariat.Seats.Count; i++)
            {
                TimelineEntry<Seat> seat = secretariat.Seats[i];
                if (seat.Range.Start is { } start)
                {
                    string text = i == 0 ? $"Secretariat seated in {seat.Value.Place.City}" : $"Secretariat moved from {secretariat.Seats[i - 1].Value.Place.City} to {seat.Value.Place.City}";
                    changes.Add(new Change(start, ChangeKind.SeatMoved, text + (seat.Value.IsPermanent ? " (permanent seat)" : string.Empty), null, seat.Value.Provenance));
                }
            }
        }

        foreach (Session session in o.Sessions)
        {
            changes.Add(new Change(session.Date, ChangeKind.SessionHeld, $"{Capitalized(SessionName(session))} held in {session.Where}", session.Host, session.Provenance));
        }

        if (LeftOn(o.Lifetime) is { } dissolved)
        {
            changes.Add(new Change(dissolved, ChangeKind.Dissolved, "Dissolved", null, o.Provenance));
        }

        return changes;
    }

    public static string SessionName(Session s) =>
        s.Ordinal is { } n ? $"{s.Series} {n}" : $"{Lower(s.Kind)} {s.Series}";

    // The date a span stops: its exclusive end, the day after an inclusive exact end, or the period
    // (year, month) in which an inclusive end falls; none when no source says it stopped.
    private static PartialDate? LeftOn(DateRange range) =>
        range.End is not { } end || range.HasUnknownEnd ? null
        : !range.IsEndInclusive || !end.IsExact || end.IsQualified || end.Earliest == new NodaTime.LocalDate(PartialDate.MaxYear, 12, 31) ? end
        : PartialDate.FromLocalDate(end.Earliest.PlusDays(1));

    private static string Because(MembershipChangeReason? reason) => reason is { } r ? $" ({Lower(r)})" : string.Empty;

    private static string Lower<T>(T value)
        where T : struct, Enum => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString()).Replace('-', ' ');

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
