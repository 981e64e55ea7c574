using NodaTime;
using OrgModel.Collections;
using OrgModel.Model;

namespace OrgModel.Tests.Rules;

/// <summary>Every rule of a rotation rule is enforced where it is built, with a message that names it.</summary>
public class RotationRuleInvariantTests
{
    private static readonly Id<Party> A = new("a");
    private static readonly Id<Party> B = new("b");
    private static readonly LocalDate January2020 = new(2020, 1, 1);

    [Fact]
    public void A_fixed_order_needs_at_least_one_party() =>
        FluentActions.Invoking(() => RotationOrder.Fixed([])).Should().Throw<ArgumentException>().WithMessage("A fixed rotation order needs at least one party.*");

    [Fact]
    public void A_fixed_order_names_each_party_once() =>
        FluentActions.Invoking(() => RotationOrder.Fixed([A, B, A])).Should().Throw<ArgumentException>().WithMessage("The rotation order names party 'a' twice.*");

    [Theory]
    [InlineData("english")]
    [InlineData("e")]
    [InlineData("en_GB")]
    [InlineData("en--GB")]
    public void An_alphabetical_order_needs_a_bcp47_language_tag(string language) =>
        FluentActions.Invoking(() => RotationOrder.Alphabetical(language)).Should().Throw<ArgumentException>().WithMessage($"'{language}' is not a BCP 47 language tag*");

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    [InlineData("es-ES")]
    [InlineData("zh-Hant-TW")]
    public void An_alphabetical_order_accepts_any_well_formed_language_tag(string language) =>
        RotationOrder.Alphabetical(language).Language.Should().Be(language);

    [Fact]
    public void The_host_of_the_next_session_needs_a_series() =>
        FluentActions.Invoking(() => RotationOrder.HostOfNextSession(" ")).Should().Throw<ArgumentException>();

    [Fact]
    public void The_host_of_the_following_session_needs_a_series() =>
        FluentActions.Invoking(() => RotationOrder.HostOfFollowingSession("")).Should().Throw<ArgumentException>();

    [Fact]
    public void Session_turns_go_with_an_order_by_sessions_hosts_and_only_with_one()
    {
        FluentActions.Invoking(() => new RotationRule(RotationOrder.Alphabetical("en"), RotationPeriod.SessionToSession, new RotationAnchor(A, January2020)))
            .Should().Throw<ArgumentException>().WithMessage("Turns run from session to session exactly when a session's host decides the holder.*");
        FluentActions.Invoking(() => new RotationRule(RotationOrder.HostOfNextSession("summit"), RotationPeriod.Year, new RotationAnchor(A, January2020)))
            .Should().Throw<ArgumentException>().WithMessage("Turns run from session to session*");
        FluentActions.Invoking(() => new RotationRule(RotationOrder.HostOfFollowingSession("summit"), RotationPeriod.HalfYear, new RotationAnchor(A, January2020)))
            .Should().Throw<ArgumentException>().WithMessage("Turns run from session to session*");
        new RotationRule(RotationOrder.HostOfFollowingSession("summit"), RotationPeriod.SessionToSession, new RotationAnchor(A, January2020)).Order.Series.Should().Be("summit");
    }

    [Fact]
    public void The_anchor_of_a_fixed_sequence_is_in_the_sequence() =>
        FluentActions.Invoking(() => new RotationRule(RotationOrder.Fixed([B]), RotationPeriod.HalfYear, new RotationAnchor(A, January2020)))
            .Should().Throw<ArgumentException>().WithMessage("The anchor holder 'a' is not in the rotation's sequence.*");

    [Theory]
    [InlineData(RotationPeriod.Month, 2020, 1, 2)]
    [InlineData(RotationPeriod.HalfYear, 2020, 3, 1)]
    [InlineData(RotationPeriod.Year, 2020, 7, 1)]
    [InlineData(RotationPeriod.TwoYears, 2020, 2, 1)]
    public void A_calendar_turn_starts_on_the_first_day_of_its_period(RotationPeriod period, int year, int month, int day) =>
        FluentActions.Invoking(() => new RotationRule(RotationOrder.Alphabetical("en"), period, new RotationAnchor(A, new LocalDate(year, month, day))))
            .Should().Throw<ArgumentException>().WithMessage("A*turn*starts on the first*");

    [Fact]
    public void A_half_year_turn_may_start_on_the_first_of_july() =>
        new RotationRule(RotationOrder.Fixed([A, B]), RotationPeriod.HalfYear, new RotationAnchor(A, new LocalDate(2020, 7, 1))).Anchor.Start.Month.Should().Be(7);

    [Theory]
    [InlineData(1)]
    [InlineData(13)]
    public void A_group_holds_two_to_twelve_turns(int size) =>
        FluentActions.Invoking(() => new RotationRule(RotationOrder.Fixed([A, B]), RotationPeriod.HalfYear, new RotationAnchor(A, January2020), groupSize: size))
            .Should().Throw<ArgumentException>();

    [Fact]
    public void The_anchor_position_lies_inside_the_group_and_needs_a_group()
    {
        FluentActions.Invoking(() => new RotationRule(RotationOrder.Fixed([A, B]), RotationPeriod.HalfYear, new RotationAnchor(A, January2020), groupSize: 3, anchorPositionInGroup: 3))
            .Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new RotationRule(RotationOrder.Fixed([A, B]), RotationPeriod.HalfYear, new RotationAnchor(A, January2020), anchorPositionInGroup: 1))
            .Should().Throw<ArgumentException>().WithMessage("Only a rule with groups has a position in a group.*");
    }

    [Fact]
    public void Two_deviations_may_not_concern_the_same_turn() =>
        FluentActions.Invoking(() => new RotationRule(RotationOrder.Fixed([A, B]), RotationPeriod.HalfYear, new RotationAnchor(A, January2020), deviations:
            [new RotationDeviation(RotationDeviationKind.Skip, new LocalDate(2020, 7, 1), [B]), new RotationDeviation(RotationDeviationKind.Waived, new LocalDate(2020, 7, 1), [B])]))
            .Should().Throw<ArgumentException>().WithMessage("Two deviations concern the turn starting on 2020-07-01; record one.*");

    [Fact]
    public void A_deviation_concerns_a_turn_from_the_anchor_on() =>
        FluentActions.Invoking(() => new RotationRule(RotationOrder.Fixed([A, B]), RotationPeriod.HalfYear, new RotationAnchor(A, January2020), deviations:
            [new RotationDeviation(RotationDeviationKind.Skip, new LocalDate(2019, 7, 1), [B])]))
            .Should().Throw<ArgumentException>().WithMessage("A deviation concerns a turn after the anchor*");

    [Fact]
    public void Only_a_fixed_sequence_takes_a_new_order() =>
        FluentActions.Invoking(() => new RotationRule(RotationOrder.Alphabetical("en"), RotationPeriod.Month, new RotationAnchor(A, January2020), deviations:
            [new RotationDeviation(RotationDeviationKind.NewOrder, new LocalDate(2020, 3, 1), [B, A])]))
            .Should().Throw<ArgumentException>().WithMessage("Only a fixed sequence can be replaced by a new order.*");

    [Theory]
    [InlineData(RotationDeviationKind.Swap, 1, "A swap names exactly two parties*")]
    [InlineData(RotationDeviationKind.Swap, 3, "A swap names exactly two parties*")]
    [InlineData(RotationDeviationKind.Skip, 2, "A skip turn names exactly one party.*")]
    [InlineData(RotationDeviationKind.Waived, 0, "A waived turn names exactly one party.*")]
    [InlineData(RotationDeviationKind.NewOrder, 0, "A new order names at least one party.*")]
    public void A_deviation_names_the_parties_its_kind_needs(RotationDeviationKind kind, int count, string message)
    {
        EquatableArray<Id<Party>> parties = [.. Enumerable.Range(0, count).Select(i => new Id<Party>($"p{i}"))];

        FluentActions.Invoking(() => new RotationDeviation(kind, January2020, parties)).Should().Throw<ArgumentException>().WithMessage(message);
    }

    [Fact]
    public void A_rule_is_equal_to_another_with_the_same_contents()
    {
        RotationRule Build() => new(RotationOrder.Fixed([A, B]), RotationPeriod.HalfYear, new RotationAnchor(A, January2020), 2, 0,
            [new RotationDeviation(RotationDeviationKind.Skip, new LocalDate(2020, 7, 1), [B])]);

        Build().Should().Be(Build());
        Build().GetHashCode().Should().Be(Build().GetHashCode());
        Build().ToString().Should().Be("sequence (a, b), half-year, from a from 2020-01-01");
    }
}
