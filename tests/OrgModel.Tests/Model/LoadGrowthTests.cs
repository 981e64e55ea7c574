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
    public void A_document_of_twenty_thousand_chair_terms_and_status_spans_reads_back()
    {
        Organization organization = ChairsAndSpans(20_000);

        OrgModelJson.DeserializeOrganization(OrgModelJson.Serialize(organization)).Should().Be(organization);
    }

    private static long Steps(Func<Organization> build)
    {
        long before = WorkCounter.Steps;
        build();
        return WorkCounter.Steps - before;
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
