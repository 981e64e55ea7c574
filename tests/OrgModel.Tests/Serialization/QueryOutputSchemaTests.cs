using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using OrgModel.Tests.Cli;
using OrgModel.Tests.Docs;

namespace OrgModel.Tests.Serialization;

/// <summary>What every query command writes with --json is the shape the published schema documents.</summary>
public class QueryOutputSchemaTests
{
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    public static TheoryData<string, string, string[]> Commands => new()
    {
        { "snapshot", "object", ["show", "turkpa", "--on", "2025-10-17", "--json"] },
        { "snapshot", "object", ["show", "unsc", "--on", "1990-01-01", "--json"] },
        { "snapshot", "object", ["show", "turksoy", "--on", "2004-06-01", "--json"] },
        { "snapshot", "object", ["show", "un", "--on", "1980-06-01", "--json"] },
        { "membershipOnDate", "array", ["members", "ots", "--on", "2023-06-01", "--include-possible", "--json"] },
        { "membershipOnDate", "array", ["memberships", "kaz", "--on", "2025-10-17", "--json"] },
        { "change", "array", ["history", "turkpa", "--from", "2025-01-01", "--to", "2025-12-31", "--json"] },
        { "session", "array", ["sessions", "ots", "--json"] },
        { "rotationTerm", "array", ["chair", "unsc", "--on", "2027-03-15", "--json"] },
        { "rotationTerm", "array", ["rotation", "asean", "--from", "2010-01-01", "--to", "2030-12-31", "--json"] },
        { "rotationTerm", "array", ["rotation", "council-eu", "--from", "2029-01-01", "--to", "2030-12-31", "--json"] },
        { "rotationTerm", "array", ["rotation", "turkpa", "--from", "2017-01-01", "--to", "2026-12-31", "--json"] },
        { "rotationTerm", "array", ["chair", "turksoy", "--on", "2008-06-01", "--json"] },
        { "rotationTerm", "array", ["chair", "turksoy", "--on", "2004-06-01", "--json"] },
        { "tenureOnDate", "array", ["holder", "turksoy", "secretary-general", "--on", "2006-12-15", "--json"] },
        { "statusReport", "object", ["status", "coe", "fin", "--on", "1970-01-01", "--json"] },
        { "statusReport", "object", ["status", "au", "bfa", "--on", "2015-09-20", "--json"] },
        { "statusReport", "object", ["status", "turkpa", "usa", "--on", "2025-10-17", "--json"] },
        { "tenureOnDate", "array", ["holder", "un", "secretary-general", "--on", "2000-06-01", "--json"] },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_json_output_of_the_tool_is_valid_against_the_schemas_definition(string definition, string shape, string[] args)
    {
        var (exit, output, _) = CliTests.Run(args);
        exit.Should().Be(0);

        JsonSchema schema = SchemaFor(definition, shape);
        using var document = JsonDocument.Parse(output);
        EvaluationResults result = schema.Evaluate(document.RootElement, Options);

        result.IsValid.Should().BeTrue(string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void The_schema_refuses_a_query_output_with_a_property_it_does_not_document()
    {
        var (_, output, _) = CliTests.Run("chair", "unsc", "--on", "2027-03-15", "--json");
        JsonArray terms = JsonNode.Parse(output)!.AsArray();
        terms[0]!["chair"] = "usa";

        using var document = JsonDocument.Parse(terms.ToJsonString());
        SchemaFor("rotationTerm", "array").Evaluate(document.RootElement, Options).IsValid.Should().BeFalse();
    }

    // The published schema with its root replaced by one definition (or an array of it), under an identifier of its own.
    private static JsonSchema SchemaFor(string definition, string shape)
    {
        JsonObject schema = JsonNode.Parse(File.ReadAllText(Path.Combine(DocSnippets.RepositoryRoot, "docs", "orgmodel.schema.json")))!.AsObject();
        schema.Remove("oneOf");
        schema["$id"] = $"https://orgmodel.dev/schema/tests/{definition}-{shape}-{Guid.NewGuid():N}.json";
        JsonNode reference = new JsonObject { ["$ref"] = $"#/$defs/{definition}" };
        if (shape == "array")
        {
            schema["type"] = "array";
            schema["items"] = reference;
        }
        else
        {
            schema["$ref"] = $"#/$defs/{definition}";
        }

        return JsonSchema.FromText(schema.ToJsonString());
    }
}
