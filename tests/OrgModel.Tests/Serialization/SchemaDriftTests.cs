using System.Text;
using System.Text.Json.Nodes;
using OrgModel.Serialization;
using OrgModel.Tests.Docs;

namespace OrgModel.Tests.Serialization;

/// <summary>
/// The reader's table of each object's properties and the published schema say the same: the same
/// names, the same required ones, and what the schema rejects the reader rejects.
/// </summary>
public class SchemaDriftTests
{
    private static readonly JsonNode Schema = JsonNode.Parse(File.ReadAllText(Path.Combine(DocSnippets.RepositoryRoot, "docs", "orgmodel.schema.json")))!;

    public static TheoryData<string, string> ShapesAndSchemaObjects => new()
    {
        { nameof(DocumentReader.Shapes.CatalogDocument), "/oneOf/0" },
        { nameof(DocumentReader.Shapes.OrganizationDocument), "/oneOf/1" },
        { nameof(DocumentReader.Shapes.Party), "/$defs/party" },
        { nameof(DocumentReader.Shapes.PartyName), "/$defs/party/properties/names/items" },
        { nameof(DocumentReader.Shapes.Range), "/$defs/party/properties/existence/items" },
        { nameof(DocumentReader.Shapes.Identifier), "/$defs/identifier" },
        { nameof(DocumentReader.Shapes.Organization), "/$defs/organization" },
        { nameof(DocumentReader.Shapes.OrganizationName), "/$defs/organization/properties/names/items" },
        { nameof(DocumentReader.Shapes.Relation), "/$defs/organization/properties/relations/items" },
        { nameof(DocumentReader.Shapes.Succession), "/$defs/organization/properties/succession/items" },
        { nameof(DocumentReader.Shapes.Membership), "/$defs/organization/properties/memberships/items" },
        { nameof(DocumentReader.Shapes.Status), "/$defs/organization/properties/memberships/items/properties/statuses/items" },
        { nameof(DocumentReader.Shapes.Secretariat), "/$defs/organization/properties/secretariat" },
        { nameof(DocumentReader.Shapes.Seat), "/$defs/organization/properties/secretariat/properties/seats/items" },
        { nameof(DocumentReader.Shapes.Post), "/$defs/organization/properties/posts/items" },
        { nameof(DocumentReader.Shapes.Tenure), "/$defs/organization/properties/posts/items/properties/tenures/items" },
        { nameof(DocumentReader.Shapes.ChairTerm), "/$defs/organization/properties/chairTerms/items" },
        { nameof(DocumentReader.Shapes.ActingPerson), "/$defs/organization/properties/chairTerms/items/properties/actingPersons/items" },
        { nameof(DocumentReader.Shapes.DataGap), "/$defs/dataGap" },
        { nameof(DocumentReader.Shapes.RotationRule), "/$defs/organization/properties/chairRotation" },
        { nameof(DocumentReader.Shapes.RotationAnchor), "/$defs/organization/properties/chairRotation/properties/anchor" },
        { nameof(DocumentReader.Shapes.RotationName), "/$defs/organization/properties/chairRotation/properties/names/items" },
        { nameof(DocumentReader.Shapes.RotationDeviation), "/$defs/organization/properties/chairRotation/properties/deviations/items" },
        { nameof(DocumentReader.Shapes.Agreement), "/$defs/agreement" },
        { nameof(DocumentReader.Shapes.Signatory), "/$defs/agreement/properties/signatories/items" },
        { nameof(DocumentReader.Shapes.Consent), "/$defs/agreement/properties/consents/items" },
        { nameof(DocumentReader.Shapes.Rule), "/$defs/agreement/properties/rule" },
        { nameof(DocumentReader.Shapes.Withdrawal), "/$defs/agreement/properties/withdrawals/items" },
        { nameof(DocumentReader.Shapes.Session), "/$defs/session" },
        { nameof(DocumentReader.Shapes.Document), "/$defs/session/properties/documents/items" },
        { nameof(DocumentReader.Shapes.Person), "/$defs/person" },
        { nameof(DocumentReader.Shapes.Place), "/$defs/place" },
        { nameof(DocumentReader.Shapes.Provenance), "/$defs/provenance" },
        { nameof(DocumentReader.Shapes.Source), "/$defs/source" },
    };

    [Theory]
    [MemberData(nameof(ShapesAndSchemaObjects))]
    public void Each_object_the_reader_reads_has_the_schemas_property_names_and_required_ones(string shapeName, string schemaPath)
    {
        var shape = (Shape)typeof(DocumentReader.Shapes).GetField(shapeName)!.GetValue(null)!;
        JsonObject schemaObject = Resolve(schemaPath);

        shape.Properties.Select(p => p.Name).Should().BeEquivalentTo(schemaObject["properties"]!.AsObject().Select(p => p.Key), $"the {shape.What} has the schema's properties");
        shape.Properties.Where(p => p.Required).Select(p => p.Name).Should().BeEquivalentTo(
            schemaObject["required"]?.AsArray().Select(n => n!.GetValue<string>()) ?? [], $"the {shape.What} requires what the schema requires");
        schemaObject["additionalProperties"]?.GetValue<bool>().Should().BeFalse("the schema, like the reader, refuses unknown properties");
    }

    public static TheoryData<string, string[]> EnumeratedValues => new()
    {
        { "/$defs/party/properties/kind", Values<OrgModel.Model.PartyKind>() },
        { "/$defs/organization/properties/classification", Values<OrgModel.Model.OrganizationClassification>() },
        { "/$defs/organization/properties/relations/items/properties/kind", Values<OrgModel.Model.RelationKind>() },
        { "/$defs/organization/properties/succession/items/properties/kind", Values<OrgModel.Model.SuccessionKind>() },
        { "/$defs/organization/properties/memberships/items/properties/statuses/items/properties/status", Values<OrgModel.Model.MembershipStatus>() },
        { "/$defs/organization/properties/posts/items/properties/tenures/items/properties/role", [.. Values<OrgModel.Model.TenureRole>().Where(v => v != "regular")] },
        { "/$defs/organization/properties/dataGaps/items/properties/kind", Values<OrgModel.Model.DataGapKind>() },
        { "/$defs/reason", Values<OrgModel.Model.MembershipChangeReason>() },
        { "/$defs/agreement/properties/kind", Values<OrgModel.Model.AgreementKind>() },
        { "/$defs/agreement/properties/consents/items/properties/kind", Values<OrgModel.Model.ConsentKind>() },
        { "/$defs/agreement/properties/withdrawals/items/properties/kind", Values<OrgModel.Model.WithdrawalKind>() },
        { "/$defs/session/properties/kind", Values<OrgModel.Model.SessionKind>() },
        { "/$defs/organization/properties/chairRotation/properties/order", Values<OrgModel.Model.RotationOrderKind>() },
        { "/$defs/change/properties/kind", Values<OrgModel.Queries.ChangeKind>() },
        { "/$defs/membershipOnDate/properties/status", Values<OrgModel.Model.MembershipStatus>() },
        { "/$defs/rotationTerm/properties/origin", Values<OrgModel.Queries.TermOrigin>() },
        { "/$defs/tenureOnDate/properties/role", [.. Values<OrgModel.Model.TenureRole>().Where(v => v != "regular")] },
        { "/$defs/statusReport/properties/status", Values<OrgModel.Model.MembershipStatus>() },
        { "/$defs/statusReport/properties/gap/properties/kind", Values<OrgModel.Model.DataGapKind>() },
        { "/$defs/organization/properties/chairRotation/properties/period", Values<OrgModel.Model.RotationPeriod>() },
        { "/$defs/organization/properties/chairRotation/properties/deviations/items/properties/kind", Values<OrgModel.Model.RotationDeviationKind>() },
        { "/$defs/session/properties/documents/items/properties/kind", Values<OrgModel.Model.DocumentKind>() },
    };

    [Theory]
    [MemberData(nameof(EnumeratedValues))]
    public void Each_enumerated_property_allows_exactly_the_values_the_reader_reads(string schemaPath, string[] readerValues)
    {
        Resolve(schemaPath)["enum"]!.AsArray().Select(v => v!.GetValue<string>()).Should().BeEquivalentTo(readerValues);
    }

    [Fact]
    public void Every_shape_of_the_document_format_is_checked_against_the_schema()
    {
        var checkedShapes = ShapesAndSchemaObjects.Select(row => row.Data.Item1).ToHashSet();
        string[] queryResults = [nameof(DocumentReader.Shapes.MembershipOnDate), nameof(DocumentReader.Shapes.Change)];

        typeof(DocumentReader.Shapes).GetFields().Select(f => f.Name).Except(queryResults).Should().BeSubsetOf(checkedShapes);
    }

    [Theory]
    [InlineData("""{ "formatVersion": 1, "organization": { "id": "x", "classification": "other", "names": [ { "name": "X" } ], "posts": [ { "id": "p", "title": "P", "tenures": [ { "person": { "id": "a", "name": "A" }, "role": "regular" } ] } ] } }""", "$.organization.posts[0].tenures[0].role")]
    [InlineData("""{ "formatVersion": 1, "organization": { "id": "x", "classification": "other", "names": [ { "name": "X" } ], "posts": [ { "id": "p", "title": "P", "maxHolders": 1, "tenures": [] } ] } }""", "$.organization.posts[0].maxHolders")]
    [InlineData("""{ "formatVersion": 1, "organization": { "id": "x", "classification": "other", "names": [ { "name": "X" } ], "provenance": { "disputed": false } } }""", "$.organization.provenance.disputed")]
    [InlineData("""{ "formatVersion": 1, "organization": { "id": "x", "classification": "other", "names": [ { "name": "X" } ], "provenance": { "sources": [ { "title": "T", "url": " https://example.org" } ] } } }""", "$.organization.provenance.sources[0].url")]
    [InlineData("""{ "formatVersion": 1, "organization": { "id": "x", "classification": "other", "names": [ { "name": "X" } ], "provenance": { "sources": [ { "title": "T", "url": "HTTP://example.org" } ] } } }""", "$.organization.provenance.sources[0].url")]
    [InlineData("""{ "formatVersion": 1, "organization": { "id": "x", "classification": "other", "names": [ { "name": "X", "from": null } ] } }""", "$.organization.names[0].from")]
    public void What_the_schema_rejects_the_reader_rejects_at_the_same_place(string json, string path)
    {
        SchemaTests.Schema.Evaluate(System.Text.Json.JsonDocument.Parse(json).RootElement).IsValid.Should().BeFalse();

        FluentActions.Invoking(() => OrgModelJson.DeserializeOrganization(json)).Should().Throw<OrgModelJsonException>().Which.Path.Should().Be(path);
    }

    [Fact]
    public void Validating_a_document_of_a_million_nulls_lists_the_first_thousand_problems_then_a_count()
    {
        var json = new StringBuilder("{ \"formatVersion\": 1, \"parties\": [");
        json.Append(string.Join(",", Enumerable.Repeat("null", 1_000_000)));
        json.Append("], \"organizations\": [] }");

        var problems = OrgModelJson.ValidateCatalog(Encoding.UTF8.GetBytes(json.ToString()));

        problems.Should().HaveCount(DocumentReader.MaxProblems + 1);
        problems[0].Path.Should().Be("$.parties[0]");
        problems[DocumentReader.MaxProblems - 1].Path.Should().Be("$.parties[999]");
        problems[^1].Reason.Should().Be("999000 more problems are not listed; the first 1000 are.");
    }

    [Fact]
    public void Validation_skips_to_the_end_of_a_failing_item_and_reads_the_next()
    {
        const string json = """
            { "formatVersion": 1,
              "parties": [
                { "id": "a", "kind": "State", "names": [ { "name": "A" } ] },
                { "id": "b", "kind": "state", "names": [ { "name": "B", "from": "2009-02-30" } ], "provenance": { "note": "n" } },
                { "id": "c", "kind": "state", "names": [ { "name": "C" } ] },
                null
              ],
              "organizations": [ { "id": "x", "classification": "other", "names": [] } ] }
            """;

        var problems = OrgModelJson.ValidateCatalog(Encoding.UTF8.GetBytes(json));

        problems.Select(p => p.Path).Should().Equal("$.parties[0].kind", "$.parties[1].names[0].from", "$.parties[3]", "$.organizations[0]");
    }

    private static string[] Values<T>()
        where T : struct, Enum => [.. EnumText<T>.Allowed.Split(", ")];

    private static JsonObject Resolve(string schemaPath)
    {
        JsonNode node = Schema;
        foreach (string part in schemaPath.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node is JsonArray array ? array[int.Parse(part, System.Globalization.CultureInfo.InvariantCulture)]! : node[part]!;
            while (node is JsonObject { } o && o["$ref"] is { } reference)
            {
                node = Resolve(reference.GetValue<string>().TrimStart('#'));
            }
        }

        return node.AsObject();
    }
}
