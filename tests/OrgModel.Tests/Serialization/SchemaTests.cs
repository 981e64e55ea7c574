using System.Text.Json;
using CsCheck;
using Json.Schema;
using OrgModel.Serialization;
using OrgModel.Tests.Docs;

namespace OrgModel.Tests.Serialization;

/// <summary>The published JSON Schema accepts every document OrgModel writes and rejects representative bad ones.</summary>
public class SchemaTests
{
    internal static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(DocSnippets.RepositoryRoot, "docs", "orgmodel.schema.json")));

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    public static TheoryData<string> ExampleFiles => new() { "turkic-catalog.json", "turkpa.json", "ots.json", "turksoy.json", "rotating-chairs.json", "nato.json" };

    private static EvaluationResults Evaluate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Evaluate(document.RootElement, Options);
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Every_fixture_file_is_valid_against_the_schema(string file)
    {
        EvaluationResults result = Evaluate(File.ReadAllText(FixtureFilesTests.ExamplePath(file)));

        result.IsValid.Should().BeTrue(string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void Every_document_the_library_writes_is_valid_against_the_schema()
    {
        RandomCatalogs.Gen.Sample(catalog => Evaluate(OrgModelJson.Serialize(catalog)).IsValid, iter: 50);
    }

    [Theory]
    [InlineData("""{ "formatVersion": 2, "parties": [] }""")]
    [InlineData("""{ "parties": [] }""")]
    [InlineData("""{ "formatVersion": 1, "parties": [ { "id": "kaz", "kind": "country", "names": [ { "name": "Kazakhstan" } ] } ] }""")]
    [InlineData("""{ "formatVersion": 1, "parties": [ { "id": "kaz", "kind": "state", "names": [] } ] }""")]
    [InlineData("""{ "formatVersion": 1, "parties": [ { "id": "kaz", "kind": "state", "names": [ { "name": "Kazakhstan", "from": "13/06/2014" } ] } ] }""")]
    [InlineData("""{ "formatVersion": 1, "parties": [ { "id": "kaz", "kind": "state", "names": [ { "name": "Kazakhstan", "from": "2014-13" } ] } ] }""")]
    [InlineData("""{ "formatVersion": 1, "parties": [ { "id": "has space", "kind": "state", "names": [ { "name": "X" } ] } ] }""")]
    [InlineData("""{ "formatVersion": 1, "parties": [ { "id": "kaz", "kind": "state", "names": [ { "name": "X" } ], "capital": "Astana" } ] }""")]
    [InlineData("""{ "formatVersion": 1, "parties": [ { "id": "kaz", "kind": "state", "names": [ { "name": "X" } ], "provenance": { "disputed": true } } ] }""")]
    [InlineData("""{ "formatVersion": 1, "parties": [ { "id": "kaz", "kind": "state", "names": [ { "name": "X" } ], "provenance": { "inferred": true } } ] }""")]
    [InlineData("""{ "formatVersion": 1, "parties": [ { "id": "kaz", "kind": "state", "names": [ { "name": "X" } ], "provenance": { "inferred": false, "note": "n" } } ] }""")]
    [InlineData("""{ "formatVersion": 1, "organization": { "id": "x", "classification": "other" } }""")]
    [InlineData("""{ "formatVersion": 1, "organization": { "id": "x", "classification": "other", "names": [ { "name": "X" } ], "sessions": [ { "id": "s", "series": "plenary", "ordinal": 0, "kind": "regular", "date": "2011", "place": { "city": "Baku" } } ] } }""")]
    [InlineData("""{ "formatVersion": 1, "organization": { "id": "x", "classification": "other", "names": [ { "name": "X", "until": "someday" } ] } }""")]
    public void The_schema_rejects_representative_bad_documents(string json)
    {
        Evaluate(json).IsValid.Should().BeFalse();
    }
}
