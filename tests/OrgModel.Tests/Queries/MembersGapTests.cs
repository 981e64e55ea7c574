using CsCheck;
using NodaTime;
using OrgModel.Model;
using OrgModel.Queries;
using OrgModel.Tests.Serialization;
using OrgModel.Time;

namespace OrgModel.Tests.Queries;

/// <summary>
/// A list of the members recorded on a day says when it may be incomplete: a data gap for every party
/// that covers the day leaves any party not listed possibly a member, exactly where
/// <see cref="Organization.BelongsOn"/> answers such a party "possibly".
/// </summary>
public class MembersGapTests
{
    private static readonly Id<Organization> X = BelongsOnTests.X;
    private static readonly Id<Party> Other = BelongsOnTests.Other;

    private static Catalog With(params DataGap[] gaps) => BelongsOnTests.With(gaps);

    [Fact]
    public void A_day_inside_a_gap_for_every_party_leaves_the_list_certainly_open_from_its_first_day()
    {
        var gap = new DataGap(DataGapKind.BeyondCoverage, DateRange.From(new PartialDate(2015, 1, 1)));
        Catalog catalog = With(gap);
        Organization o = catalog.GetOrganization(X);

        o.DataGapForEveryPartyOn(new LocalDate(2014, 12, 31)).HasValue.Should().BeFalse("the day before the gap is covered by the record");
        o.DataGapForEveryPartyOn(new LocalDate(2015, 1, 1)).Should().Be(new Answer<DataGap>(gap, Certainty.Certainly));
        catalog.SnapshotOn(X, new LocalDate(2015, 1, 1)).MembersGap.Should().Be(new Answer<DataGap>(gap, Certainty.Certainly));
        catalog.SnapshotOn(X, new LocalDate(2014, 12, 31)).MembersGap.HasValue.Should().BeFalse();
    }

    [Fact]
    public void A_gap_that_only_possibly_covers_the_day_still_leaves_the_list_possibly_open()
    {
        // Begins on some day of 2015: from 1 January to 30 December an unlisted party possibly belongs,
        // and by 31 December the gap has certainly begun.
        var gap = new DataGap(DataGapKind.Missing, DateRange.From(new PartialDate(2015)));
        Organization o = With(gap).GetOrganization(X);

        foreach (LocalDate day in new[] { new LocalDate(2015, 1, 1), new LocalDate(2015, 12, 30) })
        {
            o.DataGapForEveryPartyOn(day).Should().Be(new Answer<DataGap>(gap, Certainty.Possibly));
            o.BelongsOn(Other, day).Should().Be(Certainty.Possibly, "the list and the single question agree");
        }

        o.DataGapForEveryPartyOn(new LocalDate(2015, 12, 31)).Certainty.Should().Be(Certainty.Certainly);
        o.DataGapForEveryPartyOn(new LocalDate(2014, 12, 31)).HasValue.Should().BeFalse();
    }

    [Fact]
    public void A_gap_for_one_party_does_not_open_the_list_to_the_others()
    {
        Organization o = With(new DataGap(DataGapKind.Missing, DateRange.From(new PartialDate(2003, 1, 1)), Other)).GetOrganization(X);

        o.DataGapForEveryPartyOn(new LocalDate(2005, 6, 1)).HasValue.Should().BeFalse();
    }

    [Fact]
    public void A_gap_before_the_organization_exists_does_not_open_its_list()
    {
        Organization o = With(new DataGap(DataGapKind.Missing, DateRange.From(new PartialDate(1980, 1, 1)))).GetOrganization(X);

        o.DataGapForEveryPartyOn(new LocalDate(1985, 6, 1)).HasValue.Should().BeFalse("nobody belongs to an organization before its founding");
        o.DataGapForEveryPartyOn(new LocalDate(1990, 6, 1)).Should().Be(new Answer<DataGap>(o.DataGaps[0], Certainty.Possibly), "it was founded on a day of 1990");
        o.DataGapForEveryPartyOn(new LocalDate(1991, 1, 1)).Certainty.Should().Be(Certainty.Certainly);
    }

    [Fact]
    public void On_any_catalog_and_day_the_list_is_open_exactly_where_a_party_with_no_record_possibly_belongs() =>
        Gen.Select(RandomCatalogs.Gen, Gen.Int[1900, 2120], Gen.Int[0, 364]).Sample((catalog, year, offset) =>
        {
            var day = new LocalDate(year, 1, 1).PlusDays(offset);
            var stranger = new Id<Party>("nobody-recorded");
            foreach (Organization o in catalog.Organizations)
            {
                Answer<DataGap> gap = o.DataGapForEveryPartyOn(day);
                if (gap.HasValue != (o.BelongsOn(stranger, day) != Certainty.No)
                    || (gap.HasValue && (gap.Value.Party is not null || !o.DataGaps.Contains(gap.Value)))
                    || catalog.SnapshotOn(o.Id, day).MembersGap != gap)
                {
                    return false;
                }
            }

            return true;
        }, iter: 300);
}
