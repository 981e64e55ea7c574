using OrgModel.Time;

namespace OrgModel.Tests.Time;

public class AnswerTests
{
    [Fact]
    public void No_answer_has_no_value_and_says_so()
    {
        Answer<string> none = Answer<string>.None;

        none.HasValue.Should().BeFalse();
        none.TryGetValue(out _).Should().BeFalse();
        none.Invoking(a => a.Value).Should().Throw<InvalidOperationException>();
        none.ToString().Should().Be("no");
    }

    [Fact]
    public void A_possible_answer_carries_its_value_and_its_doubt()
    {
        var answer = new Answer<string>("Hungary", Certainty.Possibly);

        answer.Value.Should().Be("Hungary");
        answer.ToString().Should().Be("possibly Hungary");
        answer.Select(s => s.Length).Should().Be(new Answer<int>(7, Certainty.Possibly));
    }

    [Fact]
    public void An_answer_cannot_be_built_with_certainty_no()
    {
        Action create = () => _ = new Answer<string>("x", Certainty.No);

        create.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Limiting_an_answer_by_a_weaker_fact_lowers_its_certainty()
    {
        var certain = new Answer<string>("Kazakhstan", Certainty.Certainly);

        certain.LimitTo(Certainty.Possibly).Certainty.Should().Be(Certainty.Possibly);
        certain.LimitTo(Certainty.No).HasValue.Should().BeFalse();
        certain.LimitTo(Certainty.Certainly).Should().Be(certain);
    }

    [Fact]
    public void Answers_compare_by_certainty_and_value()
    {
        var a = new Answer<string>("Baku", Certainty.Certainly);

        (a == new Answer<string>("Baku", Certainty.Certainly)).Should().BeTrue();
        (a != new Answer<string>("Baku", Certainty.Possibly)).Should().BeTrue();
        a.Should().NotBe(new Answer<string>("Istanbul", Certainty.Certainly));
        a.GetHashCode().Should().Be(new Answer<string>("Baku", Certainty.Certainly).GetHashCode());
    }
}
