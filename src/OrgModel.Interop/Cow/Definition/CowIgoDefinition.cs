using NodaTime;
using NodaTime.Text;
using OrgModel.Collections;
using OrgModel.Model;
using OrgModel.Queries;
using OrgModel.Time;

namespace OrgModel.Interop.Cow;

/// <summary>
/// Tests an organization against the Correlates of War definition of an intergovernmental
/// organization: at least three member states, regular plenary sessions at least once every ten
/// years, and a permanent secretariat with a headquarters (Pevehouse, Nordstrom, McManus and
/// Jamison 2020, "Tracking Organizations in the World", <i>Journal of Peace Research</i> 57(3)).
/// </summary>
/// <remarks>
/// <para>
/// Each criterion is answered from the recorded facts only, and an absence of records is never read
/// as a "no": an organization with no recorded sessions is <see cref="CriterionAnswer.Undecided"/> on
/// the second criterion, not failed. Most COW organizations are in that case, since COW records
/// members only.
/// </para>
/// <para>
/// Only full members that are states count toward the first criterion. A member that is an organ of a
/// state (a parliament) is not a state: the Parliamentary Assembly of Turkic States has four member
/// parliaments and no member states, so it is not an IGO by this definition, whatever it is by others.
/// </para>
/// </remarks>
public static class CowIgoDefinition
{
    private const int MaxYearsBetweenPlenaries = 10;

    /// <summary>Tests an organization on a day.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="organization">The organization.</param>
    /// <param name="on">The day: members and the secretariat are taken on it, sessions up to it.</param>
    /// <returns>The answer to each criterion, with the facts used.</returns>
    /// <exception cref="KeyNotFoundException">The catalog has no such organization.</exception>
    public static IgoDefinitionCheck Check(Catalog catalog, Id<Organization> organization, LocalDate on)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Organization o = catalog.GetOrganization(organization);
        return new IgoDefinitionCheck(organization, on, [MemberStates(catalog, o, on), Plenaries(o, on), Secretariat(o, on)]);
    }

    private static CriterionResult MemberStates(Catalog catalog, Organization o, LocalDate on)
    {
        var full = catalog.MembersOn(o.Id, on).Where(m => m.Status == MembershipStatus.Full).ToList();
        var states = full.Where(m => catalog.GetParty(m.Party).Kind == PartyKind.State).ToList();
        var organs = full.Where(m => catalog.GetParty(m.Party).StateOf is not null).ToList();
        int certain = states.Count(m => m.Certainty == Certainty.Certainly);
        EquatableArray<string> facts =
        [
            $"{states.Count} full members that are states on {Iso(on)}" + (states.Count > 0 ? $": {List(states.Select(m => m.Party.Value))}" : string.Empty),
            .. organs.Count > 0 ? [$"{organs.Count} full members that are organs of states: {List(organs.Select(m => $"{m.Party} (of {catalog.GetParty(m.Party).StateOf})"))}"] : Array.Empty<string>(),
        ];
        if (certain >= 3)
        {
            return new CriterionResult(IgoCriterion.ThreeMemberStates, CriterionAnswer.Yes, $"{certain} states are certainly full members.", facts);
        }

        if (states.Count >= 3)
        {
            return new CriterionResult(IgoCriterion.ThreeMemberStates, CriterionAnswer.Possibly, $"{states.Count} states are full members for some readings of the recorded dates, {certain} for all.", facts);
        }

        if (o.Memberships.IsEmpty)
        {
            return new CriterionResult(IgoCriterion.ThreeMemberStates, CriterionAnswer.Undecided, "The record holds no members.", facts);
        }

        string why = organs.Count > 0
            ? $"Fewer than three full members are states; {organs.Count} are organs of states (such as parliaments), which the definition does not count as states."
            : "Fewer than three full members are states on that day.";
        return new CriterionResult(IgoCriterion.ThreeMemberStates, CriterionAnswer.No, why, facts);
    }

    private static CriterionResult Plenaries(Organization o, LocalDate on)
    {
        var held = o.Sessions.Where(s => s.Kind != SessionKind.Informal && s.Date.Earliest <= on).OrderBy(s => s.Date.Earliest).ToList();
        if (held.Count == 0)
        {
            bool young = o.Founded is { } f && Day(on) - Day(f.Latest) < YearsInDays(MaxYearsBetweenPlenaries);
            return young
                ? new CriterionResult(IgoCriterion.PlenaryEveryTenYears, CriterionAnswer.Possibly, $"No session is recorded, and the organization is less than {MaxYearsBetweenPlenaries} years old.", [$"founded {o.Founded}"])
                : new CriterionResult(IgoCriterion.PlenaryEveryTenYears, CriterionAnswer.Undecided, "The record holds no sessions; that does not mean none were held.", []);
        }

        // The widest gap between recorded plenaries (and up to the day asked), at its longest and
        // shortest readings of the partial dates.
        // Founding counts as a start only when the record holds the first session: a record whose first
        // session is numbered 15 holds only part of the series. Likewise two sessions of one series whose
        // numbers are not consecutive (the 6th, then the 70th) are not a gap: the sessions numbered in
        // between were held, on days the record does not hold.
        var bounds = new List<(int Earliest, int Latest, string Label, bool AfterUnrecordedSessions)>();
        if (o.Founded is { } founded && held[0].Ordinal is null or 1)
        {
            bounds.Add((Day(founded.Earliest), Day(founded.Latest), $"founded {founded}", false));
        }

        var lastOrdinal = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Session s in held)
        {
            bool afterUnrecorded = s.Ordinal is { } n && lastOrdinal.TryGetValue(s.Series, out int previous) && n - previous > 1;
            if (s.Ordinal is { } ordinal)
            {
                lastOrdinal[s.Series] = ordinal;
            }

            bounds.Add((Day(s.Date.Earliest), Day(s.Date.Latest), $"{s.Series} {s.Ordinal?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty}".TrimEnd() + $" {s.Date}, {s.Where}", afterUnrecorded));
        }

        int today = Day(on);
        bounds.Add((today, today, $"the day asked, {Iso(on)}", false));
        int longest = 0, shortestOfLongest = 0;
        string widest = string.Empty;
        for (int i = 1; i < bounds.Count; i++)
        {
            if (bounds[i].AfterUnrecordedSessions)
            {
                continue;
            }

            int atMost = bounds[i].Latest - bounds[i - 1].Earliest;
            int atLeast = Math.Max(0, bounds[i].Earliest - bounds[i - 1].Latest);
            if (atMost > longest)
            {
                longest = atMost;
                shortestOfLongest = atLeast;
                widest = $"{bounds[i - 1].Label} → {bounds[i].Label}";
            }
        }

        int limit = YearsInDays(MaxYearsBetweenPlenaries);
        EquatableArray<string> facts = [$"{held.Count} sessions recorded up to {Iso(on)}, the first {held[0].Date} and the last {held[^1].Date}", $"the widest gap: {widest}"];
        if (longest <= limit)
        {
            return new CriterionResult(IgoCriterion.PlenaryEveryTenYears, CriterionAnswer.Yes, $"No gap between recorded sessions exceeds {MaxYearsBetweenPlenaries} years.", facts);
        }

        return shortestOfLongest <= limit
            ? new CriterionResult(IgoCriterion.PlenaryEveryTenYears, CriterionAnswer.Possibly, $"The widest gap between recorded sessions may exceed {MaxYearsBetweenPlenaries} years, depending on the recorded dates.", facts)
            : new CriterionResult(IgoCriterion.PlenaryEveryTenYears, CriterionAnswer.Undecided, $"No session is recorded for more than {MaxYearsBetweenPlenaries} years; the record may be incomplete, so this is not a no.", facts);
    }

    private static CriterionResult Secretariat(Organization o, LocalDate on)
    {
        if (o.Secretariat is not { } secretariat || secretariat.Seats.Count == 0)
        {
            return new CriterionResult(IgoCriterion.PermanentSecretariat, CriterionAnswer.Undecided, "The record holds no secretariat.", []);
        }

        Answer<TimelineEntry<Seat>> seat = secretariat.Seats.EntryAt(on);
        if (seat.TryGetValue(out TimelineEntry<Seat> entry))
        {
            EquatableArray<string> facts = [$"secretariat in {entry.Value.Place} {entry.Range}" + (entry.Value.IsPermanent ? ", permanent" : string.Empty)];
            return seat.Certainty == Certainty.Certainly
                ? new CriterionResult(IgoCriterion.PermanentSecretariat, CriterionAnswer.Yes, $"A secretariat has its seat in {entry.Value.Place.City}.", facts)
                : new CriterionResult(IgoCriterion.PermanentSecretariat, CriterionAnswer.Possibly, $"The secretariat's seat in {entry.Value.Place.City} holds on that day for some readings of its dates.", facts);
        }

        return new CriterionResult(IgoCriterion.PermanentSecretariat, CriterionAnswer.No, "The record places no secretariat seat on that day.", [.. secretariat.Seats.Select(s => $"secretariat in {s.Value.Place} {s.Range}")]);
    }

    private static int YearsInDays(int years) => (int)Math.Round(years * 365.2425);

    private static int Day(LocalDate date) => Period.DaysBetween(LocalDate.MinIsoValue, date);

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string List(IEnumerable<string> ids)
    {
        var all = ids.Order(StringComparer.Ordinal).ToList();
        return all.Count <= 12 ? string.Join(", ", all) : string.Join(", ", all.Take(12)) + $" and {all.Count - 12} more";
    }
}
