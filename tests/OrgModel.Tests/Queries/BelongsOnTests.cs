using CsCheck;
using NodaTime;
using OrgModel.Interop.BuiltIn;
using OrgModel.Model;
using OrgModel.Queries;
using OrgModel.Tests.Serialization;
using OrgModel.Time;

namespace OrgModel.Tests.Queries;

/// <summary>
/// Whether a party belongs on a day is "no" only where the record rules it out: a day its source has
/// no data for is "possibly".
/// </summary>
public class BelongsOnTests
{
    internal static readonly Id<Organization> X = new("x");
    private static readonly Id<Party> Member = new("kaz");
    internal static readonly Id<Party> Other = new("kgz");

    // One organization founded in 1990, with one member from 1995 to 2000, and the given gaps.
    internal static Catalog With(params DataGap[] gaps)
    {
        var organization = new Organization(
            X,
            OrganizationClassification.IntergovernmentalOrganization,
            Timeline.Exclusive(TimelineEntry.Create(DateRange.From(new PartialDate(1990)), new OrganizationName("X"))),
            founded: new PartialDate(1990),
            memberships: [new Membership(Member, Timeline.Exclusive(TimelineEntry.Create(DateRange.Between(new PartialDate(1995, 1, 1), new PartialDate(2000, 1, 1)), new StatusSpan(MembershipStatus.Full))))],
            dataGaps: [.. gaps]);
        Party State(Id<Party> id) => new(id, PartyKind.State, Timeline.Exclusive(TimelineEntry.Create(default, id.Value)));
        return new Catalog([State(Member), State(Other)], [organization]);
    }

    [Fact]
    public void A_recorded_status_belongs_certainly_and_no_status_outside_a_gap_is_a_certain_no()
    {
        Catalog catalog = With();

        catalog.BelongsOn(X, Member, new LocalDate(1997, 6, 1)).Should().Be(Certainty.Certainly);
        catalog.BelongsOn(X, Member, new LocalDate(2001, 6, 1)).Should().Be(Certainty.No);
        catalog.BelongsOn(X, Other, new LocalDate(1997, 6, 1)).Should().Be(Certainty.No);
    }

    [Fact]
    public void A_day_inside_a_gap_for_every_party_is_possibly_for_a_party_without_a_status()
    {
        Catalog catalog = With(new DataGap(DataGapKind.BeyondCoverage, DateRange.From(new PartialDate(2015))));

        catalog.BelongsOn(X, Other, new LocalDate(2016, 1, 1)).Should().Be(Certainty.Possibly);
        catalog.BelongsOn(X, Member, new LocalDate(2016, 1, 1)).Should().Be(Certainty.Possibly, "the member left in 2000, but the source says nothing after 2014");
        catalog.BelongsOn(X, Other, new LocalDate(2014, 12, 31)).Should().Be(Certainty.No, "the day before the gap is still covered");
        catalog.StatusOn(X, Other, new LocalDate(2016, 1, 1)).HasValue.Should().BeFalse("there is no status to give, only doubt");
    }

    [Fact]
    public void A_party_certainly_belongs_between_two_statuses_whose_day_of_change_is_not_known()
    {
        Catalog world = BuiltInCatalog.Curated;
        var au = new Id<Organization>("au");
        var burkinaFaso = new Id<Party>("bfa");

        world.StatusOn(au, burkinaFaso, new LocalDate(2015, 9, 27)).Certainty.Should().Be(Certainty.Possibly, "its suspension was lifted on one of 26 to 29 September 2015");
        world.BelongsOn(au, burkinaFaso, new LocalDate(2015, 9, 27)).Should().Be(Certainty.Certainly, "suspended or full, it is a member either way");
        world.BelongsOn(new Id<Organization>("cica"), new Id<Party>("tha"), new LocalDate(2005, 1, 1)).Should().Be(Certainty.Certainly, "an observer until it became a full member, in 2004 or 2006");

        var unknownGap = new Organization(
            X,
            OrganizationClassification.IntergovernmentalOrganization,
            Timeline.Exclusive(TimelineEntry.Create(DateRange.From(new PartialDate(1990)), new OrganizationName("X"))),
            founded: new PartialDate(1990),
            memberships: [new Membership(Other, Timeline.Exclusive(
                TimelineEntry.Create(DateRange.Between(new PartialDate(1995), new PartialDate(2000)), new StatusSpan(MembershipStatus.Observer)),
                TimelineEntry.Create(DateRange.From(new PartialDate(2001)), new StatusSpan(MembershipStatus.Full))))]);
        unknownGap.BelongsOn(Other, new LocalDate(2000, 6, 1)).Should().Be(Certainty.Possibly, "the spans do not meet: the party may have been out between them");
    }

    [Fact]
    public void A_gap_for_one_party_leaves_the_others_answered_no()
    {
        Catalog catalog = With(new DataGap(DataGapKind.Missing, DateRange.BetweenInclusive(new PartialDate(2003), new PartialDate(2004)), Other));

        catalog.BelongsOn(X, Other, new LocalDate(2003, 1, 1)).Should().Be(Certainty.Possibly);
        catalog.BelongsOn(X, Other, new LocalDate(2004, 12, 31)).Should().Be(Certainty.Possibly);
        catalog.BelongsOn(X, Other, new LocalDate(2005, 1, 1)).Should().Be(Certainty.No, "the gap ends with 2004");
        catalog.BelongsOn(X, Member, new LocalDate(2003, 6, 1)).Should().Be(Certainty.No);
    }

    [Fact]
    public void A_cow_organization_alive_in_2014_answers_a_state_coded_outside_it_possibly_afterwards_and_no_before()
    {
        Catalog world = BuiltInCatalog.Catalog;
        var aacb = world.OrganizationsNamed("AACB")[0];
        var usa = new Id<Party>("usa");

        world.BelongsOn(aacb, usa, new LocalDate(2014, 12, 31)).Should().Be(Certainty.No, "COW codes the United States as not a member through 2014");
        world.BelongsOn(aacb, usa, new LocalDate(2015, 1, 1)).Should().Be(Certainty.Possibly, "COW says nothing after 2014");
        world.GetOrganization(aacb).DataGaps.Should().ContainSingle(g => g.Kind == DataGapKind.BeyondCoverage && g.Party == null);
    }

    [Fact]
    public void The_gap_found_for_a_party_is_the_first_in_the_records_order_for_that_party_or_every_party() =>
        Gen.Select(RandomCatalogs.Gen, Gen.Int[1900, 2120], Gen.Int[0, 3000]).Sample((catalog, year, length) =>
        {
            var from = new LocalDate(year, 1, 1);
            DateRange period = DateRange.BetweenInclusive(Day(from), Day(from.PlusDays(length)));
            foreach (Organization o in catalog.Organizations)
            {
                foreach (Party p in catalog.Parties)
                {
                    DataGap? first = o.DataGaps.FirstOrDefault(g => (g.Party is null || g.Party == p.Id) && g.During.Overlaps(period) != Certainty.No);
                    Answer<DataGap> found = o.DataGapDuring(p.Id, period);
                    if (!ReferenceEquals(found.HasValue ? found.Value : null, first) || (first is not null && found.Certainty != first.During.Overlaps(period)))
                    {
                        return false;
                    }
                }
            }

            return true;
        }, iter: 300);

    [Fact]
    public void Looking_up_a_gap_leaves_the_organization_equal_to_its_copy()
    {
        Organization o = With(new DataGap(DataGapKind.Missing, DateRange.From(new PartialDate(2001)), Other)).Organizations[0];
        Organization copy = OrgModel.Serialization.OrgModelJson.DeserializeOrganization(System.Text.Encoding.UTF8.GetBytes(OrgModel.Serialization.OrgModelJson.Serialize(o)));

        o.DataGapDuring(Other, DateRange.BetweenInclusive(new PartialDate(2005, 1, 1), new PartialDate(2005, 1, 1))).HasValue.Should().BeTrue();

        o.Should().Be(copy);
        o.GetHashCode().Should().Be(copy.GetHashCode());
    }

    private static PartialDate Day(LocalDate d) => new(d.Year, d.Month, d.Day);

    [Fact]
    public void On_any_catalog_and_day_no_is_given_only_where_the_record_has_data_and_no_status() =>
        Gen.Select(RandomCatalogs.Gen, Gen.Int[1900, 2120], Gen.Int[0, 364]).Sample((catalog, year, offset) =>
        {
            var day = new LocalDate(year, 1, 1).PlusDays(offset);
            var asDay = new PartialDate(day.Year, day.Month, day.Day);
            foreach (Organization o in catalog.Organizations)
            {
                foreach (Party p in catalog.Parties)
                {
                    Answer<MembershipStatus> status = o.StatusOn(p.Id, day);
                    bool inGap = o.DataGapDuring(p.Id, DateRange.BetweenInclusive(asDay, asDay)).HasValue;
                    Certainty belongs = catalog.BelongsOn(o.Id, p.Id, day);
                    // A certain status is a certain belonging; a certain belonging without one lies
                    // between two statuses that each possibly hold (the day of the change unknown).
                    bool lawsHold =
                        (status.Certainty != Certainty.Certainly || belongs == Certainty.Certainly)
                        && (belongs != Certainty.Certainly || status.HasValue)
                        && (belongs != Certainty.No || !status.HasValue)
                        && (!inGap || o.IsActiveOn(day) == Certainty.No || belongs != Certainty.No)
                        && (inGap || belongs == status.Certainty || (belongs == Certainty.Certainly && status.Certainty == Certainty.Possibly));
                    if (!lawsHold)
                    {
                        return false;
                    }
                }
            }

            return true;
        }, iter: 300);
}
