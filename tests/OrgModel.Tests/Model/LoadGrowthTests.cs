using NodaTime;
using OrgModel.Collections;
using OrgModel.Model;
using OrgModel.Serialization;
using OrgModel.Time;

namespace OrgModel.Tests.Model;

/// <summary>
/// Checking a valid organization grows no faster than n log n on the shapes an audit found quadratic:
/// many chair terms held by a party with many status spans, and many renames of a long name history.
/// Work is counted in steps of the checks, not timed.
/// </summary>
public class LoadGrowthTests
{
    private static readonly LocalDate Origin = new(1900, 1, 1);

    [Fact]
    public void Checking_chair_terms_against_the_holders_status_spans_grows_as_n_log_n()
    {
        long small = Steps(() => ChairsAndSpans(2_000));
        long large = Steps(() => ChairsAndSpans(16_000));

        small.Should().BePositive();
        ((double)large / small).Should().BeLessThan(8 * 1.5, "eight times the terms and spans may cost 8 × log factor, not 64 times");
    }

    [Fact]
    public void Checking_renames_against_the_name_history_grows_as_n_log_n()
    {
        long small = Steps(() => Renames(2_000));
        long large = Steps(() => Renames(16_000));

        small.Should().BePositive();
        ((double)large / small).Should().BeLessThan(8 * 1.5);
    }

    [Fact]
    public void The_history_of_a_party_with_many_names_of_unknown_start_grows_as_n_log_n()
    {
        long small = Steps(() => History(2_000));
        long large = Steps(() => History(16_000));

        small.Should().BePositive();
        ((double)large / small).Should().BeLessThan(8 * 1.5, "each change looks its party's name up in O(log n), not by scanning every name");
    }

    [Fact]
    public void A_document_of_twenty_thousand_chair_terms_and_status_spans_reads_back()
    {
        Organization organization = ChairsAndSpans(20_000);

        OrgModelJson.DeserializeOrganization(OrgModelJson.Serialize(organization)).Should().Be(organization);
    }

    private static long Steps<T>(Func<T> work)
    {
        long before = WorkCounter.Steps;
        work();
        return WorkCounter.Steps - before;
    }

    // A party whose n names all have an unknown start (each known only to end on a day), and n status
    // changes in one organization: the history names the party at each change.
    private static int History(int n)
    {
        var names = Enumerable.Range(0, n).Select(i => TimelineEntry.Create(DateRange.Until(Day(i + 1)), $"Name {i}"));
        var party = new Party(new Id<Party>("kaz"), PartyKind.State, Timeline.Exclusive(names));
        Organization organization = ChairsAndSpans(n);
        var catalog = new Catalog([party], [organization]);
        return OrgModel.Queries.CatalogQueries.HistoryBetween(catalog, organization.Id, Origin, Origin.PlusDays(n)).Length;
    }

    private static PartialDate Day(int n) => PartialDate.FromLocalDate(Origin.PlusDays(n));

    // One party, n one-day status spans (full and observer alternating), n one-day chair terms it holds.
    private static Organization ChairsAndSpans(int n)
    {
        var spans = Enumerable.Range(0, n).Select(i => TimelineEntry.Create(DateRange.Between(Day(i), Day(i + 1)), new StatusSpan(i % 2 == 0 ? MembershipStatus.Full : MembershipStatus.Observer)));
        var terms = Enumerable.Range(0, n).Select(i => TimelineEntry.Create(DateRange.Between(Day(i), Day(i + 1)), new ChairTerm(new Id<Party>("kaz"))));
        return new Organization(
            new Id<Organization>("x"),
            OrganizationClassification.Other,
            Timeline.Exclusive(TimelineEntry.Create(DateRange.From(Day(0)), new OrganizationName("X"))),
            memberships: [new Membership(new Id<Party>("kaz"), Timeline.Exclusive(spans))],
            chairTerms: Timeline.Exclusive(terms));
    }

    // n consecutive names, and a rename event on every change.
    private static Organization Renames(int n)
    {
        var names = Enumerable.Range(0, n).Select(i => TimelineEntry.Create(i == n - 1 ? DateRange.From(Day(i)) : DateRange.Between(Day(i), Day(i + 1)), new OrganizationName($"Name {i}")));
        var renames = Enumerable.Range(1, n - 1).Select(i => new SuccessionEvent(SuccessionKind.Renamed, Day(i)));
        return new Organization(
            new Id<Organization>("x"),
            OrganizationClassification.Other,
            Timeline.Exclusive(names),
            succession: [.. renames]);
    }
}
