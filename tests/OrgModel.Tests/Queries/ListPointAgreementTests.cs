using CsCheck;
using NodaTime;
using OrgModel.Model;
using OrgModel.Queries;
using OrgModel.Tests.Serialization;
using OrgModel.Time;

namespace OrgModel.Tests.Queries;

/// <summary>One rule decides a membership on a day: the list queries answer what the point query answers.</summary>
public class ListPointAgreementTests
{
    [Fact]
    public void An_imprecise_founding_does_not_make_the_lists_contradict_the_status()
    {
        // Founded "2000"; full from 2000-01-01 to 2000-12-01, observer during 2000.
        var statuses = Timeline.Exclusive(
            TimelineEntry.Create(DateRange.Between(new PartialDate(2000, 1, 1), new PartialDate(2000, 12, 1)), new StatusSpan(MembershipStatus.Full)),
            TimelineEntry.Create(DateRange.Between(new PartialDate(2000), new PartialDate(2001)), new StatusSpan(MembershipStatus.Observer)));
        var organization = new Organization(
            new Id<Organization>("x"),
            OrganizationClassification.Other,
            Timeline.Exclusive(TimelineEntry.Create(DateRange.From(new PartialDate(2000)), new OrganizationName("X"))),
            founded: new PartialDate(2000),
            memberships: [new Membership(new Id<Party>("kaz"), statuses)]);
        var catalog = new Catalog([new Party(new Id<Party>("kaz"), PartyKind.State, Timeline.Exclusive(TimelineEntry.Create(default, "Kazakhstan")))], [organization]);
        var day = new LocalDate(2000, 6, 1);

        Answer<MembershipStatus> point = catalog.StatusOn(new Id<Organization>("x"), new Id<Party>("kaz"), day);

        point.ToString().Should().Be("possibly Full");
        catalog.MembersOn(new Id<Organization>("x"), day).Single().Should().Match<MembershipOnDate>(m => m.Status == MembershipStatus.Full && m.Certainty == Certainty.Possibly);
        catalog.MembershipsOn(new Id<Party>("kaz"), day).Single().Should().Match<MembershipOnDate>(m => m.Status == MembershipStatus.Full && m.Certainty == Certainty.Possibly);
        catalog.SnapshotOn(new Id<Organization>("x"), day).Members.Single().Status.Should().Be(MembershipStatus.Full);
    }

    [Fact]
    public void Every_list_answer_equals_the_point_answer_on_random_catalogs_and_days() =>
        ListsAgreeWithPointAnswers(RandomCatalogs.Gen, iterations: 300);

    [Fact]
    public void Every_list_answer_equals_the_point_answer_on_catalogs_with_dozens_of_members_and_organizations() =>
        ListsAgreeWithPointAnswers(RandomCatalogs.Large, iterations: 60);

    private static void ListsAgreeWithPointAnswers(Gen<Catalog> catalogs, int iterations) =>
        Gen.Select(catalogs, Gen.Int[1900, 2120], Gen.Int[0, 364]).Sample((catalog, year, offset) =>
        {
            var day = new LocalDate(year, 1, 1).PlusDays(offset);
            foreach (Organization o in catalog.Organizations)
            {
                var expected = o.Memberships
                    .Select(m => (Party: m.Party.Value, Answer: o.StatusOn(m.Party, day)))
                    .Where(x => x.Answer.HasValue)
                    .Select(x => (x.Party, Status: x.Answer.Value, x.Answer.Certainty))
                    .OrderBy(x => x.Status)
                    .ThenBy(x => x.Party, StringComparer.OrdinalIgnoreCase)
                    .ToList();
                var members = catalog.MembersOn(o.Id, day).Select(m => (Party: m.Party.Value, m.Status, m.Certainty));
                if (!members.SequenceEqual(expected))
                {
                    return false;
                }

                foreach (var (party, status, certainty) in expected)
                {
                    if (!catalog.MembershipsOn(new Id<Party>(party), day, includeOrgans: false).Any(m => m.Organization == o.Id && m.Status == status && m.Certainty == certainty))
                    {
                        return false;
                    }
                }
            }

            return true;
        }, iter: iterations);
}

/// <summary>Joint memberships are exactly the organizations both parties' own memberships share.</summary>
public class JointMembershipTests
{
    [Fact]
    public void Joint_memberships_equal_the_intersection_of_both_parties_memberships_on_random_catalogs_and_days() =>
        JointIsTheIntersection(RandomCatalogs.Gen, iterations: 100);

    [Fact]
    public void Joint_memberships_equal_the_intersection_on_catalogs_with_dozens_of_members_and_organizations() =>
        JointIsTheIntersection(RandomCatalogs.Large, iterations: 20);

    [Fact]
    public void Joint_memberships_of_a_party_with_few_organizations_in_a_catalog_of_thousands_are_found_either_way_round()
    {
        // 2,000 organizations: the party with three memberships keeps no bitmap of them (32 words would
        // cost more than its records), so its side is searched, not bit-tested.
        var origin = new LocalDate(2000, 1, 1);
        var parties = new[] { "big", "few", "small" }.Select(p => new Party(new Id<Party>(p), PartyKind.State, Timeline.Exclusive(TimelineEntry.Create(default, p)))).ToArray();
        Membership Member(string party, int from) =>
            new(new Id<Party>(party), Timeline.Exclusive(TimelineEntry.Create(DateRange.From(PartialDate.FromLocalDate(origin.PlusDays(from))), new StatusSpan(MembershipStatus.Full))));
        var organizations = Enumerable.Range(0, 2000).Select(i => new Organization(
            new Id<Organization>($"o{i:D4}"),
            OrganizationClassification.Other,
            Timeline.Exclusive(TimelineEntry.Create(DateRange.From(PartialDate.FromLocalDate(origin)), new OrganizationName($"O{i}"))),
            memberships: [Member("big", 0), .. i is 5 or 1000 or 1999 ? [Member("small", i)] : Array.Empty<Membership>(), .. i is 5 or 1999 ? [Member("few", 0)] : Array.Empty<Membership>()]));
        var catalog = new Catalog(parties, organizations);

        catalog.JointMembershipsOn(new Id<Party>("big"), new Id<Party>("small"), origin.PlusDays(1500)).Select(j => j.Organization.Value)
            .Should().Equal("o0005", "o1000");
        catalog.JointMembershipsOn(new Id<Party>("small"), new Id<Party>("big"), origin.PlusDays(1999)).Select(j => j.Organization.Value)
            .Should().Equal("o0005", "o1000", "o1999");
        catalog.JointMembershipsOn(new Id<Party>("small"), new Id<Party>("big"), origin.PlusDays(4)).Should().BeEmpty();
        catalog.JointMembershipsOn(new Id<Party>("few"), new Id<Party>("small"), origin.PlusDays(1999)).Select(j => j.Organization.Value)
            .Should().Equal(["o0005", "o1999"], "neither list keeps a bitmap, so the other party's organizations are searched");
    }

    private static void JointIsTheIntersection(Gen<Catalog> catalogs, int iterations) =>
        Gen.Select(catalogs, Gen.Int[1900, 2120], Gen.Int[0, 364]).Sample((catalog, year, offset) =>
        {
            var day = new LocalDate(year, 1, 1).PlusDays(offset);
            var parties = catalog.Parties.Select(p => p.Id).ToList();
            foreach (Id<Party> first in parties)
            {
                foreach (Id<Party> second in parties)
                {
                    var a = catalog.MembershipsOn(first, day, includeOrgans: false).ToDictionary(m => m.Organization);
                    var expected = catalog.MembershipsOn(second, day, includeOrgans: false)
                        .Where(m => a.ContainsKey(m.Organization))
                        .Select(m => (m.Organization, First: a[m.Organization].Status, Second: m.Status, Certainty: a[m.Organization].Certainty.And(m.Certainty)))
                        .OrderBy(x => x.Organization.Value, StringComparer.OrdinalIgnoreCase);
                    var actual = catalog.JointMembershipsOn(first, second, day).Select(j => (j.Organization, j.FirstStatus, j.SecondStatus, j.Certainty));
                    if (!actual.SequenceEqual(expected))
                    {
                        return false;
                    }
                }
            }

            return true;
        }, iter: iterations);
}

/// <summary>The remembered answers of list queries stay bounded by the catalog's size, whatever is asked.</summary>
public class AnswerMemoTests
{
    [Fact]
    public void Members_stepping_through_days_do_not_make_the_remembered_answers_grow_quadratically()
    {
        const int n = 2_000;
        var origin = new LocalDate(2000, 1, 1);
        PartialDate Day(int i) => PartialDate.FromLocalDate(origin.PlusDays(i));
        var parties = Enumerable.Range(0, n).Select(i => new Party(new Id<Party>($"p{i}"), PartyKind.State, Timeline.Exclusive(TimelineEntry.Create(default, $"P{i}")))).ToArray();
        var memberships = Enumerable.Range(0, n).Select(i => new Membership(new Id<Party>($"p{i}"), Timeline.Exclusive(TimelineEntry.Create(DateRange.From(Day(i)), new StatusSpan(MembershipStatus.Full)))));
        var organization = new Organization(
            new Id<Organization>("x"),
            OrganizationClassification.Other,
            Timeline.Exclusive(TimelineEntry.Create(DateRange.From(Day(0)), new OrganizationName("X"))),
            memberships: [.. memberships]);
        var catalog = new Catalog([.. parties], [organization]);
        catalog.Derived(static c => new CatalogIndex(c, rememberAnswers: true));

        long answered = 0;
        for (int i = 0; i < n; i++)
        {
            answered += catalog.MembersOn(organization.Id, origin.PlusDays(i)).Length;
        }

        answered.Should().Be((long)n * (n + 1) / 2, "every answer is still right when it is not remembered");
        CatalogIndex.Of(catalog).RememberedAnswerElements.Should().BeLessThanOrEqualTo((IntervalMemo.BudgetPerRecord * n) + 64, "the memo keeps at most a few answer elements per span, not one list per day");
    }
}
