using System.Text.Json;
using NodaTime;
using OrgModel.Model;
using OrgModel.Queries;
using OrgModel.Serialization;
using OrgModel.Time;

namespace OrgModel.Tests.Serialization;

/// <summary>
/// The JSON format states an end as <c>until</c> (the first day no longer inside) or <c>through</c> (the
/// last day inside), and an organization's end as <c>dissolved</c> or <c>activeThrough</c>; qualified,
/// decade and century dates keep their EDTF form.
/// </summary>
public class InclusiveEndJsonTests
{
    private static string Catalog(string names, string organization = "") =>
        $$"""{ "formatVersion": 1, "parties": [ { "id": "kaz", "kind": "state", "names": {{names}} } ], "organizations": [ {{organization}} ] }""";

    internal static bool SchemaAccepts(string json)
    {
        using var document = JsonDocument.Parse(json);
        return SchemaTests.Schema.Evaluate(document.RootElement).IsValid;
    }

    [Fact]
    public void A_through_end_reads_as_the_last_day_inside_and_is_written_back_as_through()
    {
        string json = Catalog("""[ { "from": "1991", "through": "2011", "name": "Kazakhstan" } ]""");

        Catalog catalog = OrgModelJson.DeserializeCatalog(json);
        DateRange range = catalog.GetParty(new Id<Party>("kaz")).Names[0].Range;

        range.Should().Be(DateRange.BetweenInclusive(new PartialDate(1991), new PartialDate(2011)));
        range.Contains(new LocalDate(2011, 12, 31)).Should().Be(Certainty.Possibly);
        OrgModelJson.Serialize(catalog).Should().Contain("\"through\": \"2011\"").And.NotContain("\"until\"");
        SchemaAccepts(json).Should().BeTrue();
    }

    [Fact]
    public void Through_with_an_unknown_until_reads_as_held_through_then_unknown_and_is_written_back_the_same()
    {
        string json = Catalog("""[ { "from": "1991", "through": "2014", "until": "unknown", "name": "Kazakhstan" } ]""");

        Catalog catalog = OrgModelJson.DeserializeCatalog(json);
        DateRange range = catalog.GetParty(new Id<Party>("kaz")).Names[0].Range;

        range.Should().Be(DateRange.HeldThroughThenUnknown(new PartialDate(1991), new PartialDate(2014)));
        OrgModelJson.Serialize(catalog).Should().Contain("\"through\": \"2014\",").And.Contain("\"until\": \"unknown\"");
        OrgModelJson.DeserializeCatalog(OrgModelJson.Serialize(catalog)).Should().Be(catalog);
        SchemaAccepts(json).Should().BeTrue();
    }

    [Fact]
    public void Both_until_and_through_are_refused_naming_the_through_property()
    {
        string json = Catalog("""[ { "from": "1991", "until": "2011", "through": "2011", "name": "Kazakhstan" } ]""");

        OrgModelJsonException e = FluentActions.Invoking(() => OrgModelJson.DeserializeCatalog(json)).Should().Throw<OrgModelJsonException>().Which;

        e.Path.Should().Be("$.parties[0].names[0].through");
        e.Reason.Should().Contain("either 'until'").And.Contain("'through'").And.Contain("not both");
        SchemaAccepts(json).Should().BeFalse();
        OrgModelJson.ValidateCatalog(System.Text.Encoding.UTF8.GetBytes(json)).Should().ContainSingle().Which.Path.Should().Be("$.parties[0].names[0].through");
        SchemaAccepts(json).Should().BeFalse();
    }

    [Fact]
    public void An_unknown_through_is_refused_because_an_unknown_end_is_until_unknown()
    {
        string json = Catalog("""[ { "from": "1991", "through": "unknown", "name": "Kazakhstan" } ]""");

        FluentActions.Invoking(() => OrgModelJson.DeserializeCatalog(json)).Should().Throw<OrgModelJsonException>().Which.Path.Should().Be("$.parties[0].names[0].through");
        SchemaAccepts(json).Should().BeFalse();
    }

    [Fact]
    public void A_through_before_the_start_names_the_through_property()
    {
        string json = Catalog("""[ { "from": "2012", "through": "2011", "name": "Kazakhstan" } ]""");

        OrgModelJsonException e = FluentActions.Invoking(() => OrgModelJson.DeserializeCatalog(json)).Should().Throw<OrgModelJsonException>().Which;

        e.Path.Should().Be("$.parties[0].names[0].through");
        e.Reason.Should().Contain("must not come before the start");
    }

    [Fact]
    public void An_organization_active_through_a_year_is_active_possibly_on_its_last_day_and_not_after()
    {
        string json = Catalog("""[ { "name": "Kazakhstan" } ]""", """{ "id": "x", "classification": "intergovernmentalOrganization", "names": [ { "name": "X" } ], "founded": "2004", "activeThrough": "2011" }""");

        Organization x = OrgModelJson.DeserializeCatalog(json).GetOrganization(new Id<Organization>("x"));

        x.ActiveThrough.Should().Be(new PartialDate(2011));
        x.Dissolved.Should().BeNull();
        x.IsActiveOn(new LocalDate(2011, 12, 31)).Should().Be(Certainty.Possibly);
        x.IsActiveOn(new LocalDate(2012, 1, 1)).Should().Be(Certainty.No);
        OrgModelJson.Serialize(OrgModelJson.DeserializeCatalog(json)).Should().Contain("\"activeThrough\": \"2011\"");
        SchemaAccepts(json).Should().BeTrue();
    }

    [Fact]
    public void Dissolved_and_active_through_together_are_refused()
    {
        string json = Catalog("""[ { "name": "Kazakhstan" } ]""", """{ "id": "x", "classification": "intergovernmentalOrganization", "names": [ { "name": "X" } ], "dissolved": "2011", "activeThrough": "2011" }""");

        OrgModelJsonException e = FluentActions.Invoking(() => OrgModelJson.DeserializeCatalog(json)).Should().Throw<OrgModelJsonException>().Which;

        e.Reason.Should().Contain("either as the day it was dissolved").And.Contain("not both");
        SchemaAccepts(json).Should().BeFalse();
    }

    [Theory]
    [InlineData("196X")]
    [InlineData("19XX")]
    [InlineData("1984?")]
    [InlineData("2004-06~")]
    [InlineData("2004-06-11%")]
    public void Qualified_decade_and_century_dates_round_trip_through_json_and_the_schema_accepts_them(string date)
    {
        string json = Catalog($$"""[ { "from": "{{date}}", "name": "Kazakhstan" } ]""");

        Catalog catalog = OrgModelJson.DeserializeCatalog(json);

        catalog.GetParty(new Id<Party>("kaz")).Names[0].Range.Start.Should().Be(PartialDate.Parse(date));
        OrgModelJson.Serialize(catalog).Should().Contain($"\"from\": \"{date}\"");
        SchemaAccepts(json).Should().BeTrue();
    }

    [Theory]
    [InlineData("1985-04-XX")]
    [InlineData("000X")]
    [InlineData("2001-21")]
    [InlineData("1984??")]
    public void Edtf_spellings_outside_the_canonical_form_are_refused_in_json(string date)
    {
        string json = Catalog($$"""[ { "from": "{{date}}", "name": "Kazakhstan" } ]""");

        FluentActions.Invoking(() => OrgModelJson.DeserializeCatalog(json)).Should().Throw<OrgModelJsonException>().Which.Path.Should().Be("$.parties[0].names[0].from");
        SchemaAccepts(json).Should().BeFalse();
    }

    [Fact]
    public void A_membership_query_writes_the_span_end_as_through_and_the_organ_as_via()
    {
        string json = """
            { "formatVersion": 1,
              "parties": [ { "id": "kaz", "kind": "state", "names": [ { "name": "Kazakhstan" } ] } ],
              "organizations": [ { "id": "x", "classification": "intergovernmentalOrganization", "names": [ { "name": "X" } ],
                "memberships": [ { "party": "kaz", "statuses": [ { "from": "2004", "through": "2011", "status": "full" } ] } ] } ] }
            """;
        Catalog catalog = OrgModelJson.DeserializeCatalog(json);

        string answer = OrgModelJson.Serialize(catalog.MembershipsOn(new Id<Party>("kaz"), new LocalDate(2011, 12, 31)));

        answer.Should().Contain("\"through\": \"2011\"").And.Contain("\"certainty\": \"possibly\"").And.NotContain("\"until\"");
    }
}
