using OrgModel.Time;

namespace OrgModel.Tests.Time;

public class CertaintyTests
{
    [Theory]
    [InlineData(Certainty.Certainly, Certainty.Possibly, Certainty.Possibly, Certainty.Certainly)]
    [InlineData(Certainty.Certainly, Certainty.No, Certainty.No, Certainty.Certainly)]
    [InlineData(Certainty.Possibly, Certainty.No, Certainty.No, Certainty.Possibly)]
    [InlineData(Certainty.Possibly, Certainty.Possibly, Certainty.Possibly, Certainty.Possibly)]
    public void And_takes_the_weaker_answer_and_or_the_stronger(Certainty left, Certainty right, Certainty and, Certainty or)
    {
        left.And(right).Should().Be(and);
        right.And(left).Should().Be(and);
        left.Or(right).Should().Be(or);
        right.Or(left).Should().Be(or);
    }

    [Theory]
    [InlineData(Certainty.Certainly, Certainty.No, "certainly")]
    [InlineData(Certainty.Possibly, Certainty.Possibly, "possibly")]
    [InlineData(Certainty.No, Certainty.Certainly, "no")]
    public void Not_swaps_certain_and_no_and_keeps_possible(Certainty value, Certainty negated, string text)
    {
        value.Not().Should().Be(negated);
        value.ToInvariantString().Should().Be(text);
        value.IsAtLeastPossible().Should().Be(value != Certainty.No);
    }

    [Fact]
    public void An_undefined_certainty_has_no_text()
    {
        Action text = () => ((Certainty)7).ToInvariantString();

        text.Should().Throw<ArgumentOutOfRangeException>();
    }
}
