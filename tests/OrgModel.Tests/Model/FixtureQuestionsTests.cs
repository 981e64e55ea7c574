using NodaTime;
using OrgModel.Model;
using OrgModel.Tests.Fixtures;
using OrgModel.Time;

namespace OrgModel.Tests.Model;

/// <summary>The questions the product exists to answer, asked of the real fixtures as a user would.</summary>
public class FixtureQuestionsTests
{
    private static readonly Organization Turkpa = TurkicFixtures.TurkpaOrganization;
    private static readonly Organization Ots = TurkicFixtures.OtsOrganization;

    [Fact]
    public void Memberships_posts_sessions_and_agreements_are_found_by_identifier_ignoring_case()
    {
        Turkpa.MembershipOf(new Id<Party>("KAZ-PARLIAMENT")).Should().BeSameAs(Turkpa.Memberships.Single(m => m.Party.Value == "kaz-parliament"));
        Turkpa.PostOf(new Id<Post>("SECRETARY-GENERAL")).Should().BeSameAs(Turkpa.Posts.Single(p => p.Id.Value == Post.SecretaryGeneral));
        Turkpa.SessionOf(new Id<Session>("Plenary-1")).Should().BeSameAs(Turkpa.Sessions.Single(s => s.Id.Value == "plenary-1"));
        Turkpa.AgreementOf(new Id<Agreement>("Istanbul-Agreement")).Should().BeSameAs(Turkpa.Agreements.Single(a => a.Id.Value == "istanbul-agreement"));
        Turkpa.MembershipOf(new Id<Party>("uzb")).Should().BeNull();
        Turkpa.SessionOf(new Id<Session>("plenary-99")).Should().BeNull();
    }

    [Fact]
    public void Azerbaijan_chaired_the_ots_on_2020_06_01()
    {
        Ots.ChairOn(new LocalDate(2020, 6, 1)).Select(t => t.Holder.ToString()).Should().Be(new Answer<string>("aze", Certainty.Certainly));
    }

    [Theory]
    [InlineData(2019, 10, 13, Certainty.No)]
    [InlineData(2019, 10, 14, Certainty.Certainly)]
    [InlineData(2020, 6, 1, Certainty.Certainly)]
    public void Uzbekistan_is_a_full_ots_member_from_the_day_the_agreement_entered_into_force_for_it(int y, int m, int d, Certainty expected)
    {
        Answer<MembershipStatus> status = Ots.StatusOn(new Id<Party>("uzb"), new LocalDate(y, m, d));

        status.Certainty.Should().Be(expected);
        if (status.HasValue)
        {
            status.Value.Should().Be(MembershipStatus.Full);
        }
    }

    [Theory]
    [InlineData(2019, 6, 1, "Parliamentary Assembly of Turkic-Speaking Countries")]
    [InlineData(2022, 6, 23, "Parliamentary Assembly of Turkic-Speaking Countries")]
    [InlineData(2022, 6, 24, "Parliamentary Assembly of Turkic States")]
    public void Turkpa_was_renamed_by_the_decision_of_2022_06_24(int y, int m, int d, string name)
    {
        Turkpa.NameOn(new LocalDate(y, m, d)).Value.Name.Should().Be(name);
    }

    [Fact]
    public void The_ots_was_the_cooperation_council_until_the_istanbul_summit()
    {
        Ots.NameOn(new LocalDate(2021, 11, 11)).Value.ToString().Should().Be("Cooperation Council of Turkic Speaking States (Turkic Council)");
        Ots.NameOn(new LocalDate(2021, 11, 12)).Value.ToString().Should().Be("Organization of Turkic States (OTS)");
        Ots.Succession.Single().Kind.Should().Be(SuccessionKind.Renamed);
    }

    [Fact]
    public void Turkpas_7th_plenary_was_in_bishkek_on_2017_12_08()
    {
        Session seventh = Turkpa.Sessions.Single(s => s.Series == "plenary" && s.Ordinal == 7);

        seventh.Place.City.Should().Be("Bishkek");
        seventh.Date.Should().Be(PartialDate.Parse("2017-12-08"));
    }

    [Fact]
    public void The_first_plenary_adopted_the_rules_the_secretariat_regulations_and_the_baku_declaration()
    {
        Session first = Turkpa.SessionOf(new Id<Session>("plenary-1"))!;

        first.Documents.Select(d => d.Title).Should().Contain(["Rules of Procedure of TURKPA", "Regulations of the Secretariat", "Baku Declaration"]);
        first.Place.City.Should().Be("Baku");
    }

    [Theory]
    [InlineData(2025, 9, 1, "Mehmet Süreyya Er")]
    [InlineData(2025, 10, 14, "Mehmet Süreyya Er")]
    [InlineData(2025, 10, 15, "Ramil Hasan")]
    public void Ramil_hasan_elected_in_june_takes_office_in_october(int y, int m, int d, string holder)
    {
        Answer<Tenure> tenure = Turkpa.HolderOn(new Id<Post>(Post.SecretaryGeneral), new LocalDate(y, m, d));

        tenure.Certainty.Should().Be(Certainty.Certainly);
        tenure.Value.Holder.Name.Should().Be(holder);
    }

    [Fact]
    public void Ramil_hasan_was_elected_on_2025_06_12_and_is_also_known_as_ramil_hasanov()
    {
        Tenure tenure = Turkpa.HolderOn(new Id<Post>(Post.SecretaryGeneral), new LocalDate(2025, 10, 17)).Value;

        tenure.ElectedOn.Should().Be(PartialDate.Parse("2025-06-12"));
        tenure.Holder.OtherNames.Should().Contain("Ramil Hasanov");
    }

    [Fact]
    public void Kazakhstans_parliament_chairs_turkpa_on_the_day_of_the_seed_news_with_koshanov_acting()
    {
        var day = new LocalDate(2025, 10, 17);
        ChairTerm term = Turkpa.ChairOn(day).Value;

        term.Holder.Should().Be(new Id<Party>("kaz-parliament"));
        TurkicFixtures.Catalog.GetParty(term.Holder).StateOf.Should().Be(new Id<Party>("kaz"));
        term.ActingPersons.At(day).Value.Name.Should().Be("Yerlan Koshanov");
        term.StartsAtSession.Should().Be(new Id<Session>("plenary-14"));
    }

    [Theory]
    [InlineData(2025, 12, 31, Certainty.Certainly)]
    [InlineData(2026, 1, 1, Certainty.Possibly)]
    [InlineData(2026, 12, 30, Certainty.Possibly)]
    public void Kazakhstans_parliament_chairs_turkpa_until_the_2026_plenary_whose_day_is_not_recorded(int y, int m, int d, Certainty expected)
    {
        Turkpa.ChairOn(new LocalDate(y, m, d)).Select(t => t.Holder.ToString()).Should().Be(new Answer<string>("kaz-parliament", expected));
    }

    [Fact]
    public void By_the_last_day_of_2026_the_plenary_that_ends_kazakhstans_chair_has_been_held()
    {
        Turkpa.ChairOn(new LocalDate(2026, 12, 31)).HasValue.Should().BeFalse("the term's exclusive end, the handover day, falls in 2026, so at the latest it is 31 December");
    }

    [Theory]
    [InlineData(2025, 10, 7, Certainty.Certainly)]
    [InlineData(2025, 12, 31, Certainty.Certainly)]
    [InlineData(2026, 1, 1, Certainty.Possibly)]
    [InlineData(2026, 12, 30, Certainty.Possibly)]
    public void Azerbaijan_chairs_the_ots_from_the_gabala_summit_until_a_2026_summit_whose_day_is_not_recorded(int y, int m, int d, Certainty expected)
    {
        Ots.ChairOn(new LocalDate(y, m, d)).Select(t => t.Holder.ToString()).Should().Be(new Answer<string>("aze", expected));
    }

    [Fact]
    public void Kazakhstans_parliament_took_the_chair_from_azerbaijans_at_the_6th_plenary_on_2015_12_03()
    {
        Turkpa.ChairOn(new LocalDate(2015, 12, 2)).Value.Holder.Should().Be(new Id<Party>("aze-milli-majlis"));
        Turkpa.ChairOn(new LocalDate(2015, 12, 3)).Value.Holder.Should().Be(new Id<Party>("kaz-parliament"));
        Turkpa.ChairOn(new LocalDate(2015, 12, 3)).Certainty.Should().Be(Certainty.Certainly);
        Turkpa.ChairOn(new LocalDate(2009, 9, 28)).HasValue.Should().BeFalse("no chair is recorded before the first plenary");
    }

    [Fact]
    public void The_turkpa_secretariat_is_permanently_in_baku()
    {
        Seat seat = Turkpa.SeatOn(new LocalDate(2025, 10, 17)).Value;

        seat.Place.City.Should().Be("Baku");
        seat.IsPermanent.Should().BeTrue();
        seat.DecidedOn.Should().Be(PartialDate.Parse("2009-09-29"));
        Turkpa.Secretariat!.HeadquartersAgreement.Should().Be(new Id<Agreement>("turkpa-hq-agreement"));
    }

    [Fact]
    public void The_12th_ots_summit_was_held_in_gabala()
    {
        Ots.SessionOf(new Id<Session>("summit-12"))!.Place.City.Should().Be("Gabala");
    }

    [Fact]
    public void The_istanbul_agreement_was_signed_at_dolmabahce_palace_by_heads_of_parliament()
    {
        Agreement agreement = Turkpa.AgreementOf(new Id<Agreement>("istanbul-agreement"))!;

        agreement.Place!.ToString().Should().Be("Dolmabahçe Palace, Istanbul");
        agreement.SignedOn.Should().Be(PartialDate.Parse("2008-11-21"));
        agreement.Signatories.Should().HaveCount(4).And.OnlyContain(s => s.Capacity == "Head of Parliament");
    }

    [Fact]
    public void The_nakhchivan_agreement_entered_into_force_on_the_recorded_day_and_for_uzbekistan_thirty_days_after_it_acceded()
    {
        Agreement agreement = Ots.AgreementOf(new Id<Agreement>("nakhchivan-agreement"))!;

        agreement.EntryIntoForce.Should().Be(PartialDate.Parse("2010-11-17"));
        agreement.EntryIntoForceFor(new Id<Party>("uzb")).Should().Be(PartialDate.Parse("2019-10-14"));
        agreement.EntryIntoForceFor(new Id<Party>("aze")).Should().BeNull("no instrument of Azerbaijan's consent is recorded");
    }

    [Theory]
    [InlineData(2022, 12, 31, Certainty.No)]
    [InlineData(2023, 6, 1, Certainty.Possibly)]
    [InlineData(2024, 1, 1, Certainty.Certainly)]
    public void The_eco_known_as_an_ots_observer_only_from_the_year_2023_is_possibly_one_during_2023(int y, int m, int d, Certainty expected)
    {
        Ots.StatusOn(new Id<Party>("eco"), new LocalDate(y, m, d)).Certainty.Should().Be(expected);
    }

    [Theory]
    [InlineData(2014, 5, 31, Certainty.No)]
    [InlineData(2014, 6, 15, Certainty.Possibly)]
    [InlineData(2014, 7, 1, Certainty.Certainly)]
    public void Hungarys_parliament_observes_turkpa_since_june_2014(int y, int m, int d, Certainty expected)
    {
        Turkpa.StatusOn(new Id<Party>("hun-national-assembly"), new LocalDate(y, m, d)).Certainty.Should().Be(expected);
    }

    [Fact]
    public void Turksoys_founding_agreement_was_signed_in_almaty_on_1993_07_12_by_the_six_ministers_of_culture()
    {
        Agreement a = TurkicFixtures.TurksoyOrganization.Agreements.Single();

        a.Kind.Should().Be(AgreementKind.Founding);
        a.SignedOn.Should().Be(PartialDate.Parse("1993-07-12"));
        a.Place!.City.Should().Be("Almaty");
        a.Signatories.Select(s => s.Party.Value).Should().BeEquivalentTo(["aze", "kaz", "kgz", "tur", "tkm", "uzb"]);
        a.Signatories.Should().OnlyContain(s => s.Capacity == "Minister of Culture");
        a.EntryIntoForce.Should().BeNull("no source read gives it");
    }

    [Fact]
    public void Turksoy_known_only_to_the_year_is_possible_in_1993_and_certain_afterwards()
    {
        Organization turksoy = TurkicFixtures.TurksoyOrganization;

        turksoy.StatusOn(new Id<Party>("tkm"), new LocalDate(1993, 6, 1)).Certainty.Should().Be(Certainty.Possibly);
        turksoy.StatusOn(new Id<Party>("tkm"), new LocalDate(1994, 1, 1)).Certainty.Should().Be(Certainty.Certainly);
        turksoy.Identifiers.Should().ContainSingle().Which.ToString().Should().Be("cow-ionum:3330");
    }

    [Fact]
    public void Turkey_is_called_turkiye_from_june_2022()
    {
        Party turkey = TurkicFixtures.Catalog.GetParty(new Id<Party>("TUR"));

        turkey.NameOn(new LocalDate(2020, 1, 1)).Value.Should().Be("Turkey");
        turkey.NameOn(new LocalDate(2023, 1, 1)).Value.Should().Be("Türkiye");
        turkey.CurrentName.Should().Be("Türkiye");
    }

    [Fact]
    public void Northern_cyprus_observer_status_is_flagged_as_disputed_with_a_note()
    {
        StatusSpan span = Ots.MembershipOf(new Id<Party>("trnc"))!.Statuses.Single().Value;

        span.Provenance.IsDisputed.Should().BeTrue();
        span.Provenance.Note.Should().Contain("Cyprus");
    }

    [Fact]
    public void Every_fixture_fact_about_sessions_chairs_and_tenures_carries_a_source()
    {
        var organizations = TurkicFixtures.Catalog.Organizations;

        organizations.SelectMany(o => o.Sessions).Should().OnlyContain(s => s.Provenance.Sources.Count > 0);
        organizations.SelectMany(o => o.ChairTerms).Should().OnlyContain(t => t.Value.Provenance.Sources.Count > 0);
        organizations.SelectMany(o => o.Posts).SelectMany(p => p.Tenures).Should().OnlyContain(t => t.Value.Provenance.Sources.Count > 0);
        organizations.SelectMany(o => o.Memberships).SelectMany(m => m.Statuses).Should().OnlyContain(s => s.Value.Provenance.Sources.Count > 0);
    }

    [Fact]
    public void Building_the_fixtures_twice_gives_equal_catalogs()
    {
        var again = new Catalog(TurkicFixtures.Catalog.Parties, TurkicFixtures.Catalog.Organizations.Select(o => o with { }));

        again.Should().Be(TurkicFixtures.Catalog);
        again.GetHashCode().Should().Be(TurkicFixtures.Catalog.GetHashCode());
    }
}
