using CsCheck;
using NodaTime;
using OrgModel.Model;
using OrgModel.Queries;
using OrgModel.Tests.Fixtures;
using OrgModel.Tests.Serialization;
using OrgModel.Time;

namespace OrgModel.Tests.Queries;

public class CatalogQueriesTests
{
    private static readonly Catalog Catalog = TurkicFixtures.Catalog;

    private static LocalDate Day(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Turkpa_on_the_day_of_the_seed_news_has_four_members_and_two_observers()
    {
        var members = Catalog.MembersOn(new Id<Organization>("turkpa"), Day(2025, 10, 17));

        members.Where(m => m.Status == MembershipStatus.Full).Select(m => m.Party.Value).Should().Equal("aze-milli-majlis", "kaz-parliament", "kgz-jogorku-kenesh", "tur-gnat");
        members.Where(m => m.Status == MembershipStatus.Observer).Select(m => m.Party.Value).Should().Equal("hun-national-assembly", "trnc-assembly");
        members.Should().OnlyContain(m => m.Certainty == Certainty.Certainly);
    }

    [Theory]
    [InlineData(2023, 4, 27, 5)]
    [InlineData(2023, 4, 28, 6)]
    [InlineData(2014, 5, 31, 4)]
    public void Turkpa_membership_counts_change_on_the_change_day(int y, int m, int d, int count)
    {
        Catalog.MembersOn(new Id<Organization>("turkpa"), Day(y, m, d)).Where(x => x.Certainty == Certainty.Certainly).Should().HaveCount(count);
    }

    [Fact]
    public void Hungary_in_june_2014_is_listed_as_a_possible_observer()
    {
        Catalog.MembersOn(new Id<Organization>("turkpa"), Day(2014, 6, 15)).Single(m => m.Party.Value == "hun-national-assembly").Certainty.Should().Be(Certainty.Possibly);
    }

    [Theory]
    [InlineData(2019, 10, 13, Certainty.No)]
    [InlineData(2019, 10, 14, Certainty.Certainly)]
    [InlineData(2019, 10, 15, Certainty.Certainly)]
    public void Status_on_agrees_on_both_sides_of_uzbekistans_accession(int y, int m, int d, Certainty expected)
    {
        Catalog.StatusOn(new Id<Organization>("ots"), new Id<Party>("uzb"), Day(y, m, d)).Certainty.Should().Be(expected);
    }

    [Fact]
    public void Ids_are_case_insensitive_in_queries()
    {
        Catalog.StatusOn(new Id<Organization>("OTS"), new Id<Party>("UZB"), Day(2020, 1, 1)).Value.Should().Be(MembershipStatus.Full);
    }

    [Fact]
    public void Unknown_ids_are_reported_by_name()
    {
        Catalog.Invoking(c => c.MembersOn(new Id<Organization>("nato"), Day(2020, 1, 1))).Should().Throw<KeyNotFoundException>().WithMessage("No organization has the identifier 'nato'.");
        Catalog.Invoking(c => c.MembershipsOn(new Id<Party>("fra"), Day(2020, 1, 1))).Should().Throw<KeyNotFoundException>().WithMessage("No party has the identifier 'fra'.");
    }

    [Fact]
    public void A_states_memberships_include_those_held_through_its_parliament()
    {
        var memberships = Catalog.MembershipsOn(new Id<Party>("kaz"), Day(2025, 10, 17));

        memberships.Select(m => (m.Organization.Value, m.Via?.Value)).Should().Equal(("ots", null), ("turksoy", null), ("turkpa", "kaz-parliament"));
        Catalog.MembershipsOn(new Id<Party>("kaz"), Day(2025, 10, 17), includeOrgans: false).Select(m => m.Organization.Value).Should().Equal("ots", "turksoy");
    }

    [Fact]
    public void Joint_memberships_of_two_states_are_the_organizations_both_are_in()
    {
        var joint = Catalog.JointMembershipsOn(new Id<Party>("kaz"), new Id<Party>("hun"), Day(2020, 1, 1));

        joint.Should().ContainSingle().Which.Should().Match<JointMembership>(j => j.Organization.Value == "ots" && j.FirstStatus == MembershipStatus.Full && j.SecondStatus == MembershipStatus.Observer);
        Catalog.JointMembershipsOn(new Id<Party>("kaz"), new Id<Party>("kgz"), Day(2000, 1, 1)).Select(j => j.Organization.Value).Should().Equal("turksoy");
    }

    [Fact]
    public void Sessions_in_a_period_come_from_every_organization_in_date_order()
    {
        var sessions = Catalog.SessionsBetween(Day(2025, 1, 1), Day(2025, 12, 31));

        sessions.Select(s => (s.Organization.Value, s.Session.Id.Value)).Should().Equal(("turkpa", "plenary-14"), ("ots", "summit-12"), ("turksoy", "permanent-council-42"));
        Catalog.SessionsBetween(Day(2025, 6, 12), Day(2025, 6, 12)).Should().ContainSingle("the 14th plenary lasted 11–12 June");
        Catalog.SessionsBetween(Day(2025, 6, 13), Day(2025, 10, 6)).Should().BeEmpty();
        Catalog.Invoking(c => c.SessionsBetween(Day(2025, 2, 1), Day(2025, 1, 1))).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Who_held_a_post_on_a_day()
    {
        Catalog.HolderOn(new Id<Organization>("ots"), new Id<Post>(Post.SecretaryGeneral), Day(2022, 11, 13)).Value.Holder.Name.Should().Be("Baghdad Amreyev");
        Catalog.HolderOn(new Id<Organization>("ots"), new Id<Post>(Post.SecretaryGeneral), Day(2022, 11, 14)).Value.Holder.Name.Should().Be("Kubanychbek Omuraliev");
        Catalog.HolderOn(new Id<Organization>("ots"), new Id<Post>("treasurer"), Day(2022, 11, 14)).HasValue.Should().BeFalse();
    }

    [Fact]
    public void The_snapshot_of_turkpa_answers_everything_at_once()
    {
        OrganizationSnapshot s = Catalog.SnapshotOn(new Id<Organization>("turkpa"), Day(2025, 10, 17));

        s.Name.Value.Name.Should().Be("Parliamentary Assembly of Turkic States");
        s.MembersWith(MembershipStatus.Full).Should().HaveCount(4);
        s.Chair.Value.Holder.Should().Be(new Id<Party>("kaz-parliament"));
        s.ChairActingPerson.Value.Name.Should().Be("Yerlan Koshanov");
        s.SecretaryGeneral.Value.Holder.Name.Should().Be("Ramil Hasan");
        s.Seat.Value.Place.City.Should().Be("Baku");
        s.Affiliations.Select(a => a.Value.Target.Value).Should().Equal("ots");
        s.Parents.Should().BeEmpty();
        s.LastSession!.Id.Should().Be(new Id<Session>("plenary-14"));
        s.NextSession.Should().BeNull();
        s.Active.Should().Be(Certainty.Certainly);
    }

    [Fact]
    public void The_snapshot_before_a_handover_shows_the_previous_chair_and_secretary_general()
    {
        OrganizationSnapshot s = Catalog.SnapshotOn(new Id<Organization>("turkpa"), Day(2025, 6, 11));

        s.Chair.Value.Holder.Should().Be(new Id<Party>("aze-milli-majlis"));
        s.SecretaryGeneral.Value.Holder.Name.Should().Be("Mehmet Süreyya Er");
        s.LastSession!.Id.Should().Be(new Id<Session>("plenary-14"), "the session that began that day is the last one begun");
        s.Name.Value.Name.Should().Be("Parliamentary Assembly of Turkic States");
    }

    [Fact]
    public void A_snapshot_with_a_fact_known_only_to_the_year_reports_it_as_possible()
    {
        OrganizationSnapshot s = Catalog.SnapshotOn(new Id<Organization>("ots"), Day(2023, 6, 1));

        s.Members.Single(m => m.Party.Value == "eco").Certainty.Should().Be(Certainty.Possibly);
    }

    [Fact]
    public void History_lists_what_changed_in_date_order_with_sources()
    {
        var history = Catalog.HistoryBetween(new Id<Organization>("turkpa"), Day(2025, 1, 1), Day(2025, 12, 31));

        history.Select(c => (c.Date.ToString(), c.Kind)).Should().Equal(
            ("2025-06-11", ChangeKind.SessionHeld),
            ("2025-06-12", ChangeKind.ChairHandedOver),
            ("2025-06-12", ChangeKind.Elected),
            ("2025-10-15", ChangeKind.TookOffice));
        history[1].Description.Should().Be("Kazakhstan (Parliament of Kazakhstan) took the chair from Azerbaijan (Milli Majlis of Azerbaijan) at plenary 14");
        history.Select(c => c.Description).Should().Contain("Ramil Hasan elected Secretary-General (took office 2025-10-15)")
            .And.Contain("Ramil Hasan took office as Secretary-General (elected 2025-06-12)");
        history.Should().OnlyContain(c => c.Provenance.Sources.Count > 0);
    }

    [Fact]
    public void An_election_before_taking_office_is_its_own_change_between_them()
    {
        Catalog.HistoryBetween(new Id<Organization>("turkpa"), Day(2025, 7, 1), Day(2025, 10, 14)).Should().BeEmpty();
        Catalog.HistoryBetween(new Id<Organization>("turkpa"), Day(2025, 6, 12), Day(2025, 6, 12)).Should().ContainSingle(c => c.Kind == ChangeKind.Elected)
            .Which.Party.Should().Be(Catalog.GetOrganization(new Id<Organization>("turkpa")).PostOf(new Id<Post>(Post.SecretaryGeneral))!.Tenures[^1].Value.NominatedBy);
    }

    [Fact]
    public void History_covers_renames_joins_and_status_changes()
    {
        var history = Catalog.HistoryBetween(new Id<Organization>("ots"), Day(2019, 1, 1), Day(2023, 12, 31));

        history.Should().Contain(c => c.Kind == ChangeKind.Renamed && c.Description == "Renamed from Cooperation Council of Turkic Speaking States (Turkic Council) to Organization of Turkic States (OTS)");
        history.Should().Contain(c => c.Kind == ChangeKind.Joined && c.Description == "Uzbekistan joined as full (accession)" && c.Date == PartialDate.Parse("2019-10-14"));
        history.Should().Contain(c => c.Kind == ChangeKind.Joined && c.Party == new Id<Party>("eco") && c.Date == PartialDate.Parse("2023"));
        Catalog.HistoryBetween(new Id<Organization>("ots"), Day(2019, 10, 15), Day(2019, 12, 31)).Should().NotContain(c => c.Kind == ChangeKind.Joined);
    }

    [Fact]
    public void Point_queries_do_not_allocate()
    {
        var day = Day(2025, 10, 17);
        Id<Organization> ots = new("ots");
        Id<Party> uzb = new("uzb");
        Catalog.StatusOn(ots, uzb, day);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            Catalog.StatusOn(ots, uzb, day);
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
    }

    [Fact]
    public void Indexed_answers_agree_with_the_organizations_own_answers_for_every_catalog_and_day()
    {
        Gen.Select(RandomCatalogs.Gen, Gen.Int[1900, 2120]).Sample((catalog, year) =>
        {
            var day = new LocalDate(year, 7, 1);
            foreach (Organization o in catalog.Organizations)
            {
                var expected = o.Memberships
                    .Select(m => (m.Party, Answer: o.StatusOn(m.Party, day)))
                    .Where(x => x.Answer.HasValue)
                    .Select(x => (Party: x.Party.Value, Status: x.Answer.Value, x.Answer.Certainty))
                    .OrderBy(x => x.Party, StringComparer.OrdinalIgnoreCase);
                var actual = catalog.MembersOn(o.Id, day).Select(m => (Party: m.Party.Value, m.Status, m.Certainty)).OrderBy(x => x.Party, StringComparer.OrdinalIgnoreCase);
                if (!actual.SequenceEqual(expected))
                {
                    return false;
                }
            }

            return true;
        }, iter: 200);
    }

    [Fact]
    public void Queries_are_safe_from_many_threads_at_once()
    {
        Parallel.For(0, 64, i => Catalog.MembersOn(new Id<Organization>("turkpa"), Day(2025, 10, 17)).Should().HaveCount(6));
    }
}
