using OrgModel.Model;
using OrgModel.Serialization;

namespace OrgModel.Tests.Rules;

/// <summary>A chair rotation in the format: it round-trips, and every malformed one is refused with its path.</summary>
public class RotationJsonTests
{
    private const string Parties = """[{ "id": "a", "kind": "state", "names": [{ "name": "A" }] }, { "id": "b", "kind": "state", "names": [{ "name": "B" }] }]""";

    private static string Document(string rotation) => $$"""
        { "formatVersion": 1, "parties": {{Parties}}, "organizations": [{ "id": "o", "classification": "organ", "names": [{ "name": "O" }], "chairRotation": {{rotation}} }] }
        """;

    [Fact]
    public void Every_rule_in_the_rotating_chairs_file_round_trips_to_an_equal_rule()
    {
        Catalog catalog = RotatingChairsData.Catalog;

        OrgModelJson.DeserializeCatalog(OrgModelJson.Serialize(catalog)).Organizations.Select(o => o.ChairRotation)
            .Should().Equal(catalog.Organizations.Select(o => o.ChairRotation));
    }

    [Fact]
    public void A_session_rule_reads_with_its_series()
    {
        Catalog catalog = OrgModelJson.DeserializeCatalog(Document("""{ "order": "hostOfNextSession", "series": "summit", "period": "sessionToSession", "anchor": { "holder": "a", "from": "2011-10-21" } }"""));

        catalog.Organizations[0].ChairRotation!.Order.Should().Be(RotationOrder.HostOfNextSession("summit"));
    }

    [Fact]
    public void A_rule_by_the_host_of_the_following_session_round_trips()
    {
        Catalog catalog = OrgModelJson.DeserializeCatalog(Document("""{ "order": "hostOfFollowingSession", "series": "summit", "period": "sessionToSession", "anchor": { "holder": "a", "from": "2015-07-10" } }"""));

        catalog.Organizations[0].ChairRotation!.Order.Should().Be(RotationOrder.HostOfFollowingSession("summit"));
        OrgModelJson.DeserializeCatalog(OrgModelJson.Serialize(catalog)).Should().Be(catalog);
    }

    [Theory]
    [InlineData("""{ "order": "sequence", "period": "year", "anchor": { "holder": "a", "from": "2020-01-01" } }""", "$.organizations[0].chairRotation", "*a fixed sequence needs 'sequence'.")]
    [InlineData("""{ "order": "sequence", "sequence": ["a"], "language": "en", "period": "year", "anchor": { "holder": "a", "from": "2020-01-01" } }""", "$.organizations[0].chairRotation", "*a fixed sequence takes 'sequence' only*")]
    [InlineData("""{ "order": "alphabetical", "period": "month", "anchor": { "holder": "a", "from": "2020-01-01" } }""", "$.organizations[0].chairRotation", "*an alphabetical order needs 'language'.")]
    [InlineData("""{ "order": "alphabetical", "language": "en", "series": "x", "period": "month", "anchor": { "holder": "a", "from": "2020-01-01" } }""", "$.organizations[0].chairRotation", "*takes 'language' and 'names', not 'sequence' or 'series'.")]
    [InlineData("""{ "order": "hostOfNextSession", "period": "sessionToSession", "anchor": { "holder": "a", "from": "2020-01-01" } }""", "$.organizations[0].chairRotation", "*needs 'series'.")]
    [InlineData("""{ "order": "hostOfFollowingSession", "period": "sessionToSession", "anchor": { "holder": "a", "from": "2020-01-01" } }""", "$.organizations[0].chairRotation", "*an order by sessions' hosts needs 'series'.")]
    [InlineData("""{ "order": "hostOfFollowingSession", "series": "x", "language": "en", "period": "sessionToSession", "anchor": { "holder": "a", "from": "2020-01-01" } }""", "$.organizations[0].chairRotation", "*takes 'series' only*")]
    [InlineData("""{ "order": "alphabetical", "language": "en", "period": "month", "anchor": { "holder": "a", "from": "2020-01" } }""", "$.organizations[0].chairRotation.anchor.from", "'2020-01' is not a day; expected YYYY-MM-DD.*")]
    [InlineData("""{ "order": "alphabetical", "language": "en", "period": "weekly", "anchor": { "holder": "a", "from": "2020-01-01" } }""", "$.organizations[0].chairRotation.period", "'weekly' is not a rotation period*")]
    [InlineData("""{ "order": "alphabetical", "language": "en", "period": "month" }""", "$.organizations[0].chairRotation", "*anchor*")]
    [InlineData("""{ "order": "alphabetical", "language": "en", "period": "month", "anchor": { "holder": "a", "from": "2020-01-01" }, "chair": "a" }""", "$.organizations[0].chairRotation.chair", "*'chair' is not a property of a chair rotation*")]
    [InlineData("""{ "order": "sequence", "sequence": ["a", "b"], "period": "year", "anchor": { "holder": "a", "from": "2020-01-01" }, "deviations": [{ "kind": "swap", "termStart": "2021-01-01", "parties": ["b"] }] }""", "$.organizations[0].chairRotation.deviations[0]", "A swap names exactly two parties*")]
    [InlineData("""{ "order": "alphabetical", "language": "english", "period": "month", "anchor": { "holder": "a", "from": "2020-01-01" } }""", "$.organizations[0].chairRotation", "'english' is not a BCP 47 language tag*")]
    [InlineData("""{ "order": "alphabetical", "language": "en", "period": "year", "anchor": { "holder": "a", "from": "2020-03-01" } }""", "$.organizations[0].chairRotation", "A turn of a year starts on the first day of one*")]
    public void A_malformed_rotation_is_refused_with_the_json_path(string rotation, string path, string message)
    {
        OrgModelJsonException e = FluentActions.Invoking(() => OrgModelJson.DeserializeCatalog(Document(rotation))).Should().Throw<OrgModelJsonException>().Which;

        e.Path.Should().Be(path);
        e.Reason.Should().Match(message);
    }
}
