using NodaTime;
using OrgModel.Model;
using OrgModel.Queries;
using OrgModel.Serialization;
using OrgModel.Tests.Serialization;
using OrgModel.Time;
using static OrgModel.Tests.Cli.CliTests;

namespace OrgModel.Tests.Model;

/// <summary>The curated NATO record: its members by accession date, its treaty, seat and Secretaries General, as the built-in catalog answers them.</summary>
public class NatoRecordTests
{
    private static readonly Catalog Nato = OrgModelJson.DeserializeCatalog(File.ReadAllText(FixtureFilesTests.ExamplePath("nato.json")));
    private static readonly Id<Organization> Id = new("nato");

    [Theory]
    [InlineData("2024-03-06", 31)]
    [InlineData("2024-03-07", 32)]
    [InlineData("2024-06-01", 32)]
    [InlineData("2023-04-03", 30)]
    [InlineData("2023-04-04", 31)]
    [InlineData("2020-03-27", 30)]
    [InlineData("2004-03-28", 19)]
    [InlineData("2004-03-29", 26)]
    [InlineData("1982-05-30", 16)]
    public void Members_on_each_side_of_an_accession(string day, int expected) =>
        Nato.MembersOn(Id, LocalDateOf(day)).Count(m => m.Certainty == Certainty.Certainly).Should().Be(expected);

    [Fact]
    public void A_founder_is_possibly_a_member_during_1949_and_certainly_from_1950()
    {
        Nato.StatusOn(Id, new Id<Party>("isl"), new LocalDate(1949, 6, 1)).Certainty.Should().Be(Certainty.Possibly, "the record keeps the year: the day each founder was bound is not recorded");
        Nato.StatusOn(Id, new Id<Party>("isl"), new LocalDate(1950, 1, 1)).Certainty.Should().Be(Certainty.Certainly);
    }

    [Fact]
    public void The_treaty_the_seat_and_the_secretaries_general_answer_on_their_days()
    {
        Organization nato = Nato.GetOrganization(Id);
        nato.Agreements.Single().EntryIntoForce.Should().Be(new PartialDate(1949, 8, 24));
        nato.SeatOn(new LocalDate(2000, 1, 1)).Value.Place.City.Should().Be("Brussels");
        Nato.HolderOn(Id, new Id<Post>(Post.SecretaryGeneral), new LocalDate(2024, 9, 30)).Value.Holder.Name.Should().Be("Jens Stoltenberg");
        Nato.HolderOn(Id, new Id<Post>(Post.SecretaryGeneral), new LocalDate(2024, 10, 1)).Value.Holder.Name.Should().Be("Mark Rutte");
    }

    [Fact]
    public void The_tool_lists_natos_full_members_from_its_built_in_catalog()
    {
        var (exit, output, _) = Run("members", "NATO", "--on", "2024-06-01", "--status", "full");

        exit.Should().Be(0);
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(33, "a header and 32 members");
        output.Should().MatchRegex(@"Sweden\s+swe\s+full\s+2024-03-07\s+certainly");
    }

    private static LocalDate LocalDateOf(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
}
