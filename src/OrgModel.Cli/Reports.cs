using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using OrgModel.Collections;
using NodaTime;
using NodaTime.Text;
using OrgModel.Model;
using OrgModel.Queries;
using OrgModel.Time;

namespace OrgModel.Cli;

/// <summary>The readable text form of each query result. Possible (not certain) facts are marked "(possibly)".</summary>
internal static class Reports
{
    public static string Show(Catalog catalog, OrganizationSnapshot s)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        string day = Iso(s.On);
        text.WriteLine($"{TerminalText.Clean(s.Name.HasValue ? s.Name.Value.ToString() : s.Organization.ToString())}{Doubt(s.Name.Certainty)}{(s.Name.HasValue ? Qualified(s.Name.Value.Provenance) : string.Empty)}");
        text.WriteLine($"as of {day} ({s.Organization})");
        text.WriteLine();

        Organization o = catalog.GetOrganization(s.Organization);
        Post? head = o.PostOf(o.Secretariat?.HeadPost ?? new Id<Post>(Post.SecretaryGeneral));
        var facts = new TextTable("Fact", "Value");
        facts.Add("Status", s.Active switch { Certainty.Certainly => "active", Certainty.Possibly => "possibly active", _ => "not active (not yet founded, or dissolved)" });
        facts.Add("Chair", s.Chair.HasValue
            ? $"{Name(catalog, s.Chair.Value.Holder, s.On)}{(s.Chair.Value.NonMemberReason is null ? string.Empty : " (not a member)")}{Doubt(s.Chair.Certainty)}{Qualified(s.Chair.Value.Provenance)}{(s.ChairActingPerson.HasValue ? $", acting: {s.ChairActingPerson.Value.Name}" : string.Empty)}"
              + string.Concat(OthersPossiblyOn(o.ChairTerms, s.On, s.Chair).Select(t => $", or {Name(catalog, t.Holder, s.On)}{Doubt(Certainty.Possibly)}{Qualified(t.Provenance)}"))
            : Absent(s, o.ChairTerms.Count > 0 || o.ChairRotation is not null));
        facts.Add("Secretary-General", s.SecretaryGeneral.HasValue
            ? $"{s.SecretaryGeneral.Value}{Doubt(s.SecretaryGeneral.Certainty)}{Qualified(s.SecretaryGeneral.Value.Provenance)}{Elected(s.SecretaryGeneral.Value)}"
              + string.Concat(OthersPossiblyOn(head?.Tenures, s.On, s.SecretaryGeneral).Select(t => $", or {t}{Doubt(Certainty.Possibly)}{Qualified(t.Provenance)}"))
            : Absent(s, head is { Tenures.Count: > 0 }));
        facts.Add("Secretariat", s.Seat.HasValue
            ? $"{s.Seat.Value.Place}{(s.Seat.Value.IsPermanent ? " (permanent seat)" : string.Empty)}{Doubt(s.Seat.Certainty)}{Qualified(s.Seat.Value.Provenance)}"
              + string.Concat(OthersPossiblyOn(o.Secretariat?.Seats, s.On, s.Seat).Select(t => $", or {t.Place}{Doubt(Certainty.Possibly)}{Qualified(t.Provenance)}"))
            : Absent(s, o.Secretariat is { Seats.Count: > 0 }));
        facts.Add("Parent", s.Parents.IsEmpty ? "—" : string.Join(", ", s.Parents.Select(p => OrganizationName(catalog, p.Value.Target, s.On) + Doubt(p.Certainty))));
        facts.Add("Affiliations", s.Affiliations.IsEmpty ? "—" : string.Join(", ", s.Affiliations.Select(p => OrganizationName(catalog, p.Value.Target, s.On) + Doubt(p.Certainty))));
        facts.Add("Last session", s.LastSession is { } last ? SessionLine(last) : "—");
        facts.Add("Next session", s.NextSession is { } next ? SessionLine(next) : "—");
        if (!s.SessionsNotRecorded.IsEmpty)
        {
            facts.Add("Not recorded", $"sessions {Numbers(s.SessionsNotRecorded)}, so the last and next sessions may be others");
        }

        facts.WriteTo(text);
        text.WriteLine();

        foreach (var group in s.Members.GroupBy(m => m.Status))
        {
            text.WriteLine($"{Plural(group.Key)} ({group.Count()})");
            var table = new TextTable("Party", "Id", "Since", "Certainty");
            foreach (MembershipOnDate m in group)
            {
                table.Add(Name(catalog, m.Party, s.On), m.Party.ToString(), Since(m), CertaintyText(m));
            }

            table.WriteTo(text, "  ");
            text.WriteLine();
        }

        DataGap? openGap = s.MembersGap.HasValue ? s.MembersGap.Value : null;
        if (s.Members.IsEmpty)
        {
            text.WriteLine(openGap is null ? "No members on that day." : "No members certainly or possibly recorded on that day.");
        }

        if (openGap is { } gap)
        {
            text.WriteLine(MayBeIncomplete(gap, s.On));
        }

        return text.ToString().TrimEnd();
    }

    private static string MayBeIncomplete(DataGap gap, LocalDate day) =>
        $"The list may be incomplete: any other party possibly belongs on {Iso(day)}, since {GapReason(gap)}";

    public static string Chair(Catalog catalog, Organization o, ImmutableArray<Answer<RotationTerm>> answers, LocalDate day)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        text.WriteLine($"Chair of {OrganizationName(catalog, o.Id, day)} on {Iso(day)}");
        Answer<RotationTerm> chair = answers.IsEmpty ? default : answers[0];
        if (!chair.HasValue)
        {
            text.WriteLine(o.ChairRotation is null ? "No chair term is recorded for that day, and no rotation rule." : "No chair term is recorded for that day, and the rotation rule says nothing about it.");
        }
        else
        {
            RotationTerm t = chair.Value;
            var facts = new TextTable("Fact", "Value");
            facts.Add("Holder", $"{Name(catalog, t.Holder, day)} ({t.Holder}){Doubt(chair.Certainty)}{Qualified(t.Provenance)}");
            facts.Add("Source", t.Origin == TermOrigin.Recorded ? "recorded" : "projected from the rotation rule");
            facts.Add("Term", Period(t.Period));
            facts.Add("Rule says", RuleSays(catalog, t, day));
            if (t.RecordedTerm?.NonMemberReason is { } reason)
            {
                facts.Add("Not a member", reason);
            }

            AddSources(facts, t.Provenance);
            foreach (Answer<RotationTerm> other in answers.Skip(1))
            {
                facts.Add("Or", $"{Name(catalog, other.Value.Holder, day)} ({other.Value.Holder}){Doubt(other.Certainty)}{Qualified(other.Value.Provenance)}, term {Period(other.Value.Period)}");
            }

            facts.WriteTo(text);
        }

        if (o.ChairRotation is { } rule)
        {
            text.WriteLine();
            text.WriteLine($"Rule: {rule}");
        }

        return text.ToString().TrimEnd();
    }

    public static string Rotation(Catalog catalog, Organization o, IReadOnlyList<RotationTerm> terms, LocalDate from, LocalDate to, bool ruleOnly)
    {
        if (terms.Count == 0)
        {
            return $"No chair terms {(ruleOnly ? "from the rule" : "recorded or projected")} between {Iso(from)} and {Iso(to)}.";
        }

        var table = new TextTable("From", "Through", "Holder", "Id", "Source", "Certainty", "Rule says");
        foreach (RotationTerm t in terms)
        {
            LocalDate on = t.Period.Start is { } start ? start.Earliest : from;
            table.Add(
                t.Period.Start?.ToString() ?? "unknown",
                Through(t.Period),
                Name(catalog, t.Holder, on),
                t.Holder.ToString(),
                t.Origin == TermOrigin.Recorded ? "recorded" : "projected",
                t.Certainty.ToInvariantString(),
                RuleSays(catalog, t, on));
        }

        string rule = o.ChairRotation is { } r ? $"{Environment.NewLine}{Environment.NewLine}Rule: {r}" : $"{Environment.NewLine}{Environment.NewLine}No rotation rule is recorded: the terms are the record's.";
        return Render(table) + rule;
    }

    // What the rule says of a term: the same holder, another one (a departure), or a deviation that explains it.
    private static string RuleSays(Catalog catalog, RotationTerm t, LocalDate day)
    {
        if (t.RuleHolder is not { } ruleHolder)
        {
            return "—";
        }

        string deviation = t.Deviation is { } d ? $" ({Word(d.Kind)} decided {d.Decided?.ToString() ?? "on a date not recorded"})" : string.Empty;
        return t.DepartsFromRule ? $"departs: the rule names {Name(catalog, ruleHolder, day)} ({ruleHolder}) from {t.RulePeriod?.Start?.ToString() ?? "unknown"}"
            : t.Origin == TermOrigin.Projected ? $"its turn{deviation}"
            : $"follows{deviation}";
    }

    private static string Period(DateRange range) => $"{range.Start?.ToString() ?? "unknown"} to {Through(range)}";

    // The last day inside a range, as people write a term ("2027-03-31"), or how its end is unknown.
    private static string Through(DateRange range) => range switch
    {
        { HasUnknownEnd: true, End: { } last } => $"{last} or later (not recorded after {last})",
        { HasUnknownEnd: true } => "unknown (until the next hand-over)",
        { End: null } => "ongoing",
        { IsEndInclusive: true, End: { } last } => last.ToString(),
        { End: { IsOneOf: true } end } => $"the day before one of the days {end} (the sources differ)",
        { End: { } end } when end.IsQualified => $"the day before {end}",
        { End: { } end } when end.Precision == DatePrecision.Day => Iso(end.Earliest.PlusDays(-1)),
        { End: { } end } => $"a day in {end} (the day is not recorded)",
    };

    public static string List(Catalog catalog, IReadOnlyList<Organization> organizations, LocalDate day)
    {
        if (organizations.Count == 0)
        {
            return "No organizations match.";
        }

        var table = new TextTable("Id", "Name", "Members", "Status");
        int open = 0;
        foreach (Organization o in organizations)
        {
            Answer<OrganizationName> name = o.NameOn(day);
            var members = catalog.MembersOn(o.Id, day);
            int certain = members.Count(m => m.Certainty == Certainty.Certainly && m.Status == MembershipStatus.Full);
            int possible = members.Count(m => m.Status == MembershipStatus.Full) - certain;
            bool mayBeMore = o.DataGapForEveryPartyOn(day).HasValue;
            open += mayBeMore ? 1 : 0;
            table.Add(
                o.Id.ToString(),
                name.HasValue ? name.Value.ToString() + Doubt(name.Certainty) : "—",
                (possible == 0 ? certain.ToString(CultureInfo.InvariantCulture) : $"{certain} (+{possible} possibly)") + (mayBeMore ? " or more" : string.Empty),
                o.IsActiveOn(day) switch { Certainty.Certainly => "active", Certainty.Possibly => "possibly active", _ => "not active" });
        }

        string footer = $"{organizations.Count} organizations; members are full members on {Iso(day)}."
            + (open == 0 ? string.Empty : $" \"or more\": {open} of them have no data for every party on that day, so any other party possibly belongs; 'orgmodel members <org>' says why.");
        return Render(table) + $"{Environment.NewLine}{Environment.NewLine}{footer}";
    }

    public static string Parties(Catalog catalog, LocalDate day)
    {
        var table = new TextTable("Id", "Name", "Kind", "Memberships");
        int open = 0;
        foreach (Party p in catalog.Parties.OrderBy(p => p.Id.Value, StringComparer.OrdinalIgnoreCase))
        {
            var memberships = catalog.MembershipsOn(p.Id, day, includeOrgans: false);
            bool mayBeMore = UnlistedPossible(catalog, memberships.Select(m => m.Organization), day, p.Id) > 0;
            open += mayBeMore ? 1 : 0;
            table.Add(p.Id.ToString(), Name(catalog, p.Id, day), Word(p.Kind), memberships.Length.ToString(CultureInfo.InvariantCulture) + (mayBeMore ? " or more" : string.Empty));
        }

        return open == 0 ? Render(table)
            : Render(table) + $"{Environment.NewLine}{Environment.NewLine}\"or more\": {open} parties possibly belong to more organizations, whose records have no data for that day; 'orgmodel memberships <party>' counts them.";
    }

    public static string Joint(Catalog catalog, Id<Party> a, Id<Party> b, IReadOnlyList<JointMembership> joint, LocalDate day, int unlisted = 0)
    {
        string leftOut = MembershipsLeftOut(unlisted, day, "both parties");
        if (joint.Count == 0)
        {
            return leftOut.Length == 0 ? $"{Name(catalog, a, day)} and {Name(catalog, b, day)} share no organization on {Iso(day)}."
                : $"{Name(catalog, a, day)} and {Name(catalog, b, day)} share no recorded organization on {Iso(day)}. " + leftOut;
        }

        var table = new TextTable("Organization", "Id", a.ToString(), b.ToString(), "Certainty");
        foreach (JointMembership j in joint)
        {
            table.Add(OrganizationName(catalog, j.Organization, day), j.Organization.ToString(), Word(j.FirstStatus), Word(j.SecondStatus), j.Certainty.ToInvariantString());
        }

        return leftOut.Length == 0 ? Render(table) : Render(table) + Environment.NewLine + leftOut;
    }

    public static string Status(Catalog catalog, StatusReport report)
    {
        string why = report.Span is { } span ? $"recorded {span.Range}{Qualified(span.Value.Provenance)}"
            : report.Status.HasValue ? "recorded"
            : report.Gap is { } gap ? GapReason(gap)
            : "no status recorded on that day";

        var table = new TextTable("Organization", "Party", "Belongs", "Status", "Why");
        table.Add(OrganizationName(catalog, report.Organization, report.On), Name(catalog, report.Party, report.On), report.Belongs.ToInvariantString(), report.Status.HasValue ? Word(report.Status.Value) + Doubt(report.Status.Certainty) : "—", why);
        return Render(table);
    }

    public static string Holder(Catalog catalog, Organization o, Post post, ImmutableArray<Answer<TimelineEntry<Tenure>>> tenures, LocalDate day)
    {
        if (tenures.IsEmpty)
        {
            return $"No holder of {post.Title} of {OrganizationName(catalog, o.Id, day)} is recorded on {Iso(day)}.";
        }

        TimelineEntry<Tenure> entry = tenures[0].Value;
        Answer<Tenure> holder = new(entry.Value, tenures[0].Certainty);
        var facts = new TextTable("Fact", "Value");
        facts.Add("Post", $"{post.Title} of {OrganizationName(catalog, o.Id, day)}");
        facts.Add("Holder", $"{holder.Value.Holder.Name}{Doubt(holder.Certainty)}{Qualified(holder.Value.Provenance)}");
        facts.Add("Role", Word(holder.Value.Role));
        facts.Add("Term", Period(entry.Range));
        facts.Add("Elected", holder.Value.ElectedOn?.ToString() ?? "—");
        facts.Add("Nominated by", holder.Value.NominatedBy is { } by ? Name(catalog, by, day) : "—");
        AddSources(facts, holder.Value.Provenance);
        foreach (Answer<TimelineEntry<Tenure>> other in tenures.Skip(1))
        {
            facts.Add("Or", $"{other.Value.Value.Holder.Name}{Doubt(other.Certainty)}{Qualified(other.Value.Value.Provenance)}, term {Period(other.Value.Range)}");
        }

        return Render(facts);
    }

    public static string IgoCheck(Catalog catalog, Interop.Cow.IgoDefinitionCheck check)
    {
        var table = new TextTable("Criterion", "Answer", "Why", "Facts used");
        foreach (Interop.Cow.CriterionResult c in check.Criteria)
        {
            string criterion = c.Criterion switch
            {
                Interop.Cow.IgoCriterion.ThreeMemberStates => "at least three member states",
                Interop.Cow.IgoCriterion.PlenaryEveryTenYears => "a plenary at least every ten years",
                _ => "a permanent secretariat",
            };
            table.Add(criterion, Word(c.Answer), c.Explanation, c.Facts.IsEmpty ? "—" : string.Join("; ", c.Facts));
        }

        return $"{OrganizationName(catalog, check.Organization, check.On)} against the COW definition of an IGO, on {Iso(check.On)}: {Word(check.IsIgo)}{Environment.NewLine}{Environment.NewLine}{Render(table)}";
    }

    public static string Agreements(Catalog catalog, Organization o)
    {
        if (o.Agreements.IsEmpty)
        {
            return $"{o.Id} records no agreements.";
        }

        var text = new StringWriter(CultureInfo.InvariantCulture);
        foreach (Agreement a in o.Agreements)
        {
            text.WriteLine($"{a.Title} ({a.Id}, {Word(a.Kind)}){Qualified(a.Provenance)}");
            text.WriteLine($"  signed {a.SignedOn?.ToString() ?? "on a date not recorded"}{(a.Place is { } place ? $" at {place}" : string.Empty)}; in force {a.EntryIntoForce?.ToString() ?? "on a date not recorded"}");
            var table = new TextTable("Party", "Id", "Signed as", "Consent", "In force for it");
            foreach (Id<Party> party in a.Signatories.Select(s => s.Party).Concat(a.Consents.Select(c => c.Party)).Distinct())
            {
                LocalDate on = a.SignedOn?.Earliest ?? new LocalDate(2000, 1, 1);
                Signatory? signatory = a.Signatories.FirstOrDefault(s => s.Party == party);
                var consents = a.Consents.Where(c => c.Party == party).Select(c => $"{Word(c.Kind)} {c.Date}{Qualified(c.Provenance)}");
                table.Add(Name(catalog, party, on), party.ToString(), signatory?.Capacity ?? "—", string.Join("; ", consents) is { Length: > 0 } c ? c : "—", a.EntryIntoForceFor(party)?.ToString() ?? "—");
            }

            table.WriteTo(text, "  ");
            text.WriteLine();
        }

        return text.ToString().TrimEnd();
    }

    // Why a data gap leaves a question open: the same words in status and members.
    private static string GapReason(DataGap gap) =>
        (gap.Kind == DataGapKind.Disputed ? "the sources disagree for that day" : $"the source has no data for that day ({Word(gap.Kind)})")
        + (gap.Provenance.Note is { } note ? ": " + note : string.Empty);

    // An enumeration value as the JSON format writes it (full, sessionHeld, newOrder), so tables and --json say the same words.
    public static string Word<T>(T value)
        where T : struct, Enum => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    // possiblyLeftOut: members left out because they only possibly belong on the day; openGap: a data
    // gap for every party that covers the day, so that any party not listed possibly belongs. A table
    // says both, since an empty or short list must not read as a certain "no". eitherWay: parties whose
    // status is only possible but that certainly belong in one status or another.
    public static string Members(Catalog catalog, IReadOnlyList<MembershipOnDate> members, LocalDate day, int possiblyLeftOut = 0, DataGap? openGap = null, IReadOnlySet<Id<Party>>? eitherWay = null)
    {
        string leftOut = MembersLeftOut(day, possiblyLeftOut, openGap);
        if (members.Count == 0)
        {
            return leftOut.Length == 0 ? $"No members match on {Iso(day)}." : $"No members certainly match on {Iso(day)}. " + leftOut;
        }

        var table = new TextTable("Party", "Id", "Status", "Since", "Certainty");
        foreach (MembershipOnDate m in members)
        {
            string certainty = eitherWay?.Contains(m.Party) == true
                ? CertaintyText(m) + "; certainly a member in one status or another"
                : CertaintyText(m);
            table.Add(Name(catalog, m.Party, day), m.Party.ToString(), Word(m.Status), Since(m), certainty);
        }

        return leftOut.Length == 0 ? Render(table) : Render(table) + Environment.NewLine + leftOut;
    }

    // What a list of members leaves open, in words: the members it leaves out because they only
    // possibly belong, and a data gap that leaves any other party possibly a member; empty when neither.
    public static string MembersLeftOut(LocalDate day, int possiblyLeftOut, DataGap? openGap)
    {
        string leftOut = possiblyLeftOut == 0 ? string.Empty
            : $"{possiblyLeftOut} more possibly {(possiblyLeftOut == 1 ? "belongs" : "belong")} on {Iso(day)}; add --include-possible to list {(possiblyLeftOut == 1 ? "it" : "them")}.";
        return openGap is { } gap ? (leftOut.Length == 0 ? string.Empty : leftOut + Environment.NewLine) + MayBeIncomplete(gap, day) : leftOut;
    }

    // The organizations a list of memberships leaves out although every given party possibly belongs
    // to them on the day, since their record has no data for it then (BelongsOn's rule): COW's years
    // after 2014, its missing years, the UN Security Council's elected members before 2020.
    public static int UnlistedPossible(Catalog catalog, IEnumerable<Id<Organization>> listed, LocalDate day, params Id<Party>[] parties)
    {
        var shown = listed.ToHashSet();
        return catalog.Organizations.Count(o => !shown.Contains(o.Id) && parties.All(p => o.BelongsOn(p, day) != Certainty.No));
    }

    // A list of memberships that leaves such organizations out says so, with how to ask about one.
    public static string MembershipsLeftOut(int unlisted, LocalDate day, string who) => unlisted == 0 ? string.Empty
        : $"The list may be incomplete: on {Iso(day)} {who} possibly {(who.StartsWith("both", StringComparison.Ordinal) ? "belong" : "belongs")} to {unlisted} more {(unlisted == 1 ? "organization, whose record has" : "organizations, whose records have")} no data for that day; 'orgmodel status <org> <party>' says why for one.";

    public static string Memberships(Catalog catalog, IReadOnlyList<MembershipOnDate> memberships, LocalDate day, int unlisted = 0)
    {
        string leftOut = MembershipsLeftOut(unlisted, day, "the party");
        if (memberships.Count == 0)
        {
            return leftOut.Length == 0 ? $"No memberships on {Iso(day)}." : $"No memberships recorded on {Iso(day)}. " + leftOut;
        }

        var table = new TextTable("Organization", "Id", "Status", "Through", "Since", "Certainty");
        foreach (MembershipOnDate m in memberships)
        {
            table.Add(OrganizationName(catalog, m.Organization, day), m.Organization.ToString(), Word(m.Status),
                m.Via is { } t ? Name(catalog, t, day) : "—", Since(m), CertaintyText(m));
        }

        return leftOut.Length == 0 ? Render(table) : Render(table) + Environment.NewLine + leftOut;
    }

    public static string History(Organization o, IReadOnlyList<Change> changes, LocalDate from, LocalDate to)
    {
        if (changes.Count == 0)
        {
            return $"No recorded changes in {o.Id} from {Iso(from)} to {Iso(to)}.";
        }

        var table = new TextTable("Date", "Change", "What", "Source");
        foreach (Change c in changes)
        {
            table.Add(c.Date.ToString(), Word(c.Kind), c.Description, c.Provenance.Sources.Count == 0 ? "—" : c.Provenance.Sources[0].Title + (c.Provenance.Sources.Count > 1 ? $" (+{c.Provenance.Sources.Count - 1})" : string.Empty));
        }

        return Render(table);
    }

    public static string Sessions(Catalog catalog, Organization o, IReadOnlyList<Session> sessions, EquatableArray<UnrecordedSessions> notRecorded)
    {
        string lacking = SessionsNotRecorded(notRecorded);
        if (sessions.Count == 0)
        {
            return $"No sessions recorded for {o.Id}." + (lacking.Length == 0 ? string.Empty : Environment.NewLine + lacking);
        }

        var table = new TextTable("Series", "No.", "Kind", "Dates", "Where", "Host", "Chair at the time");
        foreach (Session s in sessions)
        {
            LocalDate first = s.Date.Earliest;
            string chairText;
            var (ending, starting) = ChairTermsLinkedTo(o, s);
            if (ending is not null && starting is not null && ending.Holder != starting.Holder)
            {
                // The chair passed at this session; which of the two presided is the organization's practice, not the record's.
                chairText = $"{Name(catalog, ending.Holder, first)} → {Name(catalog, starting.Holder, first)}";
            }
            else if ((ending ?? starting) is { } linked)
            {
                chairText = Name(catalog, linked.Holder, first);
            }
            else
            {
                Answer<ChairTerm> chair = o.ChairOn(first);
                chairText = chair.HasValue ? Name(catalog, chair.Value.Holder, first) + Doubt(chair.Certainty) : "—";
            }

            table.Add(s.Series, s.Ordinal?.ToString(CultureInfo.InvariantCulture) ?? "—", Word(s.Kind), Dates(s), s.Where,
                s.Host is { } h ? Name(catalog, h, first) : "—", chairText);
        }

        return lacking.Length == 0 ? Render(table) : Render(table) + Environment.NewLine + Environment.NewLine + lacking;
    }

    // The numbered sessions a record lacks, in words; empty when it lacks none.
    public static string SessionsNotRecorded(EquatableArray<UnrecordedSessions> runs) => runs.IsEmpty
        ? string.Empty
        : $"Not recorded: sessions {Numbers(runs)} (their numbers are missing from the record).";

    // Runs of session numbers, each series named once: "general-assembly 2, 4–5, 7–50; summit 1–2".
    private static string Numbers(EquatableArray<UnrecordedSessions> runs) =>
        string.Join("; ", runs.GroupBy(run => run.Series, StringComparer.Ordinal)
            .Select(series => $"{series.Key} {string.Join(", ", series.Select(run => run.First == run.Last ? run.First.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{run.First}–{run.Last}")))}"));

    // The recorded chair terms the record ties to a session: the one that ends at it and the one that begins at it.
    private static (ChairTerm? Ending, ChairTerm? Starting) ChairTermsLinkedTo(Organization o, Session s)
    {
        ChairTerm? ending = null, starting = null;
        foreach (TimelineEntry<ChairTerm> term in o.ChairTerms)
        {
            if (term.Value.EndsAtSession == s.Id)
            {
                ending = term.Value;
            }

            if (term.Value.StartsAtSession == s.Id)
            {
                starting = term.Value;
            }
        }

        return (ending, starting);
    }

    private static string Render(TextTable table)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        table.WriteTo(text);
        return text.ToString().TrimEnd();
    }

    private static string Name(Catalog catalog, Id<Party> party, LocalDate day) => catalog.DisplayNameOn(party, day);

    private static string OrganizationName(Catalog catalog, Id<Organization> id, LocalDate day) =>
        catalog.TryGetOrganization(id, out Organization? o) && o.NameOn(day).TryGetValue(out OrganizationName? name) ? $"{name.Name} ({id})" : id.ToString();

    private static string SessionLine(Session s) => $"{s.Series} {(s.Ordinal is { } n ? n.ToString(CultureInfo.InvariantCulture) : Word(s.Kind))}, {Dates(s)}, {s.Where}";

    private static string Dates(Session s) => s.LastDay is { } last ? $"{s.Date} – {last}" : s.Date.ToString();

    private static string Elected(Tenure t) => t.ElectedOn is { } e ? $" (elected {e})" : string.Empty;

    // When an active organization's record holds a fact on other days but not on this one, the
    // record is silent, which is not the same as the organization having none.
    private static string Absent(OrganizationSnapshot s, bool recordedOnOtherDays) =>
        recordedOnOtherDays && s.Active != Certainty.No ? "not recorded for that day" : "—";

    private static string Doubt(Certainty c) => c == Certainty.Possibly ? " (possibly)" : string.Empty;

    // Marks a value whose record is disputed (its sources disagree on it or on part of it, a day or a
    // bound; the record keeps both readings) or inferred (no source states it; the record derives it
    // from a practice the sources document). The record's note says which and why.
    private static string Qualified(Provenance p) => (p.IsInferred, p.IsDisputed) switch
    {
        (true, true) => " (inferred; sources disagree)",
        (true, false) => " (inferred)",
        (false, true) => " (sources disagree)",
        _ => string.Empty,
    };

    // The other values a timeline possibly holds on a day when the one shown is itself only possible:
    // around a handover whose day no source gives, the outgoing and the incoming holder are both possible.
    private static IEnumerable<T> OthersPossiblyOn<T>(Timeline<T>? timeline, LocalDate day, Answer<T> shown)
        where T : class =>
        timeline is null || !shown.HasValue || shown.Certainty != Certainty.Possibly
            ? []
            : timeline.EntriesAt(day).Select(e => e.Value.Value).Where(v => !v.Equals(shown.Value));

    // Since when the status has been held without a break (not the answering span's start).
    private static string Since(MembershipOnDate m) => m.HeldSince?.ToString() ?? "unknown";

    private static string CertaintyText(MembershipOnDate m) =>
        m.Certainty.ToInvariantString() + (m.Provenance.IsInferred ? ", inferred" : string.Empty) + (m.Provenance.IsDisputed ? ", sources disagree" : string.Empty);

    // The sources of a fact and, when they disagree or the fact is inferred, how: the lines a user
    // needs to check an answer.
    private static void AddSources(TextTable facts, Provenance p)
    {
        facts.Add("Sources", p.Sources.IsEmpty ? "—" : string.Join("; ", p.Sources.Select(source => source.Url?.OriginalString ?? source.Title)));
        if (p.Note is { } note)
        {
            facts.Add(p.IsDisputed ? "Disputed" : p.IsInferred ? "Inferred" : "Note", note);
        }
    }

    private static string Plural(MembershipStatus status) => status switch
    {
        MembershipStatus.Full => "Members",
        MembershipStatus.Associate => "Associate members",
        MembershipStatus.Observer => "Observers",
        _ => "Suspended members",
    };

    private static string Iso(LocalDate day) => LocalDatePattern.Iso.Format(day);
}
