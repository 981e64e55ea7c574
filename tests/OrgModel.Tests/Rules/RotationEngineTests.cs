using CsCheck;
using NodaTime;
using OrgModel.Collections;
using OrgModel.Model;
using OrgModel.Queries;
using OrgModel.Time;

namespace OrgModel.Tests.Rules;

/// <summary>How a rule hands the chair on: alphabetical continuity, skips, waivers, swaps, new orders, sessions, and the record beside it.</summary>
public class RotationEngineTests
{
    private static readonly Id<Organization> Org = new("council");

    [Fact]
    public void An_alphabetical_rotation_continues_from_the_last_holder_when_a_member_joins()
    {
        // Albania, Chile, Estonia from the start; Denmark joins on 1 March. Chile holds February, so
        // March goes to Denmark, not back to "A".
        Catalog catalog = Build(
            [("alb", "Albania", "2020-01-01", null), ("chl", "Chile", "2020-01-01", null), ("est", "Estonia", "2020-01-01", null), ("dnk", "Denmark", "2020-03-01", null)],
            new RotationRule(RotationOrder.Alphabetical("en"), RotationPeriod.Month, new RotationAnchor(new Id<Party>("alb"), new LocalDate(2020, 1, 1))));

        Holders(catalog, "2020-01-01", "2020-06-30").Should().Equal("alb", "chl", "dnk", "est", "alb", "chl");
    }

    [Fact]
    public void An_alphabetical_rotation_continues_past_a_holder_that_has_left()
    {
        // Chile leaves at the end of January, while it holds the chair: February goes to the next name after Chile.
        Catalog catalog = Build(
            [("alb", "Albania", "2020-01-01", null), ("chl", "Chile", "2019-01-01", "2020-02-01"), ("est", "Estonia", "2020-01-01", null), ("fin", "Finland", "2020-01-01", null)],
            new RotationRule(RotationOrder.Alphabetical("en"), RotationPeriod.Month, new RotationAnchor(new Id<Party>("chl"), new LocalDate(2020, 1, 1))));

        Holders(catalog, "2020-01-01", "2020-04-30").Should().Equal("chl", "est", "fin", "alb");
    }

    [Fact]
    public void Alphabetical_order_is_the_languages_collation_and_the_organizations_own_spelling()
    {
        // English collation ignores the diaeresis: Tunisia, Türkiye, Turkmenistan. The rule's own name for
        // 'kor' ("Republic of Korea") puts it under R, not K.
        Catalog catalog = Build(
            [("tun", "Tunisia", "2020-01-01", null), ("tur", "Türkiye", "2020-01-01", null), ("tkm", "Turkmenistan", "2020-01-01", null), ("kor", "Korea", "2020-01-01", null)],
            new RotationRule(RotationOrder.Alphabetical("en", [new RotationName(new Id<Party>("kor"), "Republic of Korea")]), RotationPeriod.Month, new RotationAnchor(new Id<Party>("kor"), new LocalDate(2020, 1, 1))));

        Holders(catalog, "2020-01-01", "2020-04-30").Should().Equal("kor", "tun", "tur", "tkm");
    }

    [Fact]
    public void A_skipped_turn_passes_to_the_next_party_and_the_order_continues_from_it()
    {
        var rule = new RotationRule(RotationOrder.Fixed([P("a"), P("b"), P("c"), P("d")]), RotationPeriod.Year, new RotationAnchor(P("a"), new LocalDate(2020, 1, 1)),
            deviations: [new RotationDeviation(RotationDeviationKind.Skip, new LocalDate(2021, 1, 1), [P("b")])]);

        Holders(Build([], rule), "2020-01-01", "2022-12-31").Should().Equal("a", "c", "d");
    }

    [Fact]
    public void A_waived_turn_passes_on_like_a_skipped_one_and_is_named_on_the_term()
    {
        var rule = new RotationRule(RotationOrder.Fixed([P("a"), P("b"), P("c")]), RotationPeriod.TwoYears, new RotationAnchor(P("a"), new LocalDate(2020, 1, 1)),
            deviations: [new RotationDeviation(RotationDeviationKind.Waived, new LocalDate(2022, 1, 1), [P("b")])]);

        var terms = Build([], rule).Rotation(Org, new LocalDate(2020, 1, 1), new LocalDate(2023, 12, 31));

        terms.Select(t => t.Holder.Value).Should().Equal("a", "c");
        terms[1].Deviation!.Kind.Should().Be(RotationDeviationKind.Waived);
        terms[1].Period.Should().Be(DateRange.Between(new PartialDate(2022, 1, 1), new PartialDate(2024, 1, 1)));
    }

    [Fact]
    public void A_deviation_about_a_turn_its_party_does_not_hold_changes_nothing()
    {
        var rule = new RotationRule(RotationOrder.Fixed([P("a"), P("b"), P("c")]), RotationPeriod.Year, new RotationAnchor(P("a"), new LocalDate(2020, 1, 1)),
            deviations: [new RotationDeviation(RotationDeviationKind.Skip, new LocalDate(2021, 1, 1), [P("c")])]);

        var terms = Build([], rule).Rotation(Org, new LocalDate(2020, 1, 1), new LocalDate(2022, 12, 31));

        terms.Select(t => t.Holder.Value).Should().Equal("a", "b", "c");
        terms.Should().OnlyContain(t => t.Deviation == null);
    }

    [Fact]
    public void A_swap_exchanges_two_turns_and_leaves_the_order_as_it_was()
    {
        var rule = new RotationRule(RotationOrder.Fixed([P("a"), P("b"), P("c"), P("d"), P("e")]), RotationPeriod.Year, new RotationAnchor(P("a"), new LocalDate(2020, 1, 1)),
            deviations: [new RotationDeviation(RotationDeviationKind.Swap, new LocalDate(2021, 1, 1), [P("b"), P("d")])]);

        Holders(Build([], rule), "2020-01-01", "2024-12-31").Should().Equal("a", "d", "c", "b", "e");
    }

    [Fact]
    public void A_new_order_starts_with_its_first_party_and_a_fixed_sequence_ends_with_its_last()
    {
        var rule = new RotationRule(RotationOrder.Fixed([P("a"), P("b"), P("c")]), RotationPeriod.HalfYear, new RotationAnchor(P("a"), new LocalDate(2020, 1, 1)),
            deviations: [new RotationDeviation(RotationDeviationKind.NewOrder, new LocalDate(2020, 7, 1), [P("c"), P("b")])]);
        Catalog catalog = Build([], rule);

        Holders(catalog, "2020-01-01", "2025-12-31").Should().Equal("a", "c", "b");
        catalog.ChairOn(Org, new LocalDate(2021, 7, 1)).HasValue.Should().BeFalse("the act says nothing after its last party");
    }

    [Fact]
    public void The_rule_says_nothing_before_its_anchor()
    {
        var rule = new RotationRule(RotationOrder.Fixed([P("a"), P("b")]), RotationPeriod.Year, new RotationAnchor(P("a"), new LocalDate(2020, 1, 1)));

        Build([], rule).ChairOn(Org, new LocalDate(2019, 12, 31)).HasValue.Should().BeFalse();
    }

    [Fact]
    public void A_recorded_term_wins_over_the_rule_and_a_departing_one_is_reported_with_what_the_rule_says()
    {
        var rule = new RotationRule(RotationOrder.Fixed([P("a"), P("b"), P("c")]), RotationPeriod.Year, new RotationAnchor(P("a"), new LocalDate(2020, 1, 1)));
        Catalog catalog = Build([], rule, [("2020-01-01", "2021-01-01", "a"), ("2021-01-01", "2022-01-01", "c")]);

        Answer<RotationTerm> chair = catalog.ChairOn(Org, new LocalDate(2021, 6, 1));
        chair.Value.Holder.Value.Should().Be("c");
        chair.Value.Origin.Should().Be(TermOrigin.Recorded);
        chair.Value.DepartsFromRule.Should().BeTrue();
        chair.Value.RuleHolder!.Value.Value.Should().Be("b");
        catalog.RotationDepartures(Org).Should().ContainSingle().Which.Holder.Value.Should().Be("c");
        catalog.ChairOn(Org, new LocalDate(2022, 6, 1)).Value.Should().Match<RotationTerm>(t => t.Origin == TermOrigin.Projected && t.Holder.Value == "c");
    }

    [Fact]
    public void A_recorded_term_that_starts_on_another_day_than_the_turn_departs_from_the_rule()
    {
        var rule = new RotationRule(RotationOrder.Fixed([P("a"), P("b")]), RotationPeriod.Year, new RotationAnchor(P("a"), new LocalDate(2020, 1, 1)));
        Catalog catalog = Build([], rule, [("2020-01-01", "2021-02-01", "a"), ("2021-02-01", "2022-01-01", "b")]);

        catalog.RotationDepartures(Org).Should().ContainSingle().Which.Period.Start.Should().Be(new PartialDate(2021, 2, 1));
    }

    [Fact]
    public void A_recorded_term_of_unknown_start_has_no_turn_and_departs_from_nothing()
    {
        var rule = new RotationRule(RotationOrder.Fixed([P("a"), P("b")]), RotationPeriod.Year, new RotationAnchor(P("a"), new LocalDate(2020, 1, 1)));
        Catalog built = Build([], rule);
        Organization o = built.GetOrganization(Org);
        var onlyTerm = Timeline.Exclusive(TimelineEntry.Create(DateRange.Until(new PartialDate(2021, 1, 1)), new ChairTerm(P("a"), nonMemberReason: "test")));
        var organization = new Organization(o.Id, o.Classification, o.Names, chairTerms: onlyTerm, chairRotation: rule);
        var catalog = new Catalog(built.Parties, [organization]);

        catalog.RotationDepartures(Org).Should().BeEmpty();
        catalog.ChairOn(Org, new LocalDate(2020, 6, 1)).Value.Should().Match<RotationTerm>(t => t.Origin == TermOrigin.Recorded && t.RuleHolder == null);
    }

    [Fact]
    public void A_rotation_period_must_not_end_before_it_starts() =>
        FluentActions.Invoking(() => Build([], null).Rotation(Org, new LocalDate(2020, 2, 1), new LocalDate(2020, 1, 1)))
            .Should().Throw<ArgumentException>().WithMessage("The period ends (2020-01-01) before it starts (2020-02-01).*");

    [Fact]
    public void Without_a_rule_the_chair_comes_from_the_record_alone()
    {
        Catalog catalog = Build([], null, [("2020-01-01", "2021-01-01", "a")]);

        catalog.ChairOn(Org, new LocalDate(2020, 5, 1)).Value.Should().Match<RotationTerm>(t => t.Origin == TermOrigin.Recorded && t.RuleHolder == null);
        catalog.ChairOn(Org, new LocalDate(2021, 5, 1)).HasValue.Should().BeFalse();
        catalog.Rotation(Org, new LocalDate(2019, 1, 1), new LocalDate(2025, 1, 1), ruleOnly: true).Should().BeEmpty();
        catalog.RotationDepartures(Org).Should().BeEmpty();
    }

    [Fact]
    public void Projected_turns_never_overlap_and_leave_no_gap_for_any_rule_and_period()
    {
        var gen = Gen.Select(Gen.Int[2, 8], Gen.Int[0, 3], Gen.Int[0, 400], Gen.Int[1, 600]);
        gen.Sample((parties, period, offset, length) =>
        {
            var sequence = Enumerable.Range(0, parties).Select(i => P($"p{i}")).ToArray();
            var rotationPeriod = (RotationPeriod)period;
            var rule = new RotationRule(RotationOrder.Fixed([.. sequence]), rotationPeriod, new RotationAnchor(sequence[0], new LocalDate(2000, 1, 1)));
            Catalog catalog = Build([], rule);
            LocalDate from = new LocalDate(2000, 1, 1).PlusDays(offset);
            var terms = catalog.Rotation(Org, from, from.PlusDays(length), ruleOnly: true);
            return terms.Zip(terms.Skip(1)).All(p => p.First.Period.End == p.Second.Period.Start)
                && terms.All(t => t.Certainty == Certainty.Possibly && t.Origin == TermOrigin.Projected);
        }, iter: 200);
    }

    [Fact]
    public void Where_the_record_follows_the_rule_the_rule_alone_reproduces_it_for_any_members_and_anchor()
    {
        var gen = Gen.Select(Gen.Int[2, 12], Gen.Int[0, 11], Gen.Int[1, 36], Gen.Int[0, 5]);
        gen.Sample((count, anchorIndex, months, joiners) =>
        {
            string[] names = ["Albania", "Brazil", "Chile", "Denmark", "Ecuador", "France", "Gabon", "Haiti", "India", "Japan", "Kenya", "Latvia"];
            int founders = count - Math.Min(joiners, count - 1);
            var members = names.Take(count).Select((n, i) => (n[..3].ToLowerInvariant(), n, i < founders ? "2020-01-01" : $"2020-{1 + (i % 12):00}-01", (string?)null)).ToArray();
            var anchor = new Id<Party>(members[anchorIndex % founders].Item1);
            var rule = new RotationRule(RotationOrder.Alphabetical("en"), RotationPeriod.Month, new RotationAnchor(anchor, new LocalDate(2020, 1, 1)));
            Catalog ruleOnly = Build(members, rule);
            var projected = ruleOnly.Rotation(Org, new LocalDate(2020, 1, 1), new LocalDate(2020, 1, 1).PlusMonths(months).PlusDays(-1), ruleOnly: true);
            var record = projected.Select(t => (t.Period.Start!.Value.ToString(), t.Period.End!.Value.ToString(), t.Holder.Value)).ToArray();
            Catalog recorded = Build(members, rule, record);
            return recorded.RotationDepartures(Org).IsEmpty
                && recorded.Rotation(Org, new LocalDate(2020, 1, 1), new LocalDate(2020, 1, 1).PlusMonths(months).PlusDays(-1)).All(t => t.Origin == TermOrigin.Recorded);
        }, iter: 150);
    }

    [Fact]
    public void After_a_membership_change_an_alphabetical_rotation_always_continues_from_the_last_holder()
    {
        // Random members join and leave on the first of random months; each month's holder must be the
        // first name after the previous holder's among the members of that month, wrapping round.
        string[] names = ["Albania", "Brazil", "Chile", "Denmark", "Ecuador", "France", "Gabon", "Haiti", "India", "Japan", "Kenya", "Latvia", "Malta", "Niger"];
        var gen = Gen.Select(Gen.Int[3, names.Length], Gen.Int[0, 11], Gen.Int[0, 11].Array[names.Length], Gen.Int[0, 24].Array[names.Length]);
        gen.Sample((count, first, joins, stays) =>
        {
            var members = names.Take(count).Select((n, i) =>
            {
                // The first three are members throughout, so the council is never empty.
                LocalDate from = i < 3 ? new LocalDate(2020, 1, 1) : new LocalDate(2020, 1, 1).PlusMonths(joins[i]);
                string? until = i < 3 || stays[i] == 0 ? null : Iso(from.PlusMonths(stays[i]));
                return (Id(n), n, Iso(from), until);
            }).ToArray();
            var anchor = new Id<Party>(members[first % 3].Item1);
            Catalog catalog = Build(members, new RotationRule(RotationOrder.Alphabetical("en"), RotationPeriod.Month, new RotationAnchor(anchor, new LocalDate(2020, 1, 1))));
            var terms = catalog.Rotation(Org, new LocalDate(2020, 1, 1), new LocalDate(2022, 12, 31), ruleOnly: true);
            for (int k = 1; k < terms.Length; k++)
            {
                LocalDate day = terms[k].Period.Start!.Value.Earliest;
                string previous = names.Single(n => Id(n) == terms[k - 1].Holder.Value);
                var present = members.Where(m => PartialDate.Parse(m.Item3).Earliest <= day && (m.until is null || day < PartialDate.Parse(m.until).Earliest)).Select(m => m.n).Order(StringComparer.Ordinal).ToList();
                string expected = present.FirstOrDefault(n => string.CompareOrdinal(n, previous) > 0) ?? present[0];
                if (terms[k].Holder.Value != Id(expected))
                {
                    return false;
                }
            }

            return terms.Length == 36;
        }, iter: 200);
    }

    private static string Id(string name) => name[..3].ToLowerInvariant();

    private static string Iso(LocalDate d) => NodaTime.Text.LocalDatePattern.Iso.Format(d);

    private static Id<Party> P(string id) => new(id);

    private static IEnumerable<string> Holders(Catalog catalog, string from, string to) =>
        catalog.Rotation(Org, LocalDateOf(from), LocalDateOf(to)).Select(t => t.Holder.Value);

    private static LocalDate LocalDateOf(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;

    // A catalog of one organization whose members are states with the given names and membership spans,
    // its rotation rule, and recorded chair terms. Parties of a fixed sequence need not be members.
    internal static Catalog Build((string Id, string Name, string From, string? Until)[] members, RotationRule? rule, (string From, string Until, string Holder)[]? terms = null)
    {
        var holders = (terms ?? []).Select(t => t.Holder).Concat(rule?.Order.Sequence.Select(p => p.Value) ?? []).Concat(rule is null ? [] : [rule.Anchor.Holder.Value]);
        var names = members.ToDictionary(m => m.Id, m => m.Name);
        var parties = members.Select(m => m.Id).Concat(holders).Distinct()
            .Select(id => new Party(new Id<Party>(id), PartyKind.State, Timeline.Exclusive(TimelineEntry.Create(default, names.GetValueOrDefault(id, id.ToUpperInvariant())))));
        var memberships = members.Select(m => new Membership(new Id<Party>(m.Id), Timeline.Exclusive(TimelineEntry.Create(
            new DateRange(PartialDate.Parse(m.From), m.Until is null ? null : PartialDate.Parse(m.Until)), new StatusSpan(MembershipStatus.Full)))));
        var chairTerms = (terms ?? []).Select(t => TimelineEntry.Create(DateRange.Between(PartialDate.Parse(t.From), PartialDate.Parse(t.Until)), new ChairTerm(new Id<Party>(t.Holder), nonMemberReason: members.Any(m => m.Id == t.Holder) ? null : "test")));
        var organization = new Organization(Org, OrganizationClassification.Organ, Timeline.Exclusive(TimelineEntry.Create(default, new OrganizationName("Council"))),
            memberships: [.. memberships], chairTerms: Timeline.Exclusive(chairTerms), chairRotation: rule);
        return new Catalog(parties, [organization]);
    }
}
