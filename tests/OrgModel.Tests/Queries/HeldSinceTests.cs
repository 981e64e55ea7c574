using CsCheck;
using NodaTime;
using OrgModel.Model;
using OrgModel.Queries;
using OrgModel.Tests.Serialization;
using OrgModel.Time;

namespace OrgModel.Tests.Queries;

/// <summary>
/// "Member since" is where the unbroken run of a status began, even when the record splits that run
/// into several spans because its sources change.
/// </summary>
public class HeldSinceTests
{
    internal static readonly Id<Organization> X = new("x");
    private static readonly Id<Party> Member = new("kaz");

    internal static Catalog With(params (DateRange Range, MembershipStatus Status)[] spans)
    {
        var organization = new Organization(
            X,
            OrganizationClassification.IntergovernmentalOrganization,
            Timeline.Exclusive(TimelineEntry.Create(DateRange.From(new PartialDate(1990)), new OrganizationName("X"))),
            founded: new PartialDate(1990),
            memberships: [new Membership(Member, Timeline.Exclusive([.. spans.Select(s => TimelineEntry.Create(s.Range, new StatusSpan(s.Status)))]))]);
        return new Catalog([new Party(Member, PartyKind.State, Timeline.Exclusive(TimelineEntry.Create(default, "Kazakhstan")))], [organization]);
    }

    private static MembershipOnDate On(Catalog catalog, int year) => catalog.MembersOn(X, new LocalDate(year, 6, 1)).Single();

    [Fact]
    public void A_run_recorded_as_two_adjoining_spans_of_one_status_is_held_since_the_first()
    {
        Catalog catalog = With(
            (DateRange.Between(new PartialDate(1999, 9, 14), new PartialDate(2002, 6, 4)), MembershipStatus.Observer),
            (DateRange.From(new PartialDate(2002, 6, 4)), MembershipStatus.Observer));

        On(catalog, 2010).HeldSince.Should().Be(new PartialDate(1999, 9, 14));
        On(catalog, 2010).Span.Start.Should().Be(new PartialDate(2002, 6, 4), "the answering span is still the later one");
        On(catalog, 2000).HeldSince.Should().Be(new PartialDate(1999, 9, 14));
    }

    [Fact]
    public void A_run_whose_first_span_has_an_unknown_start_is_held_since_an_unknown_day()
    {
        Catalog catalog = With(
            (DateRange.Until(new PartialDate(2022, 2)), MembershipStatus.Observer),
            (DateRange.From(new PartialDate(2022, 2)), MembershipStatus.Observer));

        MembershipOnDate answer = On(catalog, 2024);

        answer.Certainty.Should().Be(Certainty.Certainly);
        answer.HeldSince.Should().BeNull("no source says when the status began, only that it held from February 2022");
    }

    [Fact]
    public void A_change_of_status_or_a_break_starts_a_new_run()
    {
        Catalog changed = With(
            (DateRange.Between(new PartialDate(2010), new PartialDate(2014, 5, 20)), MembershipStatus.Observer),
            (DateRange.From(new PartialDate(2014, 5, 20)), MembershipStatus.Full));
        Catalog broken = With(
            (DateRange.Between(new PartialDate(1995), new PartialDate(2000)), MembershipStatus.Full),
            (DateRange.From(new PartialDate(2001)), MembershipStatus.Full));

        On(changed, 2020).HeldSince.Should().Be(new PartialDate(2014, 5, 20));
        On(broken, 2020).HeldSince.Should().Be(new PartialDate(2001));
    }

    [Fact]
    public void A_span_that_ends_through_a_day_does_not_join_the_next()
    {
        Catalog catalog = With(
            (DateRange.BetweenInclusive(new PartialDate(1995), new PartialDate(2000)), MembershipStatus.Full),
            (DateRange.From(new PartialDate(2001)), MembershipStatus.Full));

        On(catalog, 2020).HeldSince.Should().Be(new PartialDate(2001), "'through 2000' and 'from 2001' are written apart, so the record does not say they meet");
    }

    [Fact]
    public void Every_answer_is_held_since_the_start_of_the_earliest_adjoining_span_with_its_status() =>
        Gen.Select(RandomCatalogs.Gen, Gen.Int[1900, 2120]).Sample((catalog, year) =>
        {
            var day = new LocalDate(year, 7, 1);
            foreach (Organization organization in catalog.Organizations)
            {
                foreach (MembershipOnDate answer in catalog.MembersOn(organization.Id, day))
                {
                    Timeline<StatusSpan> statuses = organization.Memberships.Single(m => m.Party == answer.Party).Statuses;

                    // Spans known only imprecisely may be written alike, so any of the equal ones may answer.
                    bool explained = Enumerable.Range(0, statuses.Count)
                        .Where(e => statuses[e].Range.Equals(answer.Span) && statuses[e].Value.Status == answer.Status)
                        .Any(e => answer.HeldSince == RunStart(statuses, e));
                    if (!explained)
                    {
                        return false;
                    }
                }
            }

            return true;
        });

    private static PartialDate? RunStart(Timeline<StatusSpan> statuses, int entry)
    {
        while (entry > 0
            && statuses[entry - 1].Value.Status == statuses[entry].Value.Status
            && !statuses[entry - 1].Range.IsEndInclusive
            && statuses[entry - 1].Range.End is { } end
            && statuses[entry].Range.Start == end)
        {
            entry--;
        }

        return statuses[entry].Range.Start;
    }
}
