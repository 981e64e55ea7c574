using NodaTime;
using OrgModel.Collections;
using OrgModel.Model;
using OrgModel.Time;
using static OrgModel.Tests.Model.ModelBuilders;

namespace OrgModel.Tests.Model;

/// <summary>Every invariant of the domain model, each shown with the error message a user gets.</summary>
public class InvariantTests
{
    [Fact]
    public void Status_spans_within_a_membership_must_not_overlap()
    {
        Action build = () => _ = new Membership(new Id<Party>("kaz"), Timeline.Exclusive(
            TimelineEntry.Create(DateRange.Between(D("2010-01-01"), D("2015-01-01")), new StatusSpan(MembershipStatus.Observer)),
            TimelineEntry.Create(DateRange.From(D("2014-01-01")), new StatusSpan(MembershipStatus.Full))));

        build.Should().Throw<ArgumentException>().WithMessage("Timeline entries overlap: '[2010-01-01, 2015-01-01): Observer' and '[2014-01-01, ongoing): Full'*");
    }

    [Fact]
    public void A_membership_rejects_a_status_timeline_that_allows_overlaps()
    {
        Action build = () => _ = new Membership(new Id<Party>("kaz"), Timeline.AllowingOverlaps(TimelineEntry.Create(DateRange.From(D("2014")), new StatusSpan(MembershipStatus.Full))));

        build.Should().Throw<ArgumentException>().WithMessage("The membership of 'kaz' needs at least one status span, in an exclusive timeline (status spans must not overlap).*");
    }

    [Fact]
    public void A_membership_can_go_from_observer_to_full_and_says_why()
    {
        var membership = new Membership(new Id<Party>("hun"), Timeline.Exclusive(
            TimelineEntry.Create(DateRange.Between(D("2018-09-02"), D("2030-01-01")), new StatusSpan(MembershipStatus.Observer, MembershipChangeReason.Admission, MembershipChangeReason.StatusChange)),
            TimelineEntry.Create(DateRange.From(D("2030-01-01")), new StatusSpan(MembershipStatus.Full, MembershipChangeReason.StatusChange))));

        membership.StatusOn(new LocalDate(2029, 12, 31)).Value.Should().Be(MembershipStatus.Observer);
        membership.StatusOn(new LocalDate(2030, 1, 1)).Value.Should().Be(MembershipStatus.Full);
    }

    [Fact]
    public void A_party_has_one_membership_per_organization()
    {
        Action build = () => Org(memberships: [Full("kaz"), Full("KAZ", "2020-01-01")]);

        build.Should().Throw<ArgumentException>().WithMessage("Organization 'test': party 'KAZ' has two memberships; record its status changes inside one membership.*");
    }

    [Fact]
    public void A_chair_term_must_be_held_by_a_member_during_the_term()
    {
        Action build = () => Org(memberships: [Full("kaz", "2020-01-01")], chairTerms: One(new ChairTerm(new Id<Party>("kaz")), DateRange.Between(D("2015-01-01"), D("2016-01-01"))));

        build.Should().Throw<ArgumentException>()
            .WithMessage("Organization 'test': the chair term [2015-01-01, 2016-01-01) is held by 'kaz', which is not a member during the term; record why in the term's non-member reason.*");
    }

    [Fact]
    public void A_non_member_may_chair_when_the_term_records_why()
    {
        Organization org = Org(chairTerms: One(new ChairTerm(new Id<Party>("kaz"), nonMemberReason: "Chairs by decision of the Council as host of the founding conference."), DateRange.From(D("2015-01-01"))));

        org.ChairOn(new LocalDate(2015, 6, 1)).Value.NonMemberReason.Should().StartWith("Chairs by decision");
    }

    [Fact]
    public void A_suspended_member_does_not_count_as_a_member_for_the_chair()
    {
        var suspended = new Membership(new Id<Party>("kaz"), One(new StatusSpan(MembershipStatus.Suspended), DateRange.From(D("2010-01-01"))));
        Action build = () => Org(memberships: [suspended], chairTerms: One(new ChairTerm(new Id<Party>("kaz")), DateRange.From(D("2015-01-01"))));

        build.Should().Throw<ArgumentException>().WithMessage("*is held by 'kaz', which is not a member during the term*");
    }

    [Fact]
    public void Chair_terms_must_not_overlap()
    {
        Action build = () => Org(
            memberships: [Full("kaz"), Full("kgz")],
            chairTerms: Timeline.AllowingOverlaps(
                TimelineEntry.Create(DateRange.From(D("2015-01-01")), new ChairTerm(new Id<Party>("kaz"))),
                TimelineEntry.Create(DateRange.From(D("2016-01-01")), new ChairTerm(new Id<Party>("kgz")))));

        build.Should().Throw<ArgumentException>().WithMessage("Organization 'test': one party chairs at a time, so chair terms must form an exclusive timeline.*");
    }

    [Fact]
    public void A_chair_term_handed_over_at_a_session_must_name_a_session_of_the_organization()
    {
        Action build = () => Org(memberships: [Full("kaz")], chairTerms: One(new ChairTerm(new Id<Party>("kaz"), startsAtSession: new Id<Session>("plenary-9")), DateRange.From(D("2015-01-01"))));

        build.Should().Throw<ArgumentException>().WithMessage("Organization 'test': the chair term of 'kaz' starts at session 'plenary-9', which is not among its sessions.*");
    }

    [Fact]
    public void A_chair_term_handed_over_at_a_session_must_start_on_one_of_its_days()
    {
        Action build = () => Org(
            memberships: [Full("kaz")],
            sessions: [Plenary("plenary-2", 2, "2015-03-01")],
            chairTerms: One(new ChairTerm(new Id<Party>("kaz"), startsAtSession: new Id<Session>("plenary-2")), DateRange.From(D("2015-01-01"))));

        build.Should().Throw<ArgumentException>()
            .WithMessage("Organization 'test': the chair term of 'kaz' starts at session 'plenary-2', held on 2015-03-01, but its range [2015-01-01, ongoing) starts on 2015-01-01.*");
    }

    [Fact]
    public void A_chair_handed_over_on_the_second_day_of_a_two_day_session_is_accepted()
    {
        var session = new Session(new Id<Session>("plenary-14"), "plenary", 14, SessionKind.Regular, D("2025-06-11"), new Place("Astana"), D("2025-06-12"));
        Organization org = Org(memberships: [Full("kaz")], sessions: [session], chairTerms: One(new ChairTerm(new Id<Party>("kaz"), startsAtSession: new Id<Session>("plenary-14")), DateRange.From(D("2025-06-12"))));

        org.ChairOn(new LocalDate(2025, 6, 12)).HasValue.Should().BeTrue();
    }

    [Fact]
    public void Session_ordinals_are_unique_within_a_series()
    {
        Action build = () => Org(sessions: [Plenary("summit-12", 12, "2025-10-07", "summit"), Plenary("summit-12-bis", 12, "2025-10-08", "summit")]);

        build.Should().Throw<ArgumentException>().WithMessage("Organization 'test': session ordinals are unique within a series, but the summit series has two sessions numbered 12.*");
    }

    [Fact]
    public void The_same_ordinal_in_two_series_is_fine_and_informal_sessions_need_none()
    {
        Organization org = Org(sessions: [Plenary("summit-1", 1, "2011-10-21", "summit"), Plenary("council-1", 1, "2011-10-20", "council"), Plenary("informal", null, "2024-07")]);

        org.Sessions.Should().HaveCount(3);
    }

    [Fact]
    public void Session_identifiers_are_unique_within_an_organization()
    {
        Action build = () => Org(sessions: [Plenary("s", 1, "2011-10-21"), Plenary("S", 2, "2012-10-21")]);

        build.Should().Throw<ArgumentException>().WithMessage("Organization 'test': two sessions have the identifier 'S'.*");
    }

    [Theory]
    [InlineData(SessionFormat.InPerson, "Minsk", "plenary 1 (2020-05-19, Minsk)")]
    [InlineData(SessionFormat.Videoconference, "Minsk (by videoconference)", "plenary 1 (2020-05-19, Minsk (by videoconference))")]
    [InlineData(SessionFormat.Hybrid, "Minsk (in person and by videoconference)", "plenary 1 (2020-05-19, Minsk (in person and by videoconference))")]
    public void A_session_says_where_it_was_held_and_whether_the_participants_met_there(SessionFormat format, string where, string text)
    {
        var session = new Session(new Id<Session>("s"), "plenary", 1, SessionKind.Regular, D("2020-05-19"), new Place("Minsk"), format: format);

        session.Format.Should().Be(format);
        session.Where.Should().Be(where);
        session.ToString().Should().Be(text);
    }

    [Fact]
    public void A_session_format_outside_the_enumeration_is_rejected()
    {
        Action build = () => _ = new Session(new Id<Session>("s"), "plenary", 1, SessionKind.Regular, D("2020-05-19"), new Place("Minsk"), format: (SessionFormat)7);

        build.Should().Throw<ArgumentException>().WithParameterName("format");
    }

    [Fact]
    public void A_session_cannot_end_before_it_begins_and_needs_a_positive_ordinal()
    {
        Action backwards = () => _ = new Session(new Id<Session>("s"), "plenary", 1, SessionKind.Regular, D("2011-04-28"), new Place("Astana"), D("2011-04-27"));
        Action zero = () => _ = Plenary("s", 0, "2011-04-28");
        Action series = () => _ = Plenary("s", 1, "2011-04-28", "Plenary Session");

        backwards.Should().Throw<ArgumentException>().WithMessage("Session 's': the last day (2011-04-27) cannot come before the first (2011-04-28).*");
        zero.Should().Throw<ArgumentException>().WithMessage("Session 's': the ordinal must be 1 or more.*");
        series.Should().Throw<ArgumentException>().WithMessage("Session 's': the series 'Plenary Session' must be a lower-case token*");
    }

    [Fact]
    public void Entry_into_force_cannot_come_before_signature()
    {
        Action build = () => _ = new Agreement(new Id<Agreement>("a"), AgreementKind.Founding, "Agreement", D("2009-10-03"), recordedEntryIntoForce: D("2009-10-02"));

        build.Should().Throw<ArgumentException>().WithMessage("Agreement 'a': entry into force (2009-10-02) cannot come before signature (2009-10-03).*");
    }

    [Fact]
    public void An_act_of_consent_cannot_come_before_signature()
    {
        Action build = () => _ = new Agreement(new Id<Agreement>("a"), AgreementKind.Founding, "Agreement", D("2009-10-03"), consents: [new Consent(new Id<Party>("kaz"), ConsentKind.Ratification, D("2009"))]);
        Action before = () => _ = new Agreement(new Id<Agreement>("a"), AgreementKind.Founding, "Agreement", D("2009-10-03"), consents: [new Consent(new Id<Party>("kaz"), ConsentKind.Ratification, D("2009-09-30"))]);

        build.Should().NotThrow("a ratification dated only '2009' may fall after the signature");
        before.Should().Throw<ArgumentException>().WithMessage("Agreement 'a': the Ratification of 'kaz' (2009-09-30) cannot come before signature (2009-10-03).*");
    }

    [Fact]
    public void A_party_signs_an_agreement_once()
    {
        Action build = () => _ = new Agreement(new Id<Agreement>("a"), AgreementKind.Founding, "Agreement", signatories: [new Signatory(new Id<Party>("kaz"), "Head of State"), new Signatory(new Id<Party>("kaz"), "Head of Government")]);

        build.Should().Throw<ArgumentException>().WithMessage("Agreement 'a': 'kaz' is listed as a signatory twice.*");
    }

    [Fact]
    public void A_partys_entry_into_force_and_a_withdrawal_cannot_precede_their_own_notification()
    {
        Action consent = () => _ = new Consent(new Id<Party>("uzb"), ConsentKind.Accession, D("2019-09-14"), D("2019-09-01"));
        Action withdrawal = () => _ = new Withdrawal(new Id<Party>("uzb"), WithdrawalKind.Withdrawal, D("2030-01-01"), D("2029-12-31"));

        consent.Should().Throw<ArgumentException>().WithMessage("The entry into force for 'uzb' (2019-09-01) cannot come before its Accession (2019-09-14).*");
        withdrawal.Should().Throw<ArgumentException>().WithMessage("The Withdrawal of 'uzb' cannot take effect (2029-12-31) before it was notified (2030-01-01).*");
    }

    [Fact]
    public void Entry_into_force_is_computed_from_the_third_instrument_plus_thirty_days()
    {
        var rule = new EntryIntoForceRule(3, 30, 30, "on the thirtieth day after the receipt of the third written notification");
        var agreement = new Agreement(new Id<Agreement>("a"), AgreementKind.Founding, "Agreement", D("2009-10-03"),
            consents:
            [
                new Consent(new Id<Party>("a1"), ConsentKind.Ratification, D("2010-02-01")),
                new Consent(new Id<Party>("a2"), ConsentKind.Signature, D("2009-10-03")),
                new Consent(new Id<Party>("a3"), ConsentKind.Approval, D("2010-10-18")),
                new Consent(new Id<Party>("a4"), ConsentKind.Ratification, D("2010-05-05")),
                new Consent(new Id<Party>("a5"), ConsentKind.Accession, D("2019-09-14")),
            ],
            rule: rule);

        agreement.EntryIntoForce.Should().Be(D("2010-11-17"));
        agreement.EntryIntoForceFor(new Id<Party>("a1")).Should().Be(D("2010-11-17"));
        agreement.EntryIntoForceFor(new Id<Party>("a5")).Should().Be(D("2019-10-14"));
        agreement.EntryIntoForceFor(new Id<Party>("a2")).Should().BeNull("a simple signature is not consent to be bound");
    }

    [Fact]
    public void Computed_entry_into_force_is_only_as_precise_as_the_instruments()
    {
        var rule = new EntryIntoForceRule(1, 30, null, "thirty days after the first instrument");

        rule.ComputeEntryIntoForce([new Consent(new Id<Party>("a"), ConsentKind.Ratification, D("2010-05"))]).Should().Be(D("2010"), "May 2010 plus 30 days falls between 31 May and 30 June");
        rule.ComputeEntryIntoForce([new Consent(new Id<Party>("a"), ConsentKind.Ratification, D("2010-12"))]).Should().BeNull("December 2010 plus 30 days spans two years");
        rule.ComputeEntryIntoForce([new Consent(new Id<Party>("a"), ConsentKind.Ratification, D("2010-05-01"))]).Should().Be(D("2010-05-31"));
        new EntryIntoForceRule(1, 0, null, "on deposit").ComputeEntryIntoForce([new Consent(new Id<Party>("a"), ConsentKind.Ratification, D("2010-05"))]).Should().Be(D("2010-05"));
        new EntryIntoForceRule(1, 0, null, "on deposit").ComputeEntryIntoForce([new Consent(new Id<Party>("a"), ConsentKind.Ratification, D("2010"))]).Should().Be(D("2010"));
        rule.ComputeEntryIntoForce([]).Should().BeNull("too few instruments");
    }

    [Fact]
    public void A_tenure_cannot_end_before_it_starts()
    {
        Action build = () => TimelineEntry.Create(DateRange.Between(D("2025-10-15"), D("2025-06-12")), "tenure");

        build.Should().Throw<ArgumentException>().WithMessage("The end (2025-06-12) must come after the start (2025-10-15)*");
    }

    [Fact]
    public void A_holder_cannot_be_elected_after_taking_office()
    {
        var person = new Person(new Id<Person>("p"), "A Person");
        Action build = () => _ = new Post(new Id<Post>("secretary-general"), "Secretary-General", One(new Tenure(person, electedOn: D("2025-11-01")), DateRange.From(D("2025-10-15"))));

        build.Should().Throw<ArgumentException>().WithMessage("Post 'secretary-general': A Person cannot be elected (2025-11-01) after taking office (2025-10-15).*");
    }

    [Fact]
    public void A_single_holder_post_rejects_overlapping_tenures_and_a_multi_holder_post_accepts_them()
    {
        var tenures = Timeline.AllowingOverlaps(
            TimelineEntry.Create(DateRange.From(D("2009-09-29")), new Tenure(new Person(new Id<Person>("a"), "A"))),
            TimelineEntry.Create(DateRange.From(D("2009-09-29")), new Tenure(new Person(new Id<Person>("b"), "B"))));
        Action single = () => _ = new Post(new Id<Post>("deputy"), "Deputy", tenures);

        single.Should().Throw<ArgumentException>().WithMessage("Post 'deputy' has one holder at a time: its tenures must form an exclusive timeline.*");
        new Post(new Id<Post>("deputy"), "Deputy", tenures, maxHolders: 2).Tenures.Should().HaveCount(2);
    }

    [Fact]
    public void A_vacancy_is_a_day_without_a_tenure()
    {
        var post = new Post(new Id<Post>("sg"), "Secretary-General", Timeline.Exclusive(
            TimelineEntry.Create(DateRange.Between(D("2010-01-01"), D("2012-01-01")), new Tenure(new Person(new Id<Person>("a"), "A"))),
            TimelineEntry.Create(DateRange.From(D("2012-03-01")), new Tenure(new Person(new Id<Person>("b"), "B"), TenureRole.Acting))));

        post.HolderOn(new LocalDate(2012, 2, 1)).HasValue.Should().BeFalse();
        post.HolderOn(new LocalDate(2012, 3, 1)).Value.ToString().Should().Be("B (acting)");
    }

    [Fact]
    public void Dissolution_closes_every_open_membership_chair_and_tenure()
    {
        var post = new Post(new Id<Post>("sg"), "Secretary-General", One(new Tenure(new Person(new Id<Person>("a"), "A")), DateRange.From(D("2000-01-01"))));
        var org = new Organization(new Id<Organization>("old"), OrganizationClassification.IntergovernmentalOrganization, Named(), D("1990"), D("2005-06-30"),
            memberships: [Full("kaz", "2000-01-01")], posts: [post], chairTerms: One(new ChairTerm(new Id<Party>("kaz")), DateRange.From(D("2001-01-01"))));

        var before = new LocalDate(2005, 6, 29);
        var after = new LocalDate(2005, 6, 30);
        org.StatusOn(new Id<Party>("kaz"), before).Certainty.Should().Be(Certainty.Certainly);
        org.StatusOn(new Id<Party>("kaz"), after).HasValue.Should().BeFalse();
        org.ChairOn(after).HasValue.Should().BeFalse();
        org.HolderOn(new Id<Post>("sg"), after).HasValue.Should().BeFalse();
        org.IsActiveOn(new LocalDate(1990, 6, 1)).Should().Be(Certainty.Possibly);
        org.IsActiveOn(new LocalDate(1989, 12, 31)).Should().Be(Certainty.No);
    }

    [Fact]
    public void A_status_cannot_start_after_the_organization_was_dissolved()
    {
        Action build = () => Org(memberships: [Full("kaz", "2006-01-01")], dissolved: "2005-06-30");

        build.Should().Throw<ArgumentException>().WithMessage("Organization 'test': the Full status of 'kaz' starts (2006-01-01) after the organization was dissolved (2005-06-30).*");
    }

    [Fact]
    public void Dissolution_cannot_come_before_founding()
    {
        Action build = () => _ = new Organization(new Id<Organization>("x"), OrganizationClassification.Other, Named(), D("2010"), D("2009"));

        build.Should().Throw<ArgumentException>().WithMessage("The end (2009) must come after the start (2010)*");
    }

    [Fact]
    public void A_merger_ends_the_organization_on_its_dissolution_date_and_only_an_ending_names_a_successor()
    {
        Action noSuccessor = () => _ = new SuccessionEvent(SuccessionKind.Merged, D("2005"));
        Action renameWithSuccessor = () => _ = new SuccessionEvent(SuccessionKind.Renamed, D("2005"), new Id<Organization>("other"));
        Action mismatch = () => _ = new Organization(new Id<Organization>("x"), OrganizationClassification.Other, Named(), dissolved: D("2006"), succession: [new SuccessionEvent(SuccessionKind.Replaced, D("2005"), new Id<Organization>("other"))]);

        noSuccessor.Should().NotThrow("the COW data records replacements without naming the successor");
        renameWithSuccessor.Should().Throw<ArgumentException>().WithMessage("A Renamed event continues the same organization and names no successor.*");
        mismatch.Should().Throw<ArgumentException>().WithMessage("Organization 'x': the Replaced event on 2005 ends it, so its dissolution must be that date (it is 2006).*");
    }

    [Fact]
    public void A_rename_must_match_a_change_in_the_name_history()
    {
        Action build = () => _ = new Organization(new Id<Organization>("x"), OrganizationClassification.Other, Named(), succession: [new SuccessionEvent(SuccessionKind.Renamed, D("2021-11-12"))]);

        build.Should().Throw<ArgumentException>().WithMessage("Organization 'x': the rename on 2021-11-12 must match a change in its name history*");
    }

    [Fact]
    public void The_secretariats_headquarters_agreement_and_head_post_must_exist()
    {
        var seats = One(new Seat(new Place("Baku")), DateRange.From(D("2009-09-29")));
        Action hq = () => _ = new Organization(new Id<Organization>("x"), OrganizationClassification.Other, Named(), secretariat: new Secretariat(seats, new Id<Agreement>("hq")));
        Action head = () => _ = new Organization(new Id<Organization>("x"), OrganizationClassification.Other, Named(), secretariat: new Secretariat(seats, headPost: new Id<Post>("secretary-general")));

        hq.Should().Throw<ArgumentException>().WithMessage("Organization 'x': the secretariat's headquarters agreement 'hq' is not among its agreements.*");
        head.Should().Throw<ArgumentException>().WithMessage("Organization 'x': the secretariat's head post 'secretary-general' is not among its posts.*");
    }

    [Fact]
    public void References_must_resolve_a_membership_names_a_party_that_exists()
    {
        Action build = () => _ = new Catalog([State("kaz")], [Org(memberships: [Full("uzb")])]);

        build.Should().Throw<ArgumentException>().WithMessage("Organization 'test': a membership names party 'uzb', which is not a party in the catalog.*");
    }

    [Fact]
    public void References_must_resolve_for_chairs_hosts_signatories_nominators_relations_and_successors()
    {
        Organization WithChair() => Org(chairTerms: One(new ChairTerm(new Id<Party>("ghost"), nonMemberReason: "Test."), DateRange.From(D("2015"))));
        Organization WithHost() => Org(sessions: [new Session(new Id<Session>("s"), "plenary", 1, SessionKind.Regular, D("2011"), new Place("Astana"), host: new Id<Party>("ghost"))]);
        Organization WithCountry() => Org(sessions: [new Session(new Id<Session>("s"), "plenary", 1, SessionKind.Regular, D("2011"), new Place("Astana", country: new Id<Party>("ghost")))]);
        Organization WithRelation() => new(new Id<Organization>("x"), OrganizationClassification.Other, Named(), relations: [new OrganizationRelation(RelationKind.Affiliation, new Id<Organization>("nowhere"))]);
        Organization WithNominator() => new(new Id<Organization>("x"), OrganizationClassification.Other, Named(), posts: [new Post(new Id<Post>("sg"), "SG", One(new Tenure(new Person(new Id<Person>("p"), "P"), nominatedBy: new Id<Party>("ghost"))))]);

        new Action(() => _ = new Catalog([], [WithChair()])).Should().Throw<ArgumentException>().WithMessage("Organization 'test': a chair term names holder 'ghost', which is not a party in the catalog.*");
        new Action(() => _ = new Catalog([], [WithHost()])).Should().Throw<ArgumentException>().WithMessage("Organization 'test': session 's' names host 'ghost'*");
        new Action(() => _ = new Catalog([], [WithCountry()])).Should().Throw<ArgumentException>().WithMessage("Organization 'test': session 's' is placed in country 'ghost'*");
        new Action(() => _ = new Catalog([], [WithRelation()])).Should().Throw<ArgumentException>().WithMessage("Organization 'x': a Affiliation relation names organization 'nowhere', which is not an organization in the catalog.*");
        new Action(() => _ = new Catalog([], [WithNominator()])).Should().Throw<ArgumentException>().WithMessage("Organization 'x': post 'sg' names nominating party 'ghost'*");
    }

    [Fact]
    public void Identifiers_are_unique_within_a_catalog_ignoring_case()
    {
        Action parties = () => _ = new Catalog([State("kaz"), State("KAZ")], []);
        Action orgs = () => _ = new Catalog([], [Org(), Org()]);

        parties.Should().Throw<ArgumentException>().WithMessage("Two parties have the identifier 'KAZ'.*");
        orgs.Should().Throw<ArgumentException>().WithMessage("Two organizations have the identifier 'test'.*");
    }

    [Fact]
    public void A_legislature_names_a_state_of_the_catalog()
    {
        Action noState = () => _ = new Party(new Id<Party>("p"), PartyKind.Legislature, One("A Parliament"));
        Action unknownState = () => _ = new Catalog([new Party(new Id<Party>("p"), PartyKind.Legislature, One("A Parliament"), stateOf: new Id<Party>("kaz"))], []);
        Action stateWithState = () => _ = new Party(new Id<Party>("p"), PartyKind.State, One("A State"), stateOf: new Id<Party>("kaz"));

        noState.Should().Throw<ArgumentException>().WithMessage("Party 'p' is a legislature and must name the state it belongs to.*");
        unknownState.Should().Throw<ArgumentException>().WithMessage("Party 'p' is the legislature of 'kaz', which is not a state (or other entity) in the catalog.*");
        stateWithState.Should().Throw<ArgumentException>().WithMessage("Party 'p' is a State; only a legislature names the state it belongs to.*");
    }

    [Fact]
    public void Only_a_state_has_an_iso_code_and_it_must_be_three_capitals()
    {
        Action notState = () => _ = new Party(new Id<Party>("p"), PartyKind.OtherEntity, One("Northern Cyprus"), "CYN");
        Action badCode = () => _ = new Party(new Id<Party>("p"), PartyKind.State, One("Kazakhstan"), "kz");

        notState.Should().Throw<ArgumentException>().WithMessage("Party 'p' is a OtherEntity; only a state has an ISO 3166-1 alpha-3 code.*");
        badCode.Should().Throw<ArgumentException>().WithMessage("'kz' is not an ISO 3166-1 alpha-3 code (three upper-case letters).*");
    }

    [Fact]
    public void A_party_needs_a_name_and_only_an_organization_party_links_to_an_organization()
    {
        Action noName = () => _ = new Party(new Id<Party>("p"), PartyKind.State, Timeline<string>.Empty);
        Action link = () => _ = new Party(new Id<Party>("p"), PartyKind.State, One("Kazakhstan"), organization: new Id<Organization>("ots"));
        Action dangling = () => _ = new Catalog([new Party(new Id<Party>("eco"), PartyKind.Organization, One("ECO"), organization: new Id<Organization>("eco"))], []);

        noName.Should().Throw<ArgumentException>().WithMessage("Party 'p' needs at least one name, in an exclusive timeline.*");
        link.Should().Throw<ArgumentException>().WithMessage("Party 'p' is a State; only a party of kind Organization links to an organization.*");
        dangling.Should().Throw<ArgumentException>().WithMessage("Party 'eco' stands for organization 'eco', which is not an organization in the catalog.*");
    }

    [Fact]
    public void A_disputed_fact_must_say_what_the_dispute_is()
    {
        Action build = () => _ = new Provenance(isDisputed: true);

        build.Should().Throw<ArgumentException>().WithMessage("A disputed fact must carry a note that says what the dispute is.*");
    }

    [Fact]
    public void An_inferred_fact_must_say_what_it_is_inferred_from()
    {
        Action build = () => _ = new Provenance(isInferred: true);

        build.Should().Throw<ArgumentException>().WithMessage("An inferred fact must carry a note that says what it is inferred from.*");
        new Provenance(note: "The host of the next meeting coordinates.", isInferred: true).IsInferred.Should().BeTrue();
    }

    [Fact]
    public void Provenance_that_differs_only_in_being_inferred_is_not_equal()
    {
        var stated = new Provenance([new Source("TÜRKSOY")], note: "Hosted the 34th meeting.");
        var inferred = new Provenance([new Source("TÜRKSOY")], note: "Hosted the 34th meeting.", isInferred: true);

        inferred.Should().NotBe(stated);
        inferred.Should().Be(new Provenance([new Source("TÜRKSOY")], note: "Hosted the 34th meeting.", isInferred: true));
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("-leading")]
    [InlineData("ünicode")]
    public void Identifiers_are_ascii_tokens(string text)
    {
        Action build = () => _ = new Id<Party>(text);

        build.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Identifiers_keep_their_spelling_and_compare_without_case()
    {
        var upper = new Id<Party>("KAZ");

        upper.Should().Be(new Id<Party>("kaz"));
        upper.GetHashCode().Should().Be(new Id<Party>("kaz").GetHashCode());
        upper.ToString().Should().Be("KAZ");
        default(Id<Party>).Value.Should().BeEmpty("the default identifier names nothing, and reading it never throws");
    }

    [Theory]
    [InlineData(IdentifierSchemes.Wikidata, "Q1234x")]
    [InlineData(IdentifierSchemes.CowIgo, "UN")]
    [InlineData(IdentifierSchemes.Iso3166Alpha3, "Kaz")]
    [InlineData("Wikidata", "Q1")]
    public void External_identifiers_in_known_schemes_are_checked(string scheme, string value)
    {
        Action build = () => _ = new ExternalIdentifier(scheme, value);

        build.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void A_source_url_must_be_absolute_http()
    {
        Action build = () => _ = new Source("A page", new Uri("ftp://example.org/x"));

        build.Should().Throw<ArgumentException>().WithMessage("'ftp://example.org/x' is not an absolute http or https URL.*");
    }

    [Fact]
    public void A_source_publisher_may_be_left_out_but_not_blank()
    {
        Action blank = () => _ = new Source("A page", publisher: " ");

        blank.Should().Throw<ArgumentException>();
        new Source("A page").Publisher.Should().BeNull();
    }

    [Fact]
    public void A_source_reads_as_title_publisher_date_and_address()
    {
        var source = new Source("NATO member countries", new Uri("https://www.nato.int/x"), PartialDate.Parse("2026-12-02"), "North Atlantic Treaty Organization", PartialDate.Parse("2024-03"));

        source.ToString().Should().Be("NATO member countries — North Atlantic Treaty Organization, 2024-03 <https://www.nato.int/x>");
        new Source("A page", published: PartialDate.Parse("2020")).ToString().Should().Be("A page — 2020");
    }

    [Fact]
    public void Model_lists_compare_by_contents_and_reject_nulls()
    {
        EquatableArray<string> a = ["x", "y"];
        EquatableArray<string> b = new[] { "x", "y" }.ToEquatableArray();
        Action withNull = () => _ = new EquatableArray<string>(["x", null!]);

        a.Should().Equal(b);
        (a == b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        default(EquatableArray<string>).Should().BeEmpty();
        (default(EquatableArray<string>) == EquatableArray<string>.Empty).Should().BeTrue();
        withNull.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Records_holding_lists_are_equal_when_their_contents_are()
    {
        Agreement Build() => new(new Id<Agreement>("a"), AgreementKind.Founding, "Agreement", D("2009"), signatories: [new Signatory(new Id<Party>("kaz"), "Head of State")]);

        Build().Should().Be(Build());
        Build().GetHashCode().Should().Be(Build().GetHashCode());
    }
}
