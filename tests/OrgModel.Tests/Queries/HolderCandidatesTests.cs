using NodaTime;
using OrgModel.Model;
using OrgModel.Queries;
using OrgModel.Tests.Fixtures;
using OrgModel.Time;

namespace OrgModel.Tests.Queries;

/// <summary>Every tenure of a post that possibly holds on a day: both sides of a handover known only to the month, the certain one alone.</summary>
public class HolderCandidatesTests
{
    private static readonly Id<Organization> Turksoy = new("turksoy");
    private static readonly Id<Post> SecretaryGeneral = new(Post.SecretaryGeneral);

    [Fact]
    public void Around_a_handover_known_only_to_the_month_both_holders_are_answered_with_their_days()
    {
        // Bülbüloğlu's tenure ends, and Koç's charge begins, on a day of December 2006 no source gives.
        var candidates = TurkicFixtures.Catalog.HolderCandidatesOn(Turksoy, SecretaryGeneral, new LocalDate(2006, 12, 15));

        candidates.Select(c => c.Value.Value.Holder.Name).Should().Equal("Atilla Koç", "Polad Bülbüloğlu");
        candidates.Should().OnlyContain(c => c.Certainty == Certainty.Possibly);
        candidates[0].Value.Range.Should().Be(DateRange.Between(PartialDate.Parse("2006-12"), PartialDate.Parse("2007")));
        candidates[0].Select(e => e.Value).Should().Be(TurkicFixtures.Catalog.HolderOn(Turksoy, SecretaryGeneral, new LocalDate(2006, 12, 15)));
    }

    [Fact]
    public void A_tenure_that_certainly_holds_is_answered_alone_and_an_unrecorded_day_not_at_all()
    {
        TurkicFixtures.Catalog.HolderCandidatesOn(Turksoy, SecretaryGeneral, new LocalDate(2010, 6, 1)).Should().ContainSingle()
            .Which.Value.Value.Holder.Name.Should().Be("Düsen Kaseinov");
        TurkicFixtures.Catalog.HolderCandidatesOn(Turksoy, SecretaryGeneral, new LocalDate(2008, 3, 1)).Should().BeEmpty("no head of TÜRKSOY is recorded between Koç's charge and May 2008");
        TurkicFixtures.Catalog.HolderCandidatesOn(Turksoy, new Id<Post>("treasurer"), new LocalDate(2010, 6, 1)).Should().BeEmpty();
    }
}
