using System.Text.Json;
using System.Text.Json.Nodes;
using OrgModel.Model;
using OrgModel.Serialization;

namespace OrgModel.Tests.Serialization;

/// <summary>Bad input fails with one exception type that names the JSON path and the rule: never a partial object, never a silent default.</summary>
public class ReadingValidatesTests
{
    private const string MinimalParty = """{ "id": "kaz", "kind": "state", "names": [ { "name": "Kazakhstan" } ] }""";

    private static string Catalog(string parties = MinimalParty, string organizations = "") =>
        $$"""{ "formatVersion": 1, "parties": [ {{parties}} ], "organizations": [ {{organizations}} ] }""";

    private static string Org(string extra = "") =>
        $$"""{ "id": "x", "classification": "intergovernmentalOrganization", "names": [ { "name": "X" } ]{{extra}} }""";

    private static OrgModelJsonException Fails(string json) =>
        FluentActions.Invoking(() => OrgModelJson.DeserializeCatalog(json)).Should().Throw<OrgModelJsonException>().Which;

    [Fact]
    public void A_minimal_catalog_reads()
    {
        OrgModelJson.DeserializeCatalog(Catalog(organizations: Org())).Organizations.Should().ContainSingle();
    }

    [Theory]
    [InlineData("{ \"formatVersion\": 1, ")]
    [InlineData("{ \"formatVersion\": 1 } trailing")]
    [InlineData("[1, 2]")]
    [InlineData("")]
    public void Malformed_json_fails_with_a_path_and_position(string json)
    {
        OrgModelJsonException e = Fails(json);

        e.Path.Should().StartWith("$");
        e.Message.Should().StartWith(e.Path + ": ");
    }

    [Fact]
    public void A_wrong_type_names_its_path()
    {
        OrgModelJsonException e = Fails("""{ "formatVersion": 1, "parties": [ { "id": 7, "kind": "state", "names": [] } ] }""");

        e.Path.Should().Be("$.parties[0].id");
        e.Reason.Should().Be("expected a string, found a number. (line 1, byte 44)");
    }

    [Fact]
    public void A_disputed_data_gap_without_disputed_sources_is_rejected_and_one_with_them_reads()
    {
        OrgModelJsonException e = Fails(Catalog(organizations: Org(""", "dataGaps": [ { "kind": "disputed", "party": "kaz", "from": "1965", "until": "1989" } ]""")));

        e.Path.Should().Be("$.organizations[0].dataGaps[0]");
        e.Reason.Should().Contain("A disputed data gap cites the sources that disagree");
        OrgModelJson.DeserializeCatalog(Catalog(organizations: Org(""", "dataGaps": [ { "kind": "disputed", "party": "kaz", "from": "1965", "until": "1989", "provenance": { "sources": [ { "title": "COW" } ], "disputed": true, "note": "COW codes a member." } } ]""")))
            .Organizations[0].DataGaps[0].Provenance.IsDisputed.Should().BeTrue();
    }

    [Fact]
    public void An_inferred_fact_without_a_note_is_rejected_and_one_with_a_note_reads_back_inferred()
    {
        OrgModelJsonException e = Fails(Catalog(organizations: Org(""", "provenance": { "sources": [ { "title": "TÜRKSOY" } ], "inferred": true }""")));

        e.Path.Should().Be("$.organizations[0].provenance");
        e.Reason.Should().Contain("An inferred fact must carry a note that says what it is inferred from");
        Provenance read = OrgModelJson.DeserializeCatalog(Catalog(organizations: Org(""", "provenance": { "sources": [ { "title": "TÜRKSOY" } ], "inferred": true, "note": "The host of the next meeting coordinates." }""")))
            .Organizations[0].Provenance;
        read.IsInferred.Should().BeTrue();
        read.IsDisputed.Should().BeFalse();
    }

    [Fact]
    public void An_unknown_property_is_rejected()
    {
        OrgModelJsonException e = Fails(Catalog("""{ "id": "kaz", "kind": "state", "names": [ { "name": "Kazakhstan" } ], "capital": "Astana" }"""));

        e.Path.Should().Be("$.parties[0].capital");
        e.Reason.Should().StartWith("'capital' is not a property of a party; expected one of: id, kind, names, isoAlpha3, stateOf, organization, identifiers, provenance, existence.");
    }

    [Fact]
    public void A_missing_required_property_is_rejected()
    {
        Fails(Catalog("""{ "id": "kaz", "names": [ { "name": "Kazakhstan" } ] }""")).Reason.Should().Contain("missing required properties").And.Contain("kind");
    }

    [Fact]
    public void A_missing_format_version_is_rejected()
    {
        Fails("""{ "parties": [] }""").Reason.Should().Contain("formatVersion");
    }

    [Fact]
    public void Null_where_a_value_is_required_is_rejected()
    {
        OrgModelJsonException e = Fails(Catalog("""{ "id": "kaz", "kind": null, "names": [ { "name": "Kazakhstan" } ] }"""));

        e.Path.Should().Be("$.parties[0].kind");
        e.Reason.Should().StartWith("null is not allowed here: a value is required.");
    }

    [Theory]
    [InlineData("""{ "formatVersion": 1, "parties": [ null ] }""", "$.parties[0]")]
    [InlineData("""{ "formatVersion": 1, "parties": [ { "id": "kaz", "kind": "state", "names": [ null ] } ] }""", "$.parties[0].names[0]")]
    [InlineData("""{ "formatVersion": 1, "parties": [ { "id": "kaz", "kind": "state", "names": [ { "name": "K" } ], "identifiers": [ null ] } ] }""", "$.parties[0].identifiers[0]")]
    public void A_null_array_element_is_rejected_with_its_path(string json, string path)
    {
        OrgModelJsonException e = Fails(json);

        e.Path.Should().Be(path);
        e.Reason.Should().StartWith("null is not allowed here: a value is required. (line 1, byte ");
        OrgModelJson.ValidateCatalog(System.Text.Encoding.UTF8.GetBytes(json)).Should().ContainSingle().Which.Path.Should().Be(path);
    }

    [Theory]
    [InlineData("2009-02-30", "2009-02 has 28 days")]
    [InlineData("0001-01-01T00:00", "expected YYYY, YYYY-MM or YYYY-MM-DD")]
    [InlineData("", "cannot be empty")]
    public void An_impossible_date_is_rejected_not_read_as_a_default(string date, string reason)
    {
        OrgModelJsonException e = Fails(Catalog(organizations: Org($", \"founded\": \"{date}\"")));

        e.Path.Should().Be("$.organizations[0].founded");
        e.Reason.Should().Contain(reason);
    }

    [Fact]
    public void An_end_before_the_start_names_the_until_property()
    {
        OrgModelJsonException e = Fails(Catalog("""{ "id": "kaz", "kind": "state", "names": [ { "from": "2010", "until": "2009", "name": "Kazakhstan" } ] }"""));

        e.Path.Should().Be("$.parties[0].names[0].until");
        e.Reason.Should().Be("The end (2009) must come after the start (2010): a range runs from its start up to, not including, its end.");
    }

    [Fact]
    public void Overlapping_status_spans_are_rejected_naming_both()
    {
        string membership = """, "memberships": [ { "party": "kaz", "statuses": [ { "from": "2010-01-01", "until": "2015-01-01", "status": "observer" }, { "from": "2014-01-01", "status": "full" } ] } ]""";
        OrgModelJsonException e = Fails(Catalog(organizations: Org(membership)));

        e.Path.Should().Be("$.organizations[0].memberships[0].statuses");
        e.Reason.Should().Contain("'[2010-01-01, 2015-01-01): Observer' and '[2014-01-01, ongoing): Full'");
    }

    [Fact]
    public void A_dangling_reference_is_rejected_with_its_path()
    {
        OrgModelJsonException e = Fails(Catalog(organizations: Org(""", "memberships": [ { "party": "uzb", "statuses": [ { "status": "full" } ] } ]""")));

        e.Path.Should().Be("$.organizations[0].memberships[0].party");
        e.Reason.Should().Be("Organization 'x': a membership names party 'uzb', which is not a party in the catalog.");
    }

    [Fact]
    public void Validation_reports_every_broken_reference_and_repeated_identifier_not_only_the_first()
    {
        string memberships = """, "memberships": [ { "party": "uzb", "statuses": [ { "status": "full" } ] }, { "party": "kaz", "statuses": [ { "status": "full" } ] }, { "party": "tkm", "statuses": [ { "status": "observer" } ] } ]""";
        string json = Catalog(MinimalParty + ", " + MinimalParty, Org(memberships) + ", " + Org(""", "relations": [ { "kind": "organOf", "target": "nowhere" } ]"""));

        var problems = OrgModelJson.ValidateCatalog(System.Text.Encoding.UTF8.GetBytes(json));

        problems.Select(p => p.Path).Should().Equal(
            "$.parties[1]",
            "$.organizations[1]",
            "$.organizations[0].memberships[0].party",
            "$.organizations[0].memberships[2].party",
            "$.organizations[1].relations[0].target");
        problems[0].Reason.Should().Be("Two parties have the identifier 'kaz'.");
        problems[3].Reason.Should().Be("Organization 'x': a membership names party 'tkm', which is not a party in the catalog.");
        Fails(json).Path.Should().Be("$.parties[1]", "reading stops at the first problem validation reports");
    }

    [Fact]
    public void A_broken_organization_rule_points_into_the_organization()
    {
        string chair = """, "chairTerms": [ { "from": "2015-01-01", "holder": "kaz" } ]""";
        OrgModelJsonException e = Fails(Catalog(organizations: Org(chair)));

        e.Path.Should().Be("$.organizations[0].chairTerms[0].holder");
        e.Reason.Should().Contain("is held by 'kaz', which is not a member during the term");
    }

    [Fact]
    public void A_session_format_is_read_written_only_when_not_in_person_and_an_unknown_one_is_rejected()
    {
        const string session = """{ "id": "s-1", "series": "summit", "kind": "regular", "format": "videoconference", "date": "2020-05-19", "place": { "city": "Minsk" } }""";
        const string inPerson = """{ "id": "s-2", "series": "summit", "kind": "regular", "date": "2021-05-21", "place": { "city": "Almaty" } }""";
        var catalog = OrgModelJson.DeserializeCatalog(Catalog(organizations: Org($", \"sessions\": [ {session}, {inPerson} ]")));

        catalog.Organizations[0].Sessions.Select(x => x.Format).Should().Equal(SessionFormat.Videoconference, SessionFormat.InPerson);
        string written = OrgModelJson.Serialize(catalog);
        written.Should().Contain("\"format\": \"videoconference\"");
        JsonNode.Parse(written)!["organizations"]![0]!["sessions"]![1]!.AsObject().ContainsKey("format").Should().BeFalse("in person is the default and is not written");

        OrgModelJsonException e = Fails(Catalog(organizations: Org($", \"sessions\": [ {session.Replace("videoconference", "online", StringComparison.Ordinal)} ]")));
        e.Path.Should().Be("$.organizations[0].sessions[0].format");
        e.Reason.Should().StartWith("'online' is not a session format; expected one of: hybrid, inPerson, videoconference.");
    }

    [Fact]
    public void An_unknown_enum_value_lists_the_allowed_ones()
    {
        OrgModelJsonException e = Fails(Catalog("""{ "id": "kaz", "kind": "State", "names": [ { "name": "Kazakhstan" } ] }"""));

        e.Path.Should().Be("$.parties[0].kind");
        e.Reason.Should().Be("'State' is not a party kind; expected one of: legislature, organization, otherEntity, state. (line 1, byte 59)");
    }

    [Fact]
    public void An_invalid_identifier_is_rejected()
    {
        Fails(Catalog("""{ "id": "has space", "kind": "state", "names": [ { "name": "X" } ] }""")).Path.Should().Be("$.parties[0].id");
    }

    [Fact]
    public void A_newer_format_version_is_rejected_before_anything_else()
    {
        OrgModelJsonException e = Fails("""{ "formatVersion": 2, "somethingNew": true }""");

        e.Path.Should().Be("$.formatVersion");
        e.Reason.Should().Be("formatVersion 2 is newer than this version of OrgModel reads (1); upgrade OrgModel to read it.");
    }

    [Fact]
    public void A_format_version_below_one_is_rejected()
    {
        Fails("""{ "formatVersion": 0 }""").Reason.Should().Contain("does not exist");
    }

    [Fact]
    public void Documents_nested_deeper_than_the_limit_are_rejected()
    {
        string deep = "{ \"x\": " + new string('[', OrgModelJson.MaxDepth + 5) + new string(']', OrgModelJson.MaxDepth + 5) + ", \"formatVersion\": 1 }";

        Fails(deep).Reason.Should().Contain("depth");
    }

    [Fact]
    public void Duplicate_properties_are_rejected()
    {
        Fails("""{ "formatVersion": 1, "formatVersion": 1 }""").Reason.Should().Contain("formatVersion");
    }

    [Fact]
    public void A_number_where_a_string_is_expected_is_not_coerced()
    {
        Fails(Catalog(organizations: Org(""", "founded": 2009"""))).Path.Should().Be("$.organizations[0].founded");
    }

    [Fact]
    public void A_catalog_document_is_not_an_organization_document()
    {
        FluentActions.Invoking(() => OrgModelJson.DeserializeOrganization(Catalog())).Should().Throw<OrgModelJsonException>();
    }

    [Fact]
    public void Streams_over_the_size_limit_are_rejected_without_reading_them_whole()
    {
        using var endless = new RepeatingStream();

        FluentActions.Invoking(() => OrgModelJson.DeserializeCatalog(endless)).Should().Throw<OrgModelJsonException>().Which.Reason.Should().Contain("limit");
    }

    [Fact]
    public void Every_failure_is_the_one_documented_exception_type()
    {
        var bad = new[]
        {
            "{",
            Catalog("""{ "id": "kaz", "kind": "state", "names": [] }"""),
            Catalog(organizations: Org(""", "sessions": [ { "id": "s", "series": "plenary", "ordinal": 0, "kind": "regular", "date": "2011", "place": { "city": "Baku" } } ]""")),
            Catalog(organizations: Org(""", "provenance": { "disputed": true }""")),
            Catalog(organizations: Org(""", "provenance": { "inferred": true }""")),
            Catalog(organizations: Org(""", "provenance": { "inferred": false, "note": "n" }""")),
            Catalog(organizations: Org(""", "provenance": { "sources": [ { "title": "t", "url": "not a url" } ] }""")),
        };

        foreach (string json in bad)
        {
            FluentActions.Invoking(() => OrgModelJson.DeserializeCatalog(json)).Should().Throw<OrgModelJsonException>();
        }
    }

    [Fact]
    public void The_serializer_runs_without_reflection()
    {
        JsonSerializer.IsReflectionEnabledByDefault.Should().BeFalse("the test project disables reflection-based serialization so the source-generated path is what runs");
        JsonNode.Parse(OrgModelJson.Serialize(Fixtures.TurkicFixtures.Catalog))!["formatVersion"]!.GetValue<int>().Should().Be(1);
    }

    private sealed class RepeatingStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)' ', offset, count);
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
