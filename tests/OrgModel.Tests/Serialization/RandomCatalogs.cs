using CsCheck;
using OrgModel.Collections;
using OrgModel.Model;
using OrgModel.Time;

namespace OrgModel.Tests.Serialization;

/// <summary>
/// Random valid catalogs for property tests: every kind of fact the format carries, with dates of
/// mixed precision, non-ASCII text, unknown starts and ends, disputed provenance.
/// </summary>
internal static class RandomCatalogs
{
    public static Gen<Catalog> Gen { get; } = Sized(maxStates: 6, maxOrganizations: 3);

    /// <summary>Catalogs with many members and organizations, so that a party's or an organization's list spans many index blocks.</summary>
    public static Gen<Catalog> Large { get; } = Sized(maxStates: 40, maxOrganizations: 24);

    private static Gen<Catalog> Sized(int maxStates, int maxOrganizations) =>
        CsCheck.Gen.Select(CsCheck.Gen.Int, CsCheck.Gen.Int[1, maxStates], CsCheck.Gen.Int[1, maxOrganizations]).Select((seed, states, orgs) => Build(new Random(seed), states, orgs));

    private static readonly string[] Words = ["Türkiye", "Dolmabahçe", "Qazaqstan", "Ўзбекистон", "Assembly", "Council", "“quoted”", "a\\b", "line\nbreak", "tab\there", "emoji 🌍", "O'Brien"];

    private static Catalog Build(Random r, int stateCount, int orgCount)
    {
        var states = Enumerable.Range(0, stateCount).Select(i => new Party(
            new Id<Party>($"s{i}"),
            PartyKind.State,
            Names(r, i),
            r.Next(2) == 0 ? $"{(char)('A' + (i % 26))}{(char)('A' + (i / 26))}A" : null,
            identifiers: r.Next(2) == 0 ? default : [new ExternalIdentifier(IdentifierSchemes.Wikidata, $"Q{r.Next(1, 100000)}")],
            provenance: RandomProvenance(r),
            existence: r.Next(3) == 0 ? Consecutive(r, 1800, r.Next(1, 3), _ => 0).Select(e => e.Range).ToEquatableArray() : default)).ToList();
        var parties = new List<Party>(states);
        if (r.Next(2) == 0)
        {
            parties.Add(new Party(new Id<Party>("leg0"), PartyKind.Legislature, Timeline.Exclusive(TimelineEntry.Create(default, "Parliament of " + Word(r))), stateOf: new Id<Party>("s0")));
        }

        var orgIds = Enumerable.Range(0, orgCount).Select(i => $"o{i}").ToList();
        if (r.Next(2) == 0)
        {
            // Members that are not states: another organization, and a contested entity.
            states.Add(new Party(new Id<Party>("org-member"), PartyKind.Organization, Timeline.Exclusive(TimelineEntry.Create(default, Word(r) + " Organization")), organization: new Id<Organization>(orgIds[^1])));
            states.Add(new Party(new Id<Party>("entity"), PartyKind.OtherEntity, Timeline.Exclusive(TimelineEntry.Create(default, Word(r) + " Entity"))));
            parties.AddRange(states.TakeLast(2));
        }

        var organizations = orgIds.Select(id => RandomOrganization(r, id, states, orgIds)).ToList();
        return new Catalog(parties, organizations);
    }

    private static Organization RandomOrganization(Random r, string id, List<Party> states, List<string> orgIds)
    {
        int founded = r.Next(1900, 2000);
        var members = states.Where(_ => r.Next(3) > 0).ToList();
        var memberships = members.Select(m => new Membership(m.Id, Consecutive(r, founded, r.Next(1, 4), _ =>
            new StatusSpan((MembershipStatus)r.Next(3), Maybe(r, (MembershipChangeReason)r.Next(10)), Maybe(r, (MembershipChangeReason)r.Next(10)), RandomProvenance(r))))).ToEquatableArray();
        var sessions = Enumerable.Range(1, r.Next(0, 4)).Select(n => new Session(
            new Id<Session>($"plenary-{n}"), "plenary", n, (SessionKind)r.Next(3), Date(r, founded + (n * 3)), new Place(Word(r), r.Next(2) == 0 ? Word(r) : null, states[r.Next(states.Count)].Id),
            r.Next(2) == 0 ? null : Date(r, founded + (n * 3) + 1), states[r.Next(states.Count)].Id,
            [new AdoptedDocument(Word(r) + " Declaration", (DocumentKind)r.Next(5))], RandomProvenance(r), (SessionFormat)r.Next(3))).ToEquatableArray();
        var posts = r.Next(2) == 0 ? EquatableArray<Post>.Empty : [
            new Post(new Id<Post>(Post.SecretaryGeneral), "Secretary-General", Consecutive(r, founded, r.Next(1, 4), i =>
                new Tenure(new Person(new Id<Person>($"p{i}"), Word(r), [Word(r)]), (TenureRole)r.Next(4), r.Next(2) == 0 ? null : new PartialDate(founded - 1), states[r.Next(states.Count)].Id, RandomProvenance(r)))),
            new Post(new Id<Post>("deputy"), "Deputy " + Word(r), Timeline.AllowingOverlaps(
                TimelineEntry.Create(DateRange.From(new PartialDate(founded)), new Tenure(new Person(new Id<Person>("d1"), Word(r)))),
                TimelineEntry.Create(DateRange.WithUnknownEnd(Date(r, founded + 1)), new Tenure(new Person(new Id<Person>("d2"), Word(r))))), maxHolders: 2)];
        Timeline<ChairTerm>? chairs = null;
        var ongoing = memberships.Where(m => m.Statuses[^1].Range.IsOngoing).ToList();
        if (ongoing.Count > 0 && r.Next(2) == 0)
        {
            // Chair terms start long after every membership began, and go to members still in.
            chairs = Consecutive(r, 2100, r.Next(1, 4), _ => r.Next(4) == 0
                ? new ChairTerm(states[r.Next(states.Count)].Id, nonMemberReason: "Host of the " + Word(r) + " summit", provenance: RandomProvenance(r))
                : new ChairTerm(
                ongoing[r.Next(ongoing.Count)].Party,
                actingPersons: r.Next(2) == 0 ? null : Timeline.Exclusive(TimelineEntry.Create(DateRange.From(new PartialDate(2100)), new Person(new Id<Person>("acting"), Word(r)))),
                provenance: RandomProvenance(r)));
        }

        var agreement = new Agreement(
            new Id<Agreement>("founding"), AgreementKind.Founding, Word(r) + " Agreement", new PartialDate(founded), new Place(Word(r)),
            members.Select(m => new Signatory(m.Id, "Head of State", r.Next(2) == 0 ? Word(r) : null)).ToEquatableArray(),
            members.Select(m => new Consent(m.Id, (ConsentKind)r.Next(7), Date(r, founded + 1), r.Next(3) == 0 ? new PartialDate(founded + 3) : null)).ToEquatableArray(),
            r.Next(2) == 0 ? Word(r) : null,
            r.Next(2) == 0 ? new EntryIntoForceRule(r.Next(1, 4), r.Next(0, 60), r.Next(2) == 0 ? 30 : null, Word(r)) : null,
            r.Next(2) == 0 ? new PartialDate(founded + 2) : null,
            members.Take(1).Select(m => new Withdrawal(m.Id, WithdrawalKind.Denunciation, new PartialDate(founded + 50), r.Next(2) == 0 ? new PartialDate(founded + 51) : null)).ToEquatableArray(),
            RandomProvenance(r));
        var relations = orgIds.Where(o => o != id && r.Next(2) == 0).Select(o => new OrganizationRelation((RelationKind)r.Next(3), new Id<Organization>(o), DateRange.WithUnknownEnd(new PartialDate(founded)))).ToEquatableArray();
        var secretariat = r.Next(2) == 0 ? null : new Secretariat(
            Consecutive(r, founded, r.Next(1, 3), _ => new Seat(new Place(Word(r)), r.Next(2) == 0, r.Next(2) == 0 ? new PartialDate(founded) : null, RandomProvenance(r))),
            new Id<Agreement>("founding"),
            posts.IsEmpty ? (Id<Post>?)null : new Id<Post>(Post.SecretaryGeneral));
        // Some organizations end, replaced by another of the catalog or by none that is named.
        bool ends = chairs is null && r.Next(3) == 0;
        PartialDate? dissolved = ends ? Date(r, founded + 60) : null;
        bool endsThrough = ends && r.Next(2) == 0;
        EquatableArray<SuccessionEvent> succession = ends
            ? [new SuccessionEvent((SuccessionKind)r.Next(2, 5), dissolved!.Value, r.Next(2) == 0 ? (Id<Organization>?)null : new Id<Organization>(orgIds[r.Next(orgIds.Count)]), RandomProvenance(r))]
            : [];
        return new Organization(
            new Id<Organization>(id),
            (OrganizationClassification)r.Next(4),
            Consecutive(r, founded, r.Next(1, 3), _ => new OrganizationName(Word(r), r.Next(2) == 0 ? null : Word(r).ToUpperInvariant(), RandomProvenance(r))),
            new PartialDate(founded),
            endsThrough ? null : dissolved,
            [new ExternalIdentifier(IdentifierSchemes.Wikidata, $"Q{r.Next(1, 100000)}")],
            relations,
            succession,
            memberships,
            [agreement],
            sessions,
            secretariat,
            posts,
            chairs,
            RandomProvenance(r),
            r.Next(2) == 0 ? default : [new DataGap(DataGapKind.Missing, DateRange.Between(new PartialDate(founded), new PartialDate(founded + 1))), PartyGap(r, DateRange.From(Date(r, founded + 5)), states[r.Next(states.Count)].Id), new DataGap(DataGapKind.Missing, DateRange.BetweenInclusive(AnyDate(r, founded + 2), AnyDate(r, founded + 3)))],
            endsThrough ? dissolved : null);
    }

    // Entries on consecutive distinct years (any precision or qualifier), each handing over to the next
    // (an exclusive end), the last one ongoing, unknown-ended, or closed until or through a date.
    private static Timeline<T> Consecutive<T>(Random r, int fromYear, int count, Func<int, T> value)
    {
        var bounds = Enumerable.Range(0, count + 1).Select(i => AnyDate(r, fromYear + (i * 3) + r.Next(0, 3))).ToArray();
        var entries = new List<TimelineEntry<T>>();
        for (int i = 0; i < count; i++)
        {
            PartialDate? start = i == 0 && r.Next(5) == 0 ? null : bounds[i];
            DateRange range = i < count - 1 ? new DateRange(start, bounds[i + 1])
                : r.Next(4) switch
                {
                    0 => new DateRange(start, null),
                    1 => DateRange.WithUnknownEnd(start),
                    2 => new DateRange(start, bounds[i + 1], endIsInclusive: true),
                    _ => new DateRange(start, bounds[i + 1]),
                };
            entries.Add(TimelineEntry.Create(range, value(i)));
        }

        return Timeline.Exclusive(entries);
    }

    private static Timeline<string> Names(Random r, int i) =>
        r.Next(2) == 0 ? Timeline.Exclusive(TimelineEntry.Create(default, $"State {i} {Word(r)}")) : Consecutive(r, 1950, 2, k => $"State {i} name {k} {Word(r)}");

    private static PartialDate Date(Random r, int year) => r.Next(3) switch
    {
        0 => new PartialDate(year),
        1 => new PartialDate(year, r.Next(1, 13)),
        _ => new PartialDate(year, r.Next(1, 13), r.Next(1, 29)),
    };

    // A date of any precision the model holds, decades and centuries included, sometimes qualified.
    private static PartialDate AnyDate(Random r, int year)
    {
        PartialDate date = r.Next(10) switch
        {
            0 => PartialDate.OfDecade(year - (year % 10)),
            1 when year >= 200 => PartialDate.OfCentury(year - (year % 100)),
            _ => Date(r, year),
        };
        return r.Next(4) == 0 ? date.WithQualifier((DateQualifier)r.Next(1, 4)) : date;
    }

    // A gap for one party of any kind; a disputed one cites the sources that disagree, as the model requires.
    private static DataGap PartyGap(Random r, DateRange during, Id<Party> party) => r.Next(3) switch
    {
        0 => new DataGap(DataGapKind.Missing, during, party),
        1 => new DataGap(DataGapKind.NotInSystem, during, party),
        _ => new DataGap(DataGapKind.Disputed, during, party, new Provenance([new Source("A source that codes a member")], isDisputed: true, note: "Sources disagree whether it belonged.")),
    };

    private static Provenance RandomProvenance(Random r) => r.Next(5) switch
    {
        0 => Provenance.None,
        1 => Provenance.From(new Source(Word(r), new Uri($"https://example.org/{r.Next(1000)}?q={Uri.EscapeDataString(Word(r))}"), Date(r, 2026), r.Next(2) == 0 ? null : Word(r), r.Next(2) == 0 ? null : Date(r, 2026))),
        2 => new Provenance([new Source(Word(r))], isDisputed: true, note: Word(r)),
        3 => new Provenance([new Source(Word(r))], isDisputed: r.Next(2) == 0, note: Word(r), isInferred: true),
        _ => new Provenance(note: Word(r)),
    };

    private static string Word(Random r) => Words[r.Next(Words.Length)];

    private static T? Maybe<T>(Random r, T value)
        where T : struct => r.Next(2) == 0 ? null : value;
}
